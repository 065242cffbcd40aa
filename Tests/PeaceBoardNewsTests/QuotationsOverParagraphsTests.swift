import Testing
@testable import PeaceBoardNews

/// Wire copy quotes a speaker over several paragraphs: each opens with a quotation mark and only
/// the last one closes, so a paragraph whose mark nothing closes is quoted to its end.
@Suite struct QuotationsOverParagraphsTests {
    func quotes(_ text: String) -> [(speaker: String?, text: String)] {
        NewsReader.read(text).quotes.map { ($0.speaker, $0.text) }
    }

    @Test func aParagraphOpenedByAMarkThatNothingClosesIsQuotedToItsEnd() {
        let report = """
            Mediator Hopeful
            “The guns have fallen silent along the river,” Norwegian envoy Lars Hovland said.

            “We now need both camps to open the roads to the north. The harvest cannot wait.

            “Nobody should mistake this pause for peace.”
            """
        let found = quotes(report)
        #expect(found.map(\.text) == [
            "The guns have fallen silent along the river,", "We now need both camps to open the roads to the north. The harvest cannot wait.",
            "Nobody should mistake this pause for peace.",
        ])
        #expect(found.map(\.speaker) == ["Lars Hovland", "Lars Hovland", "Lars Hovland"])
    }

    @Test func theAttributionInTheLastParagraphCoversTheParagraphsBefore() {
        let report = """
            Observers Deployed
            Chilean Foreign Minister Paula Reyes spoke after the meeting in Santiago.

            “To build trust on both sides, the monitors will travel to every crossing.

            “Their first reports will be public,” Reyes said.
            """
        #expect(quotes(report).map(\.speaker) == ["Paula Reyes", "Paula Reyes"])
    }

    @Test func aStrayMarkInsideAParagraphQuotesNothing() {
        let report = """
            Talks Adjourned
            The delegations left Geneva on Friday and the chair called the session "constructive without a date for the next round.
            """
        #expect(quotes(report).isEmpty)
    }

    @Test func phrasesInSingleMarksKeepTheirWordsOnly() {
        let report = "Plan Defended\nThe foreign ministry called the roadmap the 'only way forward.'"
        #expect(quotes(report).map(\.text) == ["only way forward."])
    }
}
