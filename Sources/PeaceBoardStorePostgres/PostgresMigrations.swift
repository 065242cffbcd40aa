import Logging
import PostgresNIO

/// The PostgreSQL schema as an ordered list of named, frozen steps (the model of GRDB's
/// migrator): a step never changes once shipped, and each runs once, in its own transaction.
enum PostgresMigrations {
    static let steps: [(name: String, statements: [PostgresQuery])] = [
        (
            "v1: ledger and tokens",
            [
                """
                CREATE TABLE entry (
                    sequence BIGINT PRIMARY KEY CHECK (sequence >= 1),
                    recorded_at TEXT NOT NULL,
                    effective_date TEXT NOT NULL,
                    author TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    payload TEXT NOT NULL,
                    supersedes BIGINT REFERENCES entry(sequence),
                    source TEXT,
                    previous_hash TEXT NOT NULL,
                    hash TEXT NOT NULL UNIQUE
                )
                """,
                """
                CREATE FUNCTION refuse_entry_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'the ledger is append-only: entries cannot be updated or deleted';
                END
                $$
                """,
                """
                CREATE TRIGGER entry_is_append_only BEFORE UPDATE OR DELETE ON entry
                FOR EACH ROW EXECUTE FUNCTION refuse_entry_change()
                """,
                """
                CREATE TRIGGER entry_is_not_truncated BEFORE TRUNCATE ON entry
                FOR EACH STATEMENT EXECUTE FUNCTION refuse_entry_change()
                """,
                """
                CREATE TABLE access_token (
                    secret_hash TEXT PRIMARY KEY,
                    name TEXT NOT NULL,
                    role TEXT NOT NULL CHECK (role IN ('chair', 'secretariat', 'delegate', 'observer')),
                    state TEXT CHECK ((role = 'delegate') = (state IS NOT NULL)),
                    created_at TEXT NOT NULL
                )
                """,
            ]
        ),
        (
            "v2: projection snapshots",
            [
                """
                CREATE TABLE projection_snapshot (
                    format TEXT PRIMARY KEY,
                    sequence BIGINT NOT NULL,
                    hash TEXT NOT NULL,
                    data BYTEA NOT NULL
                )
                """
            ]
        ),
        (
            "v3: reports by digest",
            [
                """
                CREATE TABLE report_digest (
                    digest TEXT NOT NULL,
                    sequence BIGINT NOT NULL REFERENCES entry(sequence),
                    PRIMARY KEY (digest, sequence)
                )
                """,
                """
                CREATE TRIGGER report_digest_is_append_only BEFORE UPDATE OR DELETE ON report_digest
                FOR EACH ROW EXECUTE FUNCTION refuse_entry_change()
                """,
                """
                CREATE TRIGGER report_digest_is_not_truncated BEFORE TRUNCATE ON report_digest
                FOR EACH STATEMENT EXECUTE FUNCTION refuse_entry_change()
                """,
                """
                INSERT INTO report_digest (digest, sequence)
                SELECT payload::jsonb ->> 'report', sequence FROM entry
                WHERE kind = 'report.ingested' AND jsonb_typeof(payload::jsonb -> 'report') = 'string'
                """,
            ]
        ),
    ]

    /// Applies the steps not applied yet. An advisory lock keeps two starting servers from
    /// migrating at once.
    static func migrate(_ client: PostgresClient, logger: Logger) async throws {
        try await client.withTransaction(logger: logger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(migrationLock))", logger: logger)
            try await connection.query(
                "CREATE TABLE IF NOT EXISTS schema_migration (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())",
                logger: logger)
            var applied = Set<String>()
            for try await name in try await connection.query("SELECT name FROM schema_migration", logger: logger)
                .decode(String.self)
            {
                applied.insert(name)
            }
            for step in steps where !applied.contains(step.name) {
                logger.info("applying migration", metadata: ["step": "\(step.name)"])
                for statement in step.statements {
                    try await connection.query(statement, logger: logger)
                }
                try await connection.query("INSERT INTO schema_migration (name) VALUES (\(step.name))", logger: logger)
            }
        }
    }

    static let migrationLock: Int64 = 0x5045_4143_454D_4947  // "PEACEMIG"
}
