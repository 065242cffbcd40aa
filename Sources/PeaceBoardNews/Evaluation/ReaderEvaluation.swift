import Foundation
import PeaceBoardCore

/// Precision and recall of the reader against hand-written expectations, per kind of finding.
public enum ReaderEvaluation {
    public enum Kind: String, CaseIterable, Sendable, Codable {
        case titles, people, quotes, events, provisions
    }

    public struct Counts: Hashable, Sendable, Codable {
        public var expected = 0
        public var found = 0
        /// Found items that match an expected one.
        public var correct = 0
        /// Expected items that some found item matches.
        public var recalled = 0

        public init() {}

        public var precision: Double { found == 0 ? 1 : Double(correct) / Double(found) }
        public var recall: Double { expected == 0 ? 1 : Double(recalled) / Double(expected) }

        public static func + (lhs: Counts, rhs: Counts) -> Counts {
            var sum = Counts()
            sum.expected = lhs.expected + rhs.expected
            sum.found = lhs.found + rhs.found
            sum.correct = lhs.correct + rhs.correct
            sum.recalled = lhs.recalled + rhs.recalled
            return sum
        }
    }

    /// What went wrong in one report, for tuning without looking at the score alone.
    public struct Report: Sendable {
        public var counts: [Kind: Counts]
        public var missed: [String]
        public var unexpected: [String]
    }

    public static func score(_ reading: Reading, against expectation: ReaderExpectation) -> Report {
        var counts: [Kind: Counts] = [:]
        var missed: [String] = []
        var unexpected: [String] = []
        func tally<Found, Expected>(
            _ kind: Kind, found: [Found], expected: [Expected], matches: (Found, Expected) -> Bool, describeFound: (Found) -> String,
            describeExpected: (Expected) -> String, counted: (Found) -> Bool = { _ in true }
        ) {
            var result = Counts()
            result.expected = expected.count
            for item in found {
                let matched = expected.contains { matches(item, $0) }
                guard matched || counted(item) else { continue }
                result.found += 1
                if matched { result.correct += 1 } else { unexpected.append("\(kind.rawValue): \(describeFound(item))") }
            }
            for item in expected {
                if found.contains(where: { matches($0, item) }) { result.recalled += 1 } else { missed.append("\(kind.rawValue): \(describeExpected(item))") }
            }
            counts[kind] = result
        }

        if let title = expectation.title {
            tally(
                .titles, found: reading.title.map { [$0] } ?? [], expected: title.isEmpty ? [] : [title],
                matches: { normalised($0) == normalised($1) }, describeFound: { $0 }, describeExpected: { $0 })
        }

        let people = Array(Set(reading.people.map(\.name))).sorted()
        tally(
            .people, found: people, expected: expectation.people, matches: { folded($0) == folded($1) || isSameKnownPerson($0, $1) }, describeFound: { $0 },
            describeExpected: { $0 })

        var quoteTexts = Set<String>()
        let quotes = reading.quotes.filter { quoteTexts.insert($0.text).inserted }
        tally(
            .quotes, found: quotes, expected: expectation.quotes,
            matches: { found, expected in
                normalised(found.text).hasPrefix(normalised(expected.text))
                    && (expected.speaker.map { expected in found.speaker.map { folded($0) == folded(expected) || isSameKnownPerson($0, expected) } ?? false } ?? true)
            },
            describeFound: { "\($0.speaker ?? "?"): \($0.text.prefix(40))" }, describeExpected: { "\($0.speaker ?? "?"): \($0.text)" })

        let events = eventFacts(reading.events)
        tally(
            .events, found: events, expected: expectation.events,
            matches: { found, expected in
                found.kind == expected.kind && found.actor == expected.actor && found.negated == (expected.negated ?? false)
                    && (expected.target == nil || found.targets.contains(expected.target!))
            },
            describeFound: { "\($0.kind.rawValue) \($0.actor ?? "?")\($0.negated ? " (negated)" : "")\($0.hedged ? " (hedged)" : "") → \($0.targets.sorted().joined(separator: ","))" },
            describeExpected: { "\($0.kind.rawValue) \($0.actor ?? "?")\($0.negated == true ? " (negated)" : "")" },
            // A hedged event ("may", "if it rejects") is not an assertion: it counts only when expected.
            counted: { !$0.hedged })

        var provisionKeys = Set<String>()
        let provisions = reading.provisions.filter { provisionKeys.insert($0.type + JSONValue.object($0.parameters).canonicalText).inserted }
        tally(
            .provisions, found: provisions, expected: expectation.provisions,
            matches: { found, expected in
                found.type == expected.type && expected.parameters.allSatisfy { found.parameters[$0.key] == $0.value }
            },
            describeFound: { "\($0.type) \(JSONValue.object($0.parameters).canonicalText)" },
            describeExpected: { "\($0.type) \(JSONValue.object($0.parameters).canonicalText)" })
        return Report(counts: counts, missed: missed, unexpected: unexpected)
    }

    /// One fact per event and actor: (kind, actor, negated), the actor named by its state, else the organisation it speaks for.
    struct EventFact: Hashable {
        var kind: EventKind
        var actor: String?
        var negated: Bool
        var hedged: Bool
        var targets: Set<String>
    }

    static func eventFacts(_ events: [EventMention]) -> [EventFact] {
        var facts: [EventFact] = []
        var seen = Set<String>()
        for event in events {
            let targets = Set(event.targets.flatMap { [$0.state, $0.name].compactMap { $0 } })
            // An official is counted as the body they speak for: their state, else their organisation.
            let actors: [String?] = event.actors.isEmpty ? [nil] : event.actors.map { $0.state ?? $0.organisation ?? $0.name }
            for actor in actors {
                let key = "\(event.kind)|\(actor ?? "?")|\(event.negated)|\(event.hedged)"
                guard seen.insert(key).inserted else {
                    if let index = facts.firstIndex(where: { $0.kind == event.kind && $0.actor == actor && $0.negated == event.negated && $0.hedged == event.hedged }) {
                        facts[index].targets.formUnion(targets)
                    }
                    continue
                }
                facts.append(EventFact(kind: event.kind, actor: actor, negated: event.negated, hedged: event.hedged, targets: targets))
            }
        }
        return facts
    }

    /// "J.D. Vance" written in an expectation is the "JD Vance" the reader names by the gazetteer.
    static func isSameKnownPerson(_ found: String, _ expected: String) -> Bool {
        // "Abd Rabu Mansour Hadi" in an expectation is the "Abd-Rabbu Mansour Hadi" the gazetteer lists.
        let words = Tokenizer.words(in: expected).map(\.text)
        guard let known = Gazetteer.personPhrases[words] ?? Gazetteer.knownPerson(spelledDifferently: words) else { return false }
        return known.name == found
    }

    /// Names compared without accents or hyphens: "Luiz Inácio Lula da Silva" is "Luiz Inacio Lula da
    /// Silva", "Omar Al Bashir" is "Omar al-Bashir".
    static func folded(_ name: String) -> String {
        name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).replacingOccurrences(of: "-", with: " ")
    }

    /// Lower case, straight apostrophes, and one space wherever the page wrapped or spaced a
    /// quotation ("Hug,¶hug, hug!" is "Hug, hug, hug!").
    static func normalised(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "’", with: "'").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
