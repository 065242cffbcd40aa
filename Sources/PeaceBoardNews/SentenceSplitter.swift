/// Splits running text into sentences, keeping each sentence's place in the report.
public enum SentenceSplitter {
    /// Words that end with a period without ending a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen", "rep", "rev",
        "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "est", "approx", "fig", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u", "e.g", "i.e",
        "a.m", "p.m", "mt", "ft",
    ]

    static let closers: Set<Character> = ["”", "’", "\"", "'", ")", "]"]

    /// The sentences of `span`, located in the same report as `span`.
    public static func sentences(in span: TextSpan) -> [TextSpan] {
        let text = span.text
        var sentences: [TextSpan] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            var next = text.index(after: index)
            if ".!?".contains(character) {
                // Take closing quotes and brackets with the sentence they close.
                while next < text.endIndex, closers.contains(text[next]) { next = text.index(after: next) }
                if endsSentence(text, punctuation: index, after: next) {
                    append(text, start..<next, offset: span.start, to: &sentences)
                    start = next
                }
            }
            index = next
        }
        append(text, start..<text.endIndex, offset: span.start, to: &sentences)
        return sentences
    }

    private static func endsSentence(_ text: String, punctuation: String.Index, after: String.Index) -> Bool {
        guard after < text.endIndex else { return true }
        guard text[after].isWhitespace else { return false }
        var following = after
        while following < text.endIndex, text[following].isWhitespace { following = text.index(after: following) }
        guard following < text.endIndex else { return true }
        let nextCharacter = text[following]
        guard nextCharacter.isUppercase || nextCharacter.isNumber || "“\"‘'(–-".contains(nextCharacter) else { return false }
        guard text[punctuation] == "." else { return true }
        let word = wordBefore(text, punctuation)
        if abbreviations.contains(word.lowercased()) { return false }
        // A single capital is an initial ("Donald J. Trump"), not the end of a sentence.
        return !(word.count == 1 && word.first!.isUppercase)
    }

    private static func wordBefore(_ text: String, _ index: String.Index) -> String {
        var start = index
        while start > text.startIndex {
            let previous = text.index(before: start)
            guard text[previous].isLetter || text[previous] == "." else { break }
            start = previous
        }
        return String(text[start..<index])
    }

    private static func append(_ text: String, _ range: Range<String.Index>, offset: Int, to sentences: inout [TextSpan]) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, text[lower].isWhitespace { lower = text.index(after: lower) }
        while upper > lower, text[text.index(before: upper)].isWhitespace { upper = text.index(before: upper) }
        guard lower < upper else { return }
        let local = text.span(lower..<upper)
        sentences.append(TextSpan(text: local.text, start: offset + local.start, end: offset + local.end))
    }
}
