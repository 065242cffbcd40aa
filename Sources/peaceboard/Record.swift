import ArgumentParser
import Foundation
import PeaceBoardCore
import PeaceBoardStore

/// Bulk entry of facts from a file (see `FactLines`), each checked against the role it names
/// and the record's rules.
struct Record: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Record facts from a JSON-lines file, checking each against its author's role and the rules.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "JSON-lines file of facts.")
    var file: String

    func run() async throws {
        let batches = try FactLines.batches(from: try Data(contentsOf: URL(fileURLWithPath: file)), name: file)
        let recorded = try await database.withLedger { ledger in
            try await FactLines.record(batches, into: ledger, name: file)
        }
        print("recorded \(recorded) entries")
    }
}
