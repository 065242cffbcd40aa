import Testing
import PeaceBoardCore
import PeaceBoardTestSupport

@Suite struct PositionMatrixTests {
    func cell(_ board: BoardRecorder, _ party: String, _ provision: String?, asOf: String) -> PositionCell? {
        board.history.process.positions(name("plan"), asOf: day(asOf))?.cells.first {
            $0.party == PeaceBoardCoreTests.party(party) && $0.provision == provision.map(name)
        }
    }

    @Test func eachCellIsTheLatestStanceAsOfTheDay() throws {
        var board = try BoardRecorder.withDossier()
        try board.tablePlan()
        try board.respond("RUS", .underReview, on: "2026-03-02")
        try board.respond("RUS", .rejected, provision: "nato", on: "2026-03-05")
        try board.respond("RUS", .conditional, provision: "ceasefire", conditions: ["arms shipments halted"], on: "2026-03-06")
        let matrix = try #require(board.history.process.positions(name("plan"), asOf: day("2026-03-10")))
        #expect(matrix.parties == [party("USA"), party("UKR"), party("RUS")])
        #expect(matrix.cells.count == 3 * 3)
        #expect(cell(board, "RUS", nil, asOf: "2026-03-10")?.stance == .underReview)
        #expect(cell(board, "RUS", "nato", asOf: "2026-03-10")?.stance == .rejected)
        let ceasefire = try #require(cell(board, "RUS", "ceasefire", asOf: "2026-03-10"))
        #expect(ceasefire.stance == .conditional && ceasefire.conditions == ["arms shipments halted"])
        // Time travel: before the provision answers, the whole-proposal answer shows, marked as such.
        let earlier = try #require(cell(board, "RUS", "nato", asOf: "2026-03-03"))
        #expect(earlier.stance == .underReview && earlier.fromWholeProposal)
        // Before any answer the cell is empty, and before tabling there is no matrix.
        #expect(cell(board, "RUS", nil, asOf: "2026-03-01")?.stance == nil)
        #expect(board.history.process.positions(name("plan"), asOf: day("2026-02-28")) == nil)
        #expect(cell(board, "UKR", nil, asOf: "2026-03-10")?.evidence.isEmpty == true)
        // A proposer that has not answered supports what it proposed, on the strength of the tabling.
        let proposer = try #require(cell(board, "USA", "nato", asOf: "2026-03-10"))
        #expect(proposer.proposer && proposer.stance == .supported && proposer.fromWholeProposal)
        let tabling = try #require(board.entries.first { $0.kind == .proposalTabled })
        #expect(proposer.evidence.map(\.sequence) == [tabling.sequence])
    }

    @Test func conflictingClaimsStandSideBySideUntilAFinding() throws {
        var board = try BoardRecorder.withDossier()
        try board.tablePlan()
        // One leader says Russia accepted; Russia says it is still considering.
        try board.respond("RUS", .accepted, claimant: "USA", on: "2026-03-02")
        try board.respond("RUS", .underReview, on: "2026-03-03")
        let contested = try #require(cell(board, "RUS", nil, asOf: "2026-03-04"))
        #expect(contested.contested && contested.stance == nil)
        #expect(Set(contested.evidence.map(\.stance)) == [.accepted, .underReview])
        #expect(contested.evidence.allSatisfy { $0.basis == .claim })
        try board.respond("RUS", .underReview, basis: .finding, on: "2026-03-05")
        let settled = try #require(cell(board, "RUS", nil, asOf: "2026-03-05"))
        #expect(!settled.contested && settled.stance == .underReview)
        #expect(settled.evidence.map(\.basis) == [.finding])
        // As of the day before the finding the record still shows both claims.
        #expect(cell(board, "RUS", nil, asOf: "2026-03-04")?.contested == true)
    }

    @Test func stancesOnOneIssueAcrossProposals() throws {
        var board = try BoardRecorder.withDossier()
        try board.tablePlan("plan", on: "2026-03-01")
        try board.tablePlan("second-plan", on: "2026-04-01")
        try board.respond("RUS", .rejected, proposal: "plan", provision: "nato", on: "2026-03-02")
        try board.respond("UKR", .rejected, proposal: "second-plan", on: "2026-04-02")
        try board.respond("RUS", .welcomedAsInsufficient, proposal: "second-plan", provision: "ceasefire", on: "2026-04-03")
        let positions = board.history.process.positions(onIssue: name("membership-postponement"), dossier: nil, asOf: day("2026-05-01"))
        #expect(positions.map { "\($0.date) \($0.proposal) \($0.party) \($0.stance) \($0.fromWholeProposal)" } == [
            "2026-03-02 plan RUS rejected false", "2026-04-02 second-plan UKR rejected true",
        ])
        #expect(board.history.process.positions(onIssue: name("membership-postponement"), dossier: nil, asOf: day("2026-03-31")).count == 1)
    }

    @Test func responsesAreChecked() throws {
        var board = try BoardRecorder.withDossier()
        try board.tablePlan()
        func response(_ stance: Stance, provision: String? = nil, conditions: [String]? = nil, proposal: String = "plan") -> ProcessFact {
            .responseRecorded(.init(proposal: name(proposal), provision: provision.map(name), party: party("RUS"), stance: stance, conditions: conditions))
        }
        #expect(board.refusal(response(.conditional), on: "2026-03-02") == .invalid(FieldError(field: "conditions", message: "a conditional answer lists its conditions")))
        #expect(board.refusal(response(.rejected, conditions: ["x"]), on: "2026-03-02")?.description == "conditions: only a conditional answer has conditions")
        #expect(board.refusal(response(.rejected, provision: "amnesty"), on: "2026-03-02")?.description.hasPrefix("provision: plan has no provision 'amnesty'") == true)
        #expect(board.refusal(response(.rejected, proposal: "nothing"), on: "2026-03-02")?.description == "proposal: there is no proposal 'nothing'")
        #expect(board.refusal(response(.rejected), on: "2026-02-20")?.description == "effectiveDate: proposal 'plan' was tabled on 2026-03-01")
    }

    @Test func aCorrectionReplacesTheStanceItSupersedes() throws {
        var board = try BoardRecorder.withDossier()
        try board.tablePlan()
        try board.respond("RUS", .accepted, on: "2026-03-02")
        let wrong = try #require(board.entries.last)
        try board.fact(
            .responseRecorded(.init(proposal: name("plan"), party: party("RUS"), stance: .rejected)), on: "2026-03-02",
            supersedes: wrong.sequence)
        #expect(cell(board, "RUS", nil, asOf: "2026-03-03")?.stance == .rejected)
        #expect(cell(board, "RUS", nil, asOf: "2026-03-03")?.evidence.count == 1)
    }
}

@Suite struct CounterProposalTests {
    @Test func aCounterProposalLinksToWhatItCounters() throws {
        var board = try BoardRecorder.withDossier()
        try board.tablePlan()
        func counter(_ countered: String) -> ProcessFact {
            .proposalTabled(
                .init(proposal: name("counter"), dossier: name("ukraine-russia"), kind: .peacePlan, title: "Counter-plan", proposers: [party("RUS")],
                      provisions: [], counters: name(countered)))
        }
        #expect(board.refusal(counter("nothing"), on: "2026-03-02")?.description == "counters: there is no proposal 'nothing'")
        try board.fact(counter("plan"), on: "2026-03-02")
        #expect(board.history.process.proposal(name("counter"), asOf: day("2026-03-03"))?.counters == name("plan"))
        #expect(board.history.process.timeline(name("ukraine-russia"), through: day("2026-03-03"), limit: 10)?.items.last?.summary
            == "RUS proposed Counter-plan, countering plan")
    }
}
