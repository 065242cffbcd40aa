import Foundation
import PeaceBoardTestSupport
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Kills a live server with SIGKILL in the middle of a storm of writes and checks, after a
/// restart, that every acknowledged write is there and the chain is intact.
@Suite(.serialized) struct CrashSafetyTests {
    let scratch = ScratchFiles()

    enum Database: String, CaseIterable, CustomTestStringConvertible {
        case sqlite, postgres
        var testDescription: String { rawValue }

        static var enabled: [Database] { TestPostgres.isEnabled ? allCases : [.sqlite] }

        func make(in scratch: ScratchFiles) async throws -> String {
            switch self {
            case .sqlite:
                scratch.path("pb-crash", suffix: ".sqlite")
            case .postgres:
                try await TestPostgres.freshDatabase()
            }
        }
    }

    @Test(arguments: Database.enabled)
    func acknowledgedWritesSurviveSIGKILL(database: Database) async throws {
        let location = try await database.make(in: scratch)
        let token = try PeaceBoardExecutable.run(["token", "create", "--database", location, "--role", "secretariat"])
        try #require(token.status == 0)
        let secret = token.output.trimmingCharacters(in: .whitespacesAndNewlines)

        let server = try ServerProcess(database: location)
        try await server.waitUntilReady()
        let acknowledged = AcknowledgedWrites()
        let clients = 8
        try await withThrowingTaskGroup(of: Void.self) { group in
            for client in 0..<clients {
                group.addTask {
                    // Each client writes until the server stops answering.
                    for index in 0..<100_000 {
                        let reference = "crash-\(client)-\(index)"
                        guard let status = await Self.pay(reference: reference, secret: secret, server: server) else { return }
                        if (200..<300).contains(status) { await acknowledged.add(reference) }
                    }
                }
            }
            group.addTask {
                // Kill once enough writes are through to be sure the storm is under way.
                while await acknowledged.count < 150 { try await Task.sleep(for: .milliseconds(5)) }
                server.kill()
            }
            try await group.waitForAll()
        }

        let restarted = try ServerProcess(database: location)
        try await restarted.waitUntilReady()
        let stored = try await Self.storedReferences(secret: secret, server: restarted)
        let sent = await acknowledged.references
        #expect(sent.count >= 150)
        #expect(sent.isSubset(of: stored), "lost acknowledged writes: \(sent.subtracting(stored).sorted().prefix(5))")
        // At most one write per client was in flight when the server died.
        #expect(stored.subtracting(sent).count <= clients)
        #expect(restarted.interrupt() == 0, "Ctrl-C shuts the server down cleanly")
        let verify = try PeaceBoardExecutable.run(["verify", "--database", location])
        #expect(verify.status == 0, "\(verify.output)")
    }

    /// Posts one payment; nil when the server no longer answers.
    static func pay(reference: String, secret: String, server: ServerProcess) async -> Int? {
        var request = URLRequest(url: server.baseURL.appendingPathComponent("v1/contributions"))
        request.httpMethod = "POST"
        request.setValue("Bearer \(secret)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(
            #"{"state":"HUN","kind":"payment","amount":{"minorUnits":100,"currency":"USD"},"effectiveDate":"2026-03-01","reference":"\#(reference)"}"#
                .utf8)
        request.timeoutInterval = 10
        guard let (_, response) = try? await URLSession.shared.data(for: request) else { return nil }
        return (response as? HTTPURLResponse)?.statusCode
    }

    /// The references of every payment in the ledger, read page by page through the API.
    static func storedReferences(secret: String, server: ServerProcess) async throws -> Set<String> {
        var references = Set<String>()
        var after = 0
        while true {
            var request = URLRequest(url: URL(string: "\(server.baseURL)/v1/ledger?after=\(after)&limit=1000")!)
            request.setValue("Bearer \(secret)", forHTTPHeaderField: "Authorization")
            let (data, _) = try await URLSession.shared.data(for: request)
            let page = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let entries = try #require(page["entries"] as? [[String: Any]])
            for entry in entries where entry["kind"] as? String == "contribution.paid" {
                if let reference = (entry["payload"] as? [String: Any])?["reference"] as? String { references.insert(reference) }
            }
            guard let next = page["nextAfter"] as? Int else { return references }
            after = next
        }
    }
}

actor AcknowledgedWrites {
    private(set) var references = Set<String>()
    var count: Int { references.count }
    func add(_ reference: String) { references.insert(reference) }
}
