import Foundation
import PeaceBoardCore
import PeaceBoardStore
import Testing

/// What every `LedgerStore` must do, run against each implementation.
@Suite struct StoreConformanceTests {
    @Test(arguments: StoreKind.enabled)
    func appendsAndReadsBackInOrder(kind: StoreKind) async throws {
        let subject = try await StoreUnderTest.make(kind)
        defer { Task { await subject.close() } }
        let store = subject.store
        #expect(try await store.head() == nil)
        let first = sealed([note("a"), note("b")], after: nil)
        try await store.append(first)
        let second = sealed([note("c", on: "2026-01-20")], after: first.last?.head)
        try await store.append(second)
        let all = try await store.entries(after: 0, limit: 100)
        #expect(all == first + second)
        #expect(try await store.head() == second.last?.head)
        #expect(try await store.entries(after: 1, limit: 1) == [first[1]])
        #expect(try await store.entries(after: 3, limit: 10).isEmpty)
    }

    @Test(arguments: StoreKind.enabled)
    func refusesEntriesThatDoNotContinueTheChain(kind: StoreKind) async throws {
        let subject = try await StoreUnderTest.make(kind)
        defer { Task { await subject.close() } }
        let store = subject.store
        let first = sealed([note("a")], after: nil)
        try await store.append(first)
        // A writer that still believes the ledger is empty loses the race and writes nothing.
        let stale = sealed([note("stale")], after: nil)
        await #expect(throws: StoreError.self) { try await store.append(stale) }
        // A batch with a gap inside is refused whole.
        var broken = sealed([note("b"), note("c")], after: first.last?.head)
        broken.remove(at: 0)
        await #expect(throws: StoreError.self) { try await store.append(broken) }
        #expect(try await store.entries(after: 0, limit: 10) == first)
    }

    @Test(arguments: StoreKind.enabled)
    func storesTokensByHashOnly(kind: StoreKind) async throws {
        let subject = try await StoreUnderTest.make(kind)
        defer { Task { await subject.close() } }
        let token = StoredToken(
            secretHash: StoredToken.hash(secret: "pb_secret"), name: "hun-delegate", role: .delegate(StateCode("HUN")!),
            createdAt: Timestamp(Date()))
        try await subject.store.save(token)
        #expect(try await subject.store.token(secretHash: StoredToken.hash(secret: "pb_secret")) == token)
        #expect(try await subject.store.token(secretHash: StoredToken.hash(secret: "pb_other")) == nil)
        await #expect(throws: StoreError.duplicateToken) { try await subject.store.save(token) }
    }

    @Test(arguments: StoreKind.durable)
    func theDatabaseRefusesUpdatesAndDeletes(kind: StoreKind) async throws {
        let subject = try await StoreUnderTest.make(kind)
        defer { Task { await subject.close() } }
        try await subject.store.append(sealed([note("a")], after: nil))
        await #expect(throws: (any Error).self) { try await subject.execute("UPDATE entry SET author = 'forger'") }
        await #expect(throws: (any Error).self) { try await subject.execute("DELETE FROM entry") }
        #expect(try await subject.store.entries(after: 0, limit: 10).first?.author == "secretariat:test")
    }

    @Test(arguments: StoreKind.durable)
    func verifyFindsARowTamperedWithInTheDatabase(kind: StoreKind) async throws {
        let subject = try await StoreUnderTest.make(kind)
        defer { Task { await subject.close() } }
        let ledger = try await Ledger(store: subject.store)
        try await subject.store.append(sealed((1...5).map { note("fact \($0)") }, after: nil))
        #expect(try await ledger.verify().isIntact)
        // A forger with database access first has to remove the append-only guard.
        switch kind {
        case .sqlite:
            try await subject.execute("DROP TRIGGER entryIsAppendOnlyUpdate")
        case .postgres:
            try await subject.execute("ALTER TABLE entry DISABLE TRIGGER entry_is_append_only")
        case .memory:
            return
        }
        try await subject.execute(#"UPDATE entry SET payload = '{"text":"forged"}' WHERE sequence = 3"#)
        let report = try await ledger.verify()
        #expect(report.firstBreak == .contentAltered(sequence: 3))
        #expect(report.entriesChecked == 2)
    }

    @Test(arguments: StoreKind.durable)
    func twoWritersOnOneDatabaseKeepOneGapFreeChain(kind: StoreKind) async throws {
        let subject = try await StoreUnderTest.make(kind)
        defer { Task { await subject.close() } }
        let first = try await Ledger(store: subject.store)
        let second = try await Ledger(store: try await subject.openAnother())
        let perWriter = 40
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (ledger, name) in [(first, "one"), (second, "two")] {
                group.addTask {
                    for index in 0..<perWriter {
                        try await ledger.record(
                            .contributionPaid(
                                .init(state: StateCode("HUN")!, amount: Money(minorUnits: 100, currency: .usd), reference: "\(name)-\(index)")),
                            on: day("2026-03-01"), by: Principal(name: name, role: .secretariat))
                    }
                }
            }
            try await group.waitForAll()
        }
        let report = try await first.verify()
        #expect(report.isIntact)
        #expect(report.entriesChecked == Int64(2 * perWriter))
        let standing = try await second.standing(asOf: day("2026-03-01"))
        #expect(standing.contributionsFromNonMembers.first?.contributions.paid.first?.minorUnits == Int64(2 * perWriter * 100))
    }

    @Test(arguments: StoreKind.enabled)
    func indexesTheReportsItStoresByDigest(kind: StoreKind) async throws {
        let subject = try await StoreUnderTest.make(kind)
        defer { Task { await subject.close() } }
        let store = subject.store
        let (first, second) = (String(repeating: "a1", count: 32), String(repeating: "b2", count: 32))
        let entries = sealed([reportRead(first), note("b"), reportRead(second), reportRead(first)], after: nil)
        try await store.append(entries)
        // The latest entry of a report read twice (after a retraction) answers for it.
        #expect(try await store.reportEntries([first, second, String(repeating: "c3", count: 32)]) == [first: 4, second: 3])
        #expect(try await store.reportEntries([]).isEmpty)
        // A refused batch indexes nothing.
        let stale = sealed([reportRead(String(repeating: "d4", count: 32))], after: nil)
        await #expect(throws: StoreError.self) { try await store.append(stale) }
        #expect(try await store.reportEntries([String(repeating: "d4", count: 32)]).isEmpty)
        if kind != .memory {
            #expect(try await subject.openAnother().reportEntries([second]) == [second: 3])
        }
    }

    /// A database written before reports were indexed gets the index of what it holds.
    @Test(arguments: StoreKind.durable)
    func anOlderDatabaseIndexesItsReportsWhenOpened(kind: StoreKind) async throws {
        let subject = try await StoreUnderTest.make(kind)
        defer { Task { await subject.close() } }
        let digest = String(repeating: "e5", count: 32)
        try await subject.store.append(sealed([note("a"), reportRead(digest)], after: nil))
        switch kind {
        case .sqlite:
            try await subject.execute("DROP TABLE reportDigest; DELETE FROM grdb_migrations WHERE identifier = 'v3: reports by digest'")
        case .postgres:
            try await subject.execute("DROP TABLE report_digest")
            try await subject.execute("DELETE FROM schema_migration WHERE name = 'v3: reports by digest'")
        case .memory:
            return
        }
        #expect(try await subject.openAnother().reportEntries([digest]) == [digest: 2])
    }
}

func reportRead(_ digest: String) -> EntryDraft {
    let report = ReportIngested(
        report: digest, name: "\(digest.prefix(6)).txt", title: nil, publishedOn: nil, characters: 10,
        findings: .object(["people": .array([.object(["report": .string("not this one")])])]))
    return EntryDraft(effectiveDate: day("2026-01-19"), author: "secretariat:ingest", kind: .reportIngested, payload: report.payload)
}
