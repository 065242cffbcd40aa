/// What a speaker calls a deal: "“Today’s agreement in Stockholm … is an important step towards ending
/// the conflict,” Hunt said", "Pashinyan said the agreement was a breakthrough". Praise given by what the
/// deal is said to be, with no verb of praise: the speaker's, never the writer's.
extension EventFinder {
    /// Where a sentence says a deal is a step, a milestone, a breakthrough: the linking verb and the
    /// judgement's word. The deal is the clause's subject, named before the verb ("the talks were the
    /// biggest step toward peace in years"); "This is a first step" may stand for anything, as the house's
    /// own set codes it (own/28, own/34, own/142).
    static func dealJudgement(in folded: [String]) -> (verb: Int, judgement: Int)? {
        for judgement in folded.indices where EventLexicon.judgementNouns.contains(folded[judgement]) {
            if let verb = judgingVerb(of: judgement, in: folded) {
                return (verb, folded[judgement] == "turning" ? judgement + 1 : judgement)
            }
        }
        return nil
    }

    private static func judgingVerb(of judgement: Int, in folded: [String]) -> Int? {
        // "a turning point": the noun with the word that makes it one.
        if folded[judgement] == "turning", judgement + 1 >= folded.count || folded[judgement + 1] != "point" { return nil }
        // "a step back", "a step backwards": no praise.
        if judgement + 1 < folded.count, EventLexicon.backwardWords.contains(folded[judgement + 1]) { return nil }
        let window = max(0, judgement - 6)..<judgement
        guard let verb = window.last(where: { EventLexicon.judgingVerbs.contains(folded[$0]) }), verb > 0 else { return nil }
        // "is not a step forward", "is no breakthrough".
        if folded[(verb + 1)..<judgement].contains(where: { $0 == "not" || $0 == "no" || $0 == "never" }) { return nil }
        let subject = folded[max(0, verb - 12)..<verb]
        // The subject runs back to the clause's start: "said that …", the sentence's first word.
        let clauseStart = subject.lastIndex { $0 == "that" || Offices.speechVerbs.contains($0) }.map { $0 + 1 } ?? subject.startIndex
        let clause = folded[clauseStart..<verb]
        return clause.contains(where: { EventLexicon.dealNouns.contains($0) }) ? verb : nil
    }

    /// Who judges the deal: inside a quotation, its speaker; else one who "said", "added" or "stressed"
    /// just before the deal is named, by name or as the "he" or "she" who stands for the person the last
    /// sentence was about.
    static func judgementOfDeal(
        in sentence: TextSpan, words: [Word], folded: [String], entities: [Entity], previousPerson: Entity?, antecedents: Antecedents
    ) -> EventMention? {
        guard let (verb, judgement) = dealJudgement(in: folded), !isHedged(before: verb, in: folded) else { return nil }
        if let speaker = antecedents.speaker(quoting: sentence.start + words[verb].utf16Range.lowerBound) {
            return praise(by: speaker, from: verb, to: judgement, words: words, in: sentence)
        }
        guard let speech = folded[max(0, verb - 12)..<verb].firstIndex(where: { Offices.speechVerbs.contains($0) }) else { return nil }
        let said = sentence.span(from: words[speech], to: words[speech])
        let asides = Asides(in: sentence.text)
        if let sayer = sayer(before: said, in: sentence, entities: entities, asides: asides), !sayer.isCity {
            return praise(by: sayer, from: verb, to: judgement, words: words, in: sentence)
        }
        // "He added that the talks were the biggest step toward peace in years."
        if speech == 1, Offices.pronouns.contains(folded[0]), let person = previousPerson {
            return praise(by: person, from: verb, to: judgement, words: words, in: sentence)
        }
        return nil
    }

    private static func praise(by speaker: Entity, from verb: Int, to judgement: Int, words: [Word], in sentence: TextSpan) -> EventMention {
        EventMention(
            kind: .support, cameo: CAMEOCode("051")!, actors: [speaker.participant], targets: [], negated: false, hedged: false,
            trigger: sentence.span(from: words[verb], to: words[judgement]), sentence: sentence)
    }
}
