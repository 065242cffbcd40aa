import Foundation
import PeaceBoardCore

/// The one way to write to the record: checks each fact against the caller's role and the
/// Board's rules, seals it into the hash chain and stores it, and keeps the board history
/// that answers standing queries.
///
/// Several `Ledger`s (in several server processes) may share one store: an append that loses
/// the race for the chain's head catches up with the other writer's entries, checks again
/// and retries, so the chain never forks and never has gaps.
public actor Ledger {
    public nonisolated let store: any LedgerStore
    private let now: @Sendable () -> Date
    public private(set) var history = BoardHistory()
    /// The head of the last snapshot saved or restored, and the least number of entries after it
    /// before another is taken.
    private var snapshotSequence: Int64 = 0
    private let snapshotInterval: Int64
    private let appendTurn = Turnstile()

    /// Opens the ledger: restores the latest snapshot of the board history when the chain still
    /// holds it, replays the entries after it, and saves a new snapshot when enough were replayed.
    public init(store: any LedgerStore, now: @escaping @Sendable () -> Date = Date.init, snapshotInterval: Int64 = 10_000)
        async throws
    {
        self.store = store
        self.now = now
        self.snapshotInterval = snapshotInterval
        await restoreSnapshot()
        try await catchUp()
        await saveSnapshotIfDue()
    }

    /// Records one fact as `principal`, after checking role and rules. Returns the stored entry.
    @discardableResult
    public func record(
        _ event: BoardEvent, on day: LocalDate, source: String? = nil, supersedes: Int64? = nil, by principal: Principal
    ) async throws -> LedgerEntry {
        try await append(
            [Submission(event: event, day: day, source: source, supersedes: supersedes)], by: principal,
            authorize: true
        )[0]
    }

    /// Records a fact that the operator vouches for (the charter loaded at start).
    @discardableResult
    public func recordTrusted(_ event: BoardEvent, on day: LocalDate, source: String? = nil, as principal: Principal = .system)
        async throws -> LedgerEntry
    {
        try await append([Submission(event: event, day: day, source: source, supersedes: nil)], by: principal, authorize: false)[0]
    }

    /// Records several facts, all or none, each checked against the role and the record including the ones before it.
    public func record(_ submissions: [Submission], by principal: Principal) async throws -> [LedgerEntry] {
        try await append(submissions, by: principal, authorize: true)
    }

    /// Restores exported entries into an empty ledger, checking the chain and the Board's rules.
    public func importEntries(_ entries: [LedgerEntry]) async throws {
        try await catchUp()
        var verifier = ChainVerifier(startingAfter: history.head)
        for entry in entries {
            do { try verifier.check(entry) } catch { throw ImportError.chain(error) }
        }
        var reports = ReportsInForce(try await reportEntriesInForce(entries.compactMap(\.reportDigest)))
        for entry in entries { try reports.append(digest: entry.reportDigest, sequence: entry.sequence, supersedes: entry.supersedes) }
        let candidate: BoardHistory
        if entries.contains(where: { $0.supersedes != nil }) {
            candidate = try BoardHistory(replaying: try await allEntries() + entries)
        } else {
            var working = history
            for entry in entries { try working.apply(entry) }
            candidate = working
        }
        try await store.append(entries)
        history = candidate
    }

    /// Of `digests`, the reports read into the record and not retracted since, each with the
    /// entry that holds its findings. Asked of the store's index rather than kept in memory.
    public func recordedReports(_ digests: some Collection<String>) async throws -> [String: Int64] {
        try await catchUp()
        return try await reportEntriesInForce(Array(digests))
    }

    public func standing(asOf day: LocalDate) async throws -> Standing {
        try await currentHistory().standing(asOf: day)
    }

    /// The history including what other writers sharing the store have recorded.
    public func currentHistory() async throws -> BoardHistory {
        try await catchUp()
        return history
    }

    public func entries(after sequence: Int64, limit: Int) async throws -> [LedgerEntry] {
        try await store.entries(after: sequence, limit: limit)
    }

    /// Reads the stored chain from the start and names the first entry that breaks it.
    public func verify() async throws -> VerificationReport {
        var verifier = ChainVerifier()
        var count: Int64 = 0
        do {
            try await store.forEachEntry { entry in
                try verifier.check(entry)
                count += 1
            }
        } catch let broken as ChainVerifier.Break {
            return VerificationReport(entriesChecked: count, head: verifier.head, firstBreak: broken)
        }
        return VerificationReport(entriesChecked: count, head: verifier.head, firstBreak: nil)
    }

    public struct Submission: Sendable {
        public var event: BoardEvent
        public var day: LocalDate
        public var source: String?
        public var supersedes: Int64?

        public init(event: BoardEvent, day: LocalDate, source: String? = nil, supersedes: Int64? = nil) {
            self.event = event
            self.day = day
            self.source = source
            self.supersedes = supersedes
        }

        var reportDigest: String? {
            guard case .process(.reportIngested(let report)) = event else { return nil }
            return report.report
        }
    }

    public enum ImportError: Error, CustomStringConvertible {
        case chain(ChainVerifier.Break)

        public var description: String {
            switch self {
            case .chain(let broken): "the imported entries do not continue the ledger: \(broken)"
            }
        }
    }

    private func append(_ submissions: [Submission], by principal: Principal, authorize: Bool) async throws
        -> [LedgerEntry]
    {
        guard !submissions.isEmpty else { return [] }
        // One append at a time per ledger: the actor is reentrant at each `await`, and two appends
        // sealing onto the same head would otherwise race each other as well as other processes.
        await appendTurn.acquire()
        defer { appendTurn.release() }
        // Bounded: each retry means another writer made progress.
        for _ in 0..<64 {
            try await catchUp()
            let (entries, candidate) = try await seal(submissions, by: principal, authorize: authorize)
            do {
                try await store.append(entries)
            } catch StoreError.headMoved {
                continue
            }
            // A catch-up that ran while the store was writing may already have applied these entries.
            if (history.head?.sequence ?? 0) < (candidate.head?.sequence ?? 0) { history = candidate }
            await saveSnapshotIfDue()
            return entries
        }
        throw StoreError.headMoved(expected: history.head, found: try await store.head())
    }

    /// Seals the submissions onto the current head and returns the history they lead to.
    private func seal(_ submissions: [Submission], by principal: Principal, authorize: Bool) async throws
        -> ([LedgerEntry], BoardHistory)
    {
        let recordedAt = Timestamp(now())
        var working = history
        var entries: [LedgerEntry] = []
        var needsReplay = false
        var reports = ReportsInForce(try await reportEntriesInForce(submissions.compactMap(\.reportDigest)))
        for submission in submissions {
            var event = submission.event
            if case .invitationIssued(var issued) = event {
                issued.invitation = working.nextInvitationID
                event = .invitationIssued(issued)
            }
            if authorize {
                try working.authorize(event, correcting: submission.supersedes != nil, by: principal)
            }
            let draft = EntryDraft(
                effectiveDate: submission.day, author: principal.author, kind: event.kind, payload: event.payload,
                supersedes: submission.supersedes, source: submission.source)
            let entry = LedgerEntry(sealing: draft, after: entries.last?.head ?? working.head, recordedAt: recordedAt)
            try reports.append(digest: submission.reportDigest, sequence: entry.sequence, supersedes: submission.supersedes)
            if submission.supersedes != nil || needsReplay {
                // A correction changes the past: check the whole record as it would then read.
                working = try BoardHistory(replaying: try await allEntries() + entries + [entry])
                needsReplay = true
            } else {
                try working.apply(BoardHistory.DecodedEntry(entry, sealedFrom: event))
            }
            entries.append(entry)
        }
        return (entries, working)
    }

    /// The store's entries for these reports, less those a later entry retracted.
    private func reportEntriesInForce(_ digests: [String]) async throws -> [String: Int64] {
        guard !digests.isEmpty else { return [:] }
        return try await store.reportEntries(digests).filter { !history.isSuperseded($0.value) }
    }

    /// Applies what other writers stored since this ledger last looked.
    ///
    /// The actor is reentrant at every `await`, so after each read the history is checked to
    /// be where it was when the read began; the entries are then applied with no suspension
    /// in between, so two catch-ups (or a catch-up and an append) never overwrite each other.
    private func catchUp() async throws {
        while true {
            let base = history.head
            let page = try await store.entries(after: base?.sequence ?? 0, limit: 4_000)
            guard !page.isEmpty else { return }
            // Reading payloads is most of a replay's work, and each entry's is independent.
            let decoded = Self.decodeInParallel(page)
            guard history.head == base else { continue }
            if decoded.contains(where: { $0.entry.supersedes != nil }) {
                // A correction rewrites the past, so the history is rebuilt from the first entry.
                let rebuilt = try BoardHistory(replaying: try await allEntries())
                if history.head == base { history = rebuilt }
                continue
            }
            // `apply` checks each entry before changing anything, so a refusal leaves a consistent prefix.
            for entry in decoded { try history.apply(entry) }
        }
    }

    private static func decodeInParallel(_ page: [LedgerEntry]) -> [BoardHistory.DecodedEntry] {
        guard page.count >= 1_000 else { return page.map(BoardHistory.DecodedEntry.init(stored:)) }
        let chunks = max(1, min(8, ProcessInfo.processInfo.activeProcessorCount))
        let chunkSize = (page.count + chunks - 1) / chunks
        let results = DecodedChunks(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (chunk * chunkSize)..<min(page.count, (chunk + 1) * chunkSize)
            results.store(page[range].map(BoardHistory.DecodedEntry.init(stored:)), at: chunk)
        }
        return results.joined()
    }

    private func restoreSnapshot() async {
        guard let stored = try? await store.latestSnapshot(format: BoardHistory.snapshotFormat),
            stored.head.sequence >= 1,
            let entry = try? await store.entries(after: stored.head.sequence - 1, limit: 1).first,
            entry.head == stored.head,
            let restored = try? BoardHistory(snapshot: stored.data), restored.head == stored.head
        else { return }
        history = restored
        snapshotSequence = stored.head.sequence
    }

    /// Snapshots grow with the ledger, so they are taken at geometrically spaced points: the
    /// cost of writing them stays proportional to the number of appends.
    private func saveSnapshotIfDue() async {
        guard let head = history.head, head.sequence - snapshotSequence >= max(snapshotInterval, snapshotSequence / 2) else {
            return
        }
        do {
            try await store.saveSnapshot(try history.snapshot(), format: BoardHistory.snapshotFormat, head: head)
            snapshotSequence = head.sequence
        } catch {
            // A snapshot only shortens the next start; the record itself is already stored.
        }
    }

    private func allEntries() async throws -> [LedgerEntry] {
        var all: [LedgerEntry] = []
        try await store.forEachEntry { all.append($0) }
        return all
    }
}

public struct VerificationReport: Sendable {
    public var entriesChecked: Int64
    public var head: ChainHead?
    public var firstBreak: ChainVerifier.Break?

    public var isIntact: Bool { firstBreak == nil }
}

/// Per-chunk results of a parallel decode; each slot is written by exactly one worker.
private final class DecodedChunks: @unchecked Sendable {
    private var chunks: [[BoardHistory.DecodedEntry]]
    private let lock = NSLock()

    init(count: Int) { chunks = Array(repeating: [], count: count) }

    func store(_ decoded: [BoardHistory.DecodedEntry], at index: Int) {
        lock.lock()
        chunks[index] = decoded
        lock.unlock()
    }

    func joined() -> [BoardHistory.DecodedEntry] { chunks.flatMap { $0 } }
}

/// A first-come, first-served lock for async code inside one actor.
private final class Turnstile: @unchecked Sendable {
    // Only touched from the owning actor's executor, so plain state is safe.
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func acquire() async {
        guard busy else {
            busy = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty {
            busy = false
        } else {
            waiting.removeFirst().resume()
        }
    }
}

/// The reports a batch may not read again: those the store holds, then those the batch reads
/// itself, less those it retracts.
private struct ReportsInForce {
    private var entryByDigest: [String: Int64]

    init(_ recorded: [String: Int64]) { entryByDigest = recorded }

    /// Takes the next entry of the batch, refusing a report read before.
    mutating func append(digest: String?, sequence: Int64, supersedes: Int64?) throws(RecordError) {
        if let supersedes, let retracted = entryByDigest.first(where: { $0.value == supersedes })?.key {
            entryByDigest[retracted] = nil
        }
        guard let digest else { return }
        if let earlier = entryByDigest[digest] {
            throw .conflict(field: "report", message: "this report was already read into the record (entry \(earlier))")
        }
        entryByDigest[digest] = sequence
    }
}
