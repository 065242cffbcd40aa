import Foundation
import PeaceBoardCore

/// Durable storage of the ledger and of access tokens.
///
/// Implementations never update or delete an entry. `append` is atomic: either every entry
/// of the batch is stored and durable when it returns, or none is.
public protocol LedgerStore: Sendable {
    /// The last entry of the chain, nil when the ledger is empty.
    func head() async throws -> ChainHead?

    /// Stores sealed entries that continue the chain from `head()`, and indexes those that read
    /// a report by its digest (`LedgerEntry.reportDigest`) in the same transaction.
    ///
    /// Throws `StoreError.headMoved` and stores nothing when another writer appended first,
    /// so that the caller can re-check its entries against the newer record.
    func append(_ entries: [LedgerEntry]) async throws

    /// Of `digests`, those some entry read into the record, each with the latest such entry.
    func reportEntries(_ digests: [String]) async throws -> [String: Int64]

    /// Up to `limit` entries with sequence numbers above `sequence`, in order.
    func entries(after sequence: Int64, limit: Int) async throws -> [LedgerEntry]

    func save(_ token: StoredToken) async throws
    func token(secretHash: String) async throws -> StoredToken?

    /// Keeps a projection snapshot taken at `head`, replacing the previous one of that format.
    /// Snapshots are caches derived from the entries; they are the one thing a store overwrites.
    func saveSnapshot(_ data: Data, format: String, head: ChainHead) async throws
    func latestSnapshot(format: String) async throws -> StoredSnapshot?
}

public struct StoredSnapshot: Sendable {
    public var head: ChainHead
    public var data: Data

    public init(head: ChainHead, data: Data) {
        self.head = head
        self.data = data
    }
}

public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The chain's head is no longer the one the new entries link to.
    case headMoved(expected: ChainHead?, found: ChainHead?)
    /// The batch does not form a chain of its own (a gap or a wrong link inside it).
    case brokenBatch(String)
    case duplicateToken

    public var description: String {
        switch self {
        case .headMoved(let expected, let found):
            "the ledger moved on: expected head \(expected?.sequence ?? 0), found \(found?.sequence ?? 0)"
        case .brokenBatch(let reason): "the entries do not form a chain: \(reason)"
        case .duplicateToken: "a token with that secret already exists"
        }
    }
}

extension LedgerStore {
    /// Checks that `entries` link to `head` and to each other; shared by every store.
    public func checkLinks(_ entries: [LedgerEntry], onto head: ChainHead?) throws {
        guard let first = entries.first else { return }
        guard first.sequence == (head?.sequence ?? 0) + 1, first.previousHash == (head?.hash ?? ChainHead.genesisHash) else {
            throw StoreError.headMoved(expected: ChainHead(sequence: first.sequence - 1, hash: first.previousHash), found: head)
        }
        for (previous, next) in zip(entries, entries.dropFirst()) {
            guard next.sequence == previous.sequence + 1, next.previousHash == previous.hash else {
                throw StoreError.brokenBatch("entry \(next.sequence) does not follow entry \(previous.sequence)")
            }
        }
    }

    /// Every entry, read in pages so that memory stays bounded by the page size plus `body`'s own.
    public func forEachEntry(after sequence: Int64 = 0, pageSize: Int = 10_000, _ body: (LedgerEntry) throws -> Void)
        async throws
    {
        var cursor = sequence
        while true {
            let page = try await entries(after: cursor, limit: pageSize)
            for entry in page { try body(entry) }
            guard let last = page.last, page.count == pageSize else { return }
            cursor = last.sequence
        }
    }
}
