import Foundation

/// A news report split into what it says and what the page around it says.
public struct CleanedReport: Hashable, Sendable {
    public enum Role: String, Hashable, Sendable, Codable {
        /// The article's headline.
        case title
        /// A subheading inside the article ("Challenges and Complexities in Peace Negotiations").
        case heading
        /// Running text: what the report reports.
        case body
        /// The page around the article: navigation, comment forms, other headlines, site names.
        case furniture
    }

    public struct Block: Hashable, Sendable {
        public var role: Role
        public var span: TextSpan
    }

    public var blocks: [Block]

    public var title: String? { blocks.first { $0.role == .title }?.span.text }
    public var body: [TextSpan] { blocks.filter { $0.role == .body }.map(\.span) }
    public var furniture: [String] { blocks.filter { $0.role == .furniture }.map(\.span.text) }
}

/// Tells a report's title, body and page furniture apart, line by line.
public enum ReportCleaner {
    public static func clean(_ text: String) -> CleanedReport {
        var lines: [(line: String, range: Range<String.Index>, role: CleanedReport.Role?)] = []
        var articleEnded = false
        // Where the article resumes after a box of links set inside it: the lines before are the box's.
        var boxEnd = 0
        var bodyStarted = false
        let ranges = joiningHardWrappedLines(lineRanges(of: text), in: text)
        for (index, var range) in ranges.enumerated() {
            // "date 2025-11-12 Senior Ukrainian official in Istanbul …": a crawler's stamp before the line's own words.
            if let stamp = PageFurniture.crawlStamp(in: text[range]) {
                lines.append((String(text[range.lowerBound..<stamp.end]), range.lowerBound..<stamp.end, .furniture))
                range = stamp.rest..<range.upperBound
            }
            // A paragraph wrapped over several lines is one line, its breaks kept: every span is the text at its offsets.
            let line = String(text[range])
            let role: CleanedReport.Role?
            if articleEnded || index < boxEnd || PageFurniture.isFurniture(line) {
                role = .furniture
            } else if PageFurniture.isTeaserLink(line), continuesArticle(after: index, of: ranges, in: text) {
                // "READ MORE" set inside an article, a link to another: the paragraphs after it are the article's.
                role = .furniture
            } else if PageFurniture.endsArticle(line) {
                // "Music show: …" / "Read more" above the headline: the headline a teaser's link follows
                // is another story's, even one asked as a question; and what has not begun does not end.
                if PageFurniture.isTeaserLink(line), let teaser = lines.indices.last, lines[teaser].role != .furniture, isTeaserHeadline(lines[teaser].line) {
                    lines[teaser].role = .furniture
                    bodyStarted = lines.contains { $0.role == .body }
                }
                if bodyStarted, let resumed = articleResumes(after: index, of: ranges, in: text, body: { lines.filter { $0.role == .body }.map(\.line) }) {
                    boxEnd = resumed
                } else {
                    articleEnded = bodyStarted
                }
                role = .furniture
            } else if isSentenceLike(line) || opensWithSentence(line) || (PageFurniture.isCaption(line) || PageFurniture.placesPeopleInAPhoto(line)) && wordCount(line) >= 6
                // The headline stands before the body, in sentence case as often as not.
                || bodyStarted && isUnstoppedSentence(line)
            {
                role = .body
                bodyStarted = true
            } else if PageFurniture.isTimestamp(line) || PageFurniture.isByline(line) || PageFurniture.hasGluedWords(line) || PageFurniture.isMenu(line) {
                role = .furniture
            } else {
                // A headline, a subheading, a section label or a caption's credit: decided below.
                role = nil
            }
            lines.append((line, range, role))
        }
        markTrailingLinkList(&lines)
        assignTitleAndHeadings(&lines)
        // "Angola, UNITA Sign Cease-Fire … - 2002-03-30": the day the page gives after the headline is not part of it.
        if let title = lines.firstIndex(where: { $0.role == .title }), let undated = withoutTrailingDay(lines[title].line) {
            let start = lines[title].range.lowerBound
            lines[title].range = start..<text.utf8.index(start, offsetBy: undated.utf8.count)
            lines[title].line = undated
        }
        var counter = UTF8Scan.UTF16Counter()
        let blocks = lines.map { line, range, role in
            let (start, end) = text.withBytes { bytes in
                (counter.offset(ofUTF8: text.utf8Offset(of: range.lowerBound), in: bytes), counter.offset(ofUTF8: text.utf8Offset(of: range.upperBound), in: bytes))
            }
            return CleanedReport.Block(role: role ?? .heading, span: TextSpan(text: line, start: start, end: end))
        }
        return CleanedReport(blocks: blocks)
    }

    /// "- Video shows worker saving man …", "- EU leader Tusk won't run …": three or more dashed lines with
    /// no full stop after the article, where nothing of it follows, are links to other stories. Dashed
    /// points at the top of a page ("At a Glance") sum up the article and stay.
    private static func markTrailingLinkList(_ lines: inout [(line: String, range: Range<String.Index>, role: CleanedReport.Role?)]) {
        var end = lines.count
        while end > 0, lines[end - 1].role == .furniture { end -= 1 }
        var start = end
        while start > 0, lines[start - 1].line.hasPrefix("- "), !".!?".contains(lines[start - 1].line.last ?? ".") { start -= 1 }
        guard end - start >= 3, lines[..<start].contains(where: { $0.role == .body }) else { return }
        for index in start..<end { lines[index].role = .furniture }
    }

    /// The headline is the first line before the body that reads as one: at least four words,
    /// since pages put section labels above it ("News", "Breaking News", "Accessibility links");
    /// a single short line is still the headline when nothing longer follows. Labels above the
    /// headline and lines that repeat it (often with the site's name) are page furniture.
    private static func assignTitleAndHeadings(_ lines: inout [(line: String, range: Range<String.Index>, role: CleanedReport.Role?)]) {
        let beforeBody = lines.prefix { $0.role != .body }.indices.filter { lines[$0].role == nil }
        let long = beforeBody.filter { wordCount(lines[$0].line) >= 4 }
        // A photograph's caption above the body shares the lead's names more than the headline does; it is no headline.
        let uncaptioned = long.filter { !PageFurniture.placesPeopleInAPhoto(lines[$0].line) }
        let candidates = uncaptioned.isEmpty ? long : uncaptioned
        // A headline shares words with the lead ("Sri Lanka seals truce deal" / "The Sri Lankan Government …");
        // a site's motto or a section list above it does not. Words compared by their first five letters.
        // The lead's first 300 bytes say what it is about; only asked when there is a choice.
        let lead = candidates.count < 2 ? [] : lines.first { $0.role == .body }.map { stems(of: $0.line, upTo: 300) } ?? []
        // Two words shared before one: "International Crisis' Aidan Hartley" shares only "inter" with the lead's "interim".
        func shared(_ index: Int) -> Int { stems(of: lines[index].line, upTo: .max).intersection(lead).count }
        let title = candidates.count < 2 ? candidates.first ?? beforeBody.first
            : candidates.first(where: { shared($0) >= 2 }) ?? candidates.first(where: { shared($0) >= 1 }) ?? candidates.first
        // "IRIN Focus on Arusha peace agreement - what next?": a headline asked as a question reads as a
        // sentence; with no other headline, a short question opening the body is it.
        if title == nil, let first = lines.firstIndex(where: { $0.role == .body }), lines[first].line.hasSuffix("?"), wordCount(lines[first].line) <= 15,
            lines[(first + 1)...].contains(where: { $0.role == .body })
        {
            lines[first].role = .title
            return
        }
        guard let title else { return }
        lines[title].role = .title
        // The title's words, split once: every line between the title and the body is compared with them.
        let titleWords = Set(words(lines[title].line))
        for index in beforeBody where index != title {
            lines[index].role = index < title || echoes(lines[index].line, titleWords: titleWords) ? .furniture : .heading
        }
    }

    /// A headline without the ISO day set off after it by a dash or a bar, or nil when it has none.
    static func withoutTrailingDay(_ line: String) -> String? {
        let bytes = Array(line.utf8)
        // " - 2002-03-30": a separator of one mark between spaces, then ten characters.
        guard bytes.count > 16, case let day = bytes.suffix(10), day.enumerated().allSatisfy({ offset, byte in
            offset == 4 || offset == 7 ? byte == UInt8(ascii: "-") : UTF8Scan.isASCIIDigit(byte)
        }) else { return nil }
        guard let before = String(line.utf8.prefix(bytes.count - 10)), [" - ", " | ", " – ", " — "].contains(where: before.hasSuffix) else { return nil }
        return String(before.dropLast(3))
    }

    /// Whether the line after `index` (blank lines are not lines here) is a paragraph of prose,
    /// as a teaser's headline is not.
    private static func continuesArticle(after index: Int, of ranges: [Range<String.Index>], in text: String) -> Bool {
        guard index + 1 < ranges.count else { return false }
        let line = String(text[ranges[index + 1]])
        return wordCount(line) >= 12 && (isSentenceLike(line) || opensWithSentence(line))
    }

    /// "MORE STORIES" / "Dance for peace" / "QUICKVOTE" … then "President Paul Kagame of Rwanda and Congo President
    /// Joseph Kabila … signed the peace pact": a box of links set inside the article, which goes on past it in
    /// paragraphs of prose that name whom the article named. Other stories' teasers are headlines, or name others.
    /// The index of the line where it resumes, or nil where the article has ended.
    /// The body's names are gathered only once a line of prose is there to compare: most pages end where they say.
    private static func articleResumes(
        after index: Int, of ranges: [Range<String.Index>], in text: String, body: () -> [String]
    ) -> Int? {
        var named: Set<UInt64>?
        return ranges.indices.dropFirst(index + 1).prefix(15).first { next in
            let line = String(text[ranges[next]])
            guard wordCount(line) >= 20, isSentenceLike(line) else { return false }
            let names = named ?? body().reduce(into: Set<UInt64>()) { $0.formUnion(stems(of: $1, upTo: .max, capitalisedOnly: true)) }
            named = names
            return stems(of: line, upTo: .max, capitalisedOnly: true).intersection(names).count >= 2
        }
    }

    /// Words that open a phrase and never end one: a line ending on one was broken mid-phrase.
    private static let phraseOpeners: Set<String> = [
        "on", "of", "the", "a", "an", "and", "to", "in", "for", "with", "at", "by", "from", "as", "that", "its", "their", "his", "her", "or",
    ]

    /// A headline over a link to its story: short, and not ended by a full stop as a paragraph is.
    private static func isTeaserHeadline(_ line: String) -> Bool {
        wordCount(line) <= 20 && !line.hasSuffix(".") && !line.hasSuffix(".”") && !line.hasSuffix(".\"")
    }

    /// The first five letters, lower-cased, of each word of four letters or more ("lanka" of "Lankan"),
    /// packed in an integer: read on bytes, for every report has a headline to choose.
    /// With `capitalisedOnly`, of the words that start with a capital: the names the line mentions.
    private static func stems(of line: String, upTo limit: Int, capitalisedOnly: Bool = false) -> Set<UInt64> {
        line.withBytes { bytes in
            var stems = Set<UInt64>()
            var stem: UInt64 = 0
            var length = 0
            var isCapitalised = false
            func close() {
                if length >= 4, isCapitalised || !capitalisedOnly { stems.insert(stem) }
                stem = 0
                length = 0
            }
            for byte in bytes.prefix(limit) {
                let folded = UTF8Scan.isASCIIUppercase(byte) ? byte | 0x20 : byte
                if (folded >= UInt8(ascii: "a") && folded <= UInt8(ascii: "z")) || folded >= 0x80 {
                    if length == 0 { isCapitalised = UTF8Scan.isASCIIUppercase(byte) }
                    if length < 5 { stem = stem << 8 | UInt64(folded) }
                    length += 1
                } else {
                    close()
                }
            }
            close()
            return stems
        }
    }

    private static func wordCount(_ line: String) -> Int {
        line.split(whereSeparator: { $0 == " " || $0 == "\t" }).count
    }

    /// Lines of plain text wrapped at a fixed width ("The plan, known as the Dayton Accord, has been
    /// agreed between the / Bosnian, Serb and Croat leaders …") joined back into their paragraphs: a
    /// run of at least three lines, each but the last of wrapping width and ending mid-sentence, or
    /// two when the second goes on in lower case.
    /// Pages with a paragraph per line have lines far longer than a wrap.
    static func joiningHardWrappedLines(_ ranges: [Range<String.Index>], in text: String) -> [Range<String.Index>] {
        func isWrapped(_ range: Range<String.Index>, before next: Range<String.Index>) -> Bool {
            // In bytes, constant time: a wrap is judged roughly.
            let count = text.utf8.distance(from: range.lowerBound, to: range.upperBound)
            guard let last = text[range].last, count <= 90 else { return false }
            // "… signed a peace treaty here Monday to / open / their borders": a page broken at random, a short
            // line that ends mid-sentence where the next goes on in lower case.
            guard count >= 45 || (!".!?:;\"”|".contains(last) && text[next].first.map(\.isLowercase) == true) else { return false }
            // "… and the U.N. / and African Union chief mediator …": an abbreviation's stop, the sentence going on below.
            return !".!?:;\"”|".contains(last) || (last == "." && text[next].first.map(\.isLowercase) == true)
        }
        func breaks(after line: Int) -> Int {
            text.utf8[ranges[line].upperBound..<ranges[line + 1].lowerBound].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        }
        func isSingleBreak(after line: Int) -> Bool { breaks(after: line) == 1 }
        // "… government representative Amin Hassan / Amr signed the accord with … of the Justice / and
        // Equality Movement …": a line ending on a name opens a run when the next line, wrapped too, goes on mid-sentence.
        func opensRun(_ line: Int) -> Bool {
            guard line + 2 < ranges.count, isSingleBreak(after: line), isSingleBreak(after: line + 1),
                isWrapped(ranges[line + 1], before: ranges[line + 2]),
                // Not a headline over a subheading, then a byline or a lead: the third line goes on the
                // paragraph too, in lower case or wrapped itself.
                text[ranges[line + 2]].first.map(\.isLowercase) == true
                    || (line + 3 < ranges.count && isSingleBreak(after: line + 2) && isWrapped(ranges[line + 2], before: ranges[line + 3]))
                    // "… Presidents Paul Kagame of Rwanda and Joseph / Kabila of the … signed an agreement on / Tuesday to end
                    // the conflict.": the paragraph's short last line, after a line that breaks off mid-phrase.
                    // A subheading ends on a word of its own; a line broken at a fixed width, mid-phrase, on a small one.
                    || (text[ranges[line + 1]].split(separator: " ").last.map { phraseOpeners.contains(String($0)) } == true
                        && text[ranges[line + 2]].last == "." && text.utf8.distance(from: ranges[line + 2].lowerBound, to: ranges[line + 2].upperBound) <= 90)
            else { return false }
            return text[ranges[line + 1]].split(separator: " ").last?.first.map(\.isLowercase) == true
                || text[ranges[line + 2]].first.map(\.isLowercase) == true
        }
        // "… the leaders of / (blank) / Bosnia, Croatia and Serbia solemnly signed …": pages that set a blank line
        // after every line wrapped at a fixed width. Known by three such lines that break off mid-sentence (on a
        // lower-case word or a comma, or before one in lower case); on such a page every wrapped line goes on past
        // its blank line. A headline over a subheading breaks off on capitals.
        func isDoubleBreak(after line: Int) -> Bool { breaks(after: line) == 2 }
        func breaksOffMidSentence(_ line: Int) -> Bool {
            text[ranges[line]].last.map { $0 == "," } == true || text[ranges[line]].split(separator: " ").last?.first.map(\.isLowercase) == true
                || text[ranges[line + 1]].first.map(\.isLowercase) == true
        }
        // Looked at once, when the first line wrapped before a blank line is met: most pages have none.
        var isDoubleSpacedPage: Bool?
        func continuesDoubleSpaced(_ line: Int) -> Bool {
            guard line + 1 < ranges.count, isDoubleBreak(after: line), isWrapped(ranges[line], before: ranges[line + 1]) else { return false }
            if isDoubleSpacedPage == nil {
                isDoubleSpacedPage = ranges.indices.dropLast().lazy.filter { line in
                    isDoubleBreak(after: line) && isWrapped(ranges[line], before: ranges[line + 1]) && breaksOffMidSentence(line)
                }.prefix(3).count == 3
            }
            return isDoubleSpacedPage == true
        }
        var joined: [Range<String.Index>] = []
        var index = 0
        while index < ranges.count {
            var end = index
            var doubleSpaced = false
            // Mid-sentence: the line ends on a lower-case word or a comma, or the next goes on in lower case;
            // a headline over its subheading ends and starts with capitals ("… says Qatar" / "Qatar, Türkiye …").
            // Once a paragraph is seen to be wrapped, a line may end on a capital ("… by 300 African / Union observers").
            // Consecutive lines only, a blank line between two ending the paragraph, unless the page sets one after every line.
            while end + 1 < ranges.count,
                continuesDoubleSpaced(end) || isSingleBreak(after: end) && isWrapped(ranges[end], before: ranges[end + 1])
                    && (end > index || breaksOffMidSentence(end) || text[ranges[end]].last == "-" || opensRun(end)),
                // "- Putin expressed openness …": a dashed point starts a line of its own.
                !text[ranges[end + 1]].hasPrefix("- "),
                // "date 2025-11-12 Envoy in Istanbul …": a crawler's stamp starts a line of its own.
                PageFurniture.crawlStamp(in: text[ranges[end + 1]]) == nil
            {
                doubleSpaced = doubleSpaced || isDoubleBreak(after: end)
                end += 1
            }
            // Two lines when the second goes on in lower case: "“… nor will it / sign the maps …,” he said."
            let continues = end == index + 1 && (text[ranges[end]].first.map { $0.isLowercase } == true || doubleSpaced)
            if end - index >= 2 || continues {
                joined.append(ranges[index].lowerBound..<ranges[end].upperBound)
            } else {
                joined += ranges[index...end]
            }
            index = end + 1
        }
        return joined
    }

    /// Non-empty lines, trimmed, as ranges of the original text.
    static func lineRanges(of text: String) -> [Range<String.Index>] {
        text.withBytes { bytes in
            var ranges: [Range<String.Index>] = []
            var start = 0
            var index = 0
            func close(at end: Int) {
                let line = UTF8Scan.trimmingWhitespace(start..<end, in: bytes)
                if !line.isEmpty { ranges.append(text.utf8Index(line.lowerBound)..<text.utf8Index(line.upperBound)) }
            }
            while index < bytes.count {
                // "![]() World: Africa ![]() Sierra Leone peace deal signed ![]() …": a crawler's empty
                // image marks part what the page set on lines of their own.
                if bytes[index] == UInt8(ascii: "!"), index + 4 < bytes.count, bytes[index + 1] == UInt8(ascii: "["), bytes[index + 2] == UInt8(ascii: "]"),
                    bytes[index + 3] == UInt8(ascii: "("), bytes[index + 4] == UInt8(ascii: ")")
                {
                    close(at: index)
                    index += 5
                    start = index
                    continue
                }
                let (scalar, width) = bytes[index] < 0x80 ? (Unicode.Scalar(bytes[index]), 1) : UTF8Scan.scalar(in: bytes, at: index)
                index += width
                if UTF8Scan.isNewline(scalar) {
                    close(at: index - width)
                    start = index
                }
            }
            close(at: bytes.count)
            return ranges
        }
    }

    /// Running text ends its sentences; headlines, headings and menus do not. A bulleted
    /// summary line ("- Putin expressed openness…") counts as text when it is long enough.
    /// How a bulleted line opens: "- Putin expressed openness…", "→ Ukraine and Russia will …", "• …".
    static let listMarkers = ["- ", "→ ", "• ", "– ", "* ", "▪ ", "· "]

    static func isSentenceLike(_ line: String) -> Bool {
        // "…, will brief Trump next week in U.S.": a headline that ends in an abbreviation ends no sentence.
        if endsInAbbreviation(line) { return false }
        return line.withBytes { bytes in
            var words = 0
            var inWord = false
            var index = 0
            var lastMark: Unicode.Scalar?
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    index += 1
                    if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                        inWord = false
                    } else {
                        if !inWord { words += 1 }
                        inWord = true
                    }
                    // The last character before any closing quotation marks and spaces.
                    if byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "'") && byte != 0x20 { lastMark = Unicode.Scalar(byte) }
                    continue
                }
                let (scalar, width) = UTF8Scan.scalar(in: bytes, at: index)
                index += width
                if UTF8Scan.isWhitespace(scalar) {
                    inWord = false
                } else {
                    if !inWord { words += 1 }
                    inWord = true
                }
                if scalar != "”" && scalar != "’" && scalar != "″" { lastMark = scalar }
            }
            if let lastMark, ".!?…:".unicodeScalars.contains(lastMark), words >= 4 { return true }
            // "→ in the “coming days” Kyiv and Moscow will exchange prisoners …;": an item of a list a colon opened.
            if lastMark == ";", words >= 6 { return true }
            // "“The UN will play a leading role …,”": a quotation whose attribution the page lost.
            let opensQuotation = bytes.first == UInt8(ascii: "\"") || (bytes.count >= 3 && bytes[0] == 0xE2 && bytes[1] == 0x80 && bytes[2] == 0x9C)
            if opensQuotation, lastMark == ",", words >= 8 { return true }
            // "“The peace of the brave is within our reach.” — Bill Clinton": a quotation signed after a dash.
            if opensQuotation, words >= 5, isSignedQuotation(line) { return true }
            return words >= 6 && listMarkers.contains { bytes.starts(with: $0.utf8) }
        }
    }

    /// A sentence the page left without its full stop, as captions often are: "Prachanda, the Maoist leader,
    /// signed the agreement with the government to end Nepal's civil war". Long, and with most of its words
    /// in lower case after the first, where a headline in title case capitalises most of them, or with the
    /// present-tense verb of a caption.
    static func isUnstoppedSentence(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard words.count >= 12, words[0].first?.isUppercase == true else { return false }
        let lowercase = words.dropFirst().filter { $0.first?.isLowercase == true }.count
        // Title case leaves only its short function words in lower case, fewer than half of a long headline's.
        // A caption full of names still tells what they do in the present: "… Ould Sidati signs the Algerian Accord".
        return lowercase * 2 > words.count - 1
            || words.contains { Offices.captionVerbs.contains(String($0)) || Offices.captionVerbs.contains($0 + "s") }
    }

    private static func isSignedQuotation(_ line: String) -> Bool {
        guard let close = line.dropFirst().lastIndex(where: { $0 == "\"" || $0 == "”" }) else { return false }
        return QuoteFinder.signature(after: line.index(after: close), in: line) != nil
    }

    /// Whether the line's one full stop is an abbreviation's ("U.S.", "U.N.").
    static func endsInAbbreviation(_ line: String) -> Bool {
        // On bytes: every line is asked, and most are long paragraphs that end otherwise.
        line.withBytes { bytes in
            guard bytes.last == UInt8(ascii: ".") else { return false }
            let space = bytes.lastIndex(of: UInt8(ascii: " ")).map { $0 + 1 } ?? 0
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[space..<(bytes.count - 1)]), as: UTF8.self).lowercased()
            guard SentenceSplitter.abbreviations.contains(word) else { return false }
            return !bytes[..<space].contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: "?") }
        }
    }

    /// A caption or a paragraph whose last words are a credit ("… in Mexico on Friday. Photo:
    /// Marco Ugarte/AP"): running text up to its first full stop, which at least six words open.
    static func opensWithSentence(_ line: String) -> Bool {
        let sentences = SentenceSplitter.sentences(in: TextSpan(text: line, start: 0, end: 0))
        guard sentences.count >= 2, let head = sentences.first?.text else { return false }
        return wordCount(head) >= 6 && isSentenceLike(head)
    }

    /// Whether a line repeats most of the headline's words.
    static func echoes(_ line: String, titleWords: Set<String>) -> Bool {
        guard !titleWords.isEmpty else { return false }
        let lineWords = Set(words(line))
        return Double(lineWords.intersection(titleWords).count) / Double(titleWords.count) >= 0.5
    }

    static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }
}
