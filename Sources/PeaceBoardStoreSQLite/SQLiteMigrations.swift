import GRDB

/// The SQLite schema, one frozen step per change. A step never changes once it has shipped,
/// and uses literal names so that it does not depend on today's Swift types.
enum SQLiteMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: ledger and tokens") { db in
            try db.execute(
                sql: """
                    CREATE TABLE entry (
                        sequence INTEGER PRIMARY KEY CHECK (sequence >= 1),
                        recordedAt TEXT NOT NULL,
                        effectiveDate TEXT NOT NULL,
                        author TEXT NOT NULL,
                        kind TEXT NOT NULL,
                        payload TEXT NOT NULL,
                        supersedes INTEGER REFERENCES entry(sequence),
                        source TEXT,
                        previousHash TEXT NOT NULL,
                        hash TEXT NOT NULL UNIQUE
                    );
                    CREATE TRIGGER entryIsAppendOnlyUpdate BEFORE UPDATE ON entry
                    BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: entries cannot be updated'); END;
                    CREATE TRIGGER entryIsAppendOnlyDelete BEFORE DELETE ON entry
                    BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: entries cannot be deleted'); END;
                    CREATE TABLE accessToken (
                        secretHash TEXT PRIMARY KEY,
                        name TEXT NOT NULL,
                        role TEXT NOT NULL CHECK (role IN ('chair', 'secretariat', 'delegate', 'observer')),
                        state TEXT CHECK ((role = 'delegate') = (state IS NOT NULL)),
                        createdAt TEXT NOT NULL
                    );
                    """)
        }
        migrator.registerMigration("v2: projection snapshots") { db in
            try db.execute(
                sql: """
                    CREATE TABLE projectionSnapshot (
                        format TEXT PRIMARY KEY,
                        sequence INTEGER NOT NULL,
                        hash TEXT NOT NULL,
                        data BLOB NOT NULL
                    )
                    """)
        }
        migrator.registerMigration("v3: reports by digest") { db in
            try db.execute(
                sql: """
                    CREATE TABLE reportDigest (
                        digest TEXT NOT NULL,
                        sequence INTEGER NOT NULL REFERENCES entry(sequence),
                        PRIMARY KEY (digest, sequence)
                    ) WITHOUT ROWID;
                    CREATE TRIGGER reportDigestIsAppendOnlyUpdate BEFORE UPDATE ON reportDigest
                    BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: its index cannot be updated'); END;
                    CREATE TRIGGER reportDigestIsAppendOnlyDelete BEFORE DELETE ON reportDigest
                    BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: its index cannot be deleted from'); END;
                    INSERT INTO reportDigest (digest, sequence)
                    SELECT json_extract(payload, '$.report'), sequence FROM entry
                    WHERE kind = 'report.ingested' AND json_valid(payload) AND json_type(payload, '$.report') = 'text';
                    """)
        }
        return migrator
    }
}
