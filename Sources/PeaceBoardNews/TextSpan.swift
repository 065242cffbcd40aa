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

extension String {
    /// The UTF-16 offset of `index` from the start of the string.
    func utf16Offset(of index: String.Index) -> Int {
        utf16.distance(from: utf16.startIndex, to: index)
    }

    func span(_ range: Range<String.Index>) -> TextSpan {
        TextSpan(text: String(self[range]), start: utf16Offset(of: range.lowerBound), end: utf16Offset(of: range.upperBound))
    }
}

/// Searches and trims on UTF-8 bytes: the reader calls these for every sentence, and
/// Foundation's versions go through NSString on Linux.
extension StringProtocol {
    /// The range of the first occurrence of `needle` from `start` on, comparing UTF-8 bytes.
    func firstRange(of needle: String, from start: Index? = nil) -> Range<Index>? {
        let bytes = Array(needle.utf8)
        guard let first = bytes.first else { return nil }
        let view = utf8
        var index = start ?? view.startIndex
        while index < view.endIndex {
            if view[index] == first {
                var probe = index
                var matched = 0
                while matched < bytes.count, probe < view.endIndex, view[probe] == bytes[matched] {
                    probe = view.index(after: probe)
                    matched += 1
                }
                if matched == bytes.count { return index..<probe }
            }
            index = view.index(after: index)
        }
        return nil
    }

    /// The range of the last occurrence of `needle`, comparing UTF-8 bytes.
    func lastRange(of needle: String) -> Range<Index>? {
        var found: Range<Index>?
        var start = utf8.startIndex
        while let range = firstRange(of: needle, from: start) {
            found = range
            start = utf8.index(after: range.lowerBound)
        }
        return found
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
        let sorted = spans.sorted { $0.start < $1.start }
        starts = sorted.map(\.start)
        var furthest = Int.min
        reach = sorted.map { span in
            furthest = max(furthest, span.end)
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
