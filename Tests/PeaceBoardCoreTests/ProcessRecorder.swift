import PeaceBoardCore
import PeaceBoardTestSupport

/// Short names for test facts.
func name(_ text: String) -> RecordName { RecordName(text: text)! }
func party(_ text: String) -> Party { Party(text: text)! }
func day(_ text: String) -> LocalDate { LocalDate(iso8601: text)! }

extension BoardRecorder {
    /// A board with the test charter and catalogue, and a Russia–Ukraine dossier opened on 2026-02-01.
    static func withDossier() throws -> BoardRecorder {
        var board = try BoardRecorder()
        try board.record(.process(.catalogueAdopted(.test)), on: "2026-01-01")
        try board.fact(.dossierOpened(.init(dossier: name("ukraine-russia"), title: "Russia–Ukraine war", parties: [party("UKR"), party("RUS")])), on: "2026-02-01")
        return board
    }

    @discardableResult
    mutating func fact(_ fact: ProcessFact, on day: String, supersedes: Int64? = nil) throws -> LedgerEntry {
        try record(.process(fact), on: day, supersedes: supersedes)
    }

    /// A ceasefire proposal with a 30-day ceasefire and a 20-year NATO postponement.
    mutating func tablePlan(_ proposal: String = "plan", on day: String = "2026-03-01") throws {
        try fact(
            .proposalTabled(
                .init(
                    proposal: name(proposal), dossier: name("ukraine-russia"), kind: .peacePlan, title: "Plan", proposers: [party("USA")],
                    provisions: [
                        Provision(id: name("ceasefire"), type: name("ceasefire"), parameters: ["days": .integer(30), "full": .bool(true)]),
                        Provision(
                            id: name("nato"), type: name("membership-postponement"),
                            parameters: ["organisation": .string("org:nato"), "candidate": .string("UKR"), "years": .integer(20)]),
                    ])), on: day)
    }

    mutating func respond(
        _ party: String, _ stance: Stance, proposal: String = "plan", provision: String? = nil, claimant: String? = nil,
        basis: Basis? = nil, conditions: [String]? = nil, on day: String
    ) throws {
        try fact(
            .responseRecorded(
                .init(
                    proposal: name(proposal), provision: provision.map(name), party: PeaceBoardCoreTests.party(party), stance: stance,
                    conditions: conditions, claimant: claimant.map(PeaceBoardCoreTests.party), basis: basis,
                    statement: Statement(text: "\(party) \(stance)"))), on: day)
    }

    func refusal(_ fact: ProcessFact, on day: String) -> RecordError? {
        var copy = self
        do {
            try copy.fact(fact, on: day)
            return nil
        } catch let error as RecordError {
            return error
        } catch {
            return nil
        }
    }
}
