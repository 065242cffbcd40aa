import Testing
@testable import PeaceBoardNews

/// Who agreed at talks named far past the agreement's long object met in them (the sentences here are
/// the house's own).
@Suite struct AgreementsAtDistantTalksTests {
    @Test func talksNamedPastALongObjectAreWhereTheyAgreed() {
        let text = """
            Kenya and Uganda agreed on the annex on the implementation of the agreement on the path to the normalisation of \
            relations between the two neighbours at the meeting in Arusha.
            """
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["KEN", "UGA"])
        // Another clause's talks are not where they agreed.
        let other = """
            Kenya and Uganda agreed on the annex on the implementation of the agreement on the path to the normalisation of \
            relations, but Tanzania said there would be no place for them at the meeting in Arusha.
            """
        #expect(TestReading.actors(.meet, in: TestReading.events(other)).isEmpty)
        // Nor are talks a relative clause tells of.
        let relative = "Kenya and Uganda signed the accord in Nairobi, where a Tanzanian envoy had spent a week breaking a deadlock in the negotiations."
        #expect(TestReading.actors(.meet, in: TestReading.events(relative)).isEmpty)
    }
}
