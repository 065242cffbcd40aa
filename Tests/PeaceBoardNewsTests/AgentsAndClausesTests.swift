import Testing

@testable import PeaceBoardNews

/// Whose a "by" is, whom "it" stands for after a participle of saying, where a clause governed by a preposition ends, mediation named after "of",
/// threats to resume force, and bodies named by their adjective.
@Suite struct AgentsAndClausesTests {
    @Test func anAgentAfterAPlanIsThePlansNotTheVerbs() {
        let found = TestReading.events("Hamas on Tuesday rejected a proposal by Egypt for a three-month truce.")
        #expect(TestReading.actors(.reject, in: found) == ["Hamas"])
        #expect(TestReading.actors(.propose, in: found) == ["EGY"])
        // Nobody named before the verb: the proposal's agent is still not who rejects it.
        let unnamed = TestReading.events("The rebel council on Tuesday rejected a proposal by the Indian government to settle the insurgency.")
        #expect(!TestReading.actors(.reject, in: unnamed).contains("IND"))
    }

    @Test func whatAParticipleOfSayingReportsIsTheClauseSubjects() {
        let found = TestReading.events(
            "Ghana's government on Monday rejected a proposal by Togo, Benin and Nigeria for a two-week truce, saying it would not accept any plan that spared the rebels.")
        #expect(TestReading.actors(.accept, in: found) == ["GHA"])
        #expect(TestReading.actors(.propose, in: found) == ["TGO", "BEN", "NGA"])
        let adding = TestReading.events("Mali turned down an invitation from Senegal and Niger, adding that it would not accept their terms.")
        #expect(TestReading.actors(.accept, in: adding) == ["MLI"])
    }

    @Test func aNameAfterAPrepositionEndsItsClause() {
        let found = TestReading.events(
            "Turkish Foreign Minister Hakan Fidan said Ankara would coordinate each step with Baku, and Armenian Prime Minister Nikol Pashinyan welcomed the decision.")
        #expect(TestReading.actors(.support, in: found) == ["ARM"])
        // A list is still a list: "Egypt, Qatar, and the United States welcomed".
        #expect(TestReading.actors(.support, in: TestReading.events("Egypt, Qatar, and the United States welcomed the deal.")) == ["EGY", "QAT", "USA"])
    }

    @Test func mediationNamedAfterOfIsTheNamedOnes() {
        let found = TestReading.events("The accord was signed in Bissau under the mediation of President Umaro Sissoco Embalo.")
        #expect(TestReading.actors(.mediate, in: found) == ["GNB"])
        #expect(TestReading.actors(.mediate, in: TestReading.events("The talks were held under the auspices of the African Union.")) == ["African Union"])
        // Refusing a mediation is no mediation.
        #expect(TestReading.actors(.mediate, in: TestReading.events("Niger rejected the mediation of Algeria.")).isEmpty)
    }

    @Test func aWarningToResumeForceIsAThreat() {
        let found = TestReading.events("Yemen's Houthi movement warned on Saturday that it would resume missile strikes on Saudi Arabia if Riyadh did not sign.")
        #expect(TestReading.actors(.threaten, in: found) == ["Houthis"])
        #expect(TestReading.events("The mediators said talks would resume next week.").filter { $0.kind == .threaten }.isEmpty)
    }

    @Test func aBreakawayAuthorityIsNamedByItsAdjective() {
        let found = TestReading.events("The Georgian side accepted the proposal, while the Abkhaz delegation said it would consider it.")
        #expect(TestReading.actors(.consider, in: found) == ["Abkhazia"])
    }
}

/// Provisions named by the process they belong to.
@Suite struct ProcessProvisionTests {
    @Test func normalisationWithoutPreconditionsIsTalksWithoutThem() {
        let found = NewsReader.read("Talks\nThe envoys reaffirmed their commitment to full normalisation without preconditions, the statement said.").provisions
        #expect(found.map(\.type) == ["talks-without-preconditions"])
    }

    @Test func aCeasefireInForceIsNoProvision() {
        let found = NewsReader.read("Talks\nThe ministry urged the group to respect the ceasefire, in force since 1997.").provisions
        #expect(found.isEmpty)
        #expect(NewsReader.read("Talks\nThe ministry urged the group to accept a 30-day ceasefire.").provisions.map(\.type) == ["ceasefire"])
    }
}
