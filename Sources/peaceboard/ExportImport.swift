import ArgumentParser
import Foundation
import PeaceBoardCore

/// JSON lines: one value per line. The exchange format of the ledger (`LedgerEntry`'s Codable
/// form) and the input of `record`.
enum JSONLines {
    static func encode(_ entry: LedgerEntry) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(entry), as: UTF8.self)
    }

    /// Every non-blank line decoded as `T`, with its line number; the first line that is not a
    /// `T` is named in the error.
    static func decode<T: Decodable>(_ type: T.Type, from data: Data, name: String) throws -> [(line: Int, value: T)] {
        guard let text = String(data: data, encoding: .utf8) else { throw ValidationError("\(name): not UTF-8 text") }
        var values: [(line: Int, value: T)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            do {
                values.append((index + 1, try JSONDecoder().decode(T.self, from: Data(line.utf8))))
            } catch let error as DecodingError {
                throw ValidationError("\(name) line \(index + 1): \(FieldError(error, whole: "line"))")
            }
        }
        return values
    }

    static func entries(from data: Data, name: String) throws -> [LedgerEntry] {
        try decode(LedgerEntry.self, from: data, name: name).map(\.value)
    }
}

struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write every ledger entry as JSON lines (backup).")

    @OptionGroup var database: DatabaseOptions

    @Option(name: .shortAndLong, help: "Output file, replaced only once complete; standard output when omitted.")
    var output: String?

    func run() async throws {
        // Written page by page, so a large ledger is never held in memory as one text.
        let partial = output.map { $0 + ".partial" }
        if let partial, !FileManager.default.createFile(atPath: partial, contents: nil) {
            throw ValidationError("--output: cannot write \(partial)")
        }
        let handle = try partial.map { try FileHandle(forWritingTo: URL(fileURLWithPath: $0)) } ?? FileHandle.standardOutput
        var page = ""
        try await database.withLedger { ledger in
            try await ledger.store.forEachEntry { entry in
                page += try JSONLines.encode(entry) + "\n"
                if page.utf8.count >= 1 << 20 {
                    try handle.write(contentsOf: Data(page.utf8))
                    page = ""
                }
            }
        }
        try handle.write(contentsOf: Data(page.utf8))
        if let output, let partial {
            try handle.synchronize()
            try handle.close()
            // rename(2) replaces an existing backup atomically: readers see the old file or the new one.
            guard rename(partial, output) == 0 else { throw ValidationError("--output: cannot replace \(output)") }
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
        let entries = try JSONLines.entries(from: try Data(contentsOf: URL(fileURLWithPath: file)), name: file)
        try await database.withLedger { try await $0.importEntries(entries) }
        print("imported \(entries.count) entries")
    }
}
