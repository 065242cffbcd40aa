import ArgumentParser
import Foundation
import PeaceBoardCore
import PeaceBoardStore
import PeaceBoardStorePostgres
import PeaceBoardStoreSQLite

/// `--database`: a SQLite file path (the default) or a `postgres://` URL.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: "SQLite file path, or postgres://user[:password]@host[:port]/database.")
    var database: String = ProcessInfo.processInfo.environment["PEACEBOARD_DATABASE"] ?? "peaceboard.sqlite"

    var isPostgres: Bool { database.hasPrefix("postgres://") || database.hasPrefix("postgresql://") }

    /// Opens the store, runs `body` with a ledger over it, and closes the store afterwards.
    func withLedger<Result>(_ body: (Ledger) async throws -> Result) async throws -> Result {
        if isPostgres {
            let store = try await PostgresLedgerStore(url: database)
            do {
                let result = try await body(try await Ledger(store: store))
                await store.close()
                return result
            } catch {
                await store.close()
                throw error
            }
        }
        return try await body(try await Ledger(store: try SQLiteLedgerStore(path: database)))
    }
}
