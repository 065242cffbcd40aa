import Testing
@testable import PeaceBoardNews

/// A sentence a page left without its full stop, as captions often are, is read; a long headline in
/// sentence case above the body stays the title (the sentences here are the house's own).
@Suite struct UnstoppedSentencesTests {
    @Test func aCaptionWithoutAFullStopIsRead() {
        let report = """
            Rebels and government sign accord in Arusha

            The government and the rebel coalition signed a peace accord in Arusha on Friday.
            Tomas Okello, the rebel leader, shakes hands with Kenyan President Amara Diallo during the signing ceremony in Arusha
            The accord opens the way for elections next year.
            """
        let cleaned = ReportCleaner.clean(report)
        #expect(cleaned.body.map(\.text).contains { $0.hasPrefix("Tomas Okello, the rebel leader") })
        #expect(TestReading.actors(.meet, in: NewsReader.read(report).events).contains("KEN"))
    }

    @Test func aCaptionFullOfNamesIsReadByItsVerb() {
        let report = """
            Rebels and government sign accord in Arusha

            The government and the rebel coalition signed a peace accord in Arusha on Friday.
            Amara Diallo, AFP | Tomas Okello Mwangi signs the Arusha Accord on behalf of the Front for Democracy on June 20, 2025, in Arusha, Tanzania
            """
        #expect(ReportCleaner.clean(report).body.count == 2)
    }

    @Test func aLongHeadlineInSentenceCaseStaysTheTitle() {
        let report = """
            Rebel leader and the president agree to share power after a decade of bitter enmity in the north

            The government and the rebel coalition signed a peace accord in Arusha on Friday.
            """
        let cleaned = ReportCleaner.clean(report)
        #expect(cleaned.title == "Rebel leader and the president agree to share power after a decade of bitter enmity in the north")
        #expect(cleaned.body.map(\.text) == ["The government and the rebel coalition signed a peace accord in Arusha on Friday."])
    }

    @Test func shortLinesAndHeadlinesInTitleCaseAreNoSentences() {
        #expect(!ReportCleaner.isUnstoppedSentence("Recent News From Across The Region And Beyond In One Place Every Day"))
        #expect(!ReportCleaner.isUnstoppedSentence("Elections postponed in the north"))
    }
}
