import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import PeaceBoardCore
import PeaceBoardServer
import PeaceBoardStore
import PeaceBoardStoreSQLite
import PeaceBoardTestSupport
import Testing

/// A fresh server over an in-memory SQLite ledger, with a token for every role and a board
/// in force: Hungary, Argentina and Pakistan are members; Russia's invitation INV-0004 is open.
struct TestBoard {
    let ledger: Ledger
    let store: SQLiteLedgerStore
    /// The sequence number of a recorded payment, for retraction tests.
    let paymentSequence: Int64

    static let tokens: [String: Role] = [
        "chair-token": .chair,
        "secretariat-token": .secretariat,
        "rus-token": .delegate(StateCode("RUS")!),
        "hun-token": .delegate(StateCode("HUN")!),
        "observer-token": .observer,
    ]

    static func make() async throws -> TestBoard {
        let store = try SQLiteLedgerStore.inMemory()
        for (secret, role) in tokens {
            try await store.save(
                StoredToken(secretHash: StoredToken.hash(secret: secret), name: "test", role: role, createdAt: Timestamp(Date())))
        }
        let ledger = try await Ledger(store: store)
        let chair = Principal(name: "setup", role: .chair)
        try await ledger.record(.charterAdopted(Charter.test), on: Charter.test.effectiveDate, by: chair)
        for state in ["HUN", "ARG", "PAK"] {
            try await ledger.record(
                .invitationIssued(.init(invitation: InvitationID(number: 0), state: StateCode(state)!)), on: day("2026-01-20"), by: chair)
            let id = try #require(await ledger.history.invitations.values.first { $0.state.rawValue == state }?.id)
            try await ledger.record(
                .invitationChanged(.init(invitation: id, status: .accepted)), on: day("2026-02-01"),
                by: Principal(name: "setup", role: .delegate(StateCode(state)!)))
        }
        try await ledger.record(
            .invitationIssued(.init(invitation: InvitationID(number: 0), state: StateCode("RUS")!, deadline: day("2026-03-01"))),
            on: day("2026-01-20"), by: chair)
        let payment = try await ledger.record(
            .contributionPaid(.init(state: StateCode("HUN")!, amount: Money(minorUnits: 100, currency: .usd), reference: "setup")),
            on: day("2026-02-02"), by: Principal(name: "setup", role: .secretariat))
        return TestBoard(ledger: ledger, store: store, paymentSequence: payment.sequence)
    }

    func application() throws -> some ApplicationProtocol {
        try buildApplication(settings: ServerSettings(maximumBodyBytes: 4096, logLevel: .error), ledger: ledger) { day("2026-02-10") }
    }

    func headSequence() async throws -> Int64 { try await store.head()?.sequence ?? 0 }
}

func day(_ text: String) -> LocalDate { LocalDate(iso8601: text)! }

extension TestClientProtocol {
    /// Sends JSON text with an optional bearer token and returns status and decoded JSON body.
    func send(_ method: HTTPRequest.Method, _ uri: String, token: String?, json: String? = nil) async throws
        -> (status: HTTPResponse.Status, body: [String: Any])
    {
        var headers: HTTPFields = [:]
        if let token { headers[.authorization] = "Bearer \(token)" }
        if json != nil { headers[.contentType] = "application/json" }
        return try await execute(
            uri: uri, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) }
        ) { response in
            let object = (try? JSONSerialization.jsonObject(with: Data(buffer: response.body))) as? [String: Any] ?? [:]
            return (response.status, object)
        }
    }
}

extension Dictionary where Key == String, Value == Any {
    var errorField: String? { (self["error"] as? [String: Any])?["field"] as? String }
    var errorCode: String? { (self["error"] as? [String: Any])?["code"] as? String }
}
