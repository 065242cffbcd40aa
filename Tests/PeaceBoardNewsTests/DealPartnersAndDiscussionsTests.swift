import Testing
@testable import PeaceBoardNews

/// Whom a deal is with, at the talks where it was agreed (the sentences here are the house's own).
@Suite struct DealPartnersAtTalksTests {
    @Test func whomADealIsWithWasAtTheTalks() {
        let text = "Kenya initialled a border treaty with Uganda during talks in Arusha on Friday."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["KEN", "UGA"])
    }
}

/// Who discussed something together (the sentences here are the house's own).
@Suite struct DiscussedTogetherTests {
    @Test func whoDiscussTogetherMeet() {
        let together = "Kenyan Foreign Minister Amara Diallo and Ugandan Foreign Minister Tomas Okello discussed a plan on Friday."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(together))) == ["KEN", "UGA"])
        let with = "Kenyan President William Ruto discussed the border with Ugandan President Yoweri Museveni by phone."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(with))) == ["KEN", "UGA"])
    }

    @Test func whoDiscussAloneOrWithNobodyNamedMeetNoOne() {
        #expect(TestReading.actors(.meet, in: TestReading.events("The Kenyan cabinet discussed the budget.")).isEmpty)
        #expect(TestReading.actors(.meet, in: TestReading.events("Kenyan Foreign Minister Amara Diallo discussed the terms with government colleagues.")).isEmpty)
    }
}
