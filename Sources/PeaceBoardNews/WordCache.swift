/// The words of the texts one report's reading has split so far. Bound for the duration of
/// `NewsReader.read`, on that reading's own task or thread, so it is never shared.
final class WordCache: @unchecked Sendable {
    var words: [String: [PersonFinder.Word]] = [:]

    @TaskLocal static var current: WordCache?
}
