import Testing
@testable import PeaceBoardNews

/// Officials in the plural who stand for the states listed just before, groups counted with words
/// between, hosts and their guests, works named like people, and a quotation that goes on from
/// reported speech (the sentences here are the house's own).
@Suite struct ListedStatesAndHostsTests {
    @Test func theMinistersAreThoseOfTheStatesJustListed() {
        let text = "Ministers from Kenya, Uganda and Rwanda agreed to reconvene in Arusha, ending a dispute between Nairobi and Kampala. "
            + "The ministers met in Arusha on Monday."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["KEN", "UGA", "RWA"])
        // Too far back, the list stands for nobody.
        let far = "Ministers from Kenya, Uganda and Rwanda agreed to reconvene in Arusha. " + String(repeating: "The weather was fine and the roads were open all week. ", count: 10)
            + "The ministers met in Arusha on Monday."
        #expect(TestReading.actors(.meet, in: TestReading.events(far)).isEmpty)
    }

    @Test func aCountBeforeDescribingWordsStandsForTheListedStates() {
        let text = "The foreign ministers of Kenya, Uganda and Rwanda plan to meet in Arusha. "
            + "The foreign ministers of the three East African countries met with the AU chairperson on Monday."
        let met = TestReading.events(text).filter { $0.kind == .meet && !$0.hedged }
        #expect(Set(TestReading.actors(.meet, in: met)) == ["KEN", "UGA", "RWA", "African Union"])
    }

    @Test func aHostMeetsItsGuestsAndTheGuestsOfAPassiveHostMeetToo() {
        let active = "The White House hosted the foreign ministers of Kenya and Uganda last month."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(active))) == ["USA", "KEN", "UGA"])
        let passive = "Talks between the ministers of Kenya and Uganda which were hosted by Rwanda ended on Monday."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(passive))) == ["RWA", "KEN", "UGA"])
    }

    @Test func worksAndPluralOfficesAreNoPeople() {
        let reading = NewsReader.read(
            "Talks\nThe ministers discussed the Grand Ethiopian Renaissance Dam with the Foreign and Irrigation Ministers of Sudan. Prof. Amara Diallo attended.")
        #expect(reading.people.map(\.name) == ["Amara Diallo"])
    }

    @Test func aQuotationOfItsOwnGoesOnFromReportedSpeech() {
        let text = "Talks\nTomas Okello said that the declaration aims to establish a unity government. “The core outcome is a single government for all.”"
        #expect(NewsReader.read(text).quotes.map(\.speaker) == ["Tomas Okello"])
        // Another person named in between may be who speaks.
        let other = "Talks\nTomas Okello said that Kenyan President Amara Diallo would sign the declaration. “The core outcome is a single government for all.”"
        #expect(NewsReader.read(other).quotes.map(\.speaker) == [nil])
        let pointed = "Talks\nKenyan President Amara Diallo spoke in Kampala. He pointed out that “the most important point was to form a government.”"
        #expect(NewsReader.read(pointed).quotes.map(\.speaker) == ["Amara Diallo"])
    }

    @Test func theGroupsNamedAmongThoseAStateCountsAct() {
        let dashes = "Nine Sudanese factions — including the Sudan Liberation Movement and the Justice and Equality Movement — signed the accord on Monday."
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(dashes))) == ["Sudan Liberation Movement", "Justice and Equality Movement"])
        let agents = "The declaration was signed by nine Sudanese factions, including the Justice and Equality Movement."
        #expect(TestReading.actors(.accept, in: TestReading.events(agents)) == ["Justice and Equality Movement"])
    }

    @Test func aStatesInstitutionNamedInCapitalsActsForIt() {
        let text = "The ministers agreed to meet again, the U.S. Treasury Department, which hosted the meeting, said in a statement."
        #expect(TestReading.actors(.meet, in: TestReading.events(text)) == ["USA"])
    }
}
