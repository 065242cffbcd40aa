/// An exact amount of money: integer minor units (cents for USD) and an ISO 4217 currency.
///
/// There is deliberately no floating-point initializer or accessor.
public struct Money: Hashable, Sendable, Codable, CustomStringConvertible {
    public let minorUnits: Int64
    public let currency: CurrencyCode

    public init(minorUnits: Int64, currency: CurrencyCode) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// `Money(major: 1_000_000_000, currency: .usd)` is one billion dollars; nil on overflow.
    public init?(major: Int64, currency: CurrencyCode) {
        var factor: Int64 = 1
        for _ in 0..<currency.minorUnits { factor *= 10 }
        let (product, overflow) = major.multipliedReportingOverflow(by: factor)
        guard !overflow else { return nil }
        self.init(minorUnits: product, currency: currency)
    }

    /// Decimal text in major units, e.g. `1000000000.00 USD`.
    public var description: String {
        "\(Self.decimalText(minorUnits, digits: currency.minorUnits)) \(currency)"
    }

    static func decimalText(_ minorUnits: Int64, digits: Int) -> String {
        guard digits > 0 else { return String(minorUnits) }
        let magnitude = minorUnits.magnitude
        var factor: UInt64 = 1
        for _ in 0..<digits { factor *= 10 }
        let fraction = String(magnitude % factor)
        let padded = String(repeating: "0", count: digits - fraction.count) + fraction
        return "\(minorUnits < 0 ? "-" : "")\(magnitude / factor).\(padded)"
    }
}

/// Running totals per currency; amounts in different currencies are never added together.
public struct MoneyTotals: Hashable, Sendable {
    public private(set) var byCurrency: [CurrencyCode: Int64] = [:]

    public init() {}

    public mutating func add(_ money: Money) {
        byCurrency[money.currency, default: 0] += money.minorUnits
    }

    public subscript(currency: CurrencyCode) -> Int64 { byCurrency[currency] ?? 0 }

    public var amounts: [Money] {
        byCurrency.sorted { $0.key < $1.key }.map { Money(minorUnits: $0.value, currency: $0.key) }
    }
}
