import Testing
@testable import PeaceBoardNews

@Suite struct CleaningTests {
    @Test func titleBodyAndFurnitureAreToldApart() {
        let report = """
            Rebels Agree to Talks in Nairobi

            Rebels Agree to Talks in Nairobi | East Africa Wire

            The rebel coalition said on Tuesday it would send a delegation to Nairobi.
            Mediators welcomed the move.
            Leave a Reply
            Your email address will not be published.
            Recent News
            Elections postponed in the north
            """
        let cleaned = ReportCleaner.clean(report)
        #expect(cleaned.title == "Rebels Agree to Talks in Nairobi")
        #expect(cleaned.body.map(\.text) == ["The rebel coalition said on Tuesday it would send a delegation to Nairobi.", "Mediators welcomed the move."])
        #expect(cleaned.furniture.contains("Elections postponed in the north"))
        #expect(cleaned.furniture.contains("Rebels Agree to Talks in Nairobi | East Africa Wire"))
    }

    @Test func spansPointIntoTheOriginalText() {
        let report = "Title Here\nA sentence with “quotes” and é accents. Another one follows here."
        let reading = NewsReader.read(report)
        let utf16 = Array(report.utf16)
        for sentence in reading.sentences {
            #expect(String(decoding: utf16[sentence.start..<sentence.end], as: UTF16.self) == sentence.text)
        }
        #expect(reading.sentences.count == 2)
    }

    @Test func abbreviationsAndInitialsDoNotEndSentences() {
        let sentences = SentenceSplitter.sentences(in: TextSpan(text: "U.S. Secretary of State Marco Rubio met Gen. Keith Kellogg. Donald J. Trump spoke later.", start: 0, end: 0))
        #expect(sentences.map(\.text) == ["U.S. Secretary of State Marco Rubio met Gen. Keith Kellogg.", "Donald J. Trump spoke later."])
    }

    @Test(arguments: ["000", "001", "002", "003", "004"])
    func seedFurnitureIsNotReadAsNews(seed: String) throws {
        let reading = NewsReader.read(try Seeds.text(seed))
        let furniture = ["Leave a Reply", "Scroll to Top", "Recent News", "More Related Stories", "Special to Channel613.Com", "RT World News"]
        for sentence in reading.sentences {
            #expect(!furniture.contains { sentence.text.contains($0) }, "\(sentence.text)")
        }
    }
}
