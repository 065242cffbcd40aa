import ArgumentParser

struct Verify: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Recompute the ledger's hash chain and name the first broken entry (exit 1 if broken).")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let report = try await database.withLedger { try await $0.verify() }
        if let broken = report.firstBreak {
            print("BROKEN after \(report.entriesChecked) intact entries: \(broken)")
            throw ExitCode(1)
        }
        print("intact: \(report.entriesChecked) entries, head \(report.head.map { "\($0.sequence) \($0.hash)" } ?? "(empty)")")
    }
}
