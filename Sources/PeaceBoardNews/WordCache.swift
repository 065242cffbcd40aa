/// The words of the paragraphs and sentences one report's reading has split so far. Bound for
/// the duration of `NewsReader.read`, on that reading's own task or thread, so it is never shared.
final class WordCache: @unchecked Sendable {
    /// A paragraph or sentence, by its UTF-16 offsets in the report.
    struct Key: Hashable {
        let start: Int
        let end: Int
    }

    var words: [Key: [Word]] = [:]
    /// The spans split so far that do not overlap, in the report's order: its paragraphs.
    var paragraphs: [TextSpan] = []

    @TaskLocal static var current: WordCache?
}
