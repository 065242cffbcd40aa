import ArgumentParser
import Foundation
import PeaceBoardCore

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load the demo scenario (the facts of the first seed report) into an empty database.")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let entries = try DemoScenario.entries()
        try await database.withLedger { ledger in
            guard await ledger.history.head == nil else {
                throw ValidationError("the database already holds a ledger; the demo loads into an empty one")
            }
            try await ledger.importEntries(entries)
        }
        print("loaded \(entries.count) demo entries into \(database.database)")
    }
}

/// The scenario shipped with the executable, in the export format.
enum DemoScenario {
    static func entries() throws -> [LedgerEntry] {
        guard let url = Bundle.module.url(forResource: "demo-scenario", withExtension: "jsonl", subdirectory: "Resources") else {
            throw ValidationError("the demo scenario is missing from the executable's resources")
        }
        return try JSONLines.entries(from: try Data(contentsOf: url), name: "demo-scenario.jsonl")
    }
}
