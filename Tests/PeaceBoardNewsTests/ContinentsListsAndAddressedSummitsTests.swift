import Testing
@testable import PeaceBoardNews

/// Parts of a continent that are no state, lists of people under one plural office, names in marks
/// with their small words, speakers named before a "whose" aside, initials given in words, and who
/// was at a summit by addressing it (the sentences here are the house's own).
@Suite struct ContinentsListsAndAddressedSummitsTests {
    @Test func partsOfTheAmericasAreNoState() {
        let reading = NewsReader.read("Talks\nThe accord ended Latin America’s longest war, and Central American presidents praised it.")
        #expect(reading.states.isEmpty)
        // "America" alone is still the United States.
        #expect(NewsReader.read("Talks\nAmerica welcomed the accord on Monday.").states.map(\.state) == ["USA"])
    }

    @Test func whoApplaudsAsOthersSignDidNotSign() {
        let text = "Heads of state, including the presidents of Kenya and Uganda, applauded as each of the rebel leaders signed the accord."
        let events = TestReading.events(text)
        #expect(Set(TestReading.actors(.support, in: events)) == ["KEN", "UGA"])
        #expect(TestReading.actors(.accept, in: events).isEmpty)
    }

    @Test func peopleListedUnderOnePluralOffice() {
        let reading = NewsReader.read("Talks\nRebel commanders Tomas Rivera, Juan Ortega, Luis Mena and Pedro Salas returned home on Saturday.")
        #expect(reading.people.map(\.name) == ["Tomas Rivera", "Juan Ortega", "Luis Mena", "Pedro Salas"])
        // A rank after an article, then one word, is a place's name.
        #expect(NewsReader.read("Talks\nMourners marched to the General Cemetery on Sunday.").people.isEmpty)
    }

    @Test func aTitleInMarksKeepsItsSmallWords() {
        let reading = NewsReader.read("Talks\nOfficials met on Monday. Today's ''Accord for a Firm and Lasting Peace'' ended the war.")
        #expect(reading.quotes.isEmpty)
        let words = NewsReader.read("Talks\nOfficials met on Monday. The envoy called it ''a step in the right direction.''")
        #expect(words.quotes.map(\.text) == ["a step in the right direction."])
    }

    @Test func theSpeakerBeforeAWhoseAside() {
        let text = """
            Talks
            Officials met on Monday. “Today, the war ends,” Commander Juan Perez de Leon, whose nom de guerre was Tomas Rivera, said.
            """
        #expect(NewsReader.read(text).quotes.map(\.speaker) == ["Juan Perez de Leon"])
    }

    @Test func aStatesLeaderSetOffByDashes() {
        let text = "Talks\nThe news was saluted by other heads of state - including Kenya’s Amina Odhiambo - at the gathering."
        let people = NewsReader.read(text).people
        #expect(people.map(\.name) == ["Amina Odhiambo"])
        #expect(people.map(\.state) == ["KEN"])
    }

    @Test func initialsGivenInWords() {
        let text = "Negotiators of the Kivu National Revolutionary Unity, known as the KNRU, signed a ceasefire in March."
        #expect(TestReading.actors(.accept, in: TestReading.events(text)) == ["Kivu National Revolutionary Unity"])
        // Leaders of one body and members of another's commission signed together.
        let both = "The leaders of the Kivu National Revolutionary Unity and members of the Government's Peace Commission signed a document."
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(both))) == ["Kivu National Revolutionary Unity", "Peace Commission"])
    }

    @Test func whatEveryoneOughtToDoIsNotDone() {
        let text = "Talks\nOfficials met on Monday. \"This is news that everyone ought to congratulate the people for,\" Rivera said."
        #expect(NewsReader.read(text).events.filter { $0.kind == .congratulate && !$0.hedged }.isEmpty)
    }

    @Test func aDatelineWhoseDoubleHyphenHasNoSpaces() {
        let text = "NAIROBI, Dec. 29--President Amina Odhiambo signed the accord with the rebels."
        #expect(TestReading.actors(.accept, in: TestReading.events(text)) == ["KEN"])
    }

    @Test func whoAddressedASummitWasThere() {
        let summit = "Kenyan President Amina Odhiambo told the closing session of the regional summit that the accord was signed."
        #expect(TestReading.actors(.meet, in: TestReading.events(summit)) == ["KEN"])
        // Not reporters met at a summit, nor a news conference.
        let reporters = "Kenyan President Amina Odhiambo told reporters at the summit that the accord was good."
        #expect(TestReading.actors(.meet, in: TestReading.events(reporters)).isEmpty)
        let press = "Kenyan President Amina Odhiambo told a news conference that the accord was good."
        #expect(TestReading.actors(.meet, in: TestReading.events(press)).isEmpty)
    }

    @Test func whoNegotiatedADealHeldTalks() {
        let text = """
            Rebel commanders Tomas Rivera and Juan Ortega returned home from Nairobi where they and Ugandan government officials \
            had negotiated the peace accords.
            """
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["Tomas Rivera", "Juan Ortega", "UGA"])
        // After a dateline too.
        let datelined = """
            KAMPALA, Dec. 29--Rebel commanders Tomas Rivera and Juan Ortega returned from Nairobi, where they and Ugandan \
            government officials had negotiated the peace accords.
            """
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(datelined))) == ["Tomas Rivera", "Juan Ortega", "UGA"])
        // A negotiated settlement is one asked for, not talks held.
        #expect(TestReading.actors(.meet, in: TestReading.events("Kenya called for a negotiated settlement of the dispute.")).isEmpty)
    }

    @Test func aWitnessNamedAfterOthersUnnamed() {
        let text = "The signing was witnessed by eight visiting African presidents and Kenyan Prime Minister Amina Odhiambo."
        #expect(TestReading.actors(.meet, in: TestReading.events(text)) == ["KEN"])
    }
}
