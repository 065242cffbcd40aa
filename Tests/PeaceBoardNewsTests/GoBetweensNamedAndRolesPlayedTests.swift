import Testing
@testable import PeaceBoardNews

/// A state or body named a go-between, roles played and mediation owned by a pronoun, plans
/// described as backed, and officials in the plural (the sentences here are the house's own).
@Suite struct GoBetweensNamedAndRolesPlayedTests {
    @Test func aStateAcceptedAsMediatorMediates() {
        let events = TestReading.events("Kenyan and Ugandan prime ministers accepted Tanzania as mediator.")
        #expect(TestReading.actors(.mediate, in: events) == ["TZA"])
        #expect(Set(TestReading.actors(.accept, in: events)) == ["KEN", "UGA"])
        #expect(TestReading.actors(.mediate, in: TestReading.events("Qatar is the main mediator.")) == ["QAT"])
        #expect(TestReading.actors(.mediate, in: TestReading.events("Qatar was a venue for the mediators.")).isEmpty)
    }

    @Test func supportiveRolesAndShowsOfSupportSupport() {
        #expect(Set(TestReading.actors(.support, in: TestReading.events("Norway and Switzerland also played supportive roles."))) == ["NOR", "CHE"])
        let shown = "Norwegian Ambassador Lena Brandt was in attendance, in a show of support."
        #expect(TestReading.actors(.support, in: TestReading.events(shown)) == ["NOR"])
    }

    @Test func whoIsThankedForItsMediationMediated() {
        let events = TestReading.events("Kenya and Uganda thanked Tanzania for its tireless mediation in the border dispute.")
        #expect(TestReading.actors(.mediate, in: events) == ["TZA"])
        #expect(TestReading.actors(.mediate, in: TestReading.events("Kenya rejected calls for its mediation.")).isEmpty)
    }

    @Test func aPlanDescribedAsBackedIsNoSupport() {
        let described = "The Ogaden Liberation Front derailed an internationally backed plan for elections."
        #expect(TestReading.actors(.support, in: TestReading.events(described)).isEmpty)
        #expect(TestReading.actors(.support, in: TestReading.events("The plan was widely backed by the African Union.")) == ["African Union"])
    }

    @Test func anOfficeDescribedInAppositionNamesItsBody() {
        let text = "The truce was signed by the Kenyan foreign minister, Amara Diallo, and Tomas Okello, the veteran leader of the Ogaden National Liberation Front."
        let signers = TestReading.events(text).filter { $0.kind == .accept }.flatMap(\.actors)
        #expect(signers.contains { $0.name == "Tomas Okello" && $0.organisation == "Ogaden National Liberation Front" })
    }

    @Test func theStateAnOfficeIsHeldInIsNotAGoBetween() {
        let text = "The talks were attended by Norwegian Ambassador to Kenya Lena Brandt, who is acting as facilitator."
        #expect(TestReading.actors(.mediate, in: TestReading.events(text)) == ["NOR"])
    }

    @Test func everyOneListedAsMediatorsMediatesButGuarantorsDoNot() {
        let listed = "Kenya and Uganda agreed on Friday to accept Qatar, Egypt and the United States as mediators in the talks."
        #expect(Set(TestReading.actors(.mediate, in: TestReading.events(listed))) == ["QAT", "EGY", "USA"])
        // The house codes guarantors as no go-betweens (own/25, own/37, own/129).
        let guarantors = "Kenya and Uganda agreed on Friday to ratify Norway and Cuba as guarantor countries in the talks."
        #expect(TestReading.actors(.mediate, in: TestReading.events(guarantors)).isEmpty)
    }

    @Test func whoIsThankedForBrokeringOrHostingDidSo() {
        #expect(TestReading.actors(.mediate, in: TestReading.events("Kenya thanked Qatar for brokering the deal.")) == ["QAT"])
        let hosts = "Kenya and Uganda expressed their gratitude to Rwanda and Tanzania for hosting several rounds of dialogue."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(hosts))) == ["RWA", "TZA"])
        // What a visit was aimed at is no mediation.
        #expect(TestReading.events("The visit was largely aimed at brokering the stalled talks between Kenya and Uganda.").filter { $0.kind == .mediate }.isEmpty)
    }
}
