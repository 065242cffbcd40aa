import Hummingbird
import HummingbirdTesting
import Testing

/// Every role against every write operation: the allowed ones write exactly one entry, the
/// others get 401 or 403 and write nothing.
@Suite struct RoleMatrixTests {
    struct Operation: CustomTestStringConvertible, Sendable {
        let name: String
        let method: HTTPRequest.Method
        let uri: String
        let body: String
        let allowed: Set<String>
        var testDescription: String { name }
    }

    static let operations: [Operation] = [
        Operation(
            name: "issue invitation", method: .post, uri: "/v1/invitations",
            body: #"{"state":"FRA","effectiveDate":"2026-02-05"}"#, allowed: ["chair-token"]),
        Operation(
            name: "put under review", method: .post, uri: "/v1/invitations/INV-0004/status",
            body: #"{"status":"underReview","effectiveDate":"2026-02-05"}"#, allowed: ["rus-token"]),
        Operation(
            name: "accept", method: .post, uri: "/v1/invitations/INV-0004/status",
            body: #"{"status":"accepted","effectiveDate":"2026-02-05"}"#, allowed: ["rus-token"]),
        Operation(
            name: "decline", method: .post, uri: "/v1/invitations/INV-0004/status",
            body: #"{"status":"declined","effectiveDate":"2026-02-05"}"#, allowed: ["rus-token"]),
        Operation(
            name: "withdraw invitation", method: .post, uri: "/v1/invitations/INV-0004/status",
            body: #"{"status":"withdrawn","effectiveDate":"2026-02-05"}"#, allowed: ["chair-token"]),
        Operation(
            name: "record lapse", method: .post, uri: "/v1/invitations/INV-0004/status",
            body: #"{"status":"lapsed","effectiveDate":"2026-03-02"}"#, allowed: ["chair-token", "secretariat-token"]),
        Operation(
            name: "record payment", method: .post, uri: "/v1/contributions",
            body: #"{"state":"HUN","kind":"payment","amount":{"minorUnits":5000,"currency":"USD"},"effectiveDate":"2026-02-05","reference":"wire 1"}"#,
            allowed: ["secretariat-token"]),
        Operation(
            name: "record pledge", method: .post, uri: "/v1/contributions",
            body: #"{"state":"HUN","kind":"pledge","amount":{"minorUnits":5000,"currency":"EUR"},"effectiveDate":"2026-02-05","reference":"letter"}"#,
            allowed: ["secretariat-token"]),
        Operation(
            name: "renew term", method: .post, uri: "/v1/memberships/HUN/renewal",
            body: #"{"effectiveDate":"2026-02-05"}"#, allowed: ["chair-token"]),
        Operation(
            name: "withdraw from the Board", method: .post, uri: "/v1/memberships/HUN/withdrawal",
            body: #"{"effectiveDate":"2026-02-05"}"#, allowed: ["hun-token"]),
        Operation(
            name: "appoint chair", method: .post, uri: "/v1/appointments",
            body: #"{"office":"chair","person":"A Person","effectiveDate":"2026-02-05"}"#, allowed: ["secretariat-token"]),
        Operation(
            name: "appoint executive", method: .post, uri: "/v1/appointments",
            body: #"{"office":"Member","person":"A Person","effectiveDate":"2026-02-05"}"#,
            allowed: ["chair-token", "secretariat-token"]),
        Operation(
            name: "retract entry", method: .post, uri: "/v1/ledger/9/retraction",
            body: #"{"reason":"entered twice","effectiveDate":"2026-02-05"}"#, allowed: ["secretariat-token"]),
    ]

    static let callers: [String?] = ["chair-token", "secretariat-token", "rus-token", "hun-token", "observer-token", "forged-token", nil]

    @Test(arguments: operations)
    func onlyTheRightRolesWrite(operation: Operation) async throws {
        for caller in Self.callers {
            let board = try await TestBoard.make()
            #expect(board.paymentSequence == 9, "the retraction case targets the setup payment")
            let before = try await board.headSequence()
            let app = try board.application()
            let status = try await app.test(.router) { client in
                try await client.send(operation.method, operation.uri, token: caller, json: operation.body).status
            }
            let after = try await board.headSequence()
            let label = caller ?? "no token"
            if let caller, operation.allowed.contains(caller) {
                #expect(status == .created, "\(label) → \(operation.name)")
                #expect(after == before + 1, "\(label) → \(operation.name) writes one entry")
            } else {
                let expected: HTTPResponse.Status = caller == nil || caller == "forged-token" ? .unauthorized : .forbidden
                #expect(status == expected, "\(label) → \(operation.name)")
                #expect(after == before, "\(label) → \(operation.name) writes nothing")
            }
        }
    }

    @Test func everyTokenReads() async throws {
        let board = try await TestBoard.make()
        let app = try board.application()
        try await app.test(.router) { client in
            for caller in ["chair-token", "secretariat-token", "rus-token", "observer-token"] {
                let standing = try await client.send(.get, "/v1/board/standing", token: caller)
                let ledger = try await client.send(.get, "/v1/ledger", token: caller)
                #expect(standing.status == .ok)
                #expect(ledger.status == .ok)
            }
            let anonymous = try await client.send(.get, "/v1/board/standing", token: nil)
            #expect(anonymous.status == .unauthorized)
        }
    }
}
