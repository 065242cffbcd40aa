import Testing
@testable import PeaceBoardNews

/// Styles of address that stand before names, datelines whose dash the copy lost, names in marks with
/// their dates, and who "they" are where a meeting's place stands before them (the sentences here are the
/// house's own).
@Suite struct StylesDatelinesAndPlacesOfMeetingsTests {
    @Test func fightersAreAnArmedMovementsNotTheLastBodyNamed() {
        let text = "The UN would be involved in the elections. The rebels have accepted the plan."
        #expect(TestReading.actors(.accept, in: TestReading.events(text)).isEmpty)
        let armed = "The M23 would attend the summit. The rebels have accepted the plan."
        #expect(TestReading.actors(.accept, in: TestReading.events(armed)) == ["M23"])
    }

    @Test func cambodianStylesAndTheLateAreNoPartOfTheName() {
        let text = """
            Talks
            Samdech Techo Kem Vanna briefed the press. The party was represented by Samdech Krom Preah Norodom Chakra \
            and by the late Sok Pheap, and the talks were opened by the King Father Norodom Vuthy.
            """
        #expect(Set(NewsReader.read(text).people.map(\.name)) == ["Kem Vanna", "Norodom Chakra", "Sok Pheap", "Norodom Vuthy"])
        // A name at a paragraph's end keeps no period for a title's ("Sen." is also Senator's).
        let quoted = NewsReader.read("Talks\nOfficials met on Monday. “We will sign,” wrote Samdech Techo Hun Sen.")
        #expect(quoted.quotes.map(\.speaker) == ["Hun Sen"])
    }

    @Test func aNameInMarksMayCarryItsDates() {
        let reading = NewsReader.read("Talks\nOfficials met on Monday. They signed a communique dubbed the “Arusha Joint Declaration December 2-4, 1987”.")
        #expect(reading.quotes.isEmpty)
        // Figures alone in marks are still words quoted.
        let figures = NewsReader.read("Talks\nOfficials met on Monday. The envoy said the split was “50-50”.")
        #expect(figures.quotes.map(\.text) == ["50-50"])
    }

    @Test func aDatelineWhoseDashWasLostEndsWithItsState() {
        let text = "ARUSHA, Tanzania Kenya's warring factions signed an agreement on Monday."
        #expect(TestReading.actors(.accept, in: TestReading.events(text)) == ["KEN"])
    }

    @Test func aCaptionsPeoplePoseDuringTheNegotiations() {
        let text = "Kenyan President Amina Odhiambo, left, and Ugandan President Tomas Okello pose during the negotiations in Arusha in 1991."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["KEN", "UGA"])
        // Not a sentence whose people do more than pose.
        let sentence = "Kenyan President Amina Odhiambo and Ugandan President Tomas Okello refused to pose during the negotiations."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(sentence))) != ["KEN", "UGA"])
    }

    @Test func stoppingForeignArmsIsAHaltToSupplies() {
        let reading = NewsReader.read("Talks\nThe factions signed an agreement under which they would stop receiving foreign arms.")
        #expect(reading.provisions.map(\.type) == ["arms-supply-halt"])
    }

    @Test func whereTheySignedAfterAMeetingInAPlace() {
        let text = "Kenyan President Amina Odhiambo met Ugandan President Tomas Okello at a lodge in northern Tanzania, where they signed a joint communique."
        let events = TestReading.events(text)
        #expect(Set(TestReading.actors(.accept, in: events)) == ["KEN", "UGA"])
        #expect(!events.flatMap(\.targets).contains { $0.state == "TZA" })
    }
}
