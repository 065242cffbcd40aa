import Testing
@testable import PeaceBoardNews

/// Congratulations offered, presidents and ministers and the states they speak for (the sentences here are the house's own).
@Suite struct CongratulationsAndPresidentsTests {
    @Test func congratulationsOfferedCongratulate() {
        let text = "Kenyan President Amara Diallo, who had met with the Ugandan and Rwandan presidents in Nairobi, offered his congratulations."
        let events = TestReading.events(text)
        #expect(TestReading.actors(.congratulate, in: events) == ["KEN"])
        #expect(Set(TestReading.actors(.meet, in: events)) == ["KEN", "UGA", "RWA"])
        // An offer of terms is a proposal.
        #expect(TestReading.actors(.congratulate, in: TestReading.events("Kenya offered a ceasefire.")).isEmpty)
    }

    @Test func aForeignMinisterInDatelinedCopySpeaksForTheDatelinesState() {
        let text = "NAIROBI, Kenya (AP) — Foreign Minister Amara Diallo welcomed the truce on Monday."
        #expect(TestReading.actors(.support, in: TestReading.events(text)) == ["KEN"])
    }

    @Test func presidentsNamedEachWithTheirStateAfterOf() {
        let reading = NewsReader.read("Talks\nPresidents Amara Diallo of Kenya and Tomas Okello of the Democratic Republic of the Congo signed an agreement.")
        #expect(reading.people.map { "\($0.name) \($0.state ?? "-")" } == ["Amara Diallo KEN", "Tomas Okello COD"])
        // Side by side, the pair is still found, with no state to give.
        #expect(NewsReader.read("Talks\nPresidents Amara Diallo and Tomas Okello signed an agreement.").people.map(\.name) == ["Amara Diallo", "Tomas Okello"])
    }

    @Test func presidentsEachWithTheirStateAfterOfSignTogether() {
        let events = TestReading.events("President Amara Diallo of Kenya and President Tomas Okello of Uganda signed an agreement.")
        #expect(Set(TestReading.actors(.accept, in: events)) == ["KEN", "UGA"])
        let initials = TestReading.events("Presidents Amara Diallo of Kenya and Tomas Okello of the Democratic Republic of the Congo (DRC) signed an agreement.")
        #expect(Set(TestReading.actors(.accept, in: initials)) == ["KEN", "COD"])
    }

    @Test func aStateJoinedByAndIsNoPortfolioOfTheNextOffice() {
        let people = NewsReader.read("Talks\nKenya and President Tomas Okello of Uganda signed the accord.").people
        #expect(people.map { "\($0.name) \($0.state ?? "-")" } == ["Tomas Okello UGA"])
        // "Kenya's Foreign and Defence Minister": a portfolio of two words joined is still one.
        #expect(NewsReader.read("Talks\nKenya's Foreign and Defence Minister Amara Diallo spoke.").people.first?.state == "KEN")
    }

    @Test func aTitleDatedByThenOrExStillNamesItsHolder() {
        #expect(NewsReader.read("Talks\nRebels sought to oust then-President Tomas Okello in 1998.").people.map(\.name) == ["Tomas Okello"])
        let former = NewsReader.read("Talks\nEx-President Tomas Okello of Uganda said the deal would hold.").people
        #expect(former.map { "\($0.name) \($0.office ?? "-") \($0.state ?? "-")" } == ["Tomas Okello former President UGA"])
        // A lower-case word after the prefix is one word with it.
        #expect(NewsReader.read("Talks\nThe ex-rebels signed the accord.").people.isEmpty)
    }

    @Test func americanSpellingsOfAStatesAdjective() {
        #expect(NewsReader.read("Talks\nEcuadoran President Jamil Mahuad signed the treaty.").people.map(\.state) == ["ECU"])
    }
}
