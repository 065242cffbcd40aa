import Testing
@testable import PeaceBoardNews

/// Who asks when a request comes "from" someone, roles taken "as" a go-between, attendance named
/// before its list, and quotation marks typed the wrong way round (the sentences here are the house's own).
@Suite struct RequestsFromAndMistypedMarksTests {
    @Test func whoARequestComesFromAsks() {
        let events = TestReading.events("Kenya hosted the talks following requests from Kampala and Kigali for mediation.")
        #expect(Set(TestReading.actors(.demand, in: events)) == ["UGA", "RWA"])
        #expect(TestReading.actors(.meet, in: events) == ["KEN"])
        #expect(TestReading.actors(.demand, in: TestReading.events("Tanzania answered a call from Uganda for talks.")) == ["UGA"])
    }

    @Test func statesThatUrgeInThePresentDemand() {
        let text = "The Kingdom of Saudi Arabia and the United States urge both parties to return to the table in Nairobi."
        #expect(Set(TestReading.actors(.demand, in: TestReading.events(text))) == ["SAU", "USA"])
        #expect(TestReading.actors(.demand, in: TestReading.events("Kenya resisted the urge to respond.")).isEmpty)
    }

    @Test func aGoBetweenBySomeRoleMediates() {
        let text = "Also attending the meeting were Norwegian Ambassador Lena Brandt and Swiss Ambassador Paul Keller, who are participating as co-facilitators."
        let events = TestReading.events(text)
        #expect(Set(TestReading.actors(.meet, in: events)) == ["NOR", "CHE"])
        #expect(!events.contains { $0.kind == .meet && $0.actors.isEmpty })
        #expect(TestReading.actors(.mediate, in: TestReading.events("Tanzania will act as mediator between the two sides.")) == ["TZA"])
    }

    @Test func aHostOfASessionIsNotAHostOfAReception() {
        let session = "The commanders meet on Friday, while Uganda will host a joint border committee session next month."
        #expect(TestReading.actors(.offerToHost, in: TestReading.events(session)) == ["UGA"])
        #expect(TestReading.actors(.offerToHost, in: TestReading.events("Uganda will host a reception for the delegations.")).isEmpty)
    }

    @Test func theLeagueOfArabStatesIsTheArabLeague() {
        let reading = NewsReader.read("Talks\nThe League of Arab States welcomed the agreement.")
        #expect(reading.organisations.map(\.name) == ["Arab League"])
    }

    @Test func anOpeningMarkWhereTheClosingOneGoesClosesTheQuotation() {
        let text = "Talks\nKenyan President Amara Diallo called the talks “frank and useful,“ praising the hosts.\n\n"
            + "“We agreed to meet again in Arusha,“ he said."
        let quotes = NewsReader.read(text).quotes
        #expect(quotes.map(\.text) == ["frank and useful,", "We agreed to meet again in Arusha,"])
        #expect(quotes.map(\.speaker) == ["Amara Diallo", "Amara Diallo"])
    }

    @Test func heIsNotTheOfficialNamedAfterFromTheTitle() {
        let text = "Talks\nKenyan Foreign Minister Amara Diallo said he was waiting for a call from the Ugandan president (Tomas Okello).\n\n"
            + "“Kenya should lead first,” he told reporters."
        #expect(NewsReader.read(text).quotes.map(\.speaker) == ["Amara Diallo"])
    }
}
