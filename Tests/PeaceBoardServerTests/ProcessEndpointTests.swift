import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import PeaceBoardCore
import Testing

/// Peace-process facts over HTTP: one write endpoint checked by role and rules, reads as of a day.
@Suite struct ProcessEndpointTests {
    static let catalogue: String = {
        let data = try! JSONEncoder().encode(ProvisionCatalogue.test)
        return String(decoding: data, as: UTF8.self)
    }()

    func fact(_ kind: String, _ payload: String, on date: String, source: String? = nil) -> String {
        #"{"kind":"\#(kind)","effectiveDate":"\#(date)","payload":\#(payload)\#(source.map { #","source":"\#($0)""# } ?? "")}"#
    }

    /// A dossier with a two-provision plan proposed by the US.
    func prepare(_ client: some TestClientProtocol) async throws {
        let steps: [(String, String)] = [
            ("chair-token", fact("provisions.catalogued", Self.catalogue, on: "2026-01-01")),
            ("secretariat-token", fact("dossier.opened", #"{"dossier":"ukraine-russia","title":"Russia–Ukraine war","parties":["UKR","RUS"]}"#, on: "2026-02-01")),
            ("secretariat-token", fact("proposal.tabled", #"{"proposal":"plan","dossier":"ukraine-russia","kind":"peacePlan","title":"Plan","proposers":["USA"],"provisions":[{"id":"nato","type":"membership-postponement","parameters":{"organisation":"org:nato","candidate":"UKR","years":20}},{"id":"truce","type":"ceasefire","parameters":{"days":30}}]}"#, on: "2026-02-02", source: "report A")),
        ]
        for (token, body) in steps {
            let (status, response) = try await client.send(.post, "/v1/facts", token: token, json: body)
            #expect(status == .created, "\(body): \(response)")
        }
    }

    @Test func aDelegateAnswersForItsOwnStateAndTheMatrixShowsIt() async throws {
        let board = try await TestBoard.make()
        try await board.application().test(.router) { client in
            try await prepare(client)
            let before = try await board.headSequence()
            let forRussia = fact("response.recorded", #"{"proposal":"plan","party":"RUS","stance":"conditional","provision":"truce","conditions":["arms shipments halted"],"statement":{"text":"only if arms shipments stop","speaker":"Dmitry Peskov"}}"#, on: "2026-02-05", source: "report B")
            for token in ["hun-token", "observer-token", "chair-token"] {
                let (status, _) = try await client.send(.post, "/v1/facts", token: token, json: forRussia)
                #expect(status == .forbidden, "\(token)")
            }
            #expect(try await board.headSequence() == before)
            #expect(try await client.send(.post, "/v1/facts", token: "rus-token", json: forRussia).status == .created)
            let rejection = fact("response.recorded", #"{"proposal":"plan","party":"RUS","stance":"rejected","provision":"nato"}"#, on: "2026-02-06")
            #expect(try await client.send(.post, "/v1/facts", token: "secretariat-token", json: rejection).status == .created)

            let (status, matrix) = try await client.send(.get, "/v1/proposals/plan/positions?asOf=2026-02-05", token: "observer-token")
            #expect(status == .ok)
            let cells = try #require(matrix["cells"] as? [[String: Any]])
            let truce = try #require(cells.first { $0["party"] as? String == "RUS" && $0["provision"] as? String == "truce" })
            #expect(truce["stance"] as? String == "conditional" && truce["conditions"] as? [String] == ["arms shipments halted"])
            let evidence = try #require((truce["evidence"] as? [[String: Any]])?.first)
            #expect(evidence["basis"] as? String == "ownRecord" && evidence["source"] as? String == "report B")
            // As of the 5th, the NATO provision is unanswered; a day later Russia rejects it.
            #expect(cells.first { $0["party"] as? String == "RUS" && $0["provision"] as? String == "nato" }?["stance"] == nil)
            let (_, later) = try await client.send(.get, "/v1/proposals/plan/positions?asOf=2026-02-06", token: "observer-token")
            let laterCells = try #require(later["cells"] as? [[String: Any]])
            #expect(laterCells.first { $0["party"] as? String == "RUS" && $0["provision"] as? String == "nato" }?["stance"] as? String == "rejected")
            #expect(try await client.send(.get, "/v1/proposals/plan/positions?asOf=2026-02-01", token: "observer-token").status == .notFound)
        }
    }

    @Test func listsComeAsCSVWhenAskedFor() async throws {
        let board = try await TestBoard.make()
        try await board.application().test(.router) { client in
            try await prepare(client)
            let (contentType, text) = try await client.execute(
                uri: "/v1/dossiers/ukraine-russia/timeline?asOf=2026-03-01", method: .get,
                headers: [.authorization: "Bearer observer-token", .accept: "text/csv"]
            ) { ($0.headers[.contentType], String(buffer: $0.body)) }
            #expect(contentType?.hasPrefix("text/csv") == true)
            let lines = text.split(separator: "\n")
            #expect(lines.first == "sequence,date,kind,summary,basis,author,source,statement,speaker")
            #expect(lines.count == 3)
            #expect(lines.last?.contains("USA proposed Plan [membership-postponement, ceasefire]") == true)
            let dossiers = try await client.execute(
                uri: "/v1/dossiers", method: .get, headers: [.authorization: "Bearer observer-token", .accept: "text/csv"]
            ) { String(buffer: $0.body) }
            #expect(dossiers.contains("ukraine-russia,Russia–Ukraine war,2026-02-01,open,UKR RUS,2"))
            let positions = try await client.execute(
                uri: "/v1/issues/membership-postponement/positions", method: .get,
                headers: [.authorization: "Bearer observer-token", .accept: "text/csv"]
            ) { String(buffer: $0.body) }
            #expect(positions.hasPrefix("date,proposal,provision,parameters,party,stance"))
        }
    }

    @Test func changesBetweenTwoDaysAndTheDossierAsOfADay() async throws {
        let board = try await TestBoard.make()
        try await board.application().test(.router) { client in
            try await prepare(client)
            let threat = fact("sanction.changed", #"{"sanction":"new-package","dossier":"ukraine-russia","status":"threatened","by":["org:eu"],"on":["RUS"],"trigger":"Russia rejects the ceasefire"}"#, on: "2026-02-08")
            #expect(try await client.send(.post, "/v1/facts", token: "secretariat-token", json: threat).status == .created)
            let (_, changes) = try await client.send(.get, "/v1/dossiers/ukraine-russia/changes?since=2026-02-01&until=2026-02-10", token: "observer-token")
            #expect((changes["items"] as? [[String: Any]])?.compactMap { $0["kind"] as? String } == ["proposal.tabled", "sanction.changed"])
            let (_, dossier) = try await client.send(.get, "/v1/dossiers/ukraine-russia?asOf=2026-02-09", token: "observer-token")
            let sanctions = try #require(dossier["sanctions"] as? [[String: Any]])
            #expect(sanctions.first?["status"] as? String == "threatened")
            let (_, early) = try await client.send(.get, "/v1/dossiers/ukraine-russia?asOf=2026-02-03", token: "observer-token")
            #expect((early["sanctions"] as? [Any])?.isEmpty == true)
            #expect(try await client.send(.get, "/v1/dossiers/nowhere", token: "observer-token").status == .notFound)
            let (badDate, body) = try await client.send(.get, "/v1/dossiers/ukraine-russia?asOf=12-05-2025", token: "observer-token")
            #expect(badDate == .badRequest && body.errorField == "asOf")
            let (badWindow, window) = try await client.send(.get, "/v1/dossiers/ukraine-russia/changes?since=2026-03-01&until=2026-02-01", token: "observer-token")
            #expect(badWindow == .badRequest && window.errorField == "until")
        }
    }

    @Test func badFactsNameTheirFieldAndWriteNothing() async throws {
        let board = try await TestBoard.make()
        try await board.application().test(.router) { client in
            try await prepare(client)
            let before = try await board.headSequence()
            let cases: [(String, HTTPResponse.Status, String)] = [
                (fact("dossier.opened", #"{"dossier":"sudan","parties":["SDN"]}"#, on: "2026-02-03"), .badRequest, "payload.title"),
                (fact("dossier.opened", #"{"dossier":"Sudan War","title":"t","parties":["SDN"]}"#, on: "2026-02-03"), .badRequest, "payload.dossier"),
                (fact("dossier.opened", #"{"dossier":"sudan","title":"t","parties":["Sudan"]}"#, on: "2026-02-03"), .badRequest, "payload.parties[0]"),
                (fact("dossier.opened", #"{"dossier":"ukraine-russia","title":"t","parties":["UKR"]}"#, on: "2026-02-03"), .conflict, "dossier"),
                (fact("proposal.tabled", #"{"proposal":"p2","dossier":"ukraine-russia","kind":"peacePlan","title":"t","proposers":["USA"],"provisions":[{"id":"a","type":"amnesty","parameters":{}}]}"#, on: "2026-02-03"), .badRequest, "provisions[0].type"),
                (fact("proposal.tabled", #"{"proposal":"p2","dossier":"ukraine-russia","kind":"peacePlan","title":"t","proposers":["USA"],"provisions":[{"id":"a","type":"ceasefire","parameters":{"days":"thirty"}}]}"#, on: "2026-02-03"), .badRequest, "provisions[0].parameters.days"),
                (fact("response.recorded", #"{"proposal":"nothing","party":"RUS","stance":"accepted"}"#, on: "2026-02-03"), .notFound, "proposal"),
                (fact("response.recorded", #"{"proposal":"plan","party":"RUS","stance":"maybe"}"#, on: "2026-02-03"), .badRequest, "payload.stance"),
                (fact("nothing.happened", #"{}"#, on: "2026-02-03"), .badRequest, "kind"),
                (fact("dossier.opened", #"{"dossier":"sudan","title":"t","parties":["SDN"],"mediators":null}"#, on: "2026-02-03"), .badRequest, "payload.mediators"),
                (fact("dossier.opened", #"{"dossier":"sudan","title":"t","parties":["SDN"],"size":1.5}"#, on: "2026-02-03"), .badRequest, "payload"),
                (fact("dossier.opened", #"{"dossier":"sudan","title":"t","parties":["SDN"]}"#, on: "2026-13-03"), .badRequest, "effectiveDate"),
            ]
            for (body, status, field) in cases {
                let (got, response) = try await client.send(.post, "/v1/facts", token: "secretariat-token", json: body)
                #expect(got == status, "\(body): \(response)")
                #expect(response.errorField == field, "\(body): \(response)")
            }
            #expect(try await board.headSequence() == before)
        }
    }

    @Test func membersVoteOnceForTheirOwnStateAndTheCharterDecides() async throws {
        let board = try await TestBoard.make()
        try await board.application().test(.router) { client in
            let tabled = fact("resolution.tabled", #"{"resolution":"fund","title":"Reconstruction fund","text":"The Board establishes a fund."}"#, on: "2026-02-03")
            #expect(try await client.send(.post, "/v1/facts", token: "secretariat-token", json: fact("resolution.approved", #"{"resolution":"fund"}"#, on: "2026-02-03")).status == .forbidden)
            #expect(try await client.send(.post, "/v1/facts", token: "chair-token", json: tabled).status == .created)
            let yes = fact("vote.cast", #"{"resolution":"fund","state":"HUN","choice":"yes"}"#, on: "2026-02-04")
            #expect(try await client.send(.post, "/v1/facts", token: "rus-token", json: yes).status == .forbidden)
            #expect(try await client.send(.post, "/v1/facts", token: "secretariat-token", json: yes).status == .forbidden)
            #expect(try await client.send(.post, "/v1/facts", token: "hun-token", json: yes).status == .created)
            let (again, body) = try await client.send(.post, "/v1/facts", token: "hun-token", json: yes)
            #expect(again == .conflict && body.errorField == "state")
            let russia = fact("vote.cast", #"{"resolution":"fund","state":"RUS","choice":"no"}"#, on: "2026-02-04")
            #expect(try await client.send(.post, "/v1/facts", token: "rus-token", json: russia).status == .conflict)  // not a member
            #expect(try await client.send(.post, "/v1/facts", token: "chair-token", json: fact("resolution.approved", #"{"resolution":"fund"}"#, on: "2026-02-05")).status == .created)
            #expect(try await client.send(.post, "/v1/facts", token: "secretariat-token", json: fact("resolution.votingClosed", #"{"resolution":"fund"}"#, on: "2026-02-06")).status == .created)
            let (_, resolution) = try await client.send(.get, "/v1/resolutions/fund?asOf=2026-02-07", token: "observer-token")
            #expect(resolution["outcome"] as? String == "adopted" && resolution["yes"] as? Int == 1)
            let (_, before) = try await client.send(.get, "/v1/resolutions/fund?asOf=2026-02-04", token: "observer-token")
            #expect(before["outcome"] as? String == "open")
        }
    }
}
