import Foundation
import Logging
import PostgresNIO

/// The throwaway PostgreSQL cluster that scripts/test starts for the test run.
public enum TestPostgres {
    public static var adminURL: String? { ProcessInfo.processInfo.environment["PEACEBOARD_TEST_POSTGRES_URL"] }
    public static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// Whether PostgreSQL tests run: when the cluster is there, and always under CI, where a
    /// missing cluster must fail the run rather than skip PostgreSQL.
    public static var isEnabled: Bool { adminURL != nil || isCI }

    /// Creates an empty database on the test cluster and returns its URL.
    public static func freshDatabase() async throws -> String {
        guard let adminURL else {
            throw TestSupportError("CI=true but PEACEBOARD_TEST_POSTGRES_URL is not set: run the tests with scripts/test")
        }
        let name = "pbtest_\(UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased())"
        try await execute("CREATE DATABASE \(name)", url: adminURL)
        var components = URLComponents(string: adminURL)!
        components.path = "/\(name)"
        return components.string!
    }

    public static func execute(_ sql: String, url: String) async throws {
        let components = URLComponents(string: url)!
        let configuration = PostgresConnection.Configuration(
            host: components.host!, port: components.port ?? 5432, username: components.user!,
            password: components.password, database: String(components.path.dropFirst()), tls: .disable)
        let logger = Logger(label: "peaceboard.tests")
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        do {
            try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger)
            try await connection.close()
        } catch {
            try? await connection.close()
            throw error
        }
    }
}

public struct TestSupportError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
