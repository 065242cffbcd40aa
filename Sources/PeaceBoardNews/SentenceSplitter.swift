/// Splits running text into sentences, keeping each sentence's place in the report.
public enum SentenceSplitter {
    /// Words that end with a period without ending a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen", "rep", "rev",
        "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "est", "approx", "fig", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u", "e.g", "i.e",
        "a.m", "p.m", "mt", "ft",
    ]

    /// The sentences of `span`, located in the same report as `span`.
    public static func sentences(in span: TextSpan) -> [TextSpan] {
        let text = span.text
        return text.withBytes { bytes in
            var sentences: [TextSpan] = []
            var counter = UTF8Scan.UTF16Counter()
            var start = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                // "Habibou Kouyate, AFP | Sidi Brahim Ould Sidati signs the Algerian Accord": a bar set off by spaces
                // parts what pages put side by side (a credit and its caption, menu items), never one sentence.
                if byte == UInt8(ascii: "|"), index >= 2, index < bytes.count, bytes[index - 2] == 0x20, bytes[index] == 0x20 {
                    append(start..<(index - 1), of: text, in: bytes, offset: span.start, counter: &counter, to: &sentences)
                    start = index
                    continue
                }
                guard byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") else { continue }
                let punctuation = index - 1
                // Take closing quotes and brackets with the sentence they close.
                while index < bytes.count {
                    let (scalar, width) = UTF8Scan.scalar(in: bytes, at: index)
                    guard isCloser(scalar) else { break }
                    index += width
                }
                if endsSentence(bytes, punctuation: punctuation, after: index) {
                    append(start..<index, of: text, in: bytes, offset: span.start, counter: &counter, to: &sentences)
                    start = index
                }
            }
            append(start..<bytes.count, of: text, in: bytes, offset: span.start, counter: &counter, to: &sentences)
            return sentences
        }
    }

    private static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "”" || scalar == "’" || scalar == "\"" || scalar == "'" || scalar == ")" || scalar == "]"
    }

    private static func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>, punctuation: Int, after: Int) -> Bool {
        guard after < bytes.count else { return true }
        var following = after
        while following < bytes.count {
            let (scalar, width) = UTF8Scan.scalar(in: bytes, at: following)
            guard UTF8Scan.isWhitespace(scalar) else { break }
            following += width
        }
        guard following > after else { return UTF8Scan.isRunTogetherSentenceEnd(bytes, period: punctuation, next: after) }
        guard following < bytes.count else { return true }
        let next = UTF8Scan.scalar(in: bytes, at: following).0
        let opensSentence = UTF8Scan.isUppercase(next) || next.properties.numericType != nil
            || ["“", "\"", "‘", "'", "(", "–", "-"].contains(next)
        guard opensSentence else { return false }
        guard bytes[punctuation] == UInt8(ascii: ".") else { return true }
        let word = wordBefore(punctuation, in: bytes)
        if abbreviations.contains(UTF8Scan.folded(word)) { return false }
        // A single capital is an initial ("Donald J. Trump"), not the end of a sentence.
        return !(word.unicodeScalars.count == 1 && UTF8Scan.isUppercase(word.unicodeScalars.first!))
    }

    /// The letters and periods just before `index`: "U.S" before the last period of "U.S.".
    private static func wordBefore(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        var start = index
        while start > 0 {
            let (scalar, width) = UTF8Scan.scalar(in: bytes, endingAt: start)
            guard scalar == "." || (scalar.isASCII ? UTF8Scan.isASCIILetterOrDigit(UInt8(scalar.value)) && !UTF8Scan.isASCIIDigit(UInt8(scalar.value)) : scalar.properties.isAlphabetic) else { break }
            start -= width
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    private static func append(
        _ range: Range<Int>, of text: String, in bytes: UnsafeBufferPointer<UInt8>, offset: Int, counter: inout UTF8Scan.UTF16Counter,
        to sentences: inout [TextSpan]
    ) {
        let trimmed = UTF8Scan.trimmingWhitespace(range, in: bytes)
        guard !trimmed.isEmpty else { return }
        let sentence = String(decoding: UnsafeBufferPointer(rebasing: bytes[trimmed]), as: UTF8.self)
        let start = counter.offset(ofUTF8: trimmed.lowerBound, in: bytes)
        let end = counter.offset(ofUTF8: trimmed.upperBound, in: bytes)
        sentences.append(TextSpan(text: sentence, start: offset + start, end: offset + end))
    }
}
