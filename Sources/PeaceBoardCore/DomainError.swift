/// A problem with one field of an input, named by its path (`amount.currency`, `line 3: state`).
public struct FieldError: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    public var field: String
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { "\(field): \(message)" }
}

/// Why the record refused a write. Nothing is written when one of these is thrown.
public enum RecordError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The input is malformed or out of range.
    case invalid(FieldError)
    /// The input is well formed but the record's rules forbid it now (a second acceptance).
    case conflict(field: String, message: String)
    /// The entity named does not exist.
    case notFound(field: String, message: String)
    /// The caller's role does not allow this write.
    case forbidden(String)

    public var description: String {
        switch self {
        case .invalid(let error): error.description
        case .conflict(let field, let message), .notFound(let field, let message): "\(field): \(message)"
        case .forbidden(let message): message
        }
    }
}

extension FieldError {
    /// The field a decoder complained about, as a dotted path (`amount.currency`, `items[2].name`);
    /// `whole` names the input when the complaint is about all of it.
    public init(_ error: DecodingError, whole: String = "body") {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
                .replacingOccurrences(of: ".[", with: "[")
        }
        switch error {
        case .keyNotFound(let key, let context):
            self.init(field: path(context.codingPath + [key]), message: "is required")
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            let field = path(context.codingPath)
            self.init(field: field.isEmpty ? whole : field, message: context.debugDescription)
        @unknown default:
            self.init(field: whole, message: "\(error)")
        }
    }
}
