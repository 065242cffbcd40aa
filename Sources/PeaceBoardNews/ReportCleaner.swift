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
        var blocks: [CleanedReport.Block] = []
        var articleEnded = false
        // The title's words, split once: every line between the title and the body is compared with them.
        var titleWords: Set<String>?
        var bodyBegun = false
        var counter = UTF8Scan.UTF16Counter()
        for range in lineRanges(of: text) {
            let line = String(text[range])
            let role: CleanedReport.Role
            if articleEnded || PageFurniture.isFurniture(line) {
                role = .furniture
            } else if PageFurniture.endsArticle(line) {
                articleEnded = true
                role = .furniture
            } else if isSentenceLike(line) {
                role = .body
                bodyBegun = true
            } else if titleWords == nil, !bodyBegun {
                titleWords = Set(words(line))
                role = .title
            } else if let titleWords, !bodyBegun, echoes(line, titleWords: titleWords) {
                // Pages repeat the headline above the article, often with the site's name.
                role = .furniture
            } else {
                role = .heading
            }
            let (start, end) = text.withBytes { bytes in
                (counter.offset(ofUTF8: text.utf8Offset(of: range.lowerBound), in: bytes), counter.offset(ofUTF8: text.utf8Offset(of: range.upperBound), in: bytes))
            }
            blocks.append(CleanedReport.Block(role: role, span: TextSpan(text: line, start: start, end: end)))
        }
        return CleanedReport(blocks: blocks)
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
    static func isSentenceLike(_ line: String) -> Bool {
        line.withBytes { bytes in
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
                if scalar != "”" && scalar != "’" { lastMark = scalar }
            }
            if let lastMark, ".!?…:".unicodeScalars.contains(lastMark), words >= 4 { return true }
            return bytes.count >= 2 && bytes[0] == UInt8(ascii: "-") && bytes[1] == UInt8(ascii: " ") && words >= 6
        }
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
