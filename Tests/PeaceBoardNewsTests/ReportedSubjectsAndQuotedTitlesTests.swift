import Testing
@testable import PeaceBoardNews

/// Whom "he added" stands for after "X said Y did not …", and a document's title in quotation marks
/// (the sentences here are the house's own).
@Suite struct ReportedSubjectsAndQuotedTitlesTests {
    @Test func heAddedIsWhoSaidItNotWhomTheyReportedOn() {
        let text = """
            Talks ended in Arusha. But Kenyan President Amara Diallo said Ugandan President Tomas Okello did not sign the deal \
            on Saturday. "Now it is up to the African Union to find a mechanism," he added.
            """
        #expect(NewsReader.read("Talks\n" + text).quotes.map(\.speaker) == ["Amara Diallo"])
        // "said Okello, who …" names the speaker himself.
        let inverted = "Talks began in Arusha. \"We are ready,\" said Tomas Okello, who leads the Ugandan delegation."
        #expect(NewsReader.read("Talks\n" + inverted).quotes.map(\.speaker) == ["Tomas Okello"])
    }

    @Test func aDocumentsTitleInMarksIsNoQuotation() {
        let text = "Kenyan Information Minister Amara Diallo, quoting from a “Joint Declaration of Peace and Friendship,” said on Monday that “a new era of peace has been ushered in”."
        let quotes = NewsReader.read("Talks\n" + text).quotes
        #expect(quotes.map(\.text) == ["a new era of peace has been ushered in"])
        // A single capitalised word in marks, said, is still a quotation.
        #expect(NewsReader.read("Talks\n“Blackmail,” Amara Diallo said of the proposal.").quotes.count == 1)
    }
}
