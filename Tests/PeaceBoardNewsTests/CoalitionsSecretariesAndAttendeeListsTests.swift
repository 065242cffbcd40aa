import Testing
@testable import PeaceBoardNews

/// A coalition a state leads, a secretary's office named again for its holder, and attendees listed
/// on past "representatives from" (the sentences here are the house's own).
@Suite struct CoalitionsSecretariesAndAttendeeListsTests {
    @Test func theStateThatLeadsACoalitionActsInIt() {
        let events = TestReading.events("The Kenyan-led coalition and M23 rebels agreed at talks in Doha to a ceasefire in Goma.")
        #expect(Set(TestReading.actors(.accept, in: events)) == ["KEN", "M23"])
        // A state that leads talks mediates them; it is no party.
        #expect(TestReading.actors(.mediate, in: TestReading.events("Kenyan-led talks began in Nairobi.")) == ["KEN"])
    }

    @Test func theSecretaryNamedAgainIsWhoHoldsTheOffice() {
        let text = """
            Foreign Secretary Amara Diallo travelled to Arusha. After his visit the Foreign Secretary said: “Today’s agreement \
            is an important step. I urged both sides to seize this opportunity.”
            """
        let reading = NewsReader.read("Talks\n" + text)
        #expect(reading.people.first?.office == "Foreign Secretary")
        #expect(reading.quotes.map(\.speaker) == ["Amara Diallo"])
    }

    @Test func attendeesListedOnPastRepresentativesFromAndStatesLike() {
        let first = """
            It was attended by Kenyan President Amara Diallo and Uganda's Prime Minister Tomas Okello, representatives from \
            Rwanda, Qatar and Egypt.
            """
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(first))) == ["KEN", "UGA", "RWA", "QAT", "EGY"])
        let second = """
            The ceremony was attended by Presidents Amara Diallo of Kenya, Tomas Okello of Uganda and representatives of Arab \
            states like Saudi Arabia, Qatar and Kuwait.
            """
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(second))) == ["KEN", "UGA", "SAU", "QAT", "KWT"])
    }

    @Test func anotherTransliterationOfAListedName() {
        let people = NewsReader.read("Talks\nMohamed Hamdan Daqlu signed the deal for the government.").people
        #expect(people.map(\.name) == ["Mohamed Hamdan Dagalo"])
    }
}
