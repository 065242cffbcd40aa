import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import PeaceBoardServer

@Suite struct ReadEndpointTests {
    @Test func standingAnswersAsOfADate() async throws {
        let board = try await TestBoard.make()
        let app = try board.application()
        try await app.test(.router) { client in
            let (early, earlyBody) = try await client.send(.get, "/v1/board/standing?asOf=2026-01-25", token: "observer-token")
            #expect(early == .ok)
            #expect((earlyBody["members"] as? [Any])?.isEmpty == true)
            #expect(((earlyBody["charter"] as? [String: Any])?["inForce"] as? Bool) == false)

            let (_, body) = try await client.send(.get, "/v1/board/standing?asOf=2026-03-01", token: "observer-token")
            let members = try #require(body["members"] as? [[String: Any]])
            #expect(members.compactMap { $0["state"] as? String } == ["ARG", "HUN", "PAK"])
            #expect(members.first { ($0["state"] as? String) == "HUN" }?["termEnds"] as? String == "2029-01-31")
            let open = try #require(body["openInvitations"] as? [[String: Any]])
            #expect(open.first?["overdue"] as? Bool == false)

            let (_, today) = try await client.send(.get, "/v1/board/standing", token: "observer-token")
            #expect(today["asOf"] as? String == "2026-02-10")
        }
    }

    @Test func ledgerPagesThroughEntries() async throws {
        let board = try await TestBoard.make()
        let app = try board.application()
        try await app.test(.router) { client in
            let (_, first) = try await client.send(.get, "/v1/ledger?after=0&limit=4", token: "observer-token")
            let entries = try #require(first["entries"] as? [[String: Any]])
            #expect(entries.compactMap { $0["sequence"] as? Int } == [1, 2, 3, 4])
            #expect(first["nextAfter"] as? Int == 4)
            let (_, last) = try await client.send(.get, "/v1/ledger?after=8", token: "observer-token")
            #expect((last["entries"] as? [Any])?.count == 1)
            #expect(last["nextAfter"] == nil)
            let (_, verification) = try await client.send(.get, "/v1/ledger/verification", token: "observer-token")
            #expect(verification["intact"] as? Bool == true)
            #expect(verification["entriesChecked"] as? Int == 9)
        }
    }

    @Test func invitationShowsItsHistory() async throws {
        let board = try await TestBoard.make()
        let app = try board.application()
        try await app.test(.router) { client in
            let review = #"{"status":"underReview","effectiveDate":"2026-02-05","statement":{"text":"we need to think about it","speaker":"Dmitry Peskov"},"source":"report"}"#
            #expect(try await client.send(.post, "/v1/invitations/INV-0004/status", token: "rus-token", json: review).status == .created)
            let (status, body) = try await client.send(.get, "/v1/invitations/INV-0004", token: "observer-token")
            #expect(status == .ok)
            #expect(body["status"] as? String == "underReview")
            let changes = try #require(body["changes"] as? [[String: Any]])
            #expect(changes.compactMap { $0["status"] as? String } == ["invited", "underReview"])
            #expect(changes.last?["source"] as? String == "report")
            #expect(try await client.send(.get, "/v1/invitations/INV-0404", token: "observer-token").status == .notFound)
        }
    }

    @Test func servesTheOpenAPIDocument() async throws {
        let board = try await TestBoard.make()
        let app = try board.application()
        try await app.test(.router) { client in
            try await client.execute(uri: "/openapi.yaml", method: .get) { response in
                #expect(response.status == .ok)
                let text = String(buffer: response.body)
                #expect(text.hasPrefix("openapi: 3.1.0"))
                #expect(text.contains("operationId: getStanding"))
            }
        }
    }
}

@Suite struct MethodNotAllowedTests {
    @Test func undeclaredMethodsGet405WithAllow() async throws {
        let board = try await TestBoard.make()
        let app = try board.application()
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/invitations/INV-0004", method: .delete) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "GET")
            }
            try await client.execute(uri: "/v1/board/standing", method: .post) { response in
                #expect(response.status == .methodNotAllowed)
            }
            try await client.execute(uri: "/v1/dossiers/ukraine-russia/timeline", method: .put) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "GET")
            }
        }
        #expect(MethodNotAllowedRoutes.declaredOperations(in: String(decoding: OpenAPIDocument.bytes, as: UTF8.self)).count == 27)
    }
}
