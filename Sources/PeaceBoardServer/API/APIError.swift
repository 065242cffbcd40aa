import Foundation
import HTTPTypes
import PeaceBoardCore

/// An error the API reports to the caller as `{"error": {"code", "message", "field"}}`.
struct APIError: Error, Sendable, Encodable {
    enum Code: String, Sendable, Encodable {
        case badRequest, unauthorized, forbidden, notFound, methodNotAllowed, conflict, payloadTooLarge, `internal`

        var status: HTTPResponse.Status {
            switch self {
            case .badRequest: .badRequest
            case .unauthorized: .unauthorized
            case .forbidden: .forbidden
            case .notFound: .notFound
            case .methodNotAllowed: .methodNotAllowed
            case .conflict: .conflict
            case .payloadTooLarge: .contentTooLarge
            case .internal: .internalServerError
            }
        }
    }

    var code: Code
    var message: String
    var field: String?

    static func badRequest(_ field: String, _ message: String) -> APIError {
        APIError(code: .badRequest, message: message, field: field)
    }

    init(code: Code, message: String, field: String? = nil) {
        self.code = code
        self.message = message
        self.field = field
    }

    init(_ error: RecordError) {
        switch error {
        case .invalid(let problem): self.init(code: .badRequest, message: problem.message, field: problem.field)
        case .conflict(let field, let message): self.init(code: .conflict, message: message, field: field)
        case .notFound(let field, let message): self.init(code: .notFound, message: message, field: field)
        case .forbidden(let message): self.init(code: .forbidden, message: message)
        }
    }

    /// The JSON body of the response.
    var body: [UInt8] {
        struct Envelope: Encodable { let error: APIError }
        // Encoding strings and an enum cannot fail.
        return Array(try! JSONEncoder.api.encode(Envelope(error: self)))
    }
}


extension JSONEncoder {
    static let api: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()
}
