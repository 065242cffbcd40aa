import Testing
@testable import PeaceBoardNews

/// Who acts alongside the one named first, a state's official before a relative clause, and
/// mediation owned by whoever's name stands before it (the sentences here are the house's own).
@Suite struct CompanionsOfficialsAndOwnedMediationTests {
    @Test func whoActsAlongsideTheFirstActsToo() {
        let alongside = "Tanzania, alongside the United States and the African Union, facilitated months of talks."
        #expect(Set(TestReading.actors(.mediate, in: TestReading.events(alongside))) == ["TZA", "USA", "African Union"])
        let together = "Kenya, together with Tanzania and Ethiopia, brokered the deal."
        #expect(Set(TestReading.actors(.mediate, in: TestReading.events(together))) == ["KEN", "TZA", "ETH"])
        let asWell = "Kenya, as well as Tanzania, signed the accord."
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(asWell))) == ["KEN", "TZA"])
    }

    @Test func aStatesOfficialBeforeARelativeClauseActsForIt() {
        let possessive = "Norway's ambassador, who has facilitated the latest negotiations, travelled to Jaffna."
        #expect(TestReading.actors(.mediate, in: TestReading.events(possessive)) == ["NOR"])
        let office = "Kenya's foreign minister, who brokered the deal, said it would hold."
        #expect(TestReading.actors(.mediate, in: TestReading.events(office)) == ["KEN"])
    }

    @Test func mediationOwnedByANameIsItsMediation() {
        let opening = "Kenya's mediation led to the deal."
        #expect(TestReading.actors(.mediate, in: TestReading.events(opening)) == ["KEN"])
        let agent = "Mediation by Kenya led to the deal."
        #expect(TestReading.actors(.mediate, in: TestReading.events(agent)) == ["KEN"])
        let after = "The deal came after Kenyan mediation."
        #expect(TestReading.actors(.mediate, in: TestReading.events(after)) == ["KEN"])
        // Mediation refused was not given.
        let refused = "Uganda rejected Kenyan mediation."
        #expect(TestReading.actors(.mediate, in: TestReading.events(refused)).isEmpty)
    }
}
