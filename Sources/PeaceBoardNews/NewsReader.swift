/// What the reading engine found in one report.
public struct Reading: Hashable, Sendable {
    public var title: String?
    public var furniture: [String]
    public var sentences: [TextSpan]
    public var people: [PersonMention]
    public var quotes: [Quote]
}

/// Reads a report's text; pure, so it can run on any thread and in tests without files.
public enum NewsReader {
    public static func read(_ text: String) -> Reading {
        let cleaned = ReportCleaner.clean(text)
        let sentences = cleaned.body.flatMap(SentenceSplitter.sentences(in:))
        let people = PersonFinder.mentions(in: cleaned.body)
        return Reading(
            title: cleaned.title, furniture: cleaned.furniture, sentences: sentences, people: people,
            quotes: QuoteFinder.quotes(in: cleaned.body, people: people))
    }
}
