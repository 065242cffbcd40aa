import Testing
@testable import PeaceBoardNews

/// Talks only promised, talks opened after the day they were held, and what a deal is called when
/// it is praised (the sentences here are the house's own).
@Suite struct PromisedTalksOpeningDaysAndPraiseTests {
    @Test func talksPromisedAreStillToCome() {
        for text in ["The accord includes a pledge to hold talks with the government in Nairobi.", "The rebels promised to hold talks with Kenya."] {
            let meetings = TestReading.events(text).filter { $0.kind == .meet }
            #expect(meetings.allSatisfy { $0.hedged }, "\(text)")
        }
    }

    @Test func whoAgreedAfterTalksOpeningPastTheirDayMetInThem() {
        let text = "On March 3, 2025, after more than 12 hours of negotiations in Arusha, the leaders of Kenya and Uganda signed a joint declaration."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["KEN", "UGA"])
        // A day alone opens no talks.
        let alone = "On March 3, 2025, the leaders of Kenya and Uganda signed a joint declaration."
        #expect(TestReading.actors(.meet, in: TestReading.events(alone)).isEmpty)
    }

    @Test func aDealCalledAPathForwardOrASolutionIsPraised() {
        let path = "Ugandan President Tomas Okello called the agreement a “powerful path forward to end the war”."
        #expect(TestReading.actors(.support, in: TestReading.events(path)) == ["UGA"])
        let solution = "Kenyan President Amara Diallo called the deal a comprehensive political solution."
        #expect(TestReading.actors(.support, in: TestReading.events(solution)) == ["KEN"])
        // Calling for a solution is asking for one.
        let asked = "Kenyan President Amara Diallo called for a political solution."
        #expect(TestReading.actors(.support, in: TestReading.events(asked)).isEmpty)
    }
}
