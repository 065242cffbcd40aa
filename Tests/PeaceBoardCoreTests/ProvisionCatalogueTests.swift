import Testing
import PeaceBoardCore
import PeaceBoardTestSupport

@Suite struct ProvisionCatalogueTests {
    func problem(_ parameters: [String: JSONValue], type: String = "membership-postponement") -> String? {
        do {
            try ProvisionCatalogue.test.check(Provision(id: name("p"), type: name(type), parameters: parameters), field: "provisions[0]")
            return nil
        } catch {
            return error.description
        }
    }

    @Test func typedParametersAreChecked() {
        let valid: [String: JSONValue] = ["organisation": .string("org:nato"), "candidate": .string("UKR"), "years": .integer(20)]
        #expect(problem(valid) == nil)
        #expect(problem(["candidate": .string("UKR")])?.hasPrefix("provisions[0].parameters.organisation: is required") == true)
        #expect(problem(valid.merging(["years": .string("twenty")]) { $1 })?.hasPrefix("provisions[0].parameters.years: must be an integer") == true)
        #expect(problem(valid.merging(["candidate": .string("Ukraine")]) { $1 })?.hasPrefix("provisions[0].parameters.candidate:") == true)
        #expect(problem(valid.merging(["colour": .string("red")]) { $1 })?.hasPrefix("provisions[0].parameters.colour: is not a parameter") == true)
        #expect(problem([:], type: "amnesty")?.hasPrefix("provisions[0].type: 'amnesty' is not in provision catalogue test-1") == true)
        #expect(problem(["monitors": .array([.string("org:eu"), .string("FRA")])], type: "demilitarised-zone") == nil)
        #expect(problem(["monitors": .array([.integer(3)])], type: "demilitarised-zone") != nil)
    }

    @Test func aNewProvisionTypeIsADataChange() throws {
        var board = try BoardRecorder.withDossier()
        let amnesty = Provision(id: name("amnesty"), type: name("amnesty"), parameters: ["scope": .string("all combatants")])
        let proposal = ProcessFact.proposalTabled(
            .init(proposal: name("amnesty-plan"), dossier: name("ukraine-russia"), kind: .framework, title: "Amnesty", proposers: [party("UKR")],
                  provisions: [amnesty]))
        #expect(board.refusal(proposal, on: "2026-03-01")?.description.contains("'amnesty' is not in provision catalogue") == true)
        var extended = ProvisionCatalogue.test
        extended.version = "test-2"
        extended.effectiveDate = day("2026-02-15")
        extended.types.append(.init(type: name("amnesty"), label: "Amnesty", parameters: [.init(name: "scope", kind: .text)]))
        try board.record(.process(.catalogueAdopted(extended)), on: "2026-02-15")
        try board.fact(proposal, on: "2026-03-01")
        #expect(board.history.process.proposal(name("amnesty-plan"), asOf: day("2026-03-01"))?.provisions == [amnesty])
    }
}
