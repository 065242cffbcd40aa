import Foundation
import Logging
import PeaceBoardCore
import PeaceBoardStore
import NIOCore
import NIOFoundationCompat
import PostgresNIO

/// The production store: several server instances may share one PostgreSQL database.
///
/// Appends take a transaction-scoped advisory lock before reading the chain's head, so
/// concurrent writers are serialised and the chain stays gap-free and unforked.
public final class PostgresLedgerStore: LedgerStore {
    private let client: PostgresClient
    private let logger: Logger
    private let runner: Task<Void, Never>

    /// Connects to `url` (`postgres://user[:password]@host[:port]/database`) and migrates the schema.
    public init(url: String, logger: Logger = Logger(label: "peaceboard.postgres")) async throws {
        self.client = PostgresClient(configuration: try Self.configuration(url: url), backgroundLogger: logger)
        self.logger = logger
        let client = self.client
        self.runner = Task { await client.run() }
        do {
            try await PostgresMigrations.migrate(client, logger: logger)
        } catch {
            runner.cancel()
            throw error
        }
    }

    /// Closes the connection pool.
    public func close() async {
        runner.cancel()
        await runner.value
    }

    static func configuration(url: String) throws -> PostgresClient.Configuration {
        guard let components = URLComponents(string: url), ["postgres", "postgresql"].contains(components.scheme ?? ""),
            let host = components.host, !host.isEmpty, let user = components.user
        else {
            throw PostgresStoreError.badURL(url)
        }
        let database = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        return PostgresClient.Configuration(
            host: host, port: components.port ?? 5432, username: user, password: components.password,
            database: database.isEmpty ? nil : database, tls: .disable)
    }

    public func head() async throws -> ChainHead? {
        try await client.withConnection { try await Self.readHead($0, logger: logger) }
    }

    public func append(_ entries: [LedgerEntry]) async throws {
        guard !entries.isEmpty else { return }
        let logger = self.logger
        do {
            try await appendInTransaction(entries, logger: logger)
        } catch let error as PostgresTransactionError {
            // Report a lost race as the store protocol's own error, so the ledger can retry.
            if let storeError = error.closureError as? StoreError { throw storeError }
            throw error
        }
    }

    private func appendInTransaction(_ entries: [LedgerEntry], logger: Logger) async throws {
        try await client.withTransaction(logger: logger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.appendLock))", logger: logger)
            try self.checkLinks(entries, onto: try await Self.readHead(connection, logger: logger))
            // One statement per batch: the columns travel as arrays and UNNEST turns them into rows.
            try await connection.query(
                """
                INSERT INTO entry (sequence, recorded_at, effective_date, author, kind, payload, supersedes, source, previous_hash, hash)
                SELECT s, r, e, a, k, p, NULLIF(x, 0), CASE WHEN hs THEN src END, ph, h
                FROM UNNEST(\(entries.map(\.sequence)), \(entries.map(\.recordedAt.text)), \(entries.map(\.effectiveDate.description)),
                    \(entries.map(\.author)), \(entries.map(\.kind.rawValue)), \(entries.map(\.payloadText)),
                    \(entries.map { $0.supersedes ?? 0 }), \(entries.map { $0.source != nil }), \(entries.map { $0.source ?? "" }),
                    \(entries.map(\.previousHash)), \(entries.map(\.hash)))
                    AS batch(s, r, e, a, k, p, x, hs, src, ph, h)
                """, logger: logger)
            let reports = entries.compactMap { entry in entry.reportDigest.map { ($0, entry.sequence) } }
            if !reports.isEmpty {
                try await connection.query(
                    "INSERT INTO report_digest (digest, sequence) SELECT * FROM UNNEST(\(reports.map(\.0)), \(reports.map(\.1)))",
                    logger: logger)
            }
        }
    }

    public func reportEntries(_ digests: [String]) async throws -> [String: Int64] {
        guard !digests.isEmpty else { return [:] }
        let rows = try await client.query(
            "SELECT digest, MAX(sequence) FROM report_digest WHERE digest = ANY(\(digests)) GROUP BY digest", logger: logger)
        var found: [String: Int64] = [:]
        for try await (digest, sequence) in rows.decode((String, Int64).self) { found[digest] = sequence }
        return found
    }

    public func entries(after sequence: Int64, limit: Int) async throws -> [LedgerEntry] {
        let rows = try await client.query(
            """
            SELECT sequence, recorded_at, effective_date, author, kind, payload, supersedes, source, previous_hash, hash
            FROM entry WHERE sequence > \(sequence) ORDER BY sequence LIMIT \(Int64(clamping: limit))
            """, logger: logger)
        var entries: [LedgerEntry] = []
        for try await (sequence, recorded, effective, author, kind, payload, supersedes, source, previousHash, hash) in rows.decode(
            (Int64, String, String, String, String, String, Int64?, String?, String, String).self)
        {
            guard let recordedAt = Timestamp(canonical: recorded), let day = LocalDate(iso8601: effective) else {
                throw PostgresStoreError.unreadableRow(sequence)
            }
            entries.append(
                LedgerEntry(
                    sequence: sequence, recordedAt: recordedAt, effectiveDate: day, author: author, kind: EntryKind(kind),
                    payloadText: payload, supersedes: supersedes, source: source, previousHash: previousHash, hash: hash))
        }
        return entries
    }

    public func save(_ token: StoredToken) async throws {
        let rows = try await client.query(
            """
            INSERT INTO access_token (secret_hash, name, role, state, created_at)
            VALUES (\(token.secretHash), \(token.name), \(token.role.name), \(token.role.state?.rawValue), \(token.createdAt.text))
            ON CONFLICT (secret_hash) DO NOTHING RETURNING 1
            """, logger: logger)
        var inserted = false
        for try await _ in rows.decode(Int32.self) { inserted = true }
        guard inserted else { throw StoreError.duplicateToken }
    }

    public func token(secretHash: String) async throws -> StoredToken? {
        let rows = try await client.query(
            "SELECT name, role, state, created_at FROM access_token WHERE secret_hash = \(secretHash)", logger: logger)
        for try await (name, role, state, created) in rows.decode((String, String, String?, String).self) {
            guard let createdAt = Timestamp(canonical: created) else { return nil }
            return StoredToken(secretHash: secretHash, name: name, role: try Role(name: role, state: state), createdAt: createdAt)
        }
        return nil
    }

    public func saveSnapshot(_ data: Data, format: String, head: ChainHead) async throws {
        try await client.query(
            """
            INSERT INTO projection_snapshot (format, sequence, hash, data) VALUES (\(format), \(head.sequence), \(head.hash), \(ByteBuffer(data: data)))
            ON CONFLICT (format) DO UPDATE SET sequence = EXCLUDED.sequence, hash = EXCLUDED.hash, data = EXCLUDED.data
            """, logger: logger)
    }

    public func latestSnapshot(format: String) async throws -> StoredSnapshot? {
        let rows = try await client.query(
            "SELECT sequence, hash, data FROM projection_snapshot WHERE format = \(format)", logger: logger)
        for try await (sequence, hash, data) in rows.decode((Int64, String, ByteBuffer).self) {
            return StoredSnapshot(head: ChainHead(sequence: sequence, hash: hash), data: Data(buffer: data))
        }
        return nil
    }

    private static func readHead(_ connection: PostgresConnection, logger: Logger) async throws -> ChainHead? {
        let rows = try await connection.query("SELECT sequence, hash FROM entry ORDER BY sequence DESC LIMIT 1", logger: logger)
        for try await (sequence, hash) in rows.decode((Int64, String).self) { return ChainHead(sequence: sequence, hash: hash) }
        return nil
    }

    static let appendLock: Int64 = 0x5045_4143_454C_4447  // "PEACELDG"
}

public enum PostgresStoreError: Error, CustomStringConvertible {
    case badURL(String)
    case unreadableRow(Int64)

    public var description: String {
        switch self {
        case .badURL(let url): "'\(url)' is not a PostgreSQL URL of the form postgres://user[:password]@host[:port]/database"
        case .unreadableRow(let sequence): "entry \(sequence) has a date or time the ledger cannot read"
        }
    }
}
