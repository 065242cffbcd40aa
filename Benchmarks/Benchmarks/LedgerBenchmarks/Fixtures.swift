import Foundation
import GRDB
import PeaceBoardCore
import PeaceBoardStore
import PeaceBoardStoreSQLite

/// Generated ledgers for the benchmarks: a board in force with 150 members, and payments.
enum Fixtures {
    static let chair = Principal(name: "bench", role: .chair)
    static let secretariat = Principal(name: "bench", role: .secretariat)
    static let charter = Charter(
        version: "bench-1", effectiveDate: LocalDate(iso8601: "2026-01-01")!, chair: .appointedForLife,
        admission: .invitationByChair, term: .init(years: 3, renewable: true),
        permanentSeat: .init(threshold: Money(major: 1_000_000_000, currency: .usd)!, windowYears: 1, countsPaymentsBeforeMembership: true),
        entryIntoForce: .init(acceptancesRequired: 3),
        decisionRule: .init(majority: .simple, abstentionsCountAsVotesCast: false, chairApprovalRequired: true))
    static let states: [StateCode] = Array(StateCode.names.keys.sorted().compactMap { StateCode($0) }.prefix(150))

    static func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("pb-bench-\(name)-\(UUID().uuidString).sqlite").path
    }

    static func emptyLedger(store: any LedgerStore) async throws -> Ledger {
        let ledger = try await Ledger(store: store)
        if await ledger.history.head == nil {
            try await ledger.record(.charterAdopted(charter), on: charter.effectiveDate, by: chair)
        }
        return ledger
    }

    /// `count` payments spread over the member states, all dated `day`.
    static func payments(count: Int, on day: LocalDate, offset: Int = 0) -> [Ledger.Submission] {
        (0..<count).map { index in
            let state = states[(offset + index) % states.count]
            let currency = index % 5 == 0 ? CurrencyCode("EUR")! : CurrencyCode.usd
            return Ledger.Submission(
                event: .contributionPaid(
                    .init(state: state, amount: Money(minorUnits: Int64(1_000 + index), currency: currency), reference: "bench-\(offset + index)")),
                day: day)
        }
    }

    /// A SQLite file with 1,000,000 entries: the charter, 150 invitations and acceptances, and
    /// payments over ten years. Built once and kept in the temporary folder.
    static func millionEntryDatabase() async throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pb-bench-1M-v1.sqlite").path
        let total: Int64 = 1_000_000
        let store = try SQLiteLedgerStore(path: path)
        let existing = try await store.head()
        if existing?.sequence == total { return path }
        precondition(existing == nil, "remove the incomplete \(path) and run again")
        let ledger = try await emptyLedger(store: store)
        for state in states {
            try await ledger.record(.invitationIssued(.init(invitation: InvitationID(number: 0), state: state)), on: LocalDate(iso8601: "2026-01-10")!, by: chair)
            let id = await ledger.history.nextInvitationID.number! - 1
            try await ledger.record(
                .invitationChanged(.init(invitation: InvitationID(number: id), status: .accepted)), on: LocalDate(iso8601: "2026-01-20")!,
                by: Principal(name: "bench", role: .delegate(state)))
        }
        var day = LocalDate(iso8601: "2026-02-01")!
        var written = try await store.head()!.sequence
        while written < total {
            let batch = Int(min(10_000, total - written))
            _ = try await ledger.record(payments(count: batch, on: day, offset: Int(written)), by: secretariat)
            written += Int64(batch)
            day = day.adding(days: 4)
        }
        return path
    }

    /// A copy of the database file with its projection snapshots removed.
    static func copyWithoutSnapshot(_ path: String) throws -> String {
        let copy = temporaryPath("replay")
        let source = try DatabaseQueue(path: path)
        let destination = try DatabaseQueue(path: copy)
        try source.backup(to: destination)
        try destination.write { try $0.execute(sql: "DELETE FROM projectionSnapshot") }
        return copy
    }

    private static let warm = WarmLedger()

    static func millionEntryLedger() async throws -> Ledger {
        try await warm.ledger()
    }

    actor WarmLedger {
        private var loaded: Ledger?
        func ledger() async throws -> Ledger {
            if let loaded { return loaded }
            let ledger = try await Ledger(store: try SQLiteLedgerStore(path: try await Fixtures.millionEntryDatabase()))
            loaded = ledger
            return ledger
        }
    }
}
