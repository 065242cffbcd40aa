import Testing
@testable import PeaceBoardNews

/// Talks a sentence opens with, and talks held with those named after "with" (the sentences here are the house's own).
@Suite struct OpeningTalksAndTalksHeldWithTests {
    @Test func whoAgreeAfterTheTalksASentenceOpensWithMetInThem() {
        let text = "After marathon talks, Kenya and Uganda agreed to a ceasefire."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["KEN", "UGA"])
        let later = "After the next round of talks, Kenya and Uganda agreed to sign."
        #expect(TestReading.actors(.meet, in: TestReading.events(later)).isEmpty)
    }

    @Test func talksHeldWithThoseNamedAfterWith() {
        let text = "A new round of negotiations took place in Naivasha with the government of Kenya and the Lord's Resistance Army."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["KEN", "Lord's Resistance Army"])
        // Who facilitated or supported them helped; they did not meet.
        let helped = "The meeting started on 24 January with African Union facilitation and United Nations support."
        #expect(TestReading.actors(.meet, in: TestReading.events(helped)).isEmpty)
        let supported = "Kenya and Uganda agreed a truce. The talks were held with the support of Rwanda."
        #expect(!TestReading.actors(.meet, in: TestReading.events(supported)).contains("RWA"))
    }

    @Test func whoHeldTalksWithSomeoneAreTheTwoSidesThatFollow() {
        let text = "After six hours of talks with Ugandan President Tomas Okello, Kenyan President Amara Diallo said the border would reopen. "
            + "Kenya, alongside Tanzania and the African Union, had facilitated the meeting. The two sides failed to reach an agreement on trade."
        let refused = TestReading.events(text).filter { $0.kind == .accept }
        #expect(Set(TestReading.actors(.accept, in: refused)) == ["KEN", "UGA"])
        #expect(refused.allSatisfy { $0.negated })
    }
}
