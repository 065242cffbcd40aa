/// The words of the paragraphs and sentences one report's reading has split so far. Bound for
/// the duration of `NewsReader.read`, on that reading's own task or thread, so it is never shared.
final class WordCache: @unchecked Sendable {
    /// A paragraph or sentence, by its UTF-16 offsets in the report.
    struct Key: Hashable {
        let start: Int
        let end: Int
    }

    var words: [Key: [Word]] = [:]
    /// The span asked for last, found without hashing.
    var last: (key: Key, words: [Word])?
    /// The spans split so far that do not overlap, in the report's order: its paragraphs.
    var paragraphs: [TextSpan] = []

    /// The paragraph that holds `span`, by bisection over the paragraphs in order.
    func paragraph(holding span: TextSpan) -> TextSpan? {
        var first = 0
        var last = paragraphs.count
        while first < last {
            let middle = (first + last) / 2
            if paragraphs[middle].start <= span.start { first = middle + 1 } else { last = middle }
        }
        guard first > 0, span.end <= paragraphs[first - 1].end else { return nil }
        return paragraphs[first - 1]
    }

    @TaskLocal static var current: WordCache?
}
