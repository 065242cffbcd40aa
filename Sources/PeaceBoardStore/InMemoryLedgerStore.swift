import Foundation
import PeaceBoardCore

/// A store that keeps everything in memory: for tests and throwaway runs.
public actor InMemoryLedgerStore: LedgerStore {
    private var stored: [LedgerEntry] = []
    private var tokens: [String: StoredToken] = [:]
    private var snapshots: [String: StoredSnapshot] = [:]
    private var reports: [String: Int64] = [:]

    public init() {}

    public func head() -> ChainHead? { stored.last?.head }

    public func append(_ entries: [LedgerEntry]) throws {
        try checkLinks(entries, onto: stored.last?.head)
        stored.append(contentsOf: entries)
        for entry in entries {
            if let digest = entry.reportDigest { reports[digest] = entry.sequence }
        }
    }

    public func reportEntries(_ digests: [String]) -> [String: Int64] {
        var found: [String: Int64] = [:]
        for digest in digests { found[digest] = reports[digest] }
        return found
    }

    public func entries(after sequence: Int64, limit: Int) -> [LedgerEntry] {
        let start = Int(max(0, min(sequence, Int64(stored.count))))
        let end = stored.count - start <= limit ? stored.count : start + max(0, limit)
        return Array(stored[start..<end])
    }

    public func save(_ token: StoredToken) throws {
        guard tokens[token.secretHash] == nil else { throw StoreError.duplicateToken }
        tokens[token.secretHash] = token
    }

    public func token(secretHash: String) -> StoredToken? { tokens[secretHash] }

    public func saveSnapshot(_ data: Data, format: String, head: ChainHead) {
        snapshots[format] = StoredSnapshot(head: head, data: data)
    }

    public func latestSnapshot(format: String) -> StoredSnapshot? { snapshots[format] }
}
