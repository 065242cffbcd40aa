import ArgumentParser
import Hummingbird
import Logging
import PeaceBoardServer
import PeaceBoardStore

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run the HTTP API server.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var documents: FoundingDocuments

    @Option(name: .long, help: "Address to listen on.")
    var hostname: String = "127.0.0.1"

    @Option(name: .long, help: "Port to listen on.")
    var port: Int = 8080

    @Flag(name: .long, help: "On an empty database, first load the demo scenario (the seed report's facts).")
    var demo = false

    @Option(name: .long, help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel: String = "info"

    func run() async throws {
        guard let level = Logger.Level(rawValue: logLevel) else { throw ValidationError("--log-level: unknown level '\(logLevel)'") }
        try await database.withLedger { ledger in
            if demo, await ledger.history.head == nil {
                _ = try await DemoScenario.load(into: ledger)
            }
            try await documents.adopt(into: ledger)
            let app = try buildApplication(
                settings: ServerSettings(hostname: hostname, port: port, logLevel: level), ledger: ledger)
            try await app.runService()
        }
    }
}
