import Testing

@testable import PeaceBoardNews

/// Deals not come to, commitments made in a declaration, sentences that open with a meeting, times still to come
/// or dated by a gerund, backing by no one named, and withdrawals called for (the sentences here are the house's own).
@Suite struct CommitmentsPeriodsAndMeetingsOpenedTests {
    @Test func aDealNotComeToIsANegatedAcceptance() {
        let events = TestReading.events("Kenya and Uganda agreed on Friday to protect civilians but did not come to a ceasefire agreement.")
        #expect(events.contains { $0.kind == .accept && $0.negated && $0.actors.contains { $0.state == "KEN" } })
        #expect(TestReading.events("Kenya and Uganda come to Arusha on Friday.").filter { $0.kind == .accept }.isEmpty)
    }

    @Test func aCommitmentInADeclarationIsAnAcceptanceAtTheTalksBefore() {
        let events = TestReading.events("After a week of talks in Arusha, Kenya and Uganda committed in a declaration to work towards a ceasefire.")
        #expect(Set(TestReading.actors(.accept, in: events)) == ["KEN", "UGA"])
        #expect(Set(TestReading.actors(.meet, in: events)) == ["KEN", "UGA"])
    }

    @Test func aSentenceOpenedByAMeetingIsItsSubjectsMeeting() {
        let events = TestReading.events("Meeting in the Tanzanian city of Arusha, Kenya and Uganda signed off on a seven-day ceasefire.")
        #expect(Set(TestReading.actors(.meet, in: events)) == ["KEN", "UGA"])
    }

    @Test func talksInAnOpeningParticipleAreTheAgreeingSidesMeeting() {
        let events = TestReading.events(
            "Speaking at a news conference after nearly 12 hours of talks in Arusha, Ruto told reporters that Kenya and Uganda have reached an agreement.")
        #expect(Set(TestReading.actors(.meet, in: events)).isSuperset(of: ["UGA"]))
        let unrelated = TestReading.events("Speaking after the match, Ruto said that Kenya and Uganda have reached an agreement.")
        #expect(!TestReading.actors(.meet, in: unrelated).contains("UGA"))
    }

    @Test func whatIsOnceAgreedIsStillToCome() {
        let events = TestReading.events("Ruto said it would be a long process to move from the temporary ceasefire, once agreed, to a lasting peace.")
        #expect(events.filter { $0.kind == .accept }.allSatisfy { $0.hedged })
        let again = TestReading.events("Kenya and Uganda once again agreed to a ceasefire.")
        #expect(again.contains { $0.kind == .accept && !$0.hedged })
    }

    @Test func aGerundThatDatesAPeriodIsNobodysAct() {
        let reading = NewsReader.read(
            "Talks\n“Both parties have conveyed to the Kenyan and US facilitators their commitment not to attack during the 48-hour period after signing the agreement,” it said.")
        #expect(reading.events.filter { $0.kind == .accept && $0.actors.contains { $0.state == "USA" } }.isEmpty)
    }

    @Test func backingByNobodyNamedIsNobodysSupport() {
        let events = TestReading.events("The parties will focus on a ceasefire supported by a joint monitoring mechanism.")
        #expect(events.filter { $0.kind == .support }.isEmpty)
    }

    @Test func theDepartmentOfStateIsNoPerson() {
        let reading = NewsReader.read("Talks\nIn a statement, the Department of State said that the declaration will guide the conduct of the two sides.")
        #expect(reading.people.isEmpty)
    }

    @Test func withdrawingForcesIsCalledForButTroopsWithdrawingIsDone() {
        let called = NewsReader.read("Talks\nThe agreement calls for restoring essential services and withdrawing forces from hospitals.")
        #expect(called.provisions.map(\.type) == ["territorial-arrangement"])
        let done = NewsReader.read("Talks\nThe truce held as Kenyan troops began withdrawing from villages in the north.")
        #expect(!done.provisions.contains { $0.type == "territorial-arrangement" })
    }
}
