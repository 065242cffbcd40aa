import Foundation
import PeaceBoardCore
import PeaceBoardStore
import PeaceBoardTestSupport
import Testing

@Suite struct LedgerTests {
    let chair = Principal(name: "chair", role: .chair)
    let secretariat = Principal(name: "sec", role: .secretariat)

    func ledger(_ kind: StoreKind) async throws -> (Ledger, StoreUnderTest) {
        let subject = try await StoreUnderTest.make(kind)
        let ledger = try await Ledger(store: subject.store)
        try await ledger.recordTrusted(.charterAdopted(Charter.test), on: Charter.test.effectiveDate)
        return (ledger, subject)
    }

    @Test(arguments: StoreKind.enabled)
    func refusedWritesLeaveNoTrace(kind: StoreKind) async throws {
        let (ledger, subject) = try await ledger(kind)
        defer { Task { await subject.close() } }
        let before = try await subject.store.head()
        let observer = Principal(name: "o", role: .observer)
        await #expect(throws: RecordError.self) {
            try await ledger.record(.invitationIssued(.init(invitation: InvitationID(number: 1), state: StateCode("HUN")!)), on: day("2026-01-17"), by: observer)
        }
        await #expect(throws: RecordError.self) {
            try await ledger.record(
                .invitationChanged(.init(invitation: InvitationID(number: 7), status: .accepted)), on: day("2026-01-17"),
                by: Principal(name: "d", role: .delegate(StateCode("HUN")!)))
        }
        #expect(try await subject.store.head() == before)
    }

    @Test(arguments: StoreKind.enabled)
    func exportThenImportGivesTheSameChain(kind: StoreKind) async throws {
        let (ledger, subject) = try await ledger(kind)
        defer { Task { await subject.close() } }
        try await ledger.record(.invitationIssued(.init(invitation: InvitationID(number: 1), state: StateCode("HUN")!)), on: day("2026-01-17"), by: chair)
        let payment = try await ledger.record(
            .contributionPaid(.init(state: StateCode("HUN")!, amount: Money(minorUnits: 5, currency: .usd), reference: "r")),
            on: day("2026-01-18"), by: secretariat)
        try await ledger.record(.entryRetracted(.init(reason: "duplicate")), on: day("2026-01-19"), supersedes: payment.sequence, by: secretariat)
        let exported = try await ledger.entries(after: 0, limit: 1000)

        let target = try await StoreUnderTest.make(kind)
        defer { Task { await target.close() } }
        let restored = try await Ledger(store: target.store)
        try await restored.importEntries(exported)
        #expect(try await restored.entries(after: 0, limit: 1000) == exported)
        #expect(try await restored.verify().isIntact)
        #expect(try await restored.standing(asOf: day("2026-02-01")) == (try await ledger.standing(asOf: day("2026-02-01"))))
        // Importing the same entries again would fork the chain.
        await #expect(throws: (any Error).self) { try await restored.importEntries(exported) }
    }
}
