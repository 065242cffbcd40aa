import Foundation
import Testing
@testable import PeaceBoardNews

/// Old wire copy's quotation marks, pages broken at random, offices in the plural, popes, requests and
/// invitations named by their nouns (the sentences here are the house's own).
@Suite struct WireMarksBrokenLinesAndRequestsTests {
    @Test func graveAccentsAndApostrophesMarkAQuotation() {
        let quotes = NewsReader.read("Talks\n``We have made peace,'' said Kenyan President Amara Diallo.").quotes
        #expect(quotes.map(\.text) == ["We have made peace,"])
        #expect(quotes.map(\.speaker) == ["Amara Diallo"])
    }

    @Test func shortLinesThatGoOnInLowerCaseAreOneParagraph() {
        let text = "Kenya and Uganda Sign Treaty\nNAIROBI\n-- The presidents of Kenya and Uganda signed a treaty here Monday to\nopen\ntheir borders\nand trade freely."
        let reading = NewsReader.read(text)
        // One sentence, its line breaks kept where the page put them.
        #expect(reading.sentences.contains { $0.text.replacingOccurrences(of: "\n", with: " ").contains("signed a treaty here Monday to open their borders and trade freely.") })
        #expect(Set(TestReading.actors(.accept, in: reading.events)) == ["KEN", "UGA"])
    }

    @Test func wordsAfterAnOfficeInThePluralAreItsRemit() {
        let reading = NewsReader.read("Talks\nThe meeting was held between the Director Generals of Military Operations of India and Pakistan.")
        #expect(reading.people.isEmpty)
        #expect(Set(TestReading.actors(.meet, in: reading.events)) == ["IND", "PAK"])
    }

    @Test func aPopeIsNamedWithTheTitle() {
        #expect(NewsReader.read("Talks\nThe visit by Pope Francis was welcomed.").people.map(\.name) == ["Pope Francis"])
    }

    @Test func requestsAndInvitationsNamedByTheirNouns() {
        let request = "The decision was made by Kenya at the request of Tanzania and Ethiopia."
        #expect(Set(TestReading.actors(.demand, in: TestReading.events(request))) == ["TZA", "ETH"])
        let invitation = "Kenyan President Amara Diallo travelled to Luanda at the invitation of Angola."
        #expect(TestReading.actors(.invite, in: TestReading.events(invitation)) == ["AGO"])
    }

    @Test func termedPraiseAndResistedCalls() {
        let termed = "Kenyan Foreign Minister Amara Diallo termed the agreement “an important step” in reducing tensions."
        #expect(TestReading.actors(.support, in: TestReading.events(termed)) == ["KEN"])
        let resisted = "Kenyan President Amara Diallo has resisted calls for wider autonomy."
        let events = TestReading.events(resisted)
        #expect(TestReading.actors(.reject, in: events) == ["KEN"])
        #expect(TestReading.actors(.demand, in: events).isEmpty)
    }

    @Test func aGovtIsAGovernment() {
        let text = "Kenyan govt representatives met the rebels in Arusha."
        #expect(TestReading.actors(.meet, in: TestReading.events(text)) == ["KEN"])
    }
}
