import Testing

@testable import PeaceBoardNews

/// The byte-level splitting every finder reads through.
@Suite struct TokenizerTests {
    @Test func wordsKeepJoinersAbbreviationsAndPossessives() {
        let words = Tokenizer.words(in: "Gen. Abdel Fattah el-Sisi met Zelenskyy’s envoy in the U.S. on Monday, Putin’s aide said.")
        #expect(words.map(\.text) == ["Gen.", "Abdel", "Fattah", "el-Sisi", "met", "Zelenskyy", "envoy", "in", "the", "U.S.", "on", "Monday", "Putin", "aide", "said"])
        #expect(words.filter(\.isPossessive).map(\.text) == ["Zelenskyy", "Putin"])
        #expect(words.filter(\.isCapitalised).map(\.text) == ["Gen.", "Abdel", "Fattah", "Zelenskyy", "U.S.", "Monday", "Putin"])
        #expect(words[0].folded == "gen.")
    }

    @Test func wordsOfOtherScriptsAndAccentsAreLocatedInTheText() {
        let text = "Мирный план — Élysée Palace; Šefčovič said"
        let words = Tokenizer.words(in: text)
        #expect(words.map(\.text) == ["Мирный", "план", "Élysée", "Palace", "Šefčovič", "said"])
        #expect(words.allSatisfy { String(text[$0.range]) == $0.text })
        #expect(words[2].isCapitalised && words[2].folded == "élysée")
        #expect(words[0].isCapitalised && !words[1].isCapitalised)
    }

    @Test func sentencesSplitAfterClosingQuotesAndAcrossNonBreakingSpaces() {
        let text = "“We agree,” he said.\u{00A0}The talks end. “Fine?” Yes"
        let sentences = SentenceSplitter.sentences(in: TextSpan(text: text, start: 10, end: 10 + text.utf16.count))
        #expect(sentences.map(\.text) == ["“We agree,” he said.", "The talks end.", "“Fine?”", "Yes"])
        #expect(sentences[1].start == 10 + 21)
    }

    @Test func linesAreTrimmedAndSplitOnEveryKindOfNewline() {
        let text = "  Title \r\nBody line.\u{2028}\u{00A0}Next\n\n\tLast\t"
        #expect(ReportCleaner.lineRanges(of: text).map { String(text[$0]) } == ["Title", "Body line.", "Next", "Last"])
    }

    @Test func aSentenceOfAParagraphSharesTheParagraphsWords() {
        let paragraph = TextSpan(text: "Talks in Doha “resumed.” Qatar’s envoy said so.", start: 100, end: 147)
        let sentences = SentenceSplitter.sentences(in: paragraph)
        WordCache.$current.withValue(WordCache()) {
            _ = Tokenizer.words(in: paragraph)
            for sentence in sentences {
                let shared = Tokenizer.words(in: sentence)
                let own = Tokenizer.words(in: sentence.text)
                #expect(shared.map(\.text) == own.map(\.text))
                #expect(shared.map { String(sentence.text[$0.range]) } == own.map(\.text))
            }
        }
    }
}

@Suite struct SpanCoverTests {
    @Test func anOffsetIsCoveredByAnySpanThatHoldsIt() {
        let cover = SpanCover([
            TextSpan(text: "", start: 30, end: 35), TextSpan(text: "", start: 0, end: 20), TextSpan(text: "", start: 5, end: 8),
        ])
        #expect(cover.covers(0) && cover.covers(10) && cover.covers(19) && cover.covers(30) && cover.covers(34))
        #expect(!cover.covers(20) && !cover.covers(29) && !cover.covers(35) && !cover.covers(-1))
        #expect(!SpanCover([]).covers(0))
    }

    @Test func elementsStartingInARangeAreFoundInOrder() {
        let starts = [0, 3, 3, 7, 12, 20]
        #expect(Array(starts.starting(in: 3..<12, at: { $0 })) == [3, 3, 7])
        #expect(Array(starts.starting(in: Int.min..<4, at: { $0 })) == [0, 3, 3])
        #expect(starts.starting(in: 13..<20, at: { $0 }).isEmpty)
        #expect(Array(starts.starting(in: 20..<21, at: { $0 })) == [20])
        #expect([Int]().starting(in: 0..<5, at: { $0 }).isEmpty)
    }
}
