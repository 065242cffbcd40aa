import ArgumentParser
import Foundation
import PeaceBoardCore
import PeaceBoardStore

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load the demo scenario (every fact of the five seed reports, each citing its seed) into an empty database.")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let count = try await database.withLedger { ledger in
            guard await ledger.history.head == nil else {
                throw ValidationError("the database already holds a ledger; the demo loads into an empty one")
            }
            return try await DemoScenario.load(into: ledger)
        }
        print("loaded \(count) demo entries into \(database.database)")
    }
}

/// The scenario shipped with the executable, as fact lines recorded through the ledger's checks.
enum DemoScenario {
    static func load(into ledger: Ledger) async throws -> Int {
        guard let url = Bundle.module.url(forResource: "demo-scenario", withExtension: "jsonl", subdirectory: "Resources") else {
            throw ValidationError("the demo scenario is missing from the executable's resources")
        }
        let batches = try FactLines.batches(from: try Data(contentsOf: url), name: "demo-scenario.jsonl")
        return try await FactLines.record(batches, into: ledger, name: "demo-scenario.jsonl")
    }
}
