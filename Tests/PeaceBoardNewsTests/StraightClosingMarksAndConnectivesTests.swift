import Testing
@testable import PeaceBoardNews

/// A curly quotation closed by a straight mark, as pages mix them, and "he" or "she" after a
/// word that ties the sentence to the one before (the sentences here are the house's own).
@Suite struct StraightClosingMarksAndConnectivesTests {
    @Test func aStraightMarkWhereTheClosingOneGoesClosesACurlyQuotation() {
        let text = "Talks\nUN envoy Grace Mwangi welcomed the accord. “There is a lot of work ahead of us,\" she said. "
            + "“We must move quickly to help the people of Arusha.\""
        let quotes = NewsReader.read(text).quotes
        #expect(quotes.map(\.text) == ["There is a lot of work ahead of us,", "We must move quickly to help the people of Arusha."])
        #expect(quotes.map(\.speaker) == ["Grace Mwangi", "Grace Mwangi"])
    }

    @Test func aStraightMarkOpeningAWordInsideACurlyQuotationDoesNotCloseIt() {
        let text = "Talks\nKenyan President Amara Diallo said: “We reject the so-called \"peace plan\" of the rebels.”"
        #expect(NewsReader.read(text).quotes.map(\.text).contains("We reject the so-called \"peace plan\" of the rebels."))
    }

    @Test func aPronounAfterAConnectiveSpeaks() {
        let text = "Talks\nUN envoy Grace Mwangi welcomed the accord on Monday. But she sounded a note of caution, saying, "
            + "“This is only one step on the road to peace.”\n\nHowever, he said: “We are ready.”"
        let quotes = NewsReader.read(text).quotes
        #expect(quotes.map(\.speaker) == ["Grace Mwangi", "Grace Mwangi"])
    }

    @Test func whoGaveAssurancesFramesTheWordsQuoted() {
        let text = "Talks\nKenyan President Amara Diallo signed the deal.\n\nDiallo gave assurances that his government would apply \"in all good faith\" the commitments."
        #expect(NewsReader.read(text).quotes.map(\.speaker) == ["Amara Diallo"])
    }
}
