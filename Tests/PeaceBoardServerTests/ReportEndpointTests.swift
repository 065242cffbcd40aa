import Foundation
import Hummingbird
import HummingbirdTesting
import PeaceBoardCore
import Testing

/// `POST /v1/reports`: one report read into the record, once.
@Suite struct ReportEndpointTests {
    static let report = """
        Turkey Offers to Host Talks
        Turkish President Recep Tayyip Erdogan offered to host talks between Russia and Ukraine on Monday. “We are ready,” Erdogan said.
        """

    func body(_ text: String, name: String = "wire-1.txt") throws -> String {
        let object: [String: Any] = ["name": name, "text": text, "publishedOn": "2026-02-09"]
        return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    @Test func aReportIsReadOnceAndItsFindingsCiteIt() async throws {
        let board = try await TestBoard.make()
        try await board.application().test(.router) { client in
            let before = try await board.headSequence()
            #expect(try await client.send(.post, "/v1/reports", token: "observer-token", json: try body(Self.report)).status == .forbidden)
            #expect(try await board.headSequence() == before)
            let (created, stored) = try await client.send(.post, "/v1/reports", token: "secretariat-token", json: try body(Self.report))
            #expect(created == .created, "\(stored)")
            #expect(stored["report"] as? String == ReportIngested.digest(of: Array(Self.report.utf8)))
            let findings = try #require(stored["findings"] as? [String: Any])
            let event = try #require((findings["events"] as? [[String: Any]])?.first)
            #expect(event["kind"] as? String == "offerToHost" && event["cameo"] as? String == "036")
            #expect((findings["quotes"] as? [[String: Any]])?.first?["speaker"] as? String == "Recep Tayyip Erdogan")
            let head = try await board.headSequence()
            // The same report again, under another name: nothing changes.
            let (again, duplicate) = try await client.send(.post, "/v1/reports", token: "secretariat-token", json: try body(Self.report, name: "copy.txt"))
            #expect(again == .ok && duplicate["duplicate"] as? Bool == true && duplicate["sequence"] as? Int == Int(head))
            #expect(try await board.headSequence() == head)
            // Sent again by a role that may not record reports: refused, though it would change nothing.
            #expect(try await client.send(.post, "/v1/reports", token: "observer-token", json: try body(Self.report)).status == .forbidden)
            let digest = try #require(stored["report"] as? String)
            #expect(try await client.send(.get, "/v1/reports/\(digest)", token: "observer-token").status == .ok)
            #expect(try await client.send(.get, "/v1/reports/\(String(repeating: "0", count: 64))", token: "observer-token").status == .notFound)
        }
    }

    @Test func badReportsAreRefusedWithTheReason() async throws {
        let board = try await TestBoard.make()
        try await board.application().test(.router) { client in
            let before = try await board.headSequence()
            let (html, htmlBody) = try await client.send(
                .post, "/v1/reports", token: "secretariat-token", json: try body("<!DOCTYPE html><html><body><p>Hello</p></body></html>"))
            #expect(html == .badRequest && htmlBody.errorField == "text")
            let (empty, emptyBody) = try await client.send(.post, "/v1/reports", token: "secretariat-token", json: try body("   \n"))
            #expect(empty == .badRequest && emptyBody.errorField == "text")
            #expect(try await board.headSequence() == before)
        }
    }
}
