import Foundation
import HTTPTypes
import Hummingbird
import Logging
import OpenAPIRuntime
import PeaceBoardCore

/// Turns every error of an operation into a documented JSON error response: a request that
/// could not be decoded is a 400 naming the field, a refused write its 4xx, anything else a
/// logged 500 that tells the caller nothing internal.
struct ErrorResponseMiddleware: ServerMiddleware {
    let logger: Logger

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        do {
            return try await next(request, body, metadata)
        } catch {
            let apiError = describe(error)
            if apiError.code == .internal {
                logger.error("operation failed", metadata: ["operation": "\(operationID)", "error": "\(error)"])
            }
            return Self.response(apiError)
        }
    }

    static func response(_ error: APIError) -> (HTTPResponse, HTTPBody?) {
        var fields = HTTPFields()
        fields[.contentType] = "application/json; charset=utf-8"
        return (HTTPResponse(status: error.code.status, headerFields: fields), HTTPBody(error.body))
    }

    private func describe(_ error: any Error) -> APIError {
        switch error {
        case let error as APIError: return error
        case let error as RecordError: return APIError(error)
        case let error as ServerError:
            let underlying = describe(error.underlyingError)
            if underlying.code != .internal { return underlying }
            if error.operationInput == nil {
                // The generated code could not read the request: a missing body, a wrong content type, a bad parameter.
                return APIError(code: .badRequest, message: Self.firstLine(error.causeDescription), field: nil)
            }
            return underlying
        case let error as DecodingError:
            return Self.describe(error)
        default:
            return APIError(code: .internal, message: "the server could not complete the request")
        }
    }

    static func describe(_ error: DecodingError) -> APIError {
        if case .dataCorrupted(let context) = error, context.codingPath.isEmpty,
            let field = JSONDiagnosis.firstFraction(in: CurrentRequest.body)
        {
            // Foundation reports a fraction in an integer field as invalid JSON, without a path.
            return .badRequest(field, "must be a whole number")
        }
        let problem = FieldError(error)
        return .badRequest(problem.field, problem.message)
    }

    private static func firstLine(_ text: String) -> String {
        String(text.split(separator: "\n").first ?? Substring(text))
    }
}
