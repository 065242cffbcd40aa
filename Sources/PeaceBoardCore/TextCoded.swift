/// A value that travels as one validated string (a date, a state code, a currency code).
///
/// Conformers get a `Codable` implementation that refuses text they do not accept, with a
/// message saying what was expected.
public protocol TextCoded: Codable {
    init?(text: String)
    var text: String { get }
    /// What valid text looks like, for error messages: "an ISO 8601 date (YYYY-MM-DD)".
    static var expectedText: String { get }
}

extension TextCoded {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Self(text: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not \(Self.expectedText)")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
