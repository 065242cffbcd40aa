import Testing
@testable import PeaceBoardNews

/// Pages whose paragraphs were run together on the way to us, so a sentence starts straight after
/// the period of the one before: "in the conflict.The army said".
@Suite struct RunTogetherTextTests {
    @Test func aCapitalisedWordStraightAfterALowerCaseWordsPeriodStartsASentence() {
        let reading = NewsReader.read("Talks\nThe truce held along the river.The army said it would withdraw.Colombia welcomed it.")
        #expect(reading.sentences.map(\.text) == ["The truce held along the river.", "The army said it would withdraw.", "Colombia welcomed it."])
        #expect(Tokenizer.words(in: "the river.The army").map(\.text) == ["the", "river", "The", "army"])
    }

    @Test func abbreviationsInitialsAndAddressesStayWhole() {
        let reading = NewsReader.read("Talks\nThe U.S.Army and Gen.Smith met at gov.uk offices in St.Louis on Monday.")
        #expect(reading.sentences.count == 1)
        #expect(Tokenizer.words(in: "U.S.Army").map(\.text) == ["U.S.Army"])
    }

    @Test func whoSpeaksAfterARunTogetherSentenceIsFoundInIt() {
        let report = """
            Deal Signed
            The talks ended in Pretoria.The rebels' lead negotiator, Amani Kato, said the deal "opens a new chapter" for the region.
            """
        #expect(NewsReader.read(report).quotes.map(\.speaker) == ["Amani Kato"])
    }
}
