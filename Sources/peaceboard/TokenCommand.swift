import ArgumentParser
import Foundation
import PeaceBoardCore

struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token", abstract: "Manage API tokens.", subcommands: [Create.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a token and print its secret (shown once; only its hash is stored).")

        @OptionGroup var database: DatabaseOptions

        @Option(name: .long, help: "chair, secretariat, delegate or observer.")
        var role: String

        @Option(name: .long, help: "The state a delegate speaks for (ISO 3166-1 alpha-3).")
        var state: String?

        @Option(name: .long, help: "Who holds the token; written as the author of their entries.")
        var name: String?

        func run() async throws {
            let role: Role
            do {
                role = try Role(name: self.role, state: state)
            } catch {
                throw ValidationError("--\(error.field): \(error.message)")
            }
            let secret = "pb_" + Self.randomHex(byteCount: 32)
            let token = StoredToken(
                secretHash: StoredToken.hash(secret: secret), name: name ?? role.state.map { "\($0.rawValue.lowercased())-delegate" } ?? role.name,
                role: role, createdAt: Timestamp(Date()))
            try await database.withLedger { try await $0.store.save(token) }
            print(secret)
        }

        static func randomHex(byteCount: Int) -> String {
            var generator = SystemRandomNumberGenerator()
            return (0..<byteCount).map { _ in
                let byte = UInt8.random(in: .min ... .max, using: &generator)
                return String(byte, radix: 16).count == 1 ? "0" + String(byte, radix: 16) : String(byte, radix: 16)
            }.joined()
        }
    }
}
