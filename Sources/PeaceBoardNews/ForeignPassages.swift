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

    /// Splits paragraphs into those to read and those in another script or language.
    static func separate(_ paragraphs: [TextSpan]) -> (english: [TextSpan], foreign: [ForeignPassage]) {
        var english: [TextSpan] = []
        var foreign: [ForeignPassage] = []
        for paragraph in paragraphs {
            if let reason = reason(paragraph) {
                foreign.append(ForeignPassage(reason: reason, span: paragraph))
            } else {
                english.append(paragraph)
            }
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
