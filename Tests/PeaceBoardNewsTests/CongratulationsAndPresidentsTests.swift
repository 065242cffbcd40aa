import Testing
@testable import PeaceBoardNews

/// Congratulations offered and presidents described by their states (the sentences here are the house's own).
@Suite struct CongratulationsAndPresidentsTests {
    @Test func congratulationsOfferedCongratulate() {
        let text = "Kenyan President Amara Diallo, who had met with the Ugandan and Rwandan presidents in Nairobi, offered his congratulations."
        let events = TestReading.events(text)
        #expect(TestReading.actors(.congratulate, in: events) == ["KEN"])
        #expect(Set(TestReading.actors(.meet, in: events)) == ["KEN", "UGA", "RWA"])
        // An offer of terms is a proposal.
        #expect(TestReading.actors(.congratulate, in: TestReading.events("Kenya offered a ceasefire.")).isEmpty)
    }

    @Test func americanSpellingsOfAStatesAdjective() {
        #expect(NewsReader.read("Talks\nEcuadoran President Jamil Mahuad signed the treaty.").people.map(\.state) == ["ECU"])
    }
}
