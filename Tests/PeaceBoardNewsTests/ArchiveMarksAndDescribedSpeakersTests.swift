import Testing
@testable import PeaceBoardNews

/// Quotation marks of archive copies, generational suffixes, speakers described by age or by their
/// state's adjective, and initials in another language's order (the sentences here are the house's own).
@Suite struct ArchiveMarksAndDescribedSpeakersTests {
    @Test func graveAccentsCloseAQuotationToo() {
        let text = "Talks\nOfficials met on Monday. ``We understand that peace begins now,`` President Amina Odhiambo said."
        let quotes = NewsReader.read(text).quotes
        #expect(quotes.map(\.text) == ["We understand that peace begins now,"])
        #expect(quotes.map(\.speaker) == ["Amina Odhiambo"])
    }

    @Test func aSonsSuffixIsNoPartOfTheName() {
        let text = "Talks\nHe passed a note to Secretary of State Tomas Okello III. Mr. Okello read the note and smiled."
        #expect(Set(NewsReader.read(text).people.map(\.name)) == ["Tomas Okello"])
        // A month's abbreviation after a title is no name.
        let month = NewsReader.read("Talks\nThe two sides intend to meet again with the secretary general Oct. 15 in Geneva.")
        #expect(month.people.isEmpty)
    }

    @Test func speakersDescribedByAgeOrByTheirStatesAdjective() {
        let text = """
            Talks
            Word of the agreement came from Amara Diallo, Kenyan assistant secretary of state for African affairs. \
            “It is the best present they could have,” the Kenyan diplomat said.

            It was a tribute to retiring U.N. Secretary General Tomas Okello. “I feel very proud,” the 71-year-old secretary general said.
            """
        #expect(NewsReader.read(text).quotes.map(\.speaker) == ["Amara Diallo", "Tomas Okello"])
    }

    @Test func initialsInAnotherLanguagesOrder() {
        // The Spanish initials of an English name leave out its first word's place in the order.
        let text = "Talks\nIn Managua, the rebel Farabundo Solis National Liberation Front (FSLN) agreed to disarm its forces. The FSLN said it was ready."
        #expect(Set(NewsReader.read(text).organisations.map(\.name)) == ["Farabundo Solis National Liberation Front"])
    }
}
