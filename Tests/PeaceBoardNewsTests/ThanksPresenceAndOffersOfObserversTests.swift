import Testing
@testable import PeaceBoardNews

/// Thanks for support, who was present, and offers of observers (the sentences here are the house's own).
@Suite struct ThanksPresenceAndOffersOfObserversTests {
    @Test func whomThanksGoToForSupportingTalksBackedThem() {
        let events = TestReading.events("Both leaders thanked Kenyan President William Ruto for supporting the talks.")
        #expect(TestReading.actors(.support, in: events) == ["KEN"])
        // Supporting a family is no support of talks.
        #expect(TestReading.events("Both leaders thanked the villagers for supporting their families.").filter { $0.kind == .support }.isEmpty)
    }

    @Test func whoseGivenPresenceItWasAttended() {
        let text = "Ghana's President John Mahama and Togo's President Faure Gnassingbe met shortly after noon in Ruto’s presence."
        let events = TestReading.events("Kenyan President William Ruto hosted the talks. " + text)
        #expect(TestReading.actors(.meet, in: events).contains("KEN"))
        #expect(events.contains { $0.kind == .meet && $0.trigger.text == "presence" })
    }

    @Test func whoeverTheSigningWasInThePresenceOfAttended() {
        let text = "Ghana's President John Mahama and Togo's President Faure Gnassingbe, in the presence of Kenyan President William Ruto, signed an agreement."
        let events = TestReading.events(text)
        #expect(TestReading.actors(.meet, in: events).contains("KEN"))
        #expect(Set(TestReading.actors(.accept, in: events)) == ["GHA", "TGO"])
    }

    @Test func anOfferToDeployObserversIsAProposal() {
        let events = TestReading.events("Kenyan President William Ruto welcomed the truce, offering to deploy observers to monitor it.")
        #expect(TestReading.actors(.propose, in: events) == ["KEN"])
    }
}
