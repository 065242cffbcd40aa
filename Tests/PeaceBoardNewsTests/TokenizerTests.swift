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

@Suite struct WordTableTests {
    @Test func wordsAreFoundByTheirBytesAndOthersAreNot() {
        let table = WordTable([("ceasefire", 1), ("truce", 2), ("élysée", 3), ("", 4), ("truce", 5)])
        #expect(table["ceasefire"] == 1 && table["élysée"] == 3 && table[""] == 4)
        #expect(table["truce"] == 5, "a later value for the same word replaces the earlier")
        #expect(table["Ceasefire"] == nil && table["ceasefires"] == nil && table["cease"] == nil && table["elysee"] == nil)
        let set = WordTable((0..<500).map { "word\($0)" })
        #expect((0..<500).allSatisfy { set.contains("word\($0)") })
        #expect(!set.contains("word500") && !set.contains("word"))
    }

    @Test func wordClassesComeFromEveryFindersTable() {
        let words = Tokenizer.words(in: "The Ceasefire was REJECTED by the President and Rejection followed")
        #expect(words[0].classes.contains(.commonEnglish))
        #expect(words[1].classes.contains(.provisionCue) && words[1].folded == "ceasefire")
        #expect(words[3].classes.contains(.eventWord) && words[3].folded == "rejected")
        #expect(words[6].classes.contains(.officeStart))
        #expect(words[8].classes.contains(.eventWord), "a stem rule's word, capitalised")
    }
}

@Suite struct UTF16OffsetTests {
    @Test func offsetsCountCodeUnitsAsABrowserDoes() {
        // "𝕏" and "🕊" take two UTF-16 code units, "é" and "—" one.
        let text = "Peace 🕊 talks — Élysée 𝕏 said “yes”."
        for index in text.indices {
            #expect(text.utf16Offset(of: index) == text.utf16.distance(from: text.utf16.startIndex, to: index))
            let offset = text.utf16.distance(from: text.utf16.startIndex, to: index)
            #expect(text.utf16Index(offset) == index)
        }
        #expect(text.utf16Count == text.utf16.count)
        #expect(text.utf16Index(10_000) == text.endIndex)
        #expect(text.utf16Slice(from: 6, to: 8) == "🕊")
        #expect(text.utf16Suffix(from: 33) == "yes”.")
    }

    @Test func longTextsAndTheirSentencesAgreeWithTheStandardLibrary() {
        let text = String(repeating: "“Ça va,” 🕊 he said. ", count: 400)
        let paragraph = TextSpan(text: text, start: 7, end: 7 + text.utf16.count)
        let sentences = SentenceSplitter.sentences(in: paragraph)
        #expect(sentences.count == 400)
        for sentence in sentences {
            let lower = text.utf16.index(text.utf16.startIndex, offsetBy: sentence.start - 7)
            let upper = text.utf16.index(text.utf16.startIndex, offsetBy: sentence.end - 7)
            #expect(String(text[lower..<upper]) == sentence.text)
        }
        let last = text.index(before: text.endIndex)
        #expect(text.utf16Offset(of: last) == text.utf16.count - 1)
        #expect(text.utf16Index(text.utf16.count - 1) == last)
    }
}
