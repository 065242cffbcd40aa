/// Events found by the rules, attributed again from what the rest of the sentence says: the
/// subject after a clause the sentence opens with, whose sanctions a threat is, and who is
/// named at all.
extension EventFinder {
    /// Each pass reads the sentence again after the rules; in this order.
    static let reattributions: [@Sendable ([EventMention], TextSpan, [Word], [Entity]) -> [EventMention]] = [
        { withFrontedParticipleSubject($0, in: $1, words: $2, entities: $3) },
        { withSanctionsOwners($0, in: $1, words: $2, entities: $3) },
        { withRelativeClauseSubjects($0, in: $1, words: $2, entities: $3) },
        { withCounterpartSigners($0, in: $1, words: $2, entities: $3) },
        { withWatchersApart($0, in: $1, words: $2, entities: $3) },
        { withIncludedMembers($0, in: $1, words: $2, entities: $3) },
    ]

    /// "14 Palestinian factions — including Fatah, Hamas and the Palestinian National Initiative —
    /// signed", "signed by 14 Palestinian factions, including Islamic Jihad": groups counted by their
    /// state, then those named among them; the named act, not the state.
    static func withIncludedMembers(_ events: [EventMention], in sentence: TextSpan, words: [Word], entities: [Entity]) -> [EventMention] {
        guard let including = words.indices.first(where: { $0 >= 2 && words[$0].folded == "including" && EventLexicon.memberGroupNouns.contains(words[$0 - 1].folded) }),
            let group = entities.last(where: { !$0.isPerson && $0.participant.state != nil && $0.end - sentence.start <= words[including - 1].utf16Range.lowerBound }),
            words[including - 1].utf16Range.lowerBound - (group.end - sentence.start) <= 1
        else { return events }
        // The bodies listed straight after "including", as lists are read everywhere.
        let listStart = sentence.start + words[including].utf16Range.upperBound
        let members = (namedLists(in: entities, sentence: sentence).first { $0[0].start >= listStart } ?? []).prefix { $0.participant.organisation != nil }
        guard !members.isEmpty else { return events }
        return events.map { event in
            guard event.actors == [group.participant] else { return event }
            var named = event
            named.actors = members.map(\.participant)
            named.targets.removeAll { target in members.contains { $0.participant == target } }
            return named
        }
    }

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
            if let trigger = wordIndex(of: event, in: words),
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
        return Gazetteer.isStateAdjective(Tokenizer.words(in: name).map(\.text))
    }

    /// "The Algerian President, Mr Abdelaziz Bouteflika, who mediated on behalf of the OAU": an event
    /// in a relative clause is done by whom the clause follows, an apposition between ("Kofi Annan,
    /// the former UN secretary general, who helped broker the deal"; "Thabo Mbeki, South Africa's
    /// president, who had been mediating").
    static func withRelativeClauseSubjects(_ events: [EventMention], in sentence: TextSpan, words: [Word], entities: [Entity]) -> [EventMention] {
        events.map { event in
            guard event.actors.isEmpty, let trigger = wordIndex(of: event, in: words) else { return event }
            // "who had been mediating", "who helped broker".
            var who = trigger
            while who > 0, relativeClauseHelpers.contains(words[who - 1].folded) { who -= 1 }
            guard who >= 2, words[who - 1].folded == "who" else { return event }
            // "who was appointed as the moderator": the one the clause follows undergoes it.
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

    /// Where the event's word stands among its sentence's words.
    private static func wordIndex(of event: EventMention, in words: [Word]) -> Int? {
        words.firstIndex { $0.utf16Range.lowerBound + event.sentence.start == event.trigger.start }
    }

    /// "… signed in the Qatari capital of Doha. The Gulf country mediated the negotiation": a state
    /// described by its region stands for the last state the report named.
    static func withDescribedStateSubject(_ event: EventMention, words: [Word], states: [StateMention]) -> EventMention {
        guard event.actors.isEmpty, let trigger = wordIndex(of: event, in: words) else { return event }
        var noun = trigger - 1
        while noun > 0, EventLexicon.auxiliaries.contains(words[noun].folded) { noun -= 1 }
        guard noun >= 2, describedStateNouns.contains(words[noun].folded) else { return event }
        var article = noun - 1
        while article > 0, words[article].isCapitalised, words[article].folded != "the" { article -= 1 }
        // At least one capitalised word of description: "the Gulf country", not "the country".
        guard article < noun - 1, words[article].folded == "the" else { return event }
        guard let state = states.last(where: { $0.span.end <= event.sentence.start + words[article].utf16Range.lowerBound }) else { return event }
        var described = event
        described.actors = [EventParticipant(name: state.span.text, state: state.state)]
        return described
    }

    private static let describedStateNouns: WordTable<Void> = ["country", "nation", "state", "kingdom", "emirate", "sultanate", "republic"]

    /// "Robertson and Solana watched as President Trajkovski … signed the accord": who watch sign
    /// nothing; the signers are named after "as".
    static func withWatchersApart(_ events: [EventMention], in sentence: TextSpan, words: [Word], entities: [Entity]) -> [EventMention] {
        guard let watched = words.indices.first(where: { index in
            index + 1 < words.count && words[index + 1].folded == "as" && ["watched", "on"].contains(words[index].folded)
        }) else { return events }
        let from = sentence.start + words[watched + 1].utf16Range.upperBound
        let watchers = Set(entities.filter { $0.end <= from }.map(\.participant))
        return events.map { event in
            guard event.kind != .meet, event.trigger.start > from else { return event }
            var signed = event
            let signers = event.actors.filter { !watchers.contains($0) }
            if !signers.isEmpty { signed.actors = signers }
            return signed
        }
    }

    /// "Santos, who signed a peace treaty with the FARC": whom a signer signed with signed too (not
    /// who is ready to sign with someone, nor a faction of whom it names).
    static func withCounterpartSigners(_ events: [EventMention], in sentence: TextSpan, words: [Word], entities: [Entity]) -> [EventMention] {
        events + events.flatMap { event -> [EventMention] in
            // "the rebel chiefs signed an overall peace treaty with the conservative government of President Arzu":
            // whoever signed, named or not, the counterpart did.
            guard event.kind == .accept, event.cameo.code == "057", !event.negated, !event.hedged,
                ["signed", "signs"].contains(event.trigger.text.lowercased()),
                let trigger = wordIndex(of: event, in: words),
                // "signed a statement on the termination of the Karabakh war along with the Russian and Azerbaijani
                // presidents": who signed alongside may stand further on.
                let with = words.indices[trigger...].prefix(14).first(where: { position in
                    words[position].folded == "with" && (position < trigger + 10 || ["along", "together"].contains(words[position - 1].folded))
                })
            else { return [] }
            // "The U.N.'s representative also signed the deal, along with ambassadors from the United States,
            // Russia and Portugal": who signed alongside, whom the rules did not take for counterparts.
            let alongside = ["along", "together"].contains(words[with - 1].folded)
            guard alongside || !event.targets.isEmpty else { return [] }
            // The counterparts listed straight after "with": "with the UAE and Bahrain", not who oversaw it later.
            var counterparts: [Entity] = []
            var from = words[with].utf16Range.upperBound
            for entity in entities where entity.start >= sentence.start + from {
                let gap = sentence.text.utf16Slice(from: from, to: entity.start - sentence.start)
                let gapWords = Tokenizer.words(in: gap)
                // "with Mohamed Bashir Ahmed of the Justice and Equality Movement": a name the reader did not know, of the body that signed.
                let afterName = gapWords.drop(while: \.isCapitalised).map(\.folded)
                let namedOf = gapWords.count <= 7 && (afterName == ["of", "the"] || afterName == ["of"])
                // After the first, a list: "the United States, Russia and former colonial power Portugal", "…, Qatari Emir Tamim bin Hamad Al Thani".
                let listed = gapWords.count <= 5 && gapWords.allSatisfy { EventLexicon.listWords.contains($0.folded) || $0.isCapitalised }
                    && (gap.contains(",") || gapWords.first?.folded == "and")
                // "together with the leaders of the mediating nations: Egyptian President …": the group, then its members.
                func namedAfterColon() -> Bool {
                    let members = gap.split(separator: ":", omittingEmptySubsequences: false)
                    guard members.count == 2, !members[0].contains(where: { ".;(".contains($0) }) else { return false }
                    let titles = Tokenizer.words(in: String(members[1]))
                    return titles.count <= 3 && titles.allSatisfy(\.isCapitalised)
                }
                guard counterparts.isEmpty
                    ? ((gapWords.count <= 4 || namedOf) && !gapWords.contains(where: { counterpartParts.contains($0.folded) }) && !gap.contains(where: { ".;:(".contains($0) })
                        || alongside && namedAfterColon())
                    : listed && !gap.contains(where: { ".;:(".contains($0) })
                else { break }
                if !entity.isCity, !entity.isRemit, alongside || event.targets.contains(entity.participant), !event.actors.contains(entity.participant),
                    !counterparts.contains(where: { $0.participant == entity.participant })
                {
                    counterparts.append(entity)
                }
                from = entity.end - sentence.start
            }
            return counterparts.map { counterpart in
                var signed = event
                signed.actors = [counterpart.participant]
                signed.targets = event.actors
                return signed
            }
        }
    }

    /// "with a faction of the MFDC": part of a body, not the body, signed.
    private static let counterpartParts: WordTable<Void> = ["faction", "factions", "wing", "splinter", "members", "some"]

    /// "an agreement with the FARC, signed in 2016": a participle set off by a comma, then when or
    /// where and no agent, says what was done to a thing named before; nobody acts in it now.
    static func isParticipleDescribingAThing(_ event: EventMention) -> Bool {
        guard describedParticiples.contains(event.trigger.text.lowercased()) else { return false }
        let offset = event.trigger.start - event.sentence.start
        guard event.sentence.text.utf16Slice(from: offset - 2, to: offset) == ", " else { return false }
        let after = Tokenizer.words(in: String(event.sentence.text.utf16Suffix(from: event.trigger.end - event.sentence.start).prefix(60))).prefix(6).map(\.folded)
        guard let next = after.first, describingFollowers.contains(next), !after.contains("by") else { return false }
        // The thing done is named just before: "the agreement with the FARC, signed in 2016".
        let before = Tokenizer.words(in: String(event.sentence.text.utf16Slice(from: 0, to: offset).suffix(90)))
        return before.suffix(12).contains { EventLexicon.agreementNouns.contains($0.folded) }
    }

    private static let describingFollowers: WordTable<Void> = ["in", "at", "last", "earlier"]
    /// Participles of agreements ("agreed on" after a comma is as often the subject's own verb).
    private static let describedParticiples: WordTable<Void> = ["signed", "brokered", "reached", "concluded", "initialled", "initialed"]

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
