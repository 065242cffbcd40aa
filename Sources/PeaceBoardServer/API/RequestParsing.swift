import Foundation
import PeaceBoardCore

/// Turns the generated request types' strings into domain values, naming the field at fault.
enum RequestParsing {
    static func date(_ text: String, field: String) throws -> LocalDate {
        guard let date = LocalDate(iso8601: text) else {
            throw APIError.badRequest(field, "'\(text)' is not an ISO 8601 date (YYYY-MM-DD)")
        }
        return date
    }

    static func optionalDate(_ text: String?, field: String) throws -> LocalDate? {
        try text.map { try date($0, field: field) }
    }

    static func state(_ text: String, field: String) throws -> StateCode {
        guard let state = StateCode(text) else {
            throw APIError.badRequest(field, "'\(text)' is not an ISO 3166-1 alpha-3 state code")
        }
        return state
    }

    static func money(_ amount: Components.Schemas.Money, field: String) throws -> Money {
        guard let currency = CurrencyCode(amount.currency) else {
            throw APIError.badRequest("\(field).currency", "'\(amount.currency)' is not an ISO 4217 currency code")
        }
        guard amount.minorUnits > 0 else {
            throw APIError.badRequest("\(field).minorUnits", "must be a positive number of minor units")
        }
        return Money(minorUnits: amount.minorUnits, currency: currency)
    }

    static func text(_ value: String, field: String, maximum: Int = 2000) throws -> String {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw APIError.badRequest(field, "must not be empty") }
        guard value.count <= maximum else { throw APIError.badRequest(field, "is longer than \(maximum) characters") }
        return value
    }

    static func optionalText(_ value: String?, field: String, maximum: Int = 2000) throws -> String? {
        try value.map { try text($0, field: field, maximum: maximum) }
    }

    static func statement(_ statement: Components.Schemas.Statement?, field: String = "statement") throws -> Statement? {
        guard let statement else { return nil }
        return Statement(
            text: try text(statement.text, field: "\(field).text", maximum: 10_000),
            speaker: try optionalText(statement.speaker, field: "\(field).speaker", maximum: 500))
    }

    static func addressee(_ addressee: Components.Schemas.Addressee?) throws -> Addressee? {
        guard let addressee else { return nil }
        return Addressee(
            name: try text(addressee.name, field: "addressee.name", maximum: 500),
            office: try optionalText(addressee.office, field: "addressee.office", maximum: 500))
    }
}

/// Converts between domain values and the generated API types, which share one JSON shape.
enum Bridge {
    static func convert<Output: Decodable>(_ value: some Encodable, to type: Output.Type = Output.self) throws -> Output {
        try JSONDecoder().decode(Output.self, from: JSONEncoder().encode(value))
    }
}
