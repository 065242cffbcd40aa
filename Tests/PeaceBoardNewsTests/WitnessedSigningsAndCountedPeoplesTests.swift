import Testing
@testable import PeaceBoardNews

/// A signing before witnesses, a day called historic, talks only tried for, a group drawn from a
/// movement, a courtesy title before an office set off, and peoples counted in the plural (the
/// sentences here are the house's own).
@Suite struct WitnessedSigningsAndCountedPeoplesTests {
    private func people(_ text: String) -> [PersonMention] { NewsReader.read("Talks\n" + text).people }

    @Test func signersBeforeWitnessesMet() {
        let text = """
            The accord was signed by Kenyan President Amara Diallo and Ugandan President Tomas Okello in Arusha's Uhuru Park \
            and witnessed by former presidents and regional leaders.
            """
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["KEN", "UGA"])
        // Signed, with nobody watching, is no meeting told of.
        #expect(TestReading.actors(.meet, in: TestReading.events("The accord was signed by Kenya and Uganda on Monday.")).isEmpty)
    }

    @Test func aDayCalledHistoricIsPraise() {
        let text = "Kenya's foreign minister, Amara Diallo, said it was a “truly historic day”."
        #expect(TestReading.actors(.support, in: TestReading.events(text)) == ["KEN"])
        #expect(TestReading.actors(.support, in: TestReading.events("Kenyan President Amara Diallo said it was a great concern.")).isEmpty)
    }

    @Test func talksOnlyTriedForWereNotHeld() {
        let text = "Tanzania has tried for more than two years to broker peace talks between Kenya and Uganda."
        let events = TestReading.events(text)
        #expect(TestReading.actors(.meet, in: events.filter { !$0.hedged }).isEmpty)
        #expect(TestReading.actors(.mediate, in: events) == ["TZA"])
    }

    @Test func rebelsDrawnFromAMovementActForIt() {
        let text = "The Congolese government and rebels from the M23 signed a peace deal in Doha on Monday."
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(text))) == ["COD", "M23"])
    }

    @Test func aCourtesyTitleGivesWayToTheOfficeSetOffAfterTheName() {
        let found = people("Mr. Amara Diallo, Foreign Minister of Kenya, said the talks would resume.")
        #expect(found.map(\.name) == ["Amara Diallo"])
        #expect(found.first?.office == "Foreign Minister of Kenya")
        #expect(found.first?.state == "KEN")
    }

    @Test func aPeopleCountedInThePluralIsNoPerson() {
        #expect(people("The rebels speak for the 3.2 million minority Kikuyus, who are mostly farmers.").isEmpty)
    }

    @Test func aResistanceMovementIsNoOnesName() {
        let found = people("Talks were initiated by Tomas Okello, the historic leader of the Kenya National Resistance, who died in May.")
        #expect(found.map(\.name) == ["Tomas Okello"])
        let renamo = NewsReader.read("Talks\nAmara Diallo, leader of the Mozambique National Resistance (Renamo), signed the deal.").organisations
        #expect(renamo.map(\.name).contains("Renamo"))
    }
}
