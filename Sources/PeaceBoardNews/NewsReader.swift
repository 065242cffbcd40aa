import PeaceBoardCore

/// What the reading engine found in one report.
public struct Reading: Hashable, Sendable {
    public var title: String?
    public var furniture: [String]
    public var sentences: [TextSpan]
    public var people: [PersonMention]
    public var states: [StateMention]
    public var organisations: [OrganisationMention]
    public var quotes: [Quote]
    public var amounts: [MoneyMention]
    public var dates: [DateMention]
}

/// Reads a report's text; pure, so it can run on any thread and in tests without files.
public enum NewsReader {
    /// - Parameter reportDate: the day the report was published, for "on Monday" and "May 15".
    public static func read(_ text: String, reportDate: LocalDate? = nil) -> Reading {
        let cleaned = ReportCleaner.clean(text)
        let sentences = cleaned.body.flatMap(SentenceSplitter.sentences(in:))
        let places = cleaned.body.map(PlaceFinder.mentions(in:))
        let states = places.flatMap(\.states)
        let people = PersonFinder.mentions(in: cleaned.body, states: states)
        return Reading(
            title: cleaned.title, furniture: cleaned.furniture, sentences: sentences, people: people, states: states,
            organisations: places.flatMap(\.organisations), quotes: QuoteFinder.quotes(in: cleaned.body, people: people),
            amounts: cleaned.body.flatMap(MoneyFinder.mentions(in:)),
            dates: cleaned.body.flatMap { DateFinder.mentions(in: $0, reportDate: reportDate) })
    }
}
