import Testing
import PeaceBoardCore
import PeaceBoardTestSupport

@Suite struct ResolutionVoteTests {
    /// Five seated members and a tabled resolution.
    func board(rule: Charter.DecisionRule = Charter.test.decisionRule) throws -> BoardRecorder {
        var charter = Charter.test
        charter.decisionRule = rule
        var board = try BoardRecorder(charter: charter)
        for state in ["HUN", "USA", "POL", "ITA", "EGY"] { try board.admit(state, on: "2026-02-01") }
        try board.fact(.resolutionTabled(.init(resolution: name("r1"), title: "Gaza reconstruction fund", text: "The Board establishes…")), on: "2026-03-01")
        return board
    }

    func vote(_ state: String, _ choice: VoteChoice) -> ProcessFact {
        .voteCast(.init(resolution: name("r1"), state: StateCode(state)!, choice: choice))
    }

    func outcome(_ board: BoardRecorder, asOf: String = "2026-03-10") -> ResolutionState {
        board.history.process.resolution(name("r1"), asOf: day(asOf)) { board.history.charter(on: $0)?.decisionRule }!
    }

    mutating func cast(_ board: inout BoardRecorder, _ votes: [(String, VoteChoice)], approve: Bool = true, close: Bool = true) throws {
        for (state, choice) in votes { try board.fact(vote(state, choice), on: "2026-03-02") }
        if approve { try board.fact(.resolutionApproved(.init(resolution: name("r1"))), on: "2026-03-03") }
        if close { try board.fact(.votingClosed(.init(resolution: name("r1"))), on: "2026-03-04") }
    }

    @Test mutating func aSimpleMajorityOfVotesCastCarriesWithTheChairsApproval() throws {
        var board = try board()
        try cast(&board, [("HUN", .yes), ("USA", .yes), ("POL", .no), ("ITA", .abstain)])
        let result = outcome(board)
        #expect(result.outcome == .adopted && result.yes == 2 && result.no == 1 && result.abstentions == 1)
        // Before the close the resolution is open, and what the votes would decide is shown.
        #expect(outcome(board, asOf: "2026-03-02").outcome == .open)
        #expect(outcome(board, asOf: "2026-03-02").wouldPass == false)  // not yet approved by the chair
    }

    @Test mutating func aTieFails() throws {
        var board = try board()
        try cast(&board, [("HUN", .yes), ("USA", .no)])
        #expect(outcome(board).outcome == .rejected)
    }

    @Test mutating func abstentionsCountOnlyWhenTheCharterSaysSo() throws {
        var counted = try board(rule: .init(majority: .simple, abstentionsCountAsVotesCast: true, chairApprovalRequired: false))
        try cast(&counted, [("HUN", .yes), ("USA", .yes), ("POL", .no), ("ITA", .abstain), ("EGY", .abstain)], approve: false)
        #expect(outcome(counted).outcome == .rejected)  // 2 of 5 counted
        var ignored = try board(rule: .init(majority: .simple, abstentionsCountAsVotesCast: false, chairApprovalRequired: false))
        try cast(&ignored, [("HUN", .yes), ("USA", .yes), ("POL", .no), ("ITA", .abstain), ("EGY", .abstain)], approve: false)
        #expect(outcome(ignored).outcome == .adopted)  // 2 of 3 counted
    }

    @Test mutating func withoutTheChairsApprovalNoMajorityCarries() throws {
        var board = try board()
        try cast(&board, [("HUN", .yes), ("USA", .yes), ("POL", .yes)], approve: false)
        let result = outcome(board)
        #expect(result.outcome == .rejected && result.explanation.contains("the chair has not approved it"))
    }

    @Test mutating func twoThirdsAndUnanimity() throws {
        var twoThirds = try board(rule: .init(majority: .twoThirds, abstentionsCountAsVotesCast: false, chairApprovalRequired: false))
        try cast(&twoThirds, [("HUN", .yes), ("USA", .yes), ("POL", .no)], approve: false)
        #expect(outcome(twoThirds).outcome == .adopted)
        var unanimous = try board(rule: .init(majority: .unanimous, abstentionsCountAsVotesCast: false, chairApprovalRequired: false))
        try cast(&unanimous, [("HUN", .yes), ("USA", .yes), ("POL", .no)], approve: false)
        #expect(outcome(unanimous).outcome == .rejected)
    }

    @Test func aStateVotesOnceOnlyWhileSeatedAndOnlyWhileVotingIsOpen() throws {
        var board = try board()
        try board.fact(vote("HUN", .yes), on: "2026-03-02")
        #expect(board.refusal(vote("HUN", .no), on: "2026-03-02")?.description == "state: HUN has already voted on r1")
        #expect(board.refusal(vote("RUS", .yes), on: "2026-03-02")?.description == "state: RUS is not a member of the Board on 2026-03-02, so it cannot vote")
        #expect(board.refusal(vote("USA", .yes), on: "2026-02-20")?.description == "effectiveDate: resolution 'r1' was tabled on 2026-03-01")
        try board.fact(.votingClosed(.init(resolution: name("r1"))), on: "2026-03-04")
        #expect(board.refusal(vote("USA", .yes), on: "2026-03-05")?.description == "resolution: voting on r1 closed on 2026-03-04")
    }

    @Test func aDelegateVotesOnlyForItsOwnStateAndTheChairApproves() throws {
        let board = try board()
        func allowed(_ fact: ProcessFact, _ role: Role) -> Bool {
            (try? board.history.authorize(.process(fact), correcting: false, by: Principal(name: "t", role: role))) != nil
        }
        #expect(allowed(vote("HUN", .yes), .delegate(StateCode("HUN")!)))
        #expect(!allowed(vote("USA", .yes), .delegate(StateCode("HUN")!)))
        #expect(!allowed(vote("HUN", .yes), .secretariat) && !allowed(vote("HUN", .yes), .chair))
        let approval = ProcessFact.resolutionApproved(.init(resolution: name("r1")))
        #expect(allowed(approval, .chair) && !allowed(approval, .secretariat) && !allowed(approval, .delegate(StateCode("HUN")!)))
        let own = ProcessFact.responseRecorded(.init(proposal: name("p"), party: party("HUN"), stance: .accepted))
        let others = ProcessFact.responseRecorded(.init(proposal: name("p"), party: party("RUS"), stance: .accepted))
        let claimedForOwn = ProcessFact.responseRecorded(.init(proposal: name("p"), party: party("RUS"), stance: .accepted, claimant: party("HUN")))
        #expect(allowed(own, .delegate(StateCode("HUN")!)) && !allowed(others, .delegate(StateCode("HUN")!)))
        #expect(!allowed(claimedForOwn, .delegate(StateCode("HUN")!)))
        #expect(allowed(others, .secretariat) && !allowed(others, .observer) && !allowed(others, .chair))
        let dossier = ProcessFact.dossierOpened(.init(dossier: name("d"), title: "D", parties: [party("SDN")]))
        #expect(allowed(dossier, .secretariat) && !allowed(dossier, .delegate(StateCode("HUN")!)) && !allowed(dossier, .observer))
    }
}
