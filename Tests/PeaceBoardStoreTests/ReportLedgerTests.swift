import Foundation
import PeaceBoardCore
import PeaceBoardStore
import PeaceBoardTestSupport
import Testing

/// A report is read into the record once: the ledger asks the store's index, which every
/// writer sharing the database sees, rather than a set of every report it holds in memory.
@Suite struct ReportLedgerTests {
    let secretariat = Principal(name: "sec", role: .secretariat)

    func reading(_ digest: String, name: String = "report.txt") -> Ledger.Submission {
        let report = ReportIngested(
            report: digest, name: name, title: "Talks", publishedOn: nil, characters: 5, findings: .object(["people": .array([])]))
        return Ledger.Submission(event: .process(.reportIngested(report)), day: day("2026-02-01"), source: name)
    }

    @Test(arguments: StoreKind.enabled)
    func aReportIsReadOnceUntilItsEntryIsRetracted(kind: StoreKind) async throws {
        let subject = try await StoreUnderTest.make(kind)
        defer { Task { await subject.close() } }
        let ledger = try await Ledger(store: subject.store)
        let digest = String(repeating: "1a", count: 32)
        let first = try await ledger.record([reading(digest)], by: secretariat)[0]
        #expect(try await ledger.recordedReports([digest]) == [digest: first.sequence])
        await #expect(throws: RecordError.conflict(field: "report", message: "this report was already read into the record (entry 1)")) {
            try await ledger.record([reading(digest, name: "copy.txt")], by: secretariat)
        }
        // One report twice in a batch is refused whole, whatever else the batch holds.
        let other = String(repeating: "2b", count: 32)
        await #expect(throws: RecordError.self) { try await ledger.record([reading(other), reading(other)], by: secretariat) }
        #expect(try await ledger.recordedReports([other]).isEmpty)
        #expect(try await subject.store.head()?.sequence == 1)
        // An observer learns that it may not write before it learns that the report is known.
        let refusal = await #expect(throws: RecordError.self) {
            try await ledger.record([reading(digest)], by: Principal(name: "o", role: .observer))
        }
        guard case .forbidden = refusal else {
            Issue.record("an observer's write was refused with \(String(describing: refusal))")
            return
        }

        try await ledger.record(.entryRetracted(.init(reason: "read by mistake")), on: day("2026-02-02"), supersedes: first.sequence, by: secretariat)
        #expect(try await ledger.recordedReports([digest]).isEmpty)
        let again = try await ledger.record([reading(digest)], by: secretariat)[0]
        #expect(try await Ledger(store: subject.store).recordedReports([digest]) == [digest: again.sequence])
    }

    @Test(arguments: StoreKind.durable)
    func twoWritersOnOneDatabaseReadAReportOnce(kind: StoreKind) async throws {
        let subject = try await StoreUnderTest.make(kind)
        defer { Task { await subject.close() } }
        let writers = [try await Ledger(store: subject.store), try await Ledger(store: try await subject.openAnother())]
        let digests = (0..<20).map { String(format: "%064x", $0) }
        let stored = try await withThrowingTaskGroup(of: Int.self) { group in
            for writer in writers {
                group.addTask {
                    var stored = 0
                    for digest in digests {
                        do {
                            stored += try await writer.record([reading(digest)], by: secretariat).count
                        } catch RecordError.conflict(field: "report", _) {}
                    }
                    return stored
                }
            }
            return try await group.reduce(0, +)
        }
        #expect(stored == digests.count)
        #expect(try await writers[1].recordedReports(digests).count == digests.count)
    }

    @Test(arguments: StoreKind.enabled)
    func anImportThatReadsAReportTwiceIsRefusedUnlessItRetractedTheFirst(kind: StoreKind) async throws {
        let source = try await StoreUnderTest.make(kind)
        defer { Task { await source.close() } }
        let ledger = try await Ledger(store: source.store)
        let digest = String(repeating: "3c", count: 32)
        let first = try await ledger.record([reading(digest)], by: secretariat)[0]
        try await ledger.record(.entryRetracted(.init(reason: "read by mistake")), on: day("2026-02-02"), supersedes: first.sequence, by: secretariat)
        try await ledger.record([reading(digest)], by: secretariat)
        let exported = try await ledger.entries(after: 0, limit: 100)

        let target = try await StoreUnderTest.make(kind)
        defer { Task { await target.close() } }
        let restored = try await Ledger(store: target.store)
        try await restored.importEntries(exported)
        #expect(try await restored.recordedReports([digest]) == [digest: 3])

        // The same chain without its retraction reads the report twice.
        let forged = try await StoreUnderTest.make(kind)
        defer { Task { await forged.close() } }
        let entries = sealed(
            [exported[0], exported[2]].map {
                EntryDraft(effectiveDate: $0.effectiveDate, author: $0.author, kind: $0.kind, payload: $0.payload, source: $0.source)
            }, after: nil)
        await #expect(throws: RecordError.self) { try await Ledger(store: forged.store).importEntries(entries) }
        #expect(try await forged.store.head() == nil)
    }
}
