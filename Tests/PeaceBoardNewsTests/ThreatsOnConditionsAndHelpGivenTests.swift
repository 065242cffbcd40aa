import Testing

@testable import PeaceBoardNews

/// Threats made on a condition, help given towards a deal, sides armed rather than deals backed, and speakers
/// who begin or list (the sentences here are the house's own).
@Suite struct ThreatsOnConditionsAndHelpGivenTests {
    @Test func aThreatAfterItsConditionIsTheSpeakersAndMade() {
        let reading = NewsReader.read(
            "Talks\nKenyan President William Ruto said: “If the rebels violate the agreement and attempt to rearm, we will strike.”")
        let threats = reading.events.filter { $0.kind == .threaten }
        #expect(threats.map { $0.actors.map { $0.state ?? $0.name } } == [["KEN"]])
        #expect(threats.allSatisfy { !$0.hedged })
        // A threat inside the condition is only supposed.
        let supposed = TestReading.events("Ruto said that if the rebels threaten Nairobi, talks would end.")
        #expect(supposed.filter { $0.kind == .threaten }.allSatisfy { $0.hedged })
        #expect(TestReading.events("Ruto said Kenya would strike a deal with Uganda.").filter { $0.kind == .threaten }.isEmpty)
    }

    @Test func whatIsNotAllowedHasNotHappened() {
        let events = TestReading.events("Ruto said the rebels will not be allowed, I repeat will not be allowed, to threaten the security of Kenya again.")
        #expect(events.filter { $0.kind == .threaten && !$0.hedged }.isEmpty)
    }

    @Test func helpInAchievingADealIsMediation() {
        let events = TestReading.events("Ruto thanked Ghanaian President John Mahama for his assistance in achieving this ceasefire.")
        #expect(TestReading.actors(.mediate, in: events) == ["GHA"])
    }

    @Test func effortsLedAlongsideAnotherAreBoths() {
        let events = TestReading.events("Ghana has led ceasefire efforts alongside Togo.")
        #expect(Set(TestReading.actors(.mediate, in: events)) == ["GHA", "TGO"])
        #expect(TestReading.events("Ghana led the talks on trade.").filter { $0.kind == .mediate }.isEmpty)
    }

    @Test func armedSidesBackedAndDealsThatSupportAreNobodysSupport() {
        let armed = TestReading.events("The rebels and other terrorist organizations backed by Ghana attacked Togo.")
        #expect(TestReading.actors(.support, in: armed).isEmpty)
        #expect(TestReading.actors(.support, in: TestReading.events("Ghana backed the agreement.")) == ["GHA"])
        let deal = NewsReader.read("Talks\n“This deal supports Togo's sovereignty,” Ruto said.")
        #expect(TestReading.actors(.support, in: deal.events).isEmpty)
    }

    @Test func aDealCalledGoodNewsIsPraised() {
        let events = TestReading.events("Ruto called the agreement “good news” and a “new beginning” for Togo.")
        #expect(TestReading.actors(.support, in: events) == ["KEN"])
    }

    @Test func asSoonAsADayTellsATimeNotACondition() {
        let time = TestReading.events("Ruto said he would bring the proposal to his cabinet for a vote as soon as Tuesday evening.")
        #expect(time.filter { $0.kind == .demand }.isEmpty)
        let condition = TestReading.events("Ruto said Kenya was ready to sign as soon as Uganda withdrew its troops.")
        #expect(TestReading.actors(.demand, in: condition) == ["KEN"])
    }

    @Test func theirGovernmentsAreTheTwoStatesNamedBefore() {
        let reading = NewsReader.read(
            "Talks\n“I just spoke with the prime ministers of Ghana and Togo. I am pleased to announce that their governments have accepted the proposal,” Ruto said.")
        let accepts = reading.events.filter { $0.kind == .accept }
        #expect(Set(accepts.flatMap(\.actors).compactMap(\.state)) == ["GHA", "TGO"])
        #expect(TestReading.actors(.meet, in: reading.events).contains("KEN"))
    }

    @Test func speakersWhoBeginOrListAreNamed() {
        let began = NewsReader.read("Talks\n“Today I have some good news to report,” Ruto began. “The fighting will end.”")
        #expect(began.quotes.map(\.speaker) == ["William Ruto", "William Ruto"])
        let listed = NewsReader.read("Talks\nRuto listed Kenya's reasons for a ceasefire, including “focusing on the border” and “isolating the rebels”.")
        #expect(listed.quotes.map(\.speaker) == ["William Ruto", "William Ruto"])
        #expect(NewsReader.read("Talks\n“The fighting will end,” talks began.").quotes.map(\.speaker) == [nil])
    }

    @Test func liveUpdatesLinesAreFurniture() {
        let reading = NewsReader.read("Live updates: Follow the latest on Ghana-Togo\n\nGhana and Togo signed a ceasefire on Tuesday.")
        #expect(reading.title == nil || reading.title?.hasPrefix("Live updates") == false)
    }
}
