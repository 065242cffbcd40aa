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

    /// Process facts round-trip through each store: a second ledger over the same store, and a
    /// ledger opened afresh from it, read the same position matrix and timeline.
    @Test(arguments: StoreKind.enabled)
    func processFactsReadBackTheSameFromEveryStore(kind: StoreKind) async throws {
        let (ledger, subject) = try await ledger(kind)
        defer { Task { await subject.close() } }
        let dossier = RecordName(text: "sudan")!
        try await ledger.record(.process(.catalogueAdopted(.test)), on: ProvisionCatalogue.test.effectiveDate, by: chair)
        try await ledger.record(
            [
                .init(event: .process(.dossierOpened(.init(dossier: dossier, title: "Sudan", parties: [Party(text: "SDN")!, Party(text: "org:rsf")!]))), day: day("2026-02-01")),
                .init(
                    event: .process(
                        .proposalTabled(
                            .init(proposal: RecordName(text: "jeddah")!, dossier: dossier, kind: .ceasefire, title: "Jeddah truce", proposers: [Party(text: "SAU")!, Party(text: "USA")!],
                                  provisions: [Provision(id: RecordName(text: "truce")!, type: RecordName(text: "ceasefire")!, parameters: ["days": .integer(7), "full": .bool(true)])]))),
                    day: day("2026-02-02"), source: "report “Jeddah” — é"),
                .init(
                    event: .process(.responseRecorded(.init(proposal: RecordName(text: "jeddah")!, party: Party(text: "SDN")!, stance: .conditional, conditions: ["withdrawal from cities"], statement: Statement(text: "«Oui», mais…", speaker: "Spokesman")))),
                    day: day("2026-02-03")),
            ], by: secretariat)
        let expected = try await ledger.currentHistory().process
        let reopened = try await Ledger(store: subject.store).currentHistory().process
        #expect(reopened == expected)
        let matrix = try #require(reopened.positions(RecordName(text: "jeddah")!, asOf: day("2026-02-03")))
        #expect(matrix.cells.first { $0.party == Party(text: "SDN")! && $0.provision == nil }?.conditions == ["withdrawal from cities"])
        #expect(reopened.timeline(dossier, through: day("2026-03-01"), limit: 10)?.items.count == 3)
    }
}

@Suite struct SnapshotTests {
    let secretariat = Principal(name: "sec", role: .secretariat)

    func payments(_ count: Int, from first: Int) -> [Ledger.Submission] {
        (first..<(first + count)).map { index in
            Ledger.Submission(
                event: .contributionPaid(
                    .init(state: StateCode(index % 2 == 0 ? "HUN" : "ARG")!, amount: Money(minorUnits: Int64(index + 1), currency: .usd), reference: "r\(index)")),
                day: day("2026-02-01").adding(days: index / 10))
        }
    }

    @Test(arguments: StoreKind.enabled)
    func aRestartFromTheSnapshotAnswersLikeAFullReplay(kind: StoreKind) async throws {
        let subject = try await StoreUnderTest.make(kind)
        defer { Task { await subject.close() } }
        let writer = try await Ledger(store: subject.store, snapshotInterval: 50)
        try await writer.recordTrusted(.charterAdopted(.test), on: Charter.test.effectiveDate)
        _ = try await writer.record(payments(60, from: 0), by: secretariat)
        let snapshot = try #require(try await subject.store.latestSnapshot(format: BoardHistory.snapshotFormat))
        #expect(snapshot.head.sequence == 61)
        _ = try await writer.record(payments(5, from: 60), by: secretariat)

        let restarted = try await Ledger(store: subject.store, snapshotInterval: 50)
        let replayed = try BoardHistory(replaying: try await subject.store.entries(after: 0, limit: 1000))
        for date in ["2026-01-31", "2026-02-03", "2026-02-07", "2026-03-01"] {
            #expect(try await restarted.standing(asOf: day(date)) == replayed.standing(asOf: day(date)))
        }
        #expect(await restarted.history.head == replayed.head)
    }

    @Test func aSnapshotOffTheChainIsIgnored() async throws {
        let store = InMemoryLedgerStore()
        let writer = try await Ledger(store: store, snapshotInterval: 1_000_000)
        try await writer.recordTrusted(.charterAdopted(.test), on: Charter.test.effectiveDate)
        _ = try await writer.record(payments(3, from: 0), by: secretariat)
        // A snapshot claiming a head the chain does not hold (a restored backup of another ledger, say).
        var forged = BoardHistory()
        try forged.apply(LedgerEntry(sealing: EntryDraft(effectiveDate: day("2026-01-01"), author: "x", kind: .charterAdopted, payload: BoardEvent.charterAdopted(.test).payload), after: nil, recordedAt: Timestamp(Date())))
        await store.saveSnapshot(try forged.snapshot(), format: BoardHistory.snapshotFormat, head: try #require(forged.head))
        let restarted = try await Ledger(store: store)
        #expect(await restarted.history.head?.sequence == 4)
        #expect(try await restarted.standing(asOf: day("2026-03-01")).contributionsFromNonMembers.count == 2)
    }
}
