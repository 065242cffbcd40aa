import Testing

@testable import PeaceBoardNews

/// Offices with a capitalised portfolio after "of" or before them in a list, names inside a clause reported without "that", and truces
/// pressed for (the sentences here are the house's own).
@Suite struct PortfoliosReportedClausesAndTrucesPressedForTests {
    @Test func aPortfolioAfterOfIsPartOfTheOffice() {
        let reading = NewsReader.read("Talks\nRuto met Ghanaian Minister of Strategic Affairs Kwame Asante in Accra.")
        #expect(reading.people.map(\.name).contains("Kwame Asante"))
        #expect(reading.people.first { $0.name == "Kwame Asante" }?.state == "GHA")
    }

    @Test func aPortfolioBeforeTheNextOfficeGoesOnAListOfSubjects() {
        let events = TestReading.events("Kenyan Foreign Minister Musalia Mudavadi and intelligence chief Noordin Haji met on Monday with Ugandan President Yoweri Museveni.")
        #expect(events.first { $0.kind == .meet }?.actors.map(\.name) == ["Musalia Mudavadi", "Noordin Haji"])
    }

    @Test func namesInAClauseReportedWithoutThatAreNoSpeakersNext() {
        let reading = NewsReader.read(
            "Talks\nDeputy Spokesman Kofi Mensah confirmed Ruto and Ghanaian President John Mahama have engaged with all parties for days.\n\n“Togo is at a critical juncture,” he added.")
        #expect(reading.quotes.map(\.speaker) == ["Kofi Mensah"])
    }

    @Test func aTrucePressedForIsAProvision() {
        let pressed = NewsReader.read("Talks\nThe bishop wrote that he pressed for a lasting ceasefire and the release of kidnapped civilians.")
        #expect(Set(pressed.provisions.map(\.type)) == ["ceasefire", "prisoner-exchange"])
        #expect(NewsReader.read("Talks\nAt a press conference, he spoke of the ceasefire.").provisions.isEmpty)
    }
}
