import Testing
@testable import PeaceBoardNews

/// Talks continued, a ceasefire executed, and the guests of a meeting someone hosted (the sentences
/// here are the house's own).
@Suite struct TalksContinuedAndMeetingsHostedTests {
    @Test func talksContinuedWereHeld() {
        let text = "Kenya and Uganda met in Arusha on Saturday. The two sides were continuing face-to-face talks on Monday."
        #expect(TestReading.events(text).filter { $0.kind == .meet && $0.trigger.text == "continuing" }.count == 1)
        // The importance of continuing talks asserts none.
        let noun = "Kenyan President Amara Diallo acknowledged the importance of continuing talks to end the conflict."
        #expect(TestReading.actors(.meet, in: TestReading.events(noun)).isEmpty)
    }

    @Test func aCeasefireExecutedIsAgreed() {
        #expect(Set(TestReading.actors(.accept, in: TestReading.events("Kenya and Uganda executed an immediate and unconditional ceasefire."))) == ["KEN", "UGA"])
        #expect(TestReading.events("The rebels executed two soldiers in Kenya.").filter { $0.kind == .accept }.isEmpty)
    }

    @Test func theGuestsOfAMeetingSomeoneHostedAreThePairTheReportIsAbout() {
        let text = """
            Kenya and Uganda have thanked Tanzania for its mediation. The breakthrough followed a special meeting hosted by \
            Tanzanian President Amara Diallo on Monday.
            """
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["KEN", "UGA", "TZA"])
    }
}
