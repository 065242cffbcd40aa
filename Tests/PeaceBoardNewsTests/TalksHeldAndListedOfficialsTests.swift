import Testing
@testable import PeaceBoardNews

/// Talks named by a phrase around the clause of those who held them, talks between three or more,
/// officials listed each with their state, and ceasefires declared together (the sentences here
/// are the house's own).
@Suite struct TalksHeldAndListedOfficialsTests {
    @Test func whoAgreeAfterTalksMetThere() {
        let following = "Kenya and Uganda agreed to reopen the border following talks in Nairobi mediated by Tanzania."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(following))) == ["KEN", "UGA"])
        let deliberations = "Kenya and Uganda agreed to reopen the border after two days of deliberations."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(deliberations))) == ["KEN", "UGA"])
        // Talks still to come, or talks that failed, were not where they agreed.
        let next = "Kenya and Uganda agreed to reopen the border after the next round of talks."
        #expect(TestReading.actors(.meet, in: TestReading.events(next)).isEmpty)
        let collapsed = "Kenya agreed to the plan after talks collapsed."
        #expect(TestReading.actors(.meet, in: TestReading.events(collapsed)).isEmpty)
    }

    @Test func whoOpensWithTalksHeldWithSomeoneMetThem() {
        let text = "After six hours of talks with Ruto, Museveni said the border would reopen."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["KEN", "UGA"])
        // The phrase's list goes on past its first comma; the subject is whom the verb follows.
        let listed = "After talks with Kenya, Uganda and Rwanda, Tanzania said the border would reopen."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(listed))) == ["KEN", "UGA", "RWA", "TZA"])
        let reported = "Museveni said after talks with Ruto that the border would reopen."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(reported))) == ["KEN", "UGA"])
        // Talks to come were held by nobody yet.
        let planned = "After the next talks with Ruto, Museveni will decide."
        #expect(TestReading.actors(.meet, in: TestReading.events(planned)).isEmpty)
    }

    @Test func talksBetweenThreeOrMoreAreHeldByAll() {
        let states = "Talks between Kenya, Uganda and Rwanda ended on Friday without agreement."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(states))) == ["KEN", "UGA", "RWA"])
        let officials = "The deal came after talks between Kenyan President William Ruto, Ugandan President Yoweri Museveni and AU officials."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(officials))) == ["KEN", "UGA", "African Union"])
        // Asked for, they are not held.
        let sought = "Tanzania called for talks between Uganda, Rwanda and Burundi."
        #expect(TestReading.events(sought).filter { $0.kind == .meet && !$0.hedged }.isEmpty)
    }

    @Test func officialsListedEachWithTheirStateActTogether() {
        let possessives = "Kenya's Ruto, Uganda's Museveni and Rwanda's Kagame initialled the accord on Friday."
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(possessives))) == ["KEN", "UGA", "RWA"])
        let singular = "The Kenyan minister and the Ugandan envoy signed the deal."
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(singular))) == ["KEN", "UGA"])
        let portfolio = "The Kenyan and Ugandan foreign ministers met on Friday."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(portfolio))) == ["KEN", "UGA"])
        let teams = "The Kenyan and Ugandan teams met again in Arusha."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(teams))) == ["KEN", "UGA"])
    }

    @Test func aStateNamedAgainIsNoSecondParty() {
        let text = "Kenya and an alliance of rebel groups agreed to a truce brokered by Tanzania, the Tanzanian foreign ministry said. "
            + "The Tanzanian foreign ministry said both sides had agreed to withdraw."
        #expect(!TestReading.actors(.accept, in: TestReading.events(text)).contains("TZA"))
    }

    @Test func aCeasefireDeclaredTogetherIsAccepted() {
        let text = "Uganda and Kenya declared a truce on Friday."
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(text))) == ["KEN", "UGA"])
        // Declared with the other side, it is one side's.
        let unilateral = "In July, Kenyan President Amara Diallo declared a ceasefire with the Lord's Resistance Army."
        #expect(TestReading.actors(.accept, in: TestReading.events(unilateral)) == ["KEN"])
    }
}
