import Foundation
import PeaceBoardTestSupport
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Two server processes over one PostgreSQL database, written to at once, keep one chain.
@Suite struct MultiInstanceTests {
    @Test(.enabled(if: TestPostgres.isEnabled))
    func twoServersOnOnePostgresKeepOneUnforkedChain() async throws {
        let database = try await TestPostgres.freshDatabase()
        let token = try PeaceBoardExecutable.run(["token", "create", "--database", database, "--role", "secretariat"])
        let secret = token.output.trimmingCharacters(in: .whitespacesAndNewlines)
        let servers = [try ServerProcess(database: database), try ServerProcess(database: database)]
        for server in servers { try await server.waitUntilReady() }
        let perClient = 25
        let statuses = try await withThrowingTaskGroup(of: [Int?].self) { group in
            for client in 0..<6 {
                let server = servers[client % 2]
                group.addTask {
                    var statuses: [Int?] = []
                    for index in 0..<perClient {
                        statuses.append(await CrashSafetyTests.pay(reference: "multi-\(client)-\(index)", secret: secret, server: server))
                    }
                    return statuses
                }
            }
            return try await group.reduce(into: [Int?]()) { $0 += $1 }
        }
        #expect(statuses.allSatisfy { $0 == 201 }, "statuses other than 201: \(statuses.filter { $0 != 201 })")
        let references = try await CrashSafetyTests.storedReferences(secret: secret, server: servers[1])
        #expect(references.count == 6 * perClient)
        let verify = try PeaceBoardExecutable.run(["verify", "--database", database])
        #expect(verify.status == 0)
        // The charter and provision catalogue entries plus every payment, with no gap and no fork.
        #expect(verify.output.contains("intact: \(6 * perClient + 2) entries"), "\(verify.output)")
        for server in servers { _ = server.interrupt() }
    }
}
