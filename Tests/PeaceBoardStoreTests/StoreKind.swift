import Foundation
import GRDB
import Logging
import PeaceBoardCore
import PeaceBoardStore
import PeaceBoardStorePostgres
import PeaceBoardStoreSQLite
import PeaceBoardTestSupport
import Testing

/// The store implementations every conformance test runs against.
///
/// PostgreSQL runs when `PEACEBOARD_TEST_POSTGRES_URL` is set (scripts/test sets it). Under CI
/// (`CI=true`) it always runs, so a missing URL fails the suite instead of skipping PostgreSQL.
enum StoreKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case memory, sqlite, postgres

    static var enabled: [StoreKind] {
        TestPostgres.isEnabled ? allCases : [.memory, .sqlite]
    }

    /// Stores that persist to a database a second process could open.
    static var durable: [StoreKind] { enabled.filter { $0 != .memory } }

    var testDescription: String { rawValue }
}

/// A fresh, empty store plus what a test needs to reach behind it.
struct StoreUnderTest: Sendable {
    let store: any LedgerStore
    /// Opens a second, independent store on the same database (another process's view).
    let openAnother: @Sendable () async throws -> any LedgerStore
    /// Runs SQL directly against the database, bypassing the store.
    let execute: @Sendable (String) async throws -> Void
    let close: @Sendable () async -> Void

    static func make(_ kind: StoreKind) async throws -> StoreUnderTest {
        switch kind {
        case .memory:
            return StoreUnderTest(
                store: InMemoryLedgerStore(), openAnother: { throw TestSupportError("memory stores are not shared") },
                execute: { _ in throw TestSupportError("memory stores have no SQL") }, close: {})
        case .sqlite:
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("pb-\(UUID().uuidString).sqlite").path
            return StoreUnderTest(
                store: try SQLiteLedgerStore(path: path), openAnother: { try SQLiteLedgerStore(path: path) },
                execute: { sql in
                    let queue = try DatabaseQueue(path: path)
                    try await queue.write { try $0.execute(sql: sql) }
                },
                close: {
                    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
                })
        case .postgres:
            let url = try await TestPostgres.freshDatabase()
            let store = try await PostgresLedgerStore(url: url)
            let others = OpenedStores()
            return StoreUnderTest(
                store: store,
                openAnother: {
                    let another = try await PostgresLedgerStore(url: url)
                    await others.add(another)
                    return another
                },
                execute: { sql in try await TestPostgres.execute(sql, url: url) },
                close: {
                    await store.close()
                    await others.closeAll()
                })
        }
    }
}

actor OpenedStores {
    private var stores: [PostgresLedgerStore] = []
    func add(_ store: PostgresLedgerStore) { stores.append(store) }
    func closeAll() async { for store in stores { await store.close() } }
}


func day(_ text: String) -> LocalDate { LocalDate(iso8601: text)! }

func note(_ text: String, on date: String = "2026-01-19") -> EntryDraft {
    EntryDraft(
        effectiveDate: day(date), author: "secretariat:test", kind: EntryKind("record.note"),
        payload: .object(["text": .string(text)]))
}

func sealed(_ drafts: [EntryDraft], after head: ChainHead?) -> [LedgerEntry] {
    var entries: [LedgerEntry] = []
    for draft in drafts {
        entries.append(
            LedgerEntry(sealing: draft, after: entries.last?.head ?? head, recordedAt: Timestamp(Date())))
    }
    return entries
}
