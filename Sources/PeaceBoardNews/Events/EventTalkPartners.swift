/// Talks held with someone, named in a phrase before or after the clause of whoever held them:
/// "After four hours of talks with Medvedev, Sarkozy emerged with the plan", "Ruto said after
/// talks with Museveni that …". Whoever the clause is about met whom the talks were with.
extension EventFinder {
    /// `entities` are asked for only when the words hold such talks: most sentences do not.
    static func talksWithPartners(in sentence: TextSpan, words: [Word], folded: [String], entities: () -> [Entity]) -> EventMention? {
        guard let (preposition, with) = talksWith(in: folded) else { return nil }
        let from = sentence.start + words[with].utf16Range.upperBound
        let candidates = entities().filter { !$0.isCity && !$0.isRemit }
        let holders: [Entity]
        let partners: [Entity]
        if preposition == 0 {
            let after = candidates.filter { $0.start >= from }
            guard let (position, subjects) = subjectAfterPhrase(among: after, in: sentence) else { return nil }
            holders = subjects
            partners = Array(after[..<position])
        } else {
            // "Ruto said after talks with Museveni": the speaker right before the verb before the phrase.
            guard preposition >= 2, EventLexicon.talksReportingVerbs.contains(folded[preposition - 1]),
                let subject = candidates.last(where: { $0.end <= sentence.start + words[preposition - 1].utf16Range.lowerBound }),
                sentence.text.utf16Slice(from: subject.end - sentence.start, to: words[preposition - 1].utf16Range.lowerBound).trimmed().isEmpty,
                !subject.isPossessive
            else { return nil }
            holders = [subject]
            let end = sentence.start + clauseEnd(after: words[with].utf16Range.upperBound, in: sentence.text)
            let named = candidates.filter { $0.start >= from && $0.start < end }
            guard let first = named.first else { return nil }
            partners = longestList(in: named, sentence: sentence, opens: { $0.start == first.start }) ?? [first]
        }
        let actors = distinctParticipants(holders + partners)
        guard !partners.isEmpty, actors.count >= 2 else { return nil }
        return EventMention(
            kind: .meet, cameo: CAMEOCode("046")!, actors: actors, targets: [], negated: false, hedged: false,
            trigger: sentence.span(from: words[with - 1], to: words[with - 1]), sentence: sentence)
    }

    /// The agreement of a sentence that opens with the talks it came after: "After marathon talks, Kenya and
    /// Uganda agreed", "Following two days of discussions in Arusha, the two sides signed".
    static func agreementAfterOpeningTalks(in folded: [String], words: [Word], events: [EventMention], sentence: TextSpan) -> EventMention? {
        // "On February 12, 2015, after more than 12 hours negotiations in Minsk, …": past the day it was.
        let opening = insertedTime(at: 0, in: folded) ?? 0
        // "stating, “After a long night of talks mediated by the United States, I am pleased to announce that
        // India and Pakistan have agreed”": a quotation inside the sentence may open with the talks too.
        let quoted = folded.indices.dropFirst().first { position in
            EventLexicon.afterPrepositions.contains(folded[position]) && ["“", "\""].contains(sentence.text[..<words[position].range.lowerBound].last)
        }
        // "Speaking at a news conference after nearly 12 hours of talks in Ohrid, Borrell told reporters that Vucic and
        // Kurti have reached an agreement": the talks inside the participle that opens the sentence, before its comma.
        let participial = folded[0].hasSuffix("ing")
            ? (1..<min(folded.count, 12)).first { position in
                EventLexicon.afterPrepositions.contains(folded[position])
                    && !sentence.text[words[0].range.upperBound..<words[position].range.lowerBound].contains(",")
            } : nil
        // "Meeting in the Saudi port city of Jeddah, the army and the RSF signed off on a ceasefire": who met there agreed.
        guard let talksOpening = [opening, quoted, participial].compactMap({ $0 }).first(where: { opening in
            folded.count > opening + 4
                && ((EventLexicon.afterPrepositions.contains(folded[opening]) || folded[opening] == "during") && heldTalks(after: opening, in: folded, within: 6) != nil
                    || folded[opening] == "meeting" && ["in", "at"].contains(folded[opening + 1]))
        }) else { return nil }
        let talksStart = sentence.start + words[talksOpening].utf16Range.lowerBound
        return events.last {
            $0.kind == .accept && $0.sentence.start == sentence.start && !$0.negated && !$0.hedged && !$0.actors.isEmpty && $0.trigger.start > talksStart
        }
    }

    /// "Merkel said after about four hours of talks at the chancellery": who reports on talks just held
    /// took part in them.
    static func talksAfterReport(in sentence: TextSpan, words: [Word], folded: [String], entities: () -> [Entity]) -> EventMention? {
        guard let preposition = folded.indices.dropFirst().first(where: { EventLexicon.afterPrepositions.contains(folded[$0]) }),
            EventLexicon.talksReportingVerbs.contains(folded[preposition - 1]),
            let noun = heldTalks(after: preposition, in: folded, within: 6),
            let subject = entities().last(where: { $0.end <= sentence.start + words[preposition - 1].utf16Range.lowerBound }),
            sentence.text.utf16Slice(from: subject.end - sentence.start, to: words[preposition - 1].utf16Range.lowerBound).trimmed().isEmpty,
            !subject.isPossessive, !subject.isCity
        else { return nil }
        return EventMention(
            kind: .meet, cameo: CAMEOCode("046")!, actors: [subject.participant], targets: [], negated: false, hedged: false,
            trigger: sentence.span(from: words[noun], to: words[noun]), sentence: sentence)
    }

    /// Where "after", "following" or "during" stands before talks held "with" someone, and where "with"
    /// stands: at the sentence's start, or after a verb of reporting or agreeing.
    private static func talksWith(in folded: [String]) -> (preposition: Int, with: Int)? {
        for (position, word) in folded.enumerated() where EventLexicon.afterPrepositions.contains(word) || word == "during" {
            guard let noun = heldTalks(after: position, in: folded, within: 6), noun + 1 < folded.count, folded[noun + 1] == "with" else { continue }
            return (position, noun + 1)
        }
        return nil
    }

    /// The subject of the main clause after an opening phrase: the first named after a comma, past
    /// its title, and the list it opens, followed by its verb rather than by more of the phrase's list.
    private static func subjectAfterPhrase(among entities: [Entity], in sentence: TextSpan) -> (position: Int, subjects: [Entity])? {
        for position in entities.indices.dropFirst() {
            let candidate = entities[position]
            let lead = sentence.text.utf16Slice(from: entities[position - 1].end - sentence.start, to: candidate.start - sentence.start)
            guard lead.hasPrefix(", "), !candidate.isPossessive else { continue }
            let title = Tokenizer.words(in: String(lead.dropFirst(2)))
            guard title.count <= 4, title.allSatisfy({ $0.isCapitalised || $0.folded == "the" }) else { continue }
            let subjects = longestList(in: Array(entities[position...]), sentence: sentence, opens: { $0.start == candidate.start }) ?? [candidate]
            guard let last = subjects.last, !sentence.text.utf16Suffix(from: last.end - sentence.start).hasPrefix(",") else { continue }
            return (position, subjects)
        }
        return nil
    }
}
