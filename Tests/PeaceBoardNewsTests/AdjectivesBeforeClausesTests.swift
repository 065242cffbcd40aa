import Testing
@testable import PeaceBoardNews

/// A state's adjective describes the person after it only across an office, not across a
/// clause (the sentences here are the house's own).
@Suite struct AdjectivesBeforeClausesTests {
    @Test func anAdjectiveBeforeAClauseActsForItsState() {
        let text = "Talks\nThe rebels' chief of staff, General Tomas Okello, represented them.\n\n"
            + "The Kenyan government opened talks with Okello on March 13."
        #expect(TestReading.actors(.meet, in: NewsReader.read(text).events).contains("KEN"))
    }

    @Test func anAdjectiveBeforeAnOfficeStillDescribesItsHolder() {
        let events = TestReading.events("Kenyan Foreign Minister Amara Diallo opened talks with the rebels.")
        #expect(TestReading.actors(.meet, in: events) == ["KEN"])
        #expect(events.first { $0.kind == .meet }?.actors.map(\.name) == ["Amara Diallo"])
    }
}
