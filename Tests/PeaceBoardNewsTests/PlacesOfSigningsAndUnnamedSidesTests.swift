import Testing
@testable import PeaceBoardNews

/// Where signers stood is no signer; a side of talks the report never names leaves the other meeting; a
/// meeting farther back past when and where is still the one "between" names (the sentences here are the
/// house's own).
@Suite struct PlacesOfSigningsAndUnnamedSidesTests {
    @Test func whereTheyShookHandsSignedNothing() {
        let text = "Ugandan President Tomas Okello and rebel leader Amara Diallo shook hands at the Elysee on Friday after signing an accord."
        let events = TestReading.events(text)
        #expect(Set(TestReading.actors(.accept, in: events)) == ["UGA", "Amara Diallo"])
        // Still the gerund's own subject where it names one.
        let own = "Okello arrived in Nairobi on Friday after Kenya signed the accord."
        #expect(TestReading.actors(.accept, in: TestReading.events(own)) == ["KEN"])
    }

    @Test func anEnvoyNamedAfterTheRemitAtTheSentencesEnd() {
        let reading = NewsReader.read("Talks\nThe talks were chaired by the African Union envoy to Sudan, Halima Wekesa Odhiambo.")
        #expect(reading.people.map(\.name) == ["Halima Wekesa Odhiambo"])
        // A place listed after the remit is no one's name.
        let places = NewsReader.read("Talks\nThe envoy travelled to Juba, South Sudan.")
        #expect(places.people.isEmpty)
    }

    @Test func theHeadOfADelegationNamedWithoutCommas() {
        let reading = NewsReader.read("Talks\nThe statement was read by the head of the rebel delegation Joseph Kamau Mwangi.")
        #expect(reading.people.map(\.name) == ["Joseph Kamau Mwangi"])
        // A group the office leads, named in capitals, is no person.
        let group = NewsReader.read("Talks\nThe leader of the rebel group Revolutionary United Front said the talks would go on.")
        #expect(group.people.isEmpty)
    }

    @Test func aPreferenceForATruceIsSupportForIt() {
        let reading = NewsReader.read("Talks\nKenyan Foreign Minister Amina Odhiambo said she favours a complete ceasefire during the talks.")
        #expect(TestReading.actors(.support, in: reading.events) == ["KEN"])
        #expect(reading.provisions.map(\.type) == ["ceasefire"])
        // A favoured candidate is nobody's support.
        let candidate = "Okello is the favoured candidate of the mediators to chair the talks."
        #expect(TestReading.actors(.support, in: TestReading.events(candidate)).isEmpty)
    }

    @Test func talksWithASideTheReportNeverNamed() {
        let events = TestReading.events("Talks between the Ugandan government and the armed opposition resumed in Nairobi on Monday.")
        #expect(TestReading.actors(.meet, in: events) == ["UGA"])
        // Two sides named still meet both.
        let both = TestReading.events("Talks between Uganda and Kenya resumed in Arusha on Monday.")
        #expect(Set(TestReading.actors(.meet, in: both)) == ["UGA", "KEN"])
        // Where and under whom they resumed names no other side; a side named next is one.
        let mediated = TestReading.events("Talks between the Ugandan government and the armed opposition had resumed in Arusha under U.N. mediation.")
        #expect(TestReading.actors(.meet, in: mediated) == ["UGA"])
        let named = TestReading.events("Talks between the Congolese government and the rebels of the M23 resumed in Doha.")
        #expect(Set(TestReading.actors(.meet, in: named)) == ["COD", "M23"])
        // Talks only called for are not held.
        let called = TestReading.events("Kenya called for talks between the Ugandan government and the rebels.")
        #expect(called.filter { $0.kind == .meet && !$0.hedged }.isEmpty)
    }

    @Test func whatWasAgreedDuringAMeetingFartherBack() {
        let text = """
            The commission was agreed upon during a meeting last week in Nairobi between Ugandan President Tomas Okello \
            and rebel leader Amara Diallo.
            """
        let events = TestReading.events(text).filter { !$0.hedged }
        #expect(Set(TestReading.actors(.meet, in: events)) == ["UGA", "Amara Diallo"])
        #expect(Set(TestReading.actors(.accept, in: events)) == ["UGA", "Amara Diallo"])
        // Signed at the meeting: one acceptance of the pair, as a signing.
        let signed = TestReading.events("The declaration was signed at a meeting between Uganda's president Tomas Okello and Kenya's president Amina Odhiambo.")
        #expect(signed.filter { $0.kind == .accept }.map(\.cameo.code) == ["057"])
        // A meeting farther back past other words is not the one named.
        let other = TestReading.events("Kenya proposed a meeting of ministers soon to settle the dispute between Uganda and the rebels.")
        #expect(other.filter { $0.kind == .meet && !$0.hedged }.isEmpty)
    }
}
