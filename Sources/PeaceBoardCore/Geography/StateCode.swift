/// A state, named by its ISO 3166-1 alpha-3 code and validated against the full ISO list.
public struct StateCode: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String

    /// Accepts an upper-case alpha-3 code that ISO 3166-1 assigns; `"hun"` or `"XYZ"` are refused.
    public init?(_ rawValue: String) {
        guard Self.names[rawValue] != nil else { return nil }
        self.rawValue = rawValue
    }

    public var name: String { Self.names[rawValue] ?? rawValue }
    public var description: String { rawValue }

    public static func < (lhs: StateCode, rhs: StateCode) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension StateCode: TextCoded {
    public init?(text: String) { self.init(text) }
    public var text: String { rawValue }
    public static let expectedText = "an ISO 3166-1 alpha-3 state code"
}
