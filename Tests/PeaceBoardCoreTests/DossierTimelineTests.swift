import Foundation
import Testing
@testable import PeaceBoardCore
import PeaceBoardTestSupport

@Suite struct DossierTimelineTests {
    @Test func timelineAsOfADayAndChangesBetweenTwoDays() throws {
        var board = try BoardRecorder.withDossier()
        try board.tablePlan(on: "2026-03-01")
        try board.respond("RUS", .rejected, on: "2026-03-10")
        // Reported late: an envoy appointed before the plan.
        try board.fact(
            .envoyAppointed(.init(dossier: name("ukraine-russia"), person: name("keith-kellogg"), name: "Keith Kellogg", title: "Special Envoy", appointedBy: party("USA"))),
            on: "2026-02-15")
        let process = board.history.process
        let whole = try #require(process.timeline(name("ukraine-russia"), through: day("2026-12-31"), limit: 100))
        #expect(whole.items.map(\.date.description) == ["2026-02-01", "2026-02-15", "2026-03-01", "2026-03-10"])
        #expect(process.timeline(name("ukraine-russia"), through: day("2026-03-01"), limit: 100)?.total == 3)
        let limited = try #require(process.timeline(name("ukraine-russia"), through: day("2026-12-31"), limit: 2))
        #expect(limited.truncated && limited.items.map(\.date.description) == ["2026-03-01", "2026-03-10"])
        let changes = try #require(process.timeline(name("ukraine-russia"), since: day("2026-02-10"), through: day("2026-03-05"), limit: 100))
        #expect(changes.items.map(\.kind) == [.envoyAppointed, .proposalTabled])
        #expect(changes.items[1].summary == "USA proposed Plan [ceasefire, membership-postponement]")
    }

    @Test func dossierStateFoldsItsFactsUpToTheDay() throws {
        var board = try BoardRecorder.withDossier()
        let dossier = name("ukraine-russia")
        try board.fact(.dossierRoleAssigned(.init(dossier: dossier, party: party("TUR"), role: .facilitator)), on: "2026-02-10")
        try board.fact(.dossierStatusChanged(.init(dossier: dossier, status: .active, scope: "talks")), on: "2026-02-20")
        try board.tablePlan()
        try board.respond("USA", .supported, on: "2026-03-02")
        let ceasefire = name("thirty-days")
        try board.fact(.ceasefireChanged(.init(ceasefire: ceasefire, dossier: dossier, status: .proposed, proposal: name("plan"), terms: .init(days: 30))), on: "2026-03-01")
        try board.fact(.ceasefireChanged(.init(ceasefire: ceasefire, dossier: dossier, status: .agreed)), on: "2026-03-20")
        try board.fact(.sanctionChanged(.init(sanction: name("eu-package"), dossier: dossier, status: .threatened, by: [party("org:eu")], on: [party("RUS")], trigger: "Russia rejects the ceasefire")), on: "2026-03-03")
        let early = try #require(board.history.process.dossierState(dossier, asOf: day("2026-02-15")))
        #expect(early.status == .open && early.proposals.isEmpty)
        #expect(early.roles.map { "\($0.party) \($0.role)" } == ["UKR party", "RUS party", "TUR facilitator"])
        let later = try #require(board.history.process.dossierState(dossier, asOf: day("2026-03-10")))
        #expect(later.status == .active && later.takenUpOn == [day("2026-02-20")])
        #expect(later.proposals.first?.supporters == [party("USA")])
        #expect(later.ceasefires.first?.status == .proposed && later.ceasefires.first?.terms?.days == 30)
        #expect(later.sanctions.first?.trigger == "Russia rejects the ceasefire")
        #expect(board.history.process.dossierState(dossier, asOf: day("2026-03-25"))?.ceasefires.first?.status == .agreed)
    }

    @Test func ceasefiresAndSanctionsMoveOnlyAlongTheirLifecycles() throws {
        var board = try BoardRecorder.withDossier()
        let dossier = name("ukraine-russia")
        func ceasefire(_ status: CeasefireStatus) -> ProcessFact {
            .ceasefireChanged(.init(ceasefire: name("truce"), dossier: dossier, status: status))
        }
        for (status, date) in [(CeasefireStatus.proposed, "2026-03-01"), (.agreed, "2026-03-02"), (.inForce, "2026-03-03"), (.violated, "2026-03-04"), (.inForce, "2026-03-05"), (.ended, "2026-03-06")] {
            try board.fact(ceasefire(status), on: date)
        }
        #expect(board.refusal(ceasefire(.inForce), on: "2026-03-07")?.description == "status: a ceasefire that is ended cannot become inForce")
        #expect(board.refusal(ceasefire(.ended), on: "2026-03-01")?.description == "effectiveDate: 2026-03-01 is before the last change on 2026-03-06")
        func sanction(_ status: SanctionStatus) -> ProcessFact {
            .sanctionChanged(.init(sanction: name("package"), dossier: dossier, status: status, by: [party("org:eu")], on: [party("RUS")]))
        }
        #expect(board.refusal(sanction(.offeredAsRelief), on: "2026-03-01") == nil)
        try board.fact(sanction(.threatened), on: "2026-03-01")
        #expect(board.refusal(sanction(.offeredAsRelief), on: "2026-03-02")?.description == "status: sanctions that are threatened cannot become offeredAsRelief")
        try board.fact(sanction(.imposed), on: "2026-03-02")
        try board.fact(sanction(.offeredAsRelief), on: "2026-03-03")
        try board.fact(sanction(.lifted), on: "2026-03-04")
        #expect(board.refusal(.sanctionChanged(.init(sanction: name("x"), dossier: dossier, status: .imposed, by: [], on: [party("RUS")])), on: "2026-03-05")?.description == "by: name who threatens, imposes or lifts")
    }

    @Test func aStatementIsAttributedToThePersonAndWhomTheySpokeForThatDay() throws {
        var board = try BoardRecorder.withDossier()
        try board.fact(.officeTaken(.init(person: name("boris-johnson"), name: "Boris Johnson", office: "Prime Minister", speaksFor: party("GBR"))), on: "2019-07-24")
        try board.fact(.officeLeft(.init(person: name("boris-johnson"), office: "Prime Minister")), on: "2022-09-06")
        let process = board.history.process
        #expect(process.speaksFor(name("boris-johnson"), on: day("2022-04-09")) == [party("GBR")])
        #expect(process.speaksFor(name("boris-johnson"), on: day("2025-05-11")).isEmpty)
        let statement = Statement(text: "keep fighting", speaker: "Boris Johnson", person: name("boris-johnson"))
        #expect(process.attributed(statement, on: day("2022-04-09"))?.speaksFor == [party("GBR")])
        #expect(board.refusal(.officeTaken(.init(person: name("boris-johnson"), name: "Alexander Johnson", office: "MP", speaksFor: party("GBR"))), on: "2023-01-01")?.description == "name: person 'boris-johnson' is recorded as Boris Johnson")
    }

    @Test func claimsOnATopicAreContestedUntilAFinding() throws {
        var board = try BoardRecorder.withDossier()
        let dossier = name("ukraine-russia")
        let topic = name("istanbul-collapse")
        try board.fact(.claimRecorded(.init(dossier: dossier, topic: topic, claimant: party("RUS"), assertion: "The West derailed the talks")), on: "2026-03-01")
        let first = try #require(board.entries.last).sequence
        // A second voice on the topic that does not contradict the first leaves it uncontested.
        try board.fact(.claimRecorded(.init(dossier: dossier, topic: topic, claimant: party("TUR"), assertion: "Talks were held in Istanbul")), on: "2026-03-01")
        #expect(board.history.process.dossierState(dossier, asOf: day("2026-03-01"))?.claims.first?.contested == false)
        try board.fact(.claimRecorded(.init(dossier: dossier, topic: topic, claimant: party("person:boris-johnson"), assertion: "Denied", disputes: [first])), on: "2026-03-02")
        let state = try #require(board.history.process.dossierState(dossier, asOf: day("2026-03-02")))
        #expect(state.claims.first?.contested == true && state.claims.first?.claims.count == 3)
        #expect(board.refusal(.findingRecorded(.init(dossier: dossier, topic: name("other"), conclusion: "c", settles: [first])), on: "2026-03-03")?.description == "settles[0]: claim \(first) is about ukraine-russia/istanbul-collapse")
        try board.fact(.findingRecorded(.init(dossier: dossier, topic: topic, conclusion: "Not established")), on: "2026-03-03")
        let settled = try #require(board.history.process.dossierState(dossier, asOf: day("2026-03-03"))?.claims.first)
        #expect(!settled.contested && settled.finding?.conclusion == "Not established" && settled.claims.allSatisfy(\.settled))
    }

    @Test func meetingsKeepHostsInvitationsConditionsAndOutcomes() throws {
        var board = try BoardRecorder.withDossier()
        let dossier = name("ukraine-russia")
        try board.fact(.meetingPlanned(.init(meeting: name("summit-1"), dossier: dossier, format: .summit, title: "First summit", organisers: [party("UKR")], hostState: StateCode("CHE"))), on: "2026-02-02")
        try board.fact(.participationChanged(.init(meeting: name("summit-1"), party: party("RUS"), status: .excluded, by: [party("UKR")])), on: "2026-02-03")
        try board.fact(.meetingConcluded(.init(meeting: name("summit-1"), outcomes: [.followUpCommitment, .noConcreteOutcome])), on: "2026-02-20")
        try board.fact(.meetingPlanned(.init(meeting: name("summit-2"), dossier: dossier, format: .summit, title: "Second summit", follows: name("summit-1"))), on: "2026-03-01")
        try board.fact(.participationChanged(.init(meeting: name("summit-2"), party: party("RUS"), status: .invited, conditions: ["a plan to end the war"])), on: "2026-03-01")
        try board.fact(.participationChanged(.init(meeting: name("summit-2"), party: party("CHE"), status: .offeredToHost)), on: "2026-03-02")
        let summit = try #require(board.history.process.meeting(name("summit-2"), asOf: day("2026-03-05")))
        #expect(summit.follows == name("summit-1"))
        #expect(summit.participants.map { "\($0.party) \($0.status) \($0.conditions)" } == ["RUS invited [\"a plan to end the war\"]", "CHE offeredToHost []"])
        let first = try #require(board.history.process.meeting(name("summit-1"), asOf: day("2026-03-05")))
        #expect(first.outcomes == [.followUpCommitment, .noConcreteOutcome] && first.participants.first?.by == [party("UKR")])
        #expect(board.history.process.meeting(name("summit-1"), asOf: day("2026-02-10"))?.outcomes.isEmpty == true)
        #expect(board.refusal(.meetingPlanned(.init(meeting: name("summit-3"), dossier: dossier, format: .summit, title: "T", follows: name("nothing"))), on: "2026-03-03")?.description == "follows: there is no earlier meeting 'nothing'")
    }

    @Test func theSnapshotKeepsTheProcessRecord() throws {
        var board = try BoardRecorder.withDossier()
        try board.tablePlan()
        try board.respond("RUS", .rejected, on: "2026-03-02")
        let restored = try BoardHistory(snapshot: try board.history.snapshot())
        #expect(restored.process == board.history.process)
    }
}
