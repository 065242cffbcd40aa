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
    public var events: [EventMention]
    public var provisions: [ProvisionMention]
    /// Passages in another script or language, not read.
    public var foreignPassages: [ForeignPassage]
}

/// Reads a report's text; pure, so it can run on any thread and in tests without files.
public enum NewsReader {
    /// - Parameter reportDate: the day the report was published, for "on Monday" and "May 15".
    public static func read(_ text: String, reportDate: LocalDate? = nil) -> Reading {
        WordCache.$current.withValue(WordCache()) { readOnce(text, reportDate: reportDate) }
    }

    private static func readOnce(_ text: String, reportDate: LocalDate?) -> Reading {
        let cleaned = ReportCleaner.clean(text)
        let (body, foreign) = ForeignPassages.separate(cleaned.body)
        let sentences = body.flatMap(SentenceSplitter.sentences(in:))
        let (states, places) = PlaceFinder.mentions(in: body)
        let people = PersonFinder.mentions(in: body, states: states, organisations: places)
        // "Abdel Fatah El-Sisi": a body's name inside a person's is part of the name.
        let organisations = places.filter { body in
            !people.starting(in: (body.span.start - 80)..<(body.span.start + 1), at: \.span.start).contains { body.span.end <= $0.span.end }
        }
        let amounts = body.flatMap(MoneyFinder.mentions(in:))
        let dates = body.flatMap { DateFinder.mentions(in: $0, reportDate: reportDate) }
        let quotes = QuoteFinder.quotes(in: body, people: people, sentences: sentences)
        return Reading(
            title: cleaned.title, furniture: cleaned.furniture, sentences: sentences, people: people, states: states,
            organisations: organisations, quotes: quotes, amounts: amounts, dates: dates,
            events: EventFinder.events(in: sentences, people: people, states: states, organisations: organisations, quotes: quotes),
            provisions: ProvisionFinder.provisions(in: sentences, states: states, organisations: organisations, amounts: amounts, dates: dates),
            foreignPassages: foreign)
    }
}
