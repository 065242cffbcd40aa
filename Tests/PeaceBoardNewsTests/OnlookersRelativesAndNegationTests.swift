import Testing
@testable import PeaceBoardNews

/// Onlookers and flanking officials, agreements reached after days of talks, mediation led by a
/// state, relative clauses of someone nobody named, the document a sentence ended with, and a
/// negation that belongs to another verb (the sentences here are the house's own).
@Suite struct OnlookersRelativesAndNegationTests {
    @Test func whoLooksOnOrFlanksOthersMeetsThem() {
        let looking = "With President Tomas Okello of Kenya looking on, Uganda's president and Tanzania's president shook hands."
        #expect(TestReading.actors(.meet, in: TestReading.events(looking)).contains("KEN"))
        let flanked = "Kenyan President Tomas Okello stood in the middle, flanked by Ugandan President Amara Diallo."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(flanked))).isSuperset(of: ["UGA"]))
        let witnesses = "With 3,000 witnesses watching including former Presidents Tomas Okello and Amara Diallo, Kenya and Uganda signed."
        #expect(TestReading.events(witnesses).contains { $0.kind == .meet && $0.actors.map(\.name) == ["Tomas Okello", "Amara Diallo"] })
    }

    @Test func whoAgreeAfterDaysOfTalksMet() {
        let text = "Kenya and Uganda agreed to a truce after six days of talks in Arusha."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["KEN", "UGA"])
        #expect(TestReading.actors(.meet, in: TestReading.events("Kenya and Uganda agreed to a truce after six days of fighting.")).isEmpty)
    }

    @Test func tryingToBrokerTalksIsMediatingAndAnHonestBrokerIsNoAct() {
        let text = "The Norwegian government has tried for more than two years to broker peace talks between Kenya and the rebels."
        #expect(TestReading.actors(.mediate, in: TestReading.events(text)) == ["NOR"])
        #expect(TestReading.events("Norway is seen as an honest broker in the region.").filter { $0.kind == .mediate }.isEmpty)
    }

    @Test func mediationLedByAStateIsItsAndAnOppositionLedByABodyIsNone() {
        #expect(TestReading.actors(.mediate, in: TestReading.events("The clashes prompted the Qatari-led mediation.")) == ["QAT"])
        #expect(TestReading.events("The Hamas-led opposition gained ground.").isEmpty)
    }

    @Test func aRelativeClauseOfSomeoneNobodyNamedIsNobodysAct() {
        let text = "Kenyan President Tomas Okello was assassinated two years later by a gunman who opposed his peace plan."
        #expect(TestReading.actors(.reject, in: TestReading.events(text)).isEmpty)
        let named = "Kenya, which opposed the plan, walked out."
        #expect(TestReading.actors(.reject, in: TestReading.events(named)) == ["KEN"])
    }

    @Test func itAfterASentenceEndingWithADocumentIsTheDocument() {
        let text = "Kenyan President Tomas Okello spelled out the terms of the agreement. It calls for the election of a president."
        #expect(TestReading.actors(.demand, in: TestReading.events(text)).isEmpty)
        let named = "Kenyan President Tomas Okello spelled out the terms of the agreement. He calls for the election of a president."
        #expect(TestReading.actors(.demand, in: TestReading.events(named)) == ["KEN"])
    }

    @Test func aNegationOfAnEarlierVerbLeavesTheEventStanding() {
        let text = "Kenyan President Tomas Okello said: “We never doubted when we called for this dialogue that it would succeed.”"
        let demands = TestReading.events(text).filter { $0.kind == .demand }
        #expect(!demands.isEmpty && demands.allSatisfy { !$0.negated })
        #expect(TestReading.events("Kenya has not signed the accord.").first { $0.kind == .accept }?.negated == true)
    }
}
