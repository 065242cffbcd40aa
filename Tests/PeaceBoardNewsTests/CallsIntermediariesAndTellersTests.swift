import Testing
@testable import PeaceBoardNews

/// Diplomacy by telephone: calls and conversations between leaders, go-betweens asked for help,
/// and who asks after telling what another did (the sentences here are the house's own).
@Suite struct CallsIntermediariesAndTellersTests {
    @Test func aConversationOrAPhoneCallBetweenLeadersIsAMeeting() {
        let conversation = TestReading.events("There was a direct conversation between Kenyan President William Ruto and Ghana's President John Mahama.")
        #expect(Set(TestReading.actors(.meet, in: conversation)) == ["KEN", "GHA"])
        let call = TestReading.events("The agreement was reached during a phone call between Kenyan President William Ruto and Ghana's President John Mahama.")
        #expect(Set(TestReading.actors(.meet, in: call)) == ["KEN", "GHA"])
        // A call for something between two is no meeting.
        #expect(TestReading.events("Officials repeated their call for calm between the two communities.").filter { $0.kind == .meet }.isEmpty)
    }

    @Test func aNameAgainAfterTheCallsPartiesIsNoThirdParty() {
        let text = "During a phone call between Kenyan President William Ruto and Ghana's President John Mahama, Ruto informed him of the truce."
        let meetings = TestReading.events(text).filter { $0.kind == .meet && $0.trigger.text == "call" }
        #expect(meetings.map { $0.actors.map { $0.state ?? $0.name } } == [["KEN", "GHA"]])
    }

    @Test func speakingOrCommunicatingDirectlyIsAMeeting() {
        #expect(TestReading.actors(.meet, in: TestReading.events("Kenyan President William Ruto at one point spoke directly to Ghana's leader.")) == ["KEN"])
        #expect(TestReading.actors(.meet, in: TestReading.events("Kenyan President William Ruto communicated directly with Togo's president.")).first == "KEN")
    }

    @Test func anIntermediaryAndWhoHeraldsADeal() {
        #expect(TestReading.actors(.mediate, in: TestReading.events("The government of Qatar played a key role as an intermediary.")) == ["QAT"])
        let heralding = TestReading.events("Kenyan President William Ruto announced that a deal had been struck, heralding a complete ceasefire between the two.")
        #expect(TestReading.actors(.support, in: heralding) == ["KEN"])
    }

    @Test func helpRequestedOrSoughtIsADemand() {
        let requested = TestReading.events("Kenyan President William Ruto requested Doha’s assistance in convincing Togo.")
        #expect(TestReading.actors(.demand, in: requested) == ["KEN"])
        let sought = TestReading.events("Kenyan President William Ruto sought help from the Emir of Qatar.")
        #expect(TestReading.actors(.demand, in: sought) == ["KEN"])
        // What was requested of someone is not their demand.
        #expect(TestReading.events("Togo was requested to send help.").filter { $0.kind == .demand }.flatMap(\.actors).isEmpty)
    }

    @Test func whoIsToldOfIsNoPartnerOfTheCall() {
        let events = TestReading.events("Kenyan President William Ruto spoke with the emir of Qatar and stated that Togo had agreed to a ceasefire.")
        #expect(TestReading.actors(.meet, in: events) == ["KEN", "QAT"])
        #expect(TestReading.actors(.accept, in: events) == ["TGO"])
    }

    @Test func aParticipleAfterAnAdverbSharesTheSubject() {
        let text = "Shortly after, Qatar's prime minister spoke with Togolese officials, successfully brokering a commitment from Lome to the truce."
        #expect(TestReading.actors(.mediate, in: TestReading.events(text)) == ["QAT"])
        // The owner of the noun before is not the participle's subject.
        let noun = TestReading.events("Kenyan President William Ruto rejected Togo's demand for a truce, offering instead a pause of two days.")
        #expect(TestReading.actors(.propose, in: noun) == ["KEN"])
    }

    @Test func whoToldWhatAnotherDidAsksNext() {
        let text = "During the call, Kenyan President William Ruto informed Qatar’s Emir that Togo had agreed to the ceasefire and urged him to help bring Ghana on board."
        let events = TestReading.events(text)
        #expect(TestReading.actors(.demand, in: events) == ["KEN"])
        #expect(TestReading.actors(.accept, in: events) == ["TGO"])
    }
}
