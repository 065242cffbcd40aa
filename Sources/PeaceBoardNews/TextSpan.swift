/// A stretch of a report's text, located by UTF-16 offsets into the report as given, so that a
/// browser (whose strings are UTF-16) can highlight it directly.
public struct TextSpan: Hashable, Sendable, Codable {
    public var text: String
    public var start: Int
    public var end: Int

    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}

extension TextSpan {
    /// The same stretch without its first `count` words and the spaces after them.
    func dropping(words count: Int) -> TextSpan {
        let words = Tokenizer.words(in: text)
        guard count < words.count else { return self }
        return span(from: words[count], to: words[words.count - 1])
    }

    /// The stretch from `first` to `last`, words split from this span's text.
    func span(from first: Word, to last: Word) -> TextSpan {
        TextSpan(text: String(text[first.range.lowerBound..<last.range.upperBound]), start: start + first.utf16Range.lowerBound, end: start + last.utf16Range.upperBound)
    }
}

extension String {
    /// The UTF-16 offset of `index` from the start of the string.
    func utf16Offset(of index: String.Index) -> Int {
        utf16Distance(from: startIndex, to: index)
    }

    var utf16Count: Int { utf16Offset(of: endIndex) }

    /// The text from a UTF-16 offset to the end.
    func utf16Suffix(from offset: Int) -> Substring {
        self[utf16Index(max(0, offset))...]
    }

    func utf16Slice(from start: Int, to end: Int) -> String {
        guard start < end else { return "" }
        return String(self[utf16Index(max(0, start))..<utf16Index(end)])
    }

    /// One space wherever the page put several or broke the line: "Amin Hassan¶Amr" is "Amin Hassan Amr".
    /// Most names have neither, and are returned as they are without splitting.
    func collapsingSpaces() -> String {
        guard utf8.contains(UInt8(ascii: "\n")) || containsBytes(of: "  ") else { return self }
        return split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    func span(_ range: Range<String.Index>) -> TextSpan {
        TextSpan(text: String(self[range]), start: utf16Offset(of: range.lowerBound), end: utf16Offset(of: range.upperBound))
    }
}

/// UTF-16 offsets counted on UTF-8 bytes. The standard library counts them with breadcrumbs
/// that it allocates and fills for each string not in ASCII, and the reader makes a new string
/// for each sentence; a sentence is short enough to count directly.
extension StringProtocol {
    /// Longer texts use the standard library's breadcrumbs, built once per string, so that
    /// offsets into a very long paragraph stay cheap.
    private var isShortForUTF16: Bool { utf8.count <= 4096 }

    func utf16Distance(from start: Index, to end: Index) -> Int {
        if isShortForUTF16 {
            let lower = utf8.distance(from: utf8.startIndex, to: start)
            let upper = utf8.distance(from: utf8.startIndex, to: end)
            let counted = utf8.withContiguousStorageIfAvailable { bytes in
                lower <= upper ? UTF8Scan.utf16Count(UnsafeBufferPointer(rebasing: bytes[lower..<upper])) : -UTF8Scan.utf16Count(UnsafeBufferPointer(rebasing: bytes[upper..<lower]))
            }
            if let counted { return counted }
        }
        return utf16.distance(from: start, to: end)
    }

    /// The index `offset` UTF-16 code units from the start, or the end if the text is shorter.
    func utf16Index(_ offset: Int) -> Index {
        if isShortForUTF16, let byteOffset = utf8.withContiguousStorageIfAvailable({ UTF8Scan.utf8Offset(ofUTF16: offset, in: $0) }) {
            return utf8.index(utf8.startIndex, offsetBy: byteOffset)
        }
        return utf16.index(utf16.startIndex, offsetBy: Swift.min(offset, utf16.count))
    }
}

/// Searches and trims on UTF-8 bytes: the reader calls these for every sentence, and
/// Foundation's versions go through NSString on Linux.
extension StringProtocol {
    /// The range of the first occurrence of `needle` from `start` on, comparing UTF-8 bytes.
    func firstRange(of needle: String, from start: Index? = nil) -> Range<Index>? {
        let view = utf8
        let from = start.map { view.distance(from: view.startIndex, to: $0) } ?? 0
        let found = searchBytes(needle) { haystack, needle in UTF8Scan.firstOffset(of: needle, in: haystack, from: from) }
        return found.map(range(ofBytes: needle))
    }

    /// The range of the last occurrence of `needle`, comparing UTF-8 bytes.
    func lastRange(of needle: String) -> Range<Index>? {
        let found = searchBytes(needle) { haystack, needle in UTF8Scan.lastOffset(of: needle, in: haystack) }
        return found.map(range(ofBytes: needle))
    }

    /// Runs `search` over this text's bytes and the needle's, without copying either when it can.
    private func searchBytes(_ needle: String, _ search: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Int?) -> Int? {
        guard !needle.isEmpty else { return nil }
        let inPlace = utf8.withContiguousStorageIfAvailable { haystack in needle.withBytes { search(haystack, $0) } }
        return inPlace ?? Array(utf8).withUnsafeBufferPointer { haystack in needle.withBytes { search(haystack, $0) } }
    }

    private func range(ofBytes needle: String) -> (Int) -> Range<Index> {
        { offset in
            let lower = utf8.index(utf8.startIndex, offsetBy: offset)
            return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
        }
    }

    /// Without leading and trailing characters from `set`.
    func trimmed(_ set: Set<Character> = [" ", "\t"]) -> Substring {
        let text = Substring(self)
        guard let first = text.firstIndex(where: { !set.contains($0) }), let last = text.lastIndex(where: { !set.contains($0) }) else {
            return text[text.endIndex...]
        }
        return text[first...last]
    }
}

/// Answers "does any of these spans cover this offset?" by bisection rather than by walking
/// them all, which made long reports quadratic.
struct SpanCover {
    private let starts: [Int]
    /// The furthest end among the spans sorted up to each index.
    private let reach: [Int]

    init(_ spans: [TextSpan]) {
        self.init(ranges: spans.map { $0.start..<$0.end })
    }

    init(ranges: [Range<Int>]) {
        let sorted = ranges.sorted { $0.lowerBound < $1.lowerBound }
        starts = sorted.map(\.lowerBound)
        var furthest = Int.min
        reach = sorted.map { range in
            furthest = max(furthest, range.upperBound)
            return furthest
        }
    }

    func covers(_ offset: Int) -> Bool {
        var first = 0
        var last = starts.count
        while first < last {
            let middle = (first + last) / 2
            if starts[middle] <= offset { first = middle + 1 } else { last = middle }
        }
        return first > 0 && reach[first - 1] > offset
    }
}

extension Array {
    /// The elements that start in `range`, for an array in order of `start`: found by bisection,
    /// since finders ask this once per sentence or quotation of reports that may hold thousands.
    func starting(in range: Range<Int>, at start: (Element) -> Int) -> ArraySlice<Element> {
        func firstIndex(from offset: Int) -> Int {
            var low = 0
            var high = count
            while low < high {
                let middle = (low + high) / 2
                if start(self[middle]) < offset { low = middle + 1 } else { high = middle }
            }
            return low
        }
        let lower = firstIndex(from: range.lowerBound)
        return self[lower..<Swift.max(lower, firstIndex(from: range.upperBound))]
    }
}
