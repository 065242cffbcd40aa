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

/// `--charter`: the charter document to bring into force, the bundled default otherwise.
struct CharterOptions: ParsableArguments {
    @Option(name: .long, help: "Charter document (JSON); the bundled default charter when omitted.")
    var charter: String?

    func load() throws -> Charter {
        let data: Data
        if let charter {
            data = try Data(contentsOf: URL(fileURLWithPath: charter))
        } else {
            guard let url = Bundle.module.url(forResource: "charter", withExtension: "json", subdirectory: "Resources") else {
                throw ValidationError("the default charter is missing from the executable's resources")
            }
            data = try Data(contentsOf: url)
        }
        let document: Charter
        do {
            document = try JSONDecoder().decode(Charter.self, from: data)
        } catch let error as DecodingError {
            throw ValidationError("charter \(charter ?? "(default)"): \(FieldError(error, whole: "document"))")
        }
        if let problem = document.problems.first {
            throw ValidationError("charter \(charter ?? "(default)"): \(problem)")
        }
        return document
    }

    /// Records the charter unless that version is already in the ledger; refuses a changed
    /// document that kept its version name, since a version is immutable once adopted.
    func adopt(into ledger: Ledger) async throws {
        let document = try load()
        guard try await !isAdopted(document, in: ledger) else { return }
        do {
            try await ledger.recordTrusted(.charterAdopted(document), on: document.effectiveDate, source: charter ?? "bundled charter")
        } catch RecordError.conflict(field: "charter.version", let message) {
            // Another server sharing the database may have adopted this version first.
            guard try await isAdopted(document, in: ledger) else { throw ValidationError(message) }
        }
    }

    /// Whether this version is in the ledger already; an error if it is there with other terms.
    private func isAdopted(_ document: Charter, in ledger: Ledger) async throws -> Bool {
        guard let existing = await ledger.history.charters.first(where: { $0.version == document.version }) else { return false }
        guard existing == document else {
            throw ValidationError(
                "charter version '\(document.version)' is already adopted with different terms: give the amendment a new version")
        }
        return true
    }
}
