import Testing

@testable import PeaceBoardNews

/// From a tenth batch measured before tuning (own 166–171): talks begun, readiness to sign,
/// conditions "as soon as", guarantees wanted, recognition withdrawn, operations announced to go
/// on, a Malay name shortened to its first words, labels before a conjunction, and the bodies the
/// gazetteer now lists.
@Suite struct WatchdogsTalksAndShortNamesTests {
    @Test func beginningTalksIsMeeting() {
        let found = TestReading.events("Colombia's government and the Clan del Golfo began formal talks in Doha on Saturday.")
        #expect(TestReading.actors(.meet, in: found) == ["COL", "Gulf Clan"])
    }

    @Test func readinessToSignIsAcceptanceAndItsConditionADemand() {
        let found = TestReading.events("President Ilham Aliyev said Baku was ready to sign the final peace treaty as soon as Armenia amended its constitution.")
        #expect(TestReading.actors(.accept, in: found) == ["AZE"])
        #expect(TestReading.actors(.demand, in: found) == ["AZE"])
        #expect(TestReading.events("Aliyev said they would meet as soon as possible.").filter { $0.kind == .demand }.isEmpty)
    }

    @Test func recognitionWithdrawnIsARejection() {
        let found = TestReading.events("The SPLM-IO said the party no longer recognised the government of President Salva Kiir as legitimate.")
        #expect(TestReading.actors(.reject, in: found) == ["SPLM-IO"])
    }

    @Test func operationsAnnouncedToGoOnAreAThreat() {
        let found = TestReading.events("Kremlin spokesman Dmitry Peskov said Russia would continue its special military operation until its goals were achieved.")
        #expect(TestReading.actors(.threaten, in: found) == ["RUS"])
        #expect(TestReading.events("The agency said it would continue its operations in Gaza.").filter { $0.kind == .threaten }.isEmpty)
    }

    @Test func aMalayNameShortenedToItsFirstWordsIsThePerson() {
        let reading = NewsReader.read(
            "Talks\nThe meeting was chaired by Malaysian Defence Minister Mohamed Khaled Nordin. \u{201C}Both sides have shown goodwill,\u{201D} Mohamed Khaled told reporters.")
        #expect(Set(reading.people.map(\.name)) == ["Mohamed Khaled Nordin"])
        #expect(reading.quotes.first?.speaker == "Mohamed Khaled Nordin")
    }

    @Test func aTermQuotedBeforeAConjunctionIsAQuotation() {
        let reading = NewsReader.read("Talks\nPeskov said Russia would continue its \u{201C}special military operation\u{201D} until its goals were achieved.")
        #expect(reading.quotes.map(\.text) == ["special military operation"])
    }

    @Test func watchdogsAndTheGulfClanAreBodiesNotPeople() {
        let reading = NewsReader.read("Talks\nHuman Rights Watch said the Clan del Golfo must not be granted amnesty.")
        #expect(reading.people.isEmpty)
        #expect(reading.organisations.map(\.name) == ["Human Rights Watch", "Gulf Clan"])
    }

    @Test func wantingGuaranteesIsADemand() {
        let found = TestReading.events("The Gulf Clan said in a statement that it wanted legal guarantees for its members.")
        #expect(TestReading.actors(.demand, in: found) == ["Gulf Clan"])
    }
}
