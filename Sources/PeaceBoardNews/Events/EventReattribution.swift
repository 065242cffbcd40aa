/// Events found by the rules, attributed again from what the rest of the sentence says: the
/// subject after a clause the sentence opens with, whose sanctions a threat is, and who is
/// named at all.
extension EventFinder {
    /// "Speaking at a joint news conference with Sarkozy in Tbilisi, Saakashvili welcomed the plan",
    /// "After four hours of talks with Medvedev, Sarkozy emerged": an event in a clause the sentence
    /// opens with a participle or a time is done by the subject after its comma.
    static func withFrontedParticipleSubject(_ events: [EventMention], in sentence: TextSpan, words: [Word], entities: [Entity]) -> [EventMention] {
        guard events.contains(where: \.actors.isEmpty), let first = words.first, first.isCapitalised,
            first.folded.hasSuffix("ing") || EventLexicon.frontedTimeWords.contains(first.folded),
            let comma = sentence.text.firstRange(of: ", ")
        else { return events }
        let commaOffset = sentence.start + sentence.text.utf16Offset(of: comma.lowerBound)
        // Straight after the comma, past the subject's title: "…, Ethiopian Prime Minister Abiy Ahmed welcomed".
        guard let subject = entities.first(where: { $0.start > commaOffset && !$0.isCity && ($0.isPerson || $0.participant.state != nil || $0.participant.organisation != nil) }),
            case let title = Tokenizer.words(in: sentence.text.utf16Slice(from: commaOffset - sentence.start + 2, to: subject.start - sentence.start)),
            title.count <= 4, title.allSatisfy({ $0.isCapitalised || $0.folded == "the" })
        else { return events }
        let cities = Set(entities.filter(\.isCity).map(\.participant))
        return events.flatMap { event -> [EventMention] in
            guard event.actors.isEmpty, event.trigger.end <= commaOffset else { return [event] }
            var owned = event
            owned.actors = [subject.participant]
            owned.targets.removeAll { $0 == subject.participant }
            // Whom they met with meets them too.
            let partners = owned.targets.filter { !cities.contains($0) }
            guard event.kind == .meet, !partners.isEmpty else { return [owned] }
            var partnered = owned
            (partnered.actors, partnered.targets) = (partners, owned.actors)
            return [owned, partnered]
        }
    }

    /// "Faced with the threat of U.N. sanctions", "Moscow faces the threat of American sanctions": a
    /// threat one faces is made against one, by whoever's sanctions they are.
    static func withSanctionsOwners(_ events: [EventMention], in sentence: TextSpan, words: [Word], entities: [Entity]) -> [EventMention] {
        events.map { event in
            guard event.kind == .threaten else { return event }
            var owned = event
            if let trigger = words.firstIndex(where: { $0.utf16Range.lowerBound + sentence.start == event.trigger.start }),
                words[..<trigger].suffix(3).contains(where: { EventLexicon.facingWords.contains($0.folded) })
            {
                owned.targets = owned.actors + owned.targets
                owned.actors = []
            }
            guard owned.actors.isEmpty,
                let owner = entities.first(where: { entity in
                    owned.targets.contains(entity.participant) && isSanctionsOwner(entity, in: sentence)
                })
            else { return owned }
            owned.actors = [owner.participant]
            owned.targets.removeAll { $0 == owner.participant }
            return owned
        }
    }

    /// "U.N. sanctions", "American sanctions"; not "Russia sanctions", which may be sanctions on Russia.
    private static func isSanctionsOwner(_ entity: Entity, in sentence: TextSpan) -> Bool {
        let name = sentence.text.utf16Slice(from: entity.start - sentence.start, to: entity.end - sentence.start)
        guard sentence.text.utf16Suffix(from: entity.end - sentence.start).hasPrefix(" sanctions") else { return false }
        if entity.participant.organisation != nil || name.contains(".") || name.uppercased() == name { return true }
        if case .state(_, .adjective)? = Gazetteer.phrases[Tokenizer.words(in: name).map(\.text)] { return true }
        return false
    }

    /// "The Algerian President, Mr Abdelaziz Bouteflika, who mediated on behalf of the OAU": an event
    /// in a relative clause is done by whom the clause follows, an apposition between ("Kofi Annan,
    /// the former UN secretary general, who helped broker the deal"; "Thabo Mbeki, South Africa's
    /// president, who had been mediating").
    static func withRelativeClauseSubjects(_ events: [EventMention], in sentence: TextSpan, words: [Word], entities: [Entity]) -> [EventMention] {
        events.map { event in
            guard event.actors.isEmpty, var who = words.firstIndex(where: { $0.utf16Range.lowerBound + sentence.start == event.trigger.start }) else { return event }
            // "who had been mediating", "who helped broker".
            while who > 0, relativeClauseHelpers.contains(words[who - 1].folded) { who -= 1 }
            guard who >= 2, words[who - 1].folded == "who" else { return event }
            // "who was appointed as the moderator": the one the clause follows undergoes it.
            let trigger = words.firstIndex { $0.utf16Range.lowerBound + sentence.start == event.trigger.start } ?? who
            if !words[trigger].folded.hasSuffix("ing"), words[who..<trigger].contains(where: { EventLexicon.passiveAuxiliaries.contains($0.folded) }) { return event }
            func isComma(before index: Int) -> Bool {
                sentence.text.utf16Slice(from: words[index - 1].utf16Range.upperBound, to: words[index].utf16Range.lowerBound) == ", "
            }
            guard isComma(before: who - 1) else { return event }
            // The one named just before the comma (an aside after the name may have joined it: "…, who mediated on behalf of …").
            func person(endingAt index: Int) -> Entity? {
                let named = sentence.start + words[index].utf16Range.lowerBound
                return entities.last { $0.isPerson && $0.start <= named && named < $0.end }
            }
            var subject = person(endingAt: who - 2)
            if subject == nil, let opening = (max(1, who - 9)..<(who - 1)).last(where: { isComma(before: $0) }),
                let named = person(endingAt: opening - 1)
            {
                subject = named
            }
            guard let subject else { return event }
            var owned = event
            owned.actors = [subject.participant]
            return owned
        }
    }

    /// Words between "who" and the event's word: "who had been mediating", "who helped broker".
    private static let relativeClauseHelpers: WordTable<Void> = ["had", "has", "have", "been", "helped", "help", "also", "later", "then", "is", "was", "successfully"]

    /// "16 documents were signed during the visit": the event's word is a participle after a form
    /// of "be", an adverb or two between.
    static func isAgentlessPassive(_ event: EventMention) -> Bool {
        let words = Tokenizer.words(in: event.sentence)
        guard var index = words.firstIndex(where: { $0.utf16Range.lowerBound + event.sentence.start >= event.trigger.start }) else { return false }
        while index > 0, words[index - 1].folded.hasSuffix("ly") || EventLexicon.timeWords.contains(words[index - 1].folded) || words[index - 1].folded == "also" {
            index -= 1
        }
        return index > 0 && EventLexicon.passiveAuxiliaries.contains(words[index - 1].folded)
    }
}
