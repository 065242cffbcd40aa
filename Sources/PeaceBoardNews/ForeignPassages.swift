/// Passages of an English report written in another script or language: they are reported
/// and left unread, so the reader never codes events from text it cannot read.
public struct ForeignPassage: Hashable, Sendable, Codable {
    public enum Reason: String, Hashable, Sendable, Codable {
        /// Mostly letters outside the Latin script (Cyrillic, Arabic, Chinese…).
        case otherScript
        /// Latin letters, but almost none of English's commonest words.
        case otherLanguage
    }
    public var reason: Reason
    public var span: TextSpan

    public var message: String {
        "characters \(span.start)–\(span.end) are \(reason == .otherScript ? "in another script" : "in another language") and were not read"
    }
}

enum ForeignPassages {
    static let englishWords: Set<String> = [
        "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "was", "by", "it", "has", "have", "be",
        "are", "at", "from", "he", "she", "said", "his", "its", "their", "will", "would", "not", "this", "an", "after",
    ]

    /// Splits paragraphs into those to read and those in another script or language. A paragraph
    /// that is foreign as a whole is looked at sentence by sentence, so that an English sentence
    /// before a quotation in Russian is still read: runs of sentences with one verdict make a passage.
    static func separate(_ paragraphs: [TextSpan]) -> (english: [TextSpan], foreign: [ForeignPassage]) {
        var english: [TextSpan] = []
        var foreign: [ForeignPassage] = []
        for paragraph in paragraphs {
            guard let reason = reason(paragraph) else {
                english.append(paragraph)
                continue
            }
            let sentences = SentenceSplitter.sentences(in: paragraph)
            guard sentences.count > 1 else {
                foreign.append(ForeignPassage(reason: reason, span: paragraph))
                continue
            }
            var run: (sentences: [TextSpan], reason: ForeignPassage.Reason?) = ([], nil)
            func closeRun() {
                guard let first = run.sentences.first, let last = run.sentences.last else { return }
                let span = TextSpan(
                    text: paragraph.text.utf16Slice(from: first.start - paragraph.start, to: last.end - paragraph.start), start: first.start, end: last.end)
                if let reason = run.reason { foreign.append(ForeignPassage(reason: reason, span: span)) } else { english.append(span) }
            }
            for sentence in sentences {
                let verdict = Self.reason(sentence)
                if !run.sentences.isEmpty, verdict != run.reason {
                    closeRun()
                    run.sentences = []
                }
                run.sentences.append(sentence)
                run.reason = verdict
            }
            closeRun()
        }
        return (english, foreign)
    }

    static func reason(_ paragraph: TextSpan) -> ForeignPassage.Reason? {
        let (letters, latin) = paragraph.text.withBytes { bytes in
            var letters = 0
            var latin = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    let lower = byte | 0x20
                    if lower >= 0x61 && lower <= 0x7A {
                        letters += 1
                        latin += 1
                    }
                    index += 1
                    continue
                }
                let (scalar, width) = UTF8Scan.scalar(in: bytes, at: index)
                index += width
                if scalar.properties.isAlphabetic {
                    letters += 1
                    if scalar.value < 0x250 || (0x1E00...0x1EFF).contains(scalar.value) { latin += 1 }
                }
            }
            return (letters, latin)
        }
        guard letters >= 12 else { return nil }
        if latin * 2 < letters { return .otherScript }
        // Names say nothing of the language around them: "Syrian Foreign Minister Asaad al-Shaibani
        // met Israeli Strategic Affairs Minister Ron Dermer in Paris" is English.
        var lowerCase = 0
        var common = 0
        for word in Tokenizer.words(in: paragraph) where !word.isCapitalised {
            lowerCase += 1
            if word.classes.contains(.commonEnglish) { common += 1 }
        }
        guard lowerCase >= 6 else { return nil }
        return common * 12 < lowerCase ? .otherLanguage : nil
    }
}
