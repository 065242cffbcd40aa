/// A word of a report, located in the text it was split from.
struct Word {
    let text: String
    let range: Range<String.Index>
    /// Where the word stands in UTF-16 code units, counted once while splitting: finders locate
    /// what they find by it, and counting again from the start of the text each time was costly.
    let utf16Range: Range<Int>
    /// Written with "’s" ("Putin’s"), which `text` leaves out.
    var isPossessive = false
    /// Lower-cased once: every finder compares words this way, many times each.
    let folded: String
    let isCapitalised: Bool
    /// Joined by a hyphen ("al-Shaibani", "U.S.-brokered"): noted while splitting, since finders ask of every word.
    let hasHyphen: Bool
    let classes: WordClass

    /// The word written with `bytes`, which `scratch` has room to fold when they are ASCII.
    init(
        bytes: UnsafeBufferPointer<UInt8>, range: Range<String.Index>, utf16Range: Range<Int>, isPossessive: Bool,
        scratch: UnsafeMutableBufferPointer<UInt8>
    ) {
        // Decoded from the bytes rather than sliced from the source by its indices, whose
        // alignment the standard library checks again for every word.
        let text = String(decoding: bytes, as: UTF8.self)
        var isASCII = true
        var hasCapitals = false
        for byte in bytes {
            if byte >= 0x80 {
                isASCII = false
                break
            }
            if UTF8Scan.isASCIIUppercase(byte) { hasCapitals = true }
        }
        let hasHyphen = bytes.contains(UInt8(ascii: "-"))
        let first = bytes.first ?? 0
        let isCapitalised = first < 0x80 ? UTF8Scan.isASCIIUppercase(first) : (text.unicodeScalars.first.map(UTF8Scan.isUppercase) ?? false)
        let folded: String
        let classes: WordClass
        if isASCII, !hasCapitals {
            folded = text
            classes = WordClass.of(folded: bytes)
        } else if isASCII, bytes.count <= scratch.count {
            for (index, byte) in bytes.enumerated() { scratch[index] = UTF8Scan.isASCIIUppercase(byte) ? byte | 0x20 : byte }
            let foldedBytes = UnsafeBufferPointer(rebasing: scratch[..<bytes.count])
            folded = String(decoding: foldedBytes, as: UTF8.self)
            classes = WordClass.of(folded: foldedBytes)
        } else {
            folded = UTF8Scan.folded(text)
            classes = folded.withBytes(WordClass.of(folded:))
        }
        self.init(
            text: text, range: range, utf16Range: utf16Range, isPossessive: isPossessive, folded: folded, isCapitalised: isCapitalised,
            hasHyphen: hasHyphen, classes: classes)
    }

    private init(
        text: String, range: Range<String.Index>, utf16Range: Range<Int>, isPossessive: Bool, folded: String, isCapitalised: Bool,
        hasHyphen: Bool, classes: WordClass
    ) {
        self.text = text
        self.range = range
        self.utf16Range = utf16Range
        self.isPossessive = isPossessive
        self.folded = folded
        self.isCapitalised = isCapitalised
        self.hasHyphen = hasHyphen
        self.classes = classes
    }

    /// Part of a name: capitalised, or a particle joined to a capitalised name ("al-Shaibani", "el-Sisi").
    var isNamePart: Bool {
        if isCapitalised { return true }
        guard hasHyphen, let hyphen = text.utf8.firstIndex(of: UInt8(ascii: "-")), Offices.nameParticles.contains(String(text[..<hyphen]).lowercased()) else { return false }
        return text[text.index(after: hyphen)...].unicodeScalars.first.map(UTF8Scan.isUppercase) ?? false
    }

    /// Whether only spaces stand between this word and `next` in `text`, which both were split from.
    func isFollowedBySpaces(then next: Word, in text: String) -> Bool {
        // On bytes: a space followed by a combining mark is no space, and no 0x20 byte either.
        // A line break inside a paragraph is where plain text was wrapped ("Amin Hassan¶Amr").
        text.utf8[range.upperBound..<next.range.lowerBound].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\n") }
    }

    /// The same word, located in another text that holds it (its sentence rather than its paragraph).
    func moved(to range: Range<String.Index>, utf16Shift: Int) -> Word {
        Word(
            text: text, range: range, utf16Range: (utf16Range.lowerBound - utf16Shift)..<(utf16Range.upperBound - utf16Shift),
            isPossessive: isPossessive, folded: folded, isCapitalised: isCapitalised, hasHyphen: hasHyphen, classes: classes)
    }
}

extension Array where Element == Word {
    /// The words wholly inside `range`, in UTF-16 offsets of the text they were split from: a
    /// stretch of a sentence read from the sentence's words rather than split again.
    /// Between two offsets that may cross where names overlap: nothing then.
    func within(from start: Int, to end: Int) -> ArraySlice<Word> {
        within(start..<Swift.max(start, end))
    }

    func within(_ range: Range<Int>) -> ArraySlice<Word> {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle].utf16Range.lowerBound < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < count, self[end].utf16Range.upperBound <= range.upperBound { end += 1 }
        return self[low..<end]
    }
}

/// Splits text into words: runs of letters and digits joined by hyphens, apostrophes and
/// periods ("el-Sisi", "U.S.", "Trump’s").
enum Tokenizer {
    /// The words of a paragraph or sentence of the report being read. Each is split once and
    /// its words shared by every finder that asks again, found by where it stands in the report:
    /// hashing the text itself would cost more than splitting it.
    static func words(in span: TextSpan) -> [Word] {
        guard let cache = WordCache.current else { return words(in: span.text) }
        let key = WordCache.Key(start: span.start, end: span.end)
        // Finders ask for the same sentence many times in a row.
        if let last = cache.last, last.key == key { return last.words }
        if let words = cache.words[key] {
            cache.last = (key, words)
            return words
        }
        // A sentence's words are those of its paragraph, split already.
        let words = cache.paragraph(holding: span)
            .flatMap { paragraph in cache.words[WordCache.Key(start: paragraph.start, end: paragraph.end)].map { (paragraph, $0) } }
            .map { paragraph, words in slice(words, of: paragraph, to: span) }
            ?? words(in: span.text)
        cache.words[key] = words
        cache.last = (key, words)
        if cache.paragraphs.isEmpty || cache.paragraphs.last!.end <= span.start { cache.paragraphs.append(span) }
        return words
    }

    /// The words of `paragraph` that fall in `part`, located in `part`'s text.
    private static func slice(_ words: [Word], of paragraph: TextSpan, to part: TextSpan) -> [Word] {
        let shift = part.start - paragraph.start
        let end = part.end - paragraph.start
        // The words are in order: find the first by bisection, so a long paragraph's many
        // sentences do not each walk all of its words.
        var first = 0
        var last = words.count
        while first < last {
            let middle = (first + last) / 2
            if words[middle].utf16Range.lowerBound < shift { first = middle + 1 } else { last = middle }
        }
        guard first < words.count, words[first].utf16Range.upperBound <= end else { return [] }
        // Where `part` starts in the paragraph's bytes, from its first word: a few characters at most lie before it.
        let firstInPart = part.text.utf8Offset(of: part.text.utf16Index(words[first].utf16Range.lowerBound - shift))
        let text = paragraph.text
        let lower = text.utf8Offset(of: words[first].range.lowerBound) - firstInPart
        var sliced: [Word] = []
        for word in words[first...] {
            guard word.utf16Range.upperBound <= end else { break }
            let start = text.utf8Offset(of: word.range.lowerBound)
            let wordEnd = text.utf8Offset(of: word.range.upperBound)
            sliced.append(word.moved(to: part.text.utf8Index(start - lower)..<part.text.utf8Index(wordEnd - lower), utf16Shift: shift))
        }
        return sliced
    }

    /// The words of a phrase or a stretch of a sentence.
    static func words(in text: String) -> [Word] {
        text.withBytes { bytes in withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { scratch in
            var words: [Word] = []
            words.reserveCapacity(bytes.count / 6)
            var counter = UTF8Scan.UTF16Counter()
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80, !UTF8Scan.isASCIILetterOrDigit(lead) {
                    index += 1
                    continue
                }
                let (scalar, width) = UTF8Scan.scalar(in: bytes, at: index)
                guard UTF8Scan.isWordScalar(scalar) else {
                    index += width
                    continue
                }
                var end = index + width
                while end < bytes.count {
                    let byte = bytes[end]
                    if byte < 0x80 {
                        guard UTF8Scan.isASCIILetterOrDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ".") else { break }
                        if byte == UInt8(ascii: "."), UTF8Scan.isRunTogetherSentenceEnd(bytes, period: end, next: end + 1) { break }
                        // "GENEVA--Libya’s two rival factions": two hyphens are a dash, between words.
                        if byte == UInt8(ascii: "-"), end + 1 < bytes.count, bytes[end + 1] == UInt8(ascii: "-") { break }
                        end += 1
                        continue
                    }
                    let (next, nextWidth) = UTF8Scan.scalar(in: bytes, at: end)
                    guard UTF8Scan.isWordScalar(next) || isJoiner(next) else { break }
                    end += nextWidth
                }
                // "then-President Laurent Kabila", "ex-President …": the time word stands apart from the title it dates.
                if let prefix = datingPrefixLength(at: index, in: bytes), index + prefix < end {
                    let utf16Start = counter.offset(ofUTF8: index, in: bytes)
                    words.append(
                        Word(
                            bytes: UnsafeBufferPointer(rebasing: bytes[index..<(index + prefix - 1)]),
                            range: text.utf8Index(index)..<text.utf8Index(index + prefix - 1),
                            utf16Range: utf16Start..<counter.offset(ofUTF8: index + prefix - 1, in: bytes), isPossessive: false, scratch: scratch))
                    index += prefix
                    continue
                }
                let (wordEnd, isPossessive) = trimmedEnd(of: index..<end, in: bytes, scratch: scratch)
                let range = text.utf8Index(index)..<text.utf8Index(wordEnd)
                let utf16Start = counter.offset(ofUTF8: index, in: bytes)
                let utf16Range = utf16Start..<counter.offset(ofUTF8: wordEnd, in: bytes)
                words.append(
                    Word(
                        bytes: UnsafeBufferPointer(rebasing: bytes[index..<wordEnd]), range: range, utf16Range: utf16Range,
                        isPossessive: isPossessive,
                        scratch: scratch))
                index = end
            }
            return words
        } }
    }

    /// The length of "then-" or "ex-" at `index`, hyphen included, when a capital follows it.
    private static func datingPrefixLength(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        for prefix in datingPrefixes where index + prefix.count < bytes.count && UTF8Scan.isASCIIUppercase(bytes[index + prefix.count]) {
            // Folded to lower case; the hyphen has the case bit set already.
            if prefix.indices.allSatisfy({ (bytes[index + $0] | 0x20) == prefix[$0] }) { return prefix.count }
        }
        return nil
    }

    private static let datingPrefixes = [Array("then-".utf8), Array("ex-".utf8)]

    @inline(__always)
    private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "’" || scalar == "'" || scalar == "."
    }

    /// Words whose final period is their own: abbreviations ("Gen.", "U.S.") and one-word titles.
    private static let periodKeepers = WordTable(SentenceSplitter.abbreviations.map { $0 + "." } + Array(Offices.singleWordTitles))

    /// Whether `word`, which ends in a period, keeps it; looked up on bytes folded in `scratch`
    /// when they are ASCII, since nearly every sentence ends in such a word.
    private static func keepsPeriod(_ word: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        if isInitials(word) { return true }
        guard word.count <= scratch.count, word.allSatisfy({ $0 < 0x80 }) else {
            let folded = UTF8Scan.folded(String(decoding: word, as: UTF8.self))
            return SentenceSplitter.abbreviations.contains(String(folded.dropLast())) || Offices.singleWordTitles.contains(folded)
        }
        for (index, byte) in word.enumerated() { scratch[index] = UTF8Scan.isASCIIUppercase(byte) ? byte | 0x20 : byte }
        return periodKeepers.value(forBytes: UnsafeBufferPointer(rebasing: scratch[..<word.count])) != nil
    }

    /// "A.K." in "A.K. Mishra", "F." in "John F. Kennedy": capitals each followed by a period.
    private static func isInitials(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count >= 2, word.count % 2 == 0 else { return false }
        return stride(from: 0, to: word.count, by: 2).allSatisfy { UTF8Scan.isASCIIUppercase(word[$0]) && word[$0 + 1] == UInt8(ascii: ".") }
    }

    /// A trailing period or apostrophe belongs to the sentence, not the word ("Putin." "Trump’s"),
    /// except the period of an abbreviation or title ("Gen.", "U.S."); "’s" marks a possessive.
    private static func trimmedEnd(of word: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutableBufferPointer<UInt8>) -> (Int, Bool) {
        var end = word.upperBound
        // "… wrote Samdech Techo Hun Sen.": at a paragraph's end a period ends the sentence, unless the word has
        // periods inside ("U.S.", "A.K.").
        let endsParagraph = word.upperBound == bytes.count || bytes[word.upperBound] == UInt8(ascii: "\n")
        while end > word.lowerBound {
            let (last, width) = UTF8Scan.scalar(in: bytes, endingAt: end)
            guard last == "’" || last == "'" || last == "." else { break }
            if last == ".", !(endsParagraph && end == word.upperBound && !bytes[word.lowerBound..<(end - 1)].contains(UInt8(ascii: "."))),
                keepsPeriod(UnsafeBufferPointer(rebasing: bytes[word.lowerBound..<end]), scratch: scratch)
            {
                break
            }
            end -= width
        }
        // "Algiers' offer": the mark alone after a final s.
        if end < word.upperBound, end - word.lowerBound >= 2, bytes[end - 1] == UInt8(ascii: "s"),
            UTF8Scan.scalar(in: bytes, at: end).0 == "’" || bytes[end] == UInt8(ascii: "'"), end + (bytes[end] == UInt8(ascii: "'") ? 1 : 3) == word.upperBound
        {
            return (end, true)
        }
        // "MYANMAR’S military": written in capitals, as leads are.
        guard end - word.lowerBound >= 2, bytes[end - 1] == UInt8(ascii: "s") || bytes[end - 1] == UInt8(ascii: "S") else { return (end, false) }
        let (apostrophe, width) = UTF8Scan.scalar(in: bytes, endingAt: end - 1)
        guard end - 1 - width > word.lowerBound, apostrophe == "’" || apostrophe == "'" else { return (end, false) }
        return (end - 1 - width, true)
    }
}
