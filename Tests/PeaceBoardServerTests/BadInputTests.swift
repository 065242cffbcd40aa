import Hummingbird
import HummingbirdTesting
import Testing

/// Malformed or out-of-range input gets a 4xx naming the field and writes nothing.
@Suite struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let uri: String
        let body: String
        let status: HTTPResponse.Status
        let field: String?
        var testDescription: String { name }
    }

    static let payment = "/v1/contributions"

    static let cases: [Case] = [
        Case(name: "malformed JSON", uri: "/v1/invitations", body: #"{"state":"FRA","#, status: .badRequest, field: "body"),
        Case(name: "unknown field", uri: "/v1/invitations", body: #"{"state":"FRA","effectiveDate":"2026-02-05","colour":"red"}"#, status: .badRequest, field: "colour"),
        Case(name: "missing field", uri: "/v1/invitations", body: #"{"state":"FRA"}"#, status: .badRequest, field: "effectiveDate"),
        Case(name: "unknown state", uri: "/v1/invitations", body: #"{"state":"XXA","effectiveDate":"2026-02-05"}"#, status: .badRequest, field: "state"),
        Case(name: "lower-case state", uri: "/v1/invitations", body: #"{"state":"fra","effectiveDate":"2026-02-05"}"#, status: .badRequest, field: "state"),
        Case(name: "bad date", uri: "/v1/invitations", body: #"{"state":"FRA","effectiveDate":"2026-02-30"}"#, status: .badRequest, field: "effectiveDate"),
        Case(name: "deadline before issue", uri: "/v1/invitations", body: #"{"state":"FRA","effectiveDate":"2026-02-05","deadline":"2026-02-01"}"#, status: .badRequest, field: "deadline"),
        Case(name: "answer dated before the invitation's last change", uri: "/v1/invitations/INV-0004/status", body: #"{"status":"withdrawn","effectiveDate":"2026-01-01"}"#, status: .badRequest, field: "effectiveDate"),
        Case(name: "zero amount", uri: payment, body: #"{"state":"HUN","kind":"payment","amount":{"minorUnits":0,"currency":"USD"},"effectiveDate":"2026-02-05","reference":"r"}"#, status: .badRequest, field: "amount.minorUnits"),
        Case(name: "negative amount", uri: payment, body: #"{"state":"HUN","kind":"payment","amount":{"minorUnits":-100,"currency":"USD"},"effectiveDate":"2026-02-05","reference":"r"}"#, status: .badRequest, field: "amount.minorUnits"),
        Case(name: "fractional amount", uri: payment, body: #"{"state":"HUN","kind":"payment","amount":{"minorUnits":1.5,"currency":"USD"},"effectiveDate":"2026-02-05","reference":"r"}"#, status: .badRequest, field: "amount.minorUnits"),
        Case(name: "unknown currency", uri: payment, body: #"{"state":"HUN","kind":"payment","amount":{"minorUnits":100,"currency":"ZZZ"},"effectiveDate":"2026-02-05","reference":"r"}"#, status: .badRequest, field: "amount.currency"),
        Case(name: "empty reference", uri: payment, body: #"{"state":"HUN","kind":"payment","amount":{"minorUnits":100,"currency":"USD"},"effectiveDate":"2026-02-05","reference":"  "}"#, status: .badRequest, field: "reference"),
        Case(name: "unknown invitation", uri: "/v1/invitations/INV-0999/status", body: #"{"status":"withdrawn","effectiveDate":"2026-02-05"}"#, status: .notFound, field: "invitation"),
        Case(name: "body over the limit", uri: "/v1/invitations", body: #"{"state":"FRA","effectiveDate":"2026-02-05","statement":{"text":""# + String(repeating: "x", count: 5000) + #""}}"#, status: .contentTooLarge, field: "body"),
    ]

    @Test(arguments: cases)
    func isRefusedWithTheFieldNamedAndNothingWritten(_ testCase: Case) async throws {
        let board = try await TestBoard.make()
        let before = try await board.headSequence()
        let app = try board.application()
        let token = testCase.uri.hasPrefix("/v1/contributions") ? "secretariat-token" : "chair-token"
        let (status, body) = try await app.test(.router) { client in
            try await client.send(.post, testCase.uri, token: token, json: testCase.body)
        }
        #expect(status == testCase.status)
        #expect(body.errorField == testCase.field, "\(body)")
        #expect(try await board.headSequence() == before)
    }

    @Test func impossibleTransitionsAreConflictsThatSayWhy() async throws {
        let board = try await TestBoard.make()
        let app = try board.application()
        try await app.test(.router) { client in
            let withdraw = #"{"status":"withdrawn","effectiveDate":"2026-02-05"}"#
            #expect(try await client.send(.post, "/v1/invitations/INV-0004/status", token: "chair-token", json: withdraw).status == .created)
            let accept = #"{"status":"accepted","effectiveDate":"2026-02-06"}"#
            let (status, body) = try await client.send(.post, "/v1/invitations/INV-0004/status", token: "rus-token", json: accept)
            #expect(status == .conflict)
            let message = (body["error"] as? [String: Any])?["message"] as? String
            #expect(message?.contains("withdrawn") == true)
        }
    }
}
