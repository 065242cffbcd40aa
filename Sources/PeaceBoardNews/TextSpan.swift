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
