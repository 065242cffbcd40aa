import ArgumentParser
import Foundation
import PeaceBoardCore

/// The exchange format: one ledger entry per line, as JSON (see `LedgerEntry`'s Codable form).
enum EntryLines {
    static func encode(_ entry: LedgerEntry) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(entry), as: UTF8.self)
    }

    /// Parses every line, naming the first one that is not an entry.
    static func decode(_ data: Data, name: String) throws -> [LedgerEntry] {
        guard let text = String(data: data, encoding: .utf8) else { throw ValidationError("\(name): not UTF-8 text") }
        var entries: [LedgerEntry] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            do {
                entries.append(try JSONDecoder().decode(LedgerEntry.self, from: Data(line.utf8)))
            } catch let error as DecodingError {
                throw ValidationError("\(name) line \(index + 1): \(DecodingErrorText.describe(error))")
            }
        }
        return entries
    }
}

struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write every ledger entry as JSON lines (backup).")

    @OptionGroup var database: DatabaseOptions

    @Option(name: .shortAndLong, help: "Output file; standard output when omitted.")
    var output: String?

    func run() async throws {
        var text = ""
        try await database.withLedger { ledger in
            try await ledger.store.forEachEntry { entry in
                text += try EntryLines.encode(entry) + "\n"
            }
        }
        if let output {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}

struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Restore entries written by `export`, checking the chain and the Board's rules; all or nothing.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "A JSON-lines file written by `peaceboard export`.")
    var file: String

    func run() async throws {
        let entries = try EntryLines.decode(try Data(contentsOf: URL(fileURLWithPath: file)), name: file)
        try await database.withLedger { try await $0.importEntries(entries) }
        print("imported \(entries.count) entries")
    }
}
