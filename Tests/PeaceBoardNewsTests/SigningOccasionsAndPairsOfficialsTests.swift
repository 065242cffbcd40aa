import Testing
@testable import PeaceBoardNews

/// Who met at a signing told of as an occasion, the officials of a pair named by a plural
/// possessive, and talks between a pair that someone else hosted (the sentences here are the house's own).
@Suite struct SigningOccasionsAndPairsOfficialsTests {
    @Test func whoSignedAtTheCeremonyTheSentenceOpensWithMetThere() {
        let text = "At a ceremony with the Qatari emir in Doha, Kenya and Uganda signed the agreement."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["KEN", "UGA"])
    }

    @Test func aSigningToldOfAsAnOccasionGathersTheSigners() {
        for second in [
            "Speaking at the signing event, the Qatari emir said it was not easy.",
            "The signing took place in the presence of the Qatari emir.",
        ] {
            let text = "Kenya and Uganda signed the agreement on Friday. " + second
            #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))).isSuperset(of: ["KEN", "UGA"]), "\(second)")
        }
        // A signing only planned gathers nobody.
        let planned = "Kenya and Uganda agreed on a text on Friday. The signing will take place next month."
        #expect(TestReading.actors(.meet, in: TestReading.events(planned)).isEmpty)
    }

    @Test func theOfficialsOfAPairNamedByAPluralPossessive() {
        let text = "Kenya and Uganda fought for years. In Doha, the two African countries' foreign ministers signed the agreement."
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(text))) == ["KEN", "UGA"])
    }

    @Test func talksBetweenAPairThatSomeoneElseHosted() {
        let text = """
            Kenya and Uganda fought for years. The breakthrough came during talks between the leaders \
            of the two states hosted by Qatar on Friday.
            """
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))).isSuperset(of: ["KEN", "UGA"]))
    }
}
