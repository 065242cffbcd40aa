import Foundation
import GRDB
import PeaceBoardCore
import PeaceBoardStore

/// The embedded store: one SQLite file in WAL mode with `synchronous=FULL`, so that an
/// acknowledged append survives a crash or a power loss.
public struct SQLiteLedgerStore: LedgerStore {
    private let writer: any DatabaseWriter

    /// Opens (creating and migrating if needed) the database file at `path`.
    public init(path: String) throws {
        try self.init(writer: DatabasePool(path: path, configuration: Self.configuration()))
    }

    /// An in-memory database run through the same migrations, for tests.
    public static func inMemory() throws -> SQLiteLedgerStore {
        try SQLiteLedgerStore(writer: DatabaseQueue(configuration: configuration()))
    }

    init(writer: any DatabaseWriter) throws {
        self.writer = writer
        try SQLiteMigrations.migrator.migrate(writer)
    }

    static func configuration() -> Configuration {
        var configuration = Configuration()
        // Several processes may share the file: wait for the write lock rather than fail.
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            // WAL (set by DatabasePool) with NORMAL may lose committed transactions on power loss.
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        return configuration
    }

    public func head() async throws -> ChainHead? {
        try await writer.read { db in try Self.head(db) }
    }

    public func append(_ entries: [LedgerEntry]) async throws {
        guard !entries.isEmpty else { return }
        try await writer.writeWithoutTransaction { db in
            // IMMEDIATE takes the write lock up front, so two processes cannot both read the same head.
            try db.inTransaction(.immediate) {
                try checkLinks(entries, onto: try Self.head(db))
                let insert = try db.cachedStatement(sql: "INSERT INTO entry (\(EntryRow.columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                let index = try db.cachedStatement(sql: "INSERT INTO reportDigest (digest, sequence) VALUES (?, ?)")
                for entry in entries {
                    try insert.execute(arguments: EntryRow.arguments(of: entry))
                    if let digest = entry.reportDigest { try index.execute(arguments: [digest, entry.sequence]) }
                }
                return .commit
            }
        }
    }

    public func entries(after sequence: Int64, limit: Int) async throws -> [LedgerEntry] {
        try await writer.read { db in
            let rows = try Row.fetchCursor(
                db, sql: "SELECT \(EntryRow.columns) FROM entry WHERE sequence > ? ORDER BY sequence LIMIT ?",
                arguments: [sequence, Int64(clamping: limit)])
            var entries: [LedgerEntry] = []
            while let row = try rows.next() { entries.append(try EntryRow.entry(from: row)) }
            return entries
        }
    }

    public func reportEntries(_ digests: [String]) async throws -> [String: Int64] {
        guard !digests.isEmpty else { return [:] }
        return try await writer.read { db in
            var found: [String: Int64] = [:]
            // In slices, below SQLite's limit on a statement's parameters.
            for start in stride(from: 0, to: digests.count, by: 500) {
                let slice = Array(digests[start..<min(digests.count, start + 500)])
                let rows = try Row.fetchCursor(
                    db,
                    sql: "SELECT digest, MAX(sequence) FROM reportDigest WHERE digest IN (\(databaseQuestionMarks(count: slice.count))) GROUP BY digest",
                    arguments: StatementArguments(slice))
                while let row = try rows.next() { found[row[0]] = row[1] }
            }
            return found
        }
    }

    public func save(_ token: StoredToken) async throws {
        try await writer.write { db in
            let existing = try Int.fetchOne(db, sql: "SELECT 1 FROM accessToken WHERE secretHash = ?", arguments: [token.secretHash])
            guard existing == nil else { throw StoreError.duplicateToken }
            try db.execute(
                sql: "INSERT INTO accessToken (secretHash, name, role, state, createdAt) VALUES (?, ?, ?, ?, ?)",
                arguments: [token.secretHash, token.name, token.role.name, token.role.state?.rawValue, token.createdAt.text])
        }
    }

    public func token(secretHash: String) async throws -> StoredToken? {
        try await writer.read { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT name, role, state, createdAt FROM accessToken WHERE secretHash = ?", arguments: [secretHash]),
                let createdAt = Timestamp(canonical: row[3])
            else { return nil }
            return StoredToken(
                secretHash: secretHash, name: row[0], role: try Role(name: row[1], state: row[2]), createdAt: createdAt)
        }
    }

    public func saveSnapshot(_ data: Data, format: String, head: ChainHead) async throws {
        try await writer.write { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO projectionSnapshot (format, sequence, hash, data) VALUES (?, ?, ?, ?)",
                arguments: [format, head.sequence, head.hash, data])
        }
    }

    public func latestSnapshot(format: String) async throws -> StoredSnapshot? {
        try await writer.read { db in
            try Row.fetchOne(db, sql: "SELECT sequence, hash, data FROM projectionSnapshot WHERE format = ?", arguments: [format])
                .map { StoredSnapshot(head: ChainHead(sequence: $0[0], hash: $0[1]), data: $0[2]) }
        }
    }

    private static func head(_ db: Database) throws -> ChainHead? {
        try Row.fetchOne(db, sql: "SELECT sequence, hash FROM entry ORDER BY sequence DESC LIMIT 1").map {
            ChainHead(sequence: $0[0], hash: $0[1])
        }
    }
}
