import ArgumentParser
import Foundation
import PeaceBoardCore

struct Standing: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show the Board as it stood on a day.")

    @OptionGroup var database: DatabaseOptions

    @Option(name: .customLong("as-of"), help: "The day (YYYY-MM-DD); today (UTC) when omitted.")
    var asOf: String?

    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    func run() async throws {
        let day: LocalDate
        if let asOf {
            guard let parsed = LocalDate(iso8601: asOf) else { throw ValidationError("--as-of: '\(asOf)' is not a date (YYYY-MM-DD)") }
            day = parsed
        } else {
            day = Timestamp(Date()).day
        }
        let standing = try await database.withLedger { try await $0.standing(asOf: day) }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(standing), as: UTF8.self))
        } else {
            print(StandingText.render(standing))
        }
    }
}
