import Foundation
import HTTPTypes
import OpenAPIRuntime
import PeaceBoardCore
import PeaceBoardStore

/// Resolves the bearer token of every operation to a principal, or answers 401 before the
/// operation runs. Roles are checked later, per write, by the ledger.
struct AuthenticationMiddleware: ServerMiddleware {
    @TaskLocal static var principal: Principal?

    let tokens: TokenDirectory

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        guard let header = request.headerFields[.authorization] else {
            return ErrorResponseMiddleware.response(APIError(code: .unauthorized, message: "an Authorization: Bearer token is required"))
        }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer",
            let token = try await tokens.principal(forSecret: String(parts[1]).trimmingCharacters(in: .whitespaces))
        else {
            return ErrorResponseMiddleware.response(APIError(code: .unauthorized, message: "the token is not known to the Board"))
        }
        return try await Self.$principal.withValue(token) {
            try await next(request, body, metadata)
        }
    }
}

/// Looks tokens up by the hash of their secret, remembering the ones it has seen.
actor TokenDirectory {
    private let store: any LedgerStore
    private var known: [String: Principal] = [:]

    init(store: any LedgerStore) {
        self.store = store
    }

    func principal(forSecret secret: String) async throws -> Principal? {
        let hash = StoredToken.hash(secret: secret)
        if let principal = known[hash] { return principal }
        guard let token = try await store.token(secretHash: hash) else { return nil }
        known[hash] = token.principal
        return token.principal
    }
}
