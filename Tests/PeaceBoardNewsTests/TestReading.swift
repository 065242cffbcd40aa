@testable import PeaceBoardNews

/// A sentence or two read as the body of a report, for tests that ask about one finding.
enum TestReading {
    /// The events of `text`, read under a title line.
    static func events(_ text: String) -> [EventMention] {
        NewsReader.read("Talks\n" + text).events
    }

    /// Who acts in the events of `kind`: each actor's state, else the body it speaks for, else its name.
    static func actors(_ kind: EventKind, in events: [EventMention]) -> [String] {
        events.filter { $0.kind == kind }.flatMap(\.actors).map { $0.state ?? $0.organisation ?? $0.name }
    }
}
