/// An ISO 4217 currency code that denotes money (metals and test codes are refused).
public struct CurrencyCode: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init?(_ rawValue: String) {
        guard Self.minorUnitDigits[rawValue] != nil else { return nil }
        self.rawValue = rawValue
    }

    /// Digits after the decimal point: 2 for USD (cents), 0 for JPY, 3 for KWD.
    public var minorUnits: Int { Self.minorUnitDigits[rawValue] ?? 2 }
    public var description: String { rawValue }

    public static func < (lhs: CurrencyCode, rhs: CurrencyCode) -> Bool { lhs.rawValue < rhs.rawValue }

    public static let usd = CurrencyCode("USD")!
}

extension CurrencyCode: TextCoded {
    public init?(text: String) { self.init(text) }
    public var text: String { rawValue }
    public static let expectedText = "an ISO 4217 currency code"
}
