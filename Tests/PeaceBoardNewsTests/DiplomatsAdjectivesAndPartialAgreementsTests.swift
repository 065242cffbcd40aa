import Testing

@testable import PeaceBoardNews

/// Speakers named by office after the verb or as "the top diplomat", a state's adjective before a surname,
/// agreement short of everything, and warnings given in a participle (the sentences here are the house's own).
@Suite struct DiplomatsAdjectivesAndPartialAgreementsTests {
    @Test func theTopDiplomatOrTheMinisterAfterTheVerbIsTheOneNamedBefore() {
        let inverted = NewsReader.read(
            "Talks\nKenyan Foreign Minister Musalia Mudavadi arrived in Arusha. “We have an agreement,” said the foreign minister late in the evening.")
        #expect(inverted.quotes.map(\.speaker) == ["Musalia Mudavadi"])
        let diplomat = NewsReader.read(
            "Talks\nKenyan Foreign Minister Musalia Mudavadi arrived in Arusha. “We have an agreement,” the top diplomat said late in the evening.")
        #expect(diplomat.quotes.map(\.speaker) == ["Musalia Mudavadi"])
    }

    @Test func aStatesAdjectiveBeforeASurnameIsNoPartOfTheName() {
        let reading = NewsReader.read("Talks\nDespite the announcement, Kenyan Ruto said the sides had talked for hours.")
        #expect(reading.people.map(\.name) == ["William Ruto"])
    }

    @Test func agreementShortOfEverythingIsNoAgreementDenied() {
        let partial = TestReading.events("Kenya and Uganda held talks in Arusha. Ruto said the sides did not agree on all points.")
        #expect(partial.filter { $0.kind == .accept && $0.negated }.isEmpty)
        let denied = TestReading.events("Kenya and Uganda did not agree on a ceasefire.")
        #expect(denied.contains { $0.kind == .accept && $0.negated })
    }

    @Test func aWarningInAParticipleIsAThreat() {
        let events = TestReading.events("Ruto said Kenya will press both sides to fulfil their obligations, warning there would be consequences otherwise.")
        #expect(TestReading.actors(.threaten, in: events) == ["KEN"])
        #expect(TestReading.events("Ruto issued the warning on Monday.").filter { $0.kind == .threaten }.isEmpty)
    }
}
