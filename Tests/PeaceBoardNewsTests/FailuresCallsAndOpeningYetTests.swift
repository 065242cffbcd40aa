import Testing

@testable import PeaceBoardNews

/// Deals not secured, a sentence that opens with "yet" or an office, and whom "he" stands for after a call (the sentences
/// here are the house's own).
@Suite struct FailuresCallsAndOpeningYetTests {
    @Test func aDealNotSecuredIsANegatedAgreementOfWhoMet() {
        let events = TestReading.events(
            "Ghana's President John Mahama and Togo's President Faure Gnassingbe met for three hours on Friday at the State House in Accra, but failed to secure a ceasefire in the border war.")
        let failed = events.filter { $0.kind == .accept }
        #expect(Set(failed.flatMap(\.actors).compactMap(\.state)) == ["GHA", "TGO"])
        #expect(!failed.isEmpty && failed.allSatisfy { $0.negated })
        // Securing a deal is no failure.
        #expect(TestReading.events("Kenya worked to secure a ceasefire.").filter { $0.kind == .accept }.isEmpty)
    }

    @Test func anOpeningYetDeniesNothing() {
        let events = TestReading.events("Ghana and Togo held talks in Lome. Yet, the talks concluded with no concrete agreement.")
        #expect(events.filter { $0.kind == .meet }.allSatisfy { !$0.negated })
        #expect(events.contains { $0.kind == .meet && $0.trigger.text == "talks" && $0.sentence.text.hasPrefix("Yet") })
    }

    @Test func anOfficeOpeningTheSentenceFramesTheWordsLater() {
        let text = "Talks\nKenyan President William Ruto hosted the talks. The Kenyan President remained upbeat, saying there were 'many points that we agreed on'."
        #expect(NewsReader.read(text).quotes.map(\.speaker) == ["William Ruto"])
    }

    @Test func whomSomeoneCallsIsNotWhomHeStandsForNext() {
        let text = """
            Talks

            Kenyan President William Ruto was tonight calling Ghana's President John Mahama to update him on the talks.

            Referring to the Ghanaians, he said that 'ultimately, it's up to them'.
            """
        #expect(NewsReader.read(text).quotes.map(\.speaker) == ["William Ruto"])
    }
}
