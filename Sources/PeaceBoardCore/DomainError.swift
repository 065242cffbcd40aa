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
