/// Where quotations stand in a paragraph: double marks of either kind, single marks when a page
/// uses no others, and the quoted names and labels that are no one's words.
extension QuoteFinder {
    /// "Petro’s “total peace” policy": a few quoted words between an owner and a noun name a
    /// thing; nobody is quoted.
    static func isLabel(_ inner: String, at range: Range<String.Index>, in text: String) -> Bool {
        let head = text[..<range.lowerBound]
        // "Petro's "total peace" policy", "Petro, whose "total peace" policy", "his "total peace" policy".
        guard head.hasSuffix("’s ") || head.hasSuffix("'s ") || labelOwners.contains(where: head.hasSuffix) else { return false }
        let tail = text[range.upperBound...]
        // "his “personal attention” to the investigation" quotes him: a label is followed by the noun it qualifies.
        guard tail.hasPrefix(" "), tail.dropFirst().first?.isLowercase ?? false,
            !labelEnds.contains(String(tail.dropFirst().prefix { $0.isLetter }))
        else { return false }
        return inner.utf8.count { $0 == UInt8(ascii: " ") } <= 2
    }

    /// Marks that name a thing, whoever speaks of it: "a so-called “memorandum”", "the formula "1000 for 1000"",
    /// "the "all for all" format" (a phrase of two words or more before what it names: "the “historic” deal" quotes).
    static func namesAThing(_ inner: String, at range: Range<String.Index>, in text: String) -> Bool {
        // On the bytes of the few words either side: every quotation is asked.
        let head = Array(text.utf8[..<range.lowerBound].suffix(24))
        func headEnds(with suffix: String) -> Bool { head.count >= suffix.utf8.count && head.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) }
        if headEnds(with: "so-called ") || headEnds(with: "so called ") { return true }
        // The word before the marks, lower-cased: "the formula "1000 for 1000"".
        if head.last == UInt8(ascii: " ") {
            let word = head.dropLast().reversed().prefix(while: UTF8Scan.isASCIILetter).reversed().map { $0 | 0x20 }
            if word.withUnsafeBufferPointer({ namingNouns.value(forBytes: $0) }) != nil { return true }
        }
        guard headEnds(with: " the ") || headEnds(with: " a ") || headEnds(with: "The "), inner.utf8.contains(UInt8(ascii: " ")) else { return false }
        // The word after them: "the "all for all" format".
        let tail = text.utf8[range.upperBound...].prefix(16)
        guard tail.first == UInt8(ascii: " ") else { return false }
        let next = Array(tail.dropFirst().prefix(while: UTF8Scan.isASCIILetter))
        return next.withUnsafeBufferPointer { namedThings.value(forBytes: $0) } != nil
    }

    /// What a formula's name follows: "the formula "1000 for 1000"".
    private static let namingNouns: WordTable<Void> = ["formula", "format", "slogan", "motto", "principle", "codenamed"]
    /// What a formula's name stands before: "the "all for all" format".
    private static let namedThings: WordTable<Void> = ["format", "formula", "principle", "exchange", "swap", "model", "scheme", "doctrine", "operation", "slogan"]

    /// Owners before a label: "her" is left out, since "told her “no”" quotes.
    private static let labelOwners = [" whose ", " his ", " its ", " their ", " our "]
    private static let labelEnds: Set<String> = [
        "to", "for", "of", "in", "on", "at", "with", "and", "but", "or", "as", "from", "by", "that", "until", "unless", "if", "when", "after", "before",
        "because", "since", "while",
    ]

    /// Words that are all capitalised: a name in quotation marks ("Board of Peace"), not a
    /// quotation; one lower-case word ("a “sham”") is a quotation. A name may carry its dates
    /// ("the “Sihanouk-Hun Sen Negotiation December 2-4, 1987”").
    static func isQuotedName(_ inner: String) -> Bool {
        let words = Tokenizer.words(in: inner)
        let isNumber = { (word: Word) in word.text.first?.isNumber == true }
        // "''Accord for a Firm and Lasting Peace''": a title of three words or more, capitalised at both ends, has its small words.
        let isTitled = words.count >= 3 && words.first?.isCapitalised == true && words.last?.isCapitalised == true
        return words.allSatisfy { word in
            word.isCapitalised || Offices.connectors.contains(word.folded) || isNumber(word) || isTitled && titleSmallWords.contains(word.folded)
        } && (!words.contains(where: isNumber) || words.contains(where: \.isCapitalised))
    }

    /// The articles and prepositions a title leaves in lower case.
    private static let titleSmallWords: Set<String> = ["a", "an", "in", "on", "to", "at", "with", "by"]

    /// Pairs of “curly” quotation marks, or of straight ones, around at least one character.
    static func quotationRanges(in text: String) -> [Range<String.Index>] {
        text.withBytes { bytes in
            var ranges: [Range<String.Index>] = []
            var open: Int?
            var straightOpen: Int?
            // ″We call upon Gen. Aoun …,″ said …: old wire copy printed with double primes, which open and close alike.
            var primeOpen: Int?
            // Straight marks opened inside the outermost straight quotation: "… obligating "rebels" to …".
            var straightDepth = 0
            func close(_ start: Int, _ end: Int, width: Int) {
                if end - start > width { ranges.append(text.utf8Index(start)..<text.utf8Index(end + width)) }
            }
            func isSpace(_ position: Int) -> Bool { position < 0 || position >= bytes.count || bytes[position] == 0x20 || bytes[position] == 0x0A }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    if let start = open, straightOpen == nil, index > 0, !isSpace(index - 1), isSpace(index + 1) || ",.;:!?".utf8.contains(bytes[index + 1]) {
                        // "“Before us is a lot of work," she said": a curly quotation that a straight mark closes,
                        // standing where a closing mark goes, after a word and before a space.
                        close(start, index, width: 1)
                        open = nil
                    } else if let start = straightOpen {
                        // A mark with a space before it and a word after opens a quotation inside.
                        if isSpace(index - 1), !isSpace(index + 1) {
                            straightDepth += 1
                        } else if straightDepth > 0 {
                            straightDepth -= 1
                        } else {
                            close(start, index, width: 1)
                            straightOpen = nil
                        }
                    } else {
                        straightOpen = index
                    }
                } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 {
                    // “ is E2 80 9C, ” is E2 80 9D, ″ is E2 80 B3.
                    if bytes[index + 2] == 0xB3 {
                        if let start = primeOpen {
                            close(start, index, width: 3)
                            primeOpen = nil
                        } else {
                            primeOpen = index
                        }
                    } else if bytes[index + 2] == 0x9C {
                        // "“urgent and timely,“ crediting …": an opening mark typed where the closing one goes,
                        // after the quotation's punctuation and before a space, closes it.
                        if let start = open, index > 0, ",.!?".utf8.contains(bytes[index - 1]), isSpace(index + 3) {
                            close(start, index, width: 3)
                            open = nil
                        } else {
                            open = index
                        }
                    } else if bytes[index + 2] == 0x9D {
                        if let start = open {
                            close(start, index, width: 3)
                        } else if let start = straightOpen, straightDepth == 0 {
                            // "an important moment after 30 years of war,”: pages that curl only the closing mark.
                            close(start, index, width: 3)
                            straightOpen = nil
                        }
                        open = nil
                    }
                } else if byte == UInt8(ascii: "`"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "`") {
                    // ``the cement of peace,'' said Fujimori: the marks of old wire copy, two grave accents and two apostrophes;
                    // some archives close with the grave accents too (``…,`` President Alfredo Cristiani said).
                    if let start = open, index > 0, !isSpace(index - 1) {
                        close(start, index, width: 2)
                        open = nil
                    } else {
                        open = index
                    }
                    index += 1
                } else if byte == UInt8(ascii: "'"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "'"),
                    let start = open ?? (straightDepth == 0 ? straightOpen : nil)
                {
                    // “… indeed'', "Nobody rejects the leader's commands,'': two apostrophes close a quotation on some presses.
                    close(start, index, width: 2)
                    if open != nil { open = nil } else { straightOpen = nil }
                    index += 1
                } else if byte == UInt8(ascii: "'"), index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "'"), open == nil, straightOpen == nil,
                    isSpace(index - 1) || bytes[index - 1] == UInt8(ascii: "("), !isSpace(index + 2)
                {
                    // ''We have initialled it,'' said …: two apostrophes open a quotation on some sites too.
                    open = index
                    index += 1
                }
                index += 1
            }
            // A quotation that runs over several paragraphs opens each of them and closes only in the
            // last: a paragraph opened by a mark that nothing closes is quoted to its end.
            let opensParagraph = open == 0 || primeOpen == 0 || (straightOpen == 0 && straightDepth == 0)
            if opensParagraph, ranges.isEmpty, bytes.count > 1 {
                ranges.append(text.startIndex..<text.endIndex)
            } else if let open = open ?? primeOpen, open > 0, bytes.count - open > 12 {
                // "President Clinton said at the ceremony: “This vast bleak desert hides great signs of life.¶“Today …":
                // a curly mark opened late in the paragraph that nothing closes runs on to the next.
                ranges.append(text.utf8Index(open)..<text.endIndex)
            }
            return ranges
        }
    }

    /// The words inside a quotation's marks; a paragraph quoted to its end has no closing mark.
    static func innerText(of range: Range<String.Index>, in text: String) -> String {
        let quoted = text[range]
        return String(
            quoted.dropFirst(quoted.hasPrefix("``") || quoted.hasPrefix("''") ? 2 : 1)
                .dropLast(quoted.hasSuffix("''") || quoted.hasSuffix("``") ? 2 : endsWithMark(quoted) ? 1 : 0))
    }

    static func endsWithMark(_ text: some StringProtocol) -> Bool {
        text.last.map { "\"\u{201D}\u{201C}'\u{2019}\u{2033}".contains($0) } ?? false
    }

    /// Direct quotations in single marks, as some papers print them, in a paragraph with no double
    /// ones: 'We are not confident,' the minister said. A mark opens before a capital at a word's
    /// start and closes after the quotation's own punctuation, so apostrophes ("Cambodia's",
    /// "leaders'") and single words in marks ('ceasefire') are passed over.
    static func singleQuotationRanges(in text: String) -> [Range<String.Index>] {
        // On bytes: every paragraph without double quotation marks is scanned, and walking its
        // characters compared each one by grapheme.
        let offsets: [Range<Int>] = text.withBytes { bytes in
            var ranges: [Range<Int>] = []
            var open: (start: Int, kind: SingleMarkOpening)?
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let isStraight = byte == UInt8(ascii: "'")
                let isCurly = byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x98 || bytes[index + 2] == 0x99)
                guard isStraight || isCurly else {
                    index += 1
                    continue
                }
                let width = isStraight ? 1 : 3
                let isOpening = isCurly && bytes[index + 2] == 0x98
                let isClosing = isCurly && bytes[index + 2] == 0x99
                let previous: Unicode.Scalar = index > 0 ? UTF8Scan.scalar(in: bytes, endingAt: index).0 : " "
                let nextIndex = index + width
                let next: Unicode.Scalar? = nextIndex < bytes.count ? UTF8Scan.scalar(in: bytes, at: nextIndex).0 : nil
                let opensWord = previous == " " || previous == "(" || previous == "—" || index == 0
                let closesWord = next.map({ $0 == " " || Self.isPunctuation($0) }) ?? true
                if open == nil, !isClosing, opensWord, next.map(UTF8Scan.isUppercase) ?? false {
                    open = (index, followsTitleWord(bytes, before: index) ? .title : .sentence)
                } else if open == nil, !isClosing, opensWord, let next, UTF8Scan.isLowercase(next), !isContraction(bytes, at: nextIndex) {
                    // "calling the conflict 'the battle of the Sudanese people.'", "hailed it as a 'historic step'":
                    // a phrase in marks, closed soon after and before the clause goes on.
                    open = (index, .phrase)
                } else if let (start, kind) = open, !isOpening {
                    switch kind {
                    case .title where closesWord && (UTF8Scan.isWordScalar(previous) || ",.".unicodeScalars.contains(previous)):
                        // "the 'Agreement on the path to peace' of March": a title in marks, not a quotation.
                        open = nil
                    case .phrase where nextIndex - start > Self.longestQuotedPhrase:
                        // Too long for a phrase: the mark that opened it was an apostrophe ("'tis", a clipped
                        // word); this mark is looked at again as one that may open.
                        open = nil
                        continue
                    // A quoted sentence closes after its punctuation ("… Thailand,' Hun Manet said"), so a title
                    // in marks or a word quoted inside it does not close it; a phrase may close on a letter.
                    case _ where closesWord && (",.!?".unicodeScalars.contains(previous) || kind == .phrase && UTF8Scan.isWordScalar(previous)):
                        ranges.append(start..<nextIndex)
                        open = nil
                    default:
                        break
                    }
                }
                index = nextIndex
            }
            return ranges
        }
        return offsets.map { range in
            text.utf8.index(text.startIndex, offsetBy: range.lowerBound)..<text.utf8.index(text.startIndex, offsetBy: range.upperBound)
        }
    }

    /// What a single mark opened: a quoted sentence ('We are not confident,'), a phrase in lower
    /// case ('historic step'), or a title where a name goes ("the 'Agreement on …'").
    private enum SingleMarkOpening { case sentence, phrase, title }

    /// The most bytes a quoted phrase in single marks spans: a longer run is no quotation.
    static let longestQuotedPhrase = 90

    /// Whether the word before a mark is one a title follows: "the", "titled", "dubbed".
    private static func followsTitleWord(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Bool {
        var end = index
        while end > 0, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        var start = end
        while start > 0, UTF8Scan.isASCIILetterOrDigit(bytes[start - 1]) || bytes[start - 1] == UInt8(ascii: "-") { start -= 1 }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).lowercased()
        return ["the", "titled", "entitled", "called", "named", "dubbed", "so-called"].contains(word)
    }

    /// "'em", "'til", "'n'": a mark that clips a word rather than opening a quotation.
    private static func isContraction(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        var end = index
        while end < bytes.count, end - index < 5, (bytes[end] >= UInt8(ascii: "a") && bytes[end] <= UInt8(ascii: "z")) { end += 1 }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
        return ["em", "til", "n", "s", "t", "cause", "twas", "tis", "round", "bout"].contains(word)
    }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation,
            .otherPunctuation:
            return true
        default: return false
        }
    }
}
