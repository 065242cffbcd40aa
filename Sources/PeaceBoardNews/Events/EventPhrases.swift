/// Events named without an event verb: folded into one word ("U.S.-brokered") or into a
/// phrase ("under Turkish facilitation", "Trump's proposal").
extension EventFinder {
    /// "the U.S.-brokered ceasefire", "a Qatari-mediated deal", "UN-backed talks": an event
    /// folded into one word, its actor before the hyphen.
    static func compoundEvents(in sentence: TextSpan, words: [Word]) -> [EventMention] {
        var found: [EventMention] = []
        for (index, word) in words.enumerated() where word.hasHyphen {
            let parts = word.text.split(separator: "-")
            guard parts.count >= 2, case let participle = parts.last!.lowercased(), var (kind, cameo) = EventLexicon.compoundParticiples[participle] else { continue }
            // "AU-sponsored peace talks" are mediated; "a U.S.-sponsored resolution" is proposed; "UN-sponsored observers" neither.
            if participle == "sponsored", !words[(index + 1)...].prefix(3).contains(where: { EventLexicon.talkWords.contains($0.folded) }) {
                guard words[(index + 1)...].prefix(3).contains(where: { EventLexicon.sponsoredTexts.contains($0.folded) }) else { continue }
                (kind, cameo) = (.propose, "037")
            }
            // "a Pakistan-backed terror attack", "Iran-sponsored terrorism": violence backed is no support of a deal or a move.
            if participle == "backed" || participle == "sponsored", words[(index + 1)...].prefix(2).contains(where: { EventLexicon.backedViolence.contains($0.folded) }) {
                continue
            }
            // "the Qatari-led mediation", "US-led talks" are mediated; a "Hezbollah-led opposition" is led.
            if participle == "led", !words[(index + 1)...].prefix(2).contains(where: { EventLexicon.auspicesNouns.contains($0.folded) || EventLexicon.talkWords.contains($0.folded) }) {
                continue
            }
            var prefix = parts.dropLast().joined(separator: "-")
            var named = Gazetteer.phrases[Tokenizer.words(in: prefix).map(\.text)]
            // "the South African-brokered deal": the name's first word stands apart, before the joined one.
            if named == nil, index >= 1, words[index - 1].isCapitalised, words[index - 1].isFollowedBySpaces(then: word, in: sentence.text),
                case let longer = Gazetteer.phrases[[words[index - 1].text] + Tokenizer.words(in: prefix).map(\.text)], longer != nil
            {
                prefix = words[index - 1].text + " " + prefix
                named = longer
            }
            let actor: EventParticipant
            switch named {
            case .state(let code, _)?: actor = EventParticipant(name: prefix, state: code)
            case .organisation(let name)?: actor = EventParticipant(name: name, organisation: name)
            case .region?, nil: continue
            }
            guard !found.contains(where: { $0.kind == kind && $0.actors == [actor] }) else { continue }
            found.append(phraseEvent(kind, cameo: cameo, by: actor, at: word, in: sentence))
        }
        return found
    }

    /// "under Turkish facilitation", "with Qatari mediation", "under UN auspices": the state or
    /// body named just before the noun mediates.
    static func auspicesEvents(
        in sentence: TextSpan, words: [Word], people: ArraySlice<PersonMention>, states: ArraySlice<StateMention>,
        organisations: ArraySlice<OrganisationMention>
    ) -> [EventMention] {
        var found: [EventMention] = []
        for (index, word) in words.enumerated() where word.classes.contains(.phraseNoun) && EventLexicon.auspicesNouns.contains(word.folded) {
            if index >= 1, let (participant, _) = namedAfterOf(noun: index, words: words, people: people, states: states, organisations: organisations, in: sentence),
                // "under the mediation of", "through mediation of"; not "rejected the mediation of".
                EventLexicon.auspicesPrepositions.contains(words[index - 1].folded)
                    || (index >= 2 && words[index - 1].folded == "the" && EventLexicon.auspicesPrepositions.contains(words[index - 2].folded))
            {
                addPhraseEvents(.mediate, cameo: "045", by: [participant], at: word, in: sentence, to: &found)
                continue
            }
            // "following intensive mediation by Qatar, Egypt, and the United States", "the joint mediation
            // efforts of Qatar, Egypt and the US": everyone listed after the noun's agent.
            let agentWord = index + 1 < words.count && words[index + 1].folded == "by" ? index + 1
                : index + 2 < words.count && EventLexicon.effortNouns.contains(words[index + 1].folded) && ["of", "by"].contains(words[index + 2].folded) ? index + 2 : nil
            if let agentWord {
                let listed = listedAfter(agentWord, words: words, people: people, states: states, organisations: organisations, in: sentence)
                addPhraseEvents(.mediate, cameo: "045", by: listed, at: word, in: sentence, to: &found)
                if !listed.isEmpty { continue }
            }
            // "thanked Malaysia for its crucial mediation": the pronoun's owner is who was thanked just before "for".
            var owner = index - 1
            while owner > 0, index - owner < 3, !words[owner].isCapitalised, !EventLexicon.ownerPronouns.contains(words[owner].folded) { owner -= 1 }
            if owner >= 1, EventLexicon.ownerPronouns.contains(words[owner].folded), words[owner - 1].folded == "for",
                let (thanked, _) = named(people: [], states: states, organisations: organisations, where: { candidate in
                    sentence.text.utf16Slice(from: candidate.end - sentence.start, to: words[owner - 1].utf16Range.lowerBound) == " "
                })
            {
                addPhraseEvents(.mediate, cameo: "045", by: [thanked], at: word, in: sentence, to: &found)
                continue
            }
            let nounStart = sentence.start + word.utf16Range.lowerBound
            // The name ends a space before the noun, or an owner's mark and a space ("Qatar’s mediation").
            func endsBefore(_ span: TextSpan) -> Bool {
                guard span.end < nounStart, nounStart - span.end <= 3 else { return false }
                return [" ", "’s ", "'s "].contains(sentence.text.utf16Slice(from: span.end - sentence.start, to: nounStart - sentence.start))
            }
            guard let (participant, span) = named(people: [], states: states, organisations: organisations, where: endsBefore) else { continue }
            // "under Qatari and Turkish mediation": each of a list of names before the noun. An owner's list is joined by
            // "and" alone: in "its partnership with the African Union, and Qatar’s mediation" the comma closes another phrase.
            var listed = [(participant, span)]
            let joiners = nounStart - span.end > 1 ? [" and "] : [" and ", ", ", ", and "]
            while let (earlier, earlierSpan) = named(people: [], states: states, organisations: organisations, where: { candidate in
                candidate.end < listed[0].1.start && joiners.contains(sentence.text.utf16Slice(from: candidate.end - sentence.start, to: listed[0].1.start - sentence.start))
            }) {
                listed.insert((earlier, earlierSpan), at: 0)
            }
            // "with Qatari mediation", "after Kenya's mediation", or opening the sentence: "Kenya's mediation led to the deal".
            let before = words[..<index].last { sentence.start + $0.utf16Range.upperBound <= listed[0].1.start && $0.folded != "the" }
            // "…, and Qatar’s mediation efforts": an owner's noun may close a list of things named.
            guard before.map({ EventLexicon.auspicesPrepositions.contains($0.folded) || EventLexicon.afterPrepositions.contains($0.folded) || (nounStart - span.end > 1 && $0.folded == "and") }) ?? true
            else { continue }
            addPhraseEvents(.mediate, cameo: "045", by: listed.map(\.0), at: word, in: sentence, to: &found)
        }
        return found
    }

    /// "brokered indirectly through mediators Egypt, Qatar, Turkey, and the United States": the states or
    /// bodies listed after the plural noun mediate ("mediator Thabo Mbeki" is a title, and people are not asked of).
    static func mediatorsNamedAfter(
        in sentence: TextSpan, words: [Word], states: ArraySlice<StateMention>, organisations: ArraySlice<OrganisationMention>
    ) -> [EventMention] {
        var found: [EventMention] = []
        let text = sentence.text
        for (index, word) in words.enumerated() where word.folded == "mediators" || word.folded == "mediating" {
            // "the leaders of the mediating nations: Egyptian President …, Qatari Emir …": the states of those listed.
            if word.folded == "mediating", index + 1 < words.count, EventLexicon.statePairNouns.contains(words[index + 1].folded) {
                let colon = words[index + 1].range.upperBound
                guard text[colon...].hasPrefix(":") else { continue }
                let listStart = sentence.start + text.utf16.distance(from: text.startIndex, to: colon)
                let listed = states.filter { $0.span.start > listStart }.map { EventParticipant(name: $0.span.text, state: $0.state) }
                addPhraseEvents(.mediate, cameo: "045", by: listed, at: word, in: sentence, to: &found)
                continue
            }
            guard word.folded == "mediators" else { continue }
            let listed = listedAfter(index, words: words, people: [], states: states, organisations: organisations, in: sentence)
            if listed.count >= 2 {
                addPhraseEvents(.mediate, cameo: "045", by: listed, at: word, in: sentence, to: &found)
                continue
            }
            // "negotiations … involving American, Egyptian, Turkish, and Qatari mediators": the states' adjectives listed
            // before the noun, after a word that takes them into talks ("Egyptian and Qatari mediators met Hamas
            // negotiators" only met).
            var first = index
            while first > 0, states.contains(where: { $0.form == .adjective && $0.span.start == sentence.start + words[first - 1].utf16Range.lowerBound })
                || (first > 1 && ["and", "or"].contains(words[first - 1].folded))
            {
                first -= 1
            }
            guard first < index, first > 0, EventLexicon.mediatorsTakenIn.contains(words[first - 1].folded) else { continue }
            let adjectives = states.filter { state in
                state.form == .adjective && state.span.start >= sentence.start + words[first].utf16Range.lowerBound && state.span.end <= sentence.start + word.utf16Range.lowerBound
            }
            addPhraseEvents(.mediate, cameo: "045", by: adjectives.map { EventParticipant(name: $0.span.text, state: $0.state) }, at: word, in: sentence, to: &found)
        }
        return found
    }

    /// The first of each state, body or person named more than once, in order.
    private static func distinctEntities(_ entities: [Entity]) -> [Entity] {
        var seen = Set<String>()
        return entities.filter { seen.insert($0.participant.state ?? $0.participant.organisation ?? $0.participant.name).inserted }
    }

    /// "Phumtham and Hun Manet met … in Anwar’s presence": whose presence it was attended.
    static func presenceOfOwner(
        in sentence: TextSpan, words: [Word], people: ArraySlice<PersonMention>, states: ArraySlice<StateMention>,
        organisations: ArraySlice<OrganisationMention>
    ) -> [EventMention] {
        var found: [EventMention] = []
        for (index, word) in words.enumerated() where index >= 2 && word.folded == "presence" && words[index - 2].folded == "in" && words[index - 1].isPossessive {
            let ownerEnd = sentence.start + words[index - 1].utf16Range.upperBound
            // The owner's mark ends the word; the name ends before it.
            guard let (owner, _) = named(people: people, states: states, organisations: organisations, where: { $0.end <= ownerEnd && ownerEnd - $0.end <= 2 && $0.end > sentence.start + words[index - 1].utf16Range.lowerBound })
            else { continue }
            found.append(phraseEvent(.meet, cameo: "046", by: owner, at: word, in: sentence))
        }
        return found
    }

    /// Those named one after another from the word after `index`, past an article: "by Qatar, Egypt,
    /// and the United States".
    static func listedAfter(
        _ index: Int, words: [Word], people: ArraySlice<PersonMention>, states: ArraySlice<StateMention>,
        organisations: ArraySlice<OrganisationMention>, in sentence: TextSpan
    ) -> [EventParticipant] {
        var first = index + 1
        while first < words.count, words[first].folded == "the" { first += 1 }
        guard first < words.count else { return [] }
        // "at the invitation of President Donald Trump": the person past the title, if the report names one there.
        let titled = Offices.titleLength(opening: words[first...].prefix(4).map(\.folded)).map { first + $0 }
        let starts = [first, titled].compactMap { $0 }.filter { $0 < words.count }.map { sentence.start + words[$0].utf16Range.lowerBound }
        guard var (participant, span) = named(people: people, states: states, organisations: organisations, where: { starts.contains($0.start) }) else { return [] }
        var listed = [participant]
        while let next = named(people: people, states: states, organisations: organisations, where: { candidate in
            candidate.start > span.end && [", ", " and ", ", and ", ", the ", " and the ", ", and the "].contains(sentence.text.utf16Slice(from: span.end - sentence.start, to: candidate.start - sentence.start))
        }) {
            (participant, span) = next
            listed.append(participant)
        }
        return listed
    }

    /// "under the mediation of President Umaro Sissoco Embalo", "under the auspices of the African
    /// Union": who is named after "of", past an article and titles.
    private static func namedAfterOf(
        noun index: Int, words: [Word], people: ArraySlice<PersonMention>, states: ArraySlice<StateMention>,
        organisations: ArraySlice<OrganisationMention>, in sentence: TextSpan
    ) -> (EventParticipant, TextSpan)? {
        guard index + 2 < words.count, words[index + 1].folded == "of" else { return nil }
        var first = index + 2
        while first < words.count, first - index <= 5, words[first].folded == "the" || Offices.singleWordTitles.contains(words[first].folded) { first += 1 }
        guard first < words.count else { return nil }
        let nameStart = sentence.start + words[first].utf16Range.lowerBound
        return named(people: people, states: states, organisations: organisations) { $0.start == nameStart }
    }

    /// "has tried for more than two years to broker peace talks between": what an attempt aims at was not held.
    private static func isAttempted(_ noun: Int, in folded: [String]) -> Bool {
        folded[max(0, noun - 12)..<noun].indices.contains { position in
            folded[position] == "to" && position >= 1 && position + 1 < noun && noun - position <= 4
                && folded[max(0, position - 8)..<position].contains(where: EventLexicon.attemptWords.contains)
        }
    }

    /// "talks in Manila between Philippine and Chinese diplomats", "a meeting between Putin and
    /// Zelensky": both sides meet, unless the meeting is only proposed, demanded or planned.
    static func meetingsBetween(
        in sentence: TextSpan, words: [Word], folded: [String], entities: [Entity], namedGroup: Entity? = nil
    ) -> [EventMention] {
        var found: [EventMention] = []
        for index in folded.indices where index >= 1 && opensMeetingParties(at: index, in: folded) {
            // The meeting word stands just before, past where it was held ("talks in Manila between").
            guard let noun = meetingNoun(before: index, words: words, folded: folded),
                !sentence.text[words[noun].range.upperBound..<words[index].range.lowerBound].contains(",")
            else { continue }
            let start = sentence.start + words[index].utf16Range.upperBound
            let end = sentence.start + clauseEnd(after: start - sentence.start, in: sentence.text)
            var parties = entities.filter { $0.start >= start && $0.start < end && !$0.isRemit }
            // "between Fayez al-Sarraj's Government of National Accord and …": the owner is told of the side, not another.
            let named = parties
            parties.removeAll { owner in owner.isPerson && owner.isPossessive && named.contains { $0.start > owner.end && $0.start - owner.end <= 3 } }
            // "talks between the Congolese government and the rebels": the armed group the report named before;
            // "talks between the Tajik government and the Islamic opposition": a side the report never named meets unnamed.
            var meetsUnnamed = false
            // (Where they met is no side: "… and the rebels resumed in Addis Ababa".)
            parties.removeAll { $0.isCity && isPlace($0, in: sentence) }
            if let firstParty = parties.first, firstParty.participant.name != namedGroup?.participant.name {
                // Past the group a state's adjective describes ("the Congolese government and the rebels").
                let restWords = Array(Tokenizer.words(in: sentence).within(from: firstParty.end - sentence.start, to: end - sentence.start)
                    .drop { EventLexicon.actingGroups.contains($0.folded) })
                let rest = restWords.map(\.folded)
                if parties.count == 1, rest.count >= 3, rest[0] == "and", rest[1] == "the", EventLexicon.armedGroupNouns.contains(rest[2]),
                    var standIn = namedGroup
                {
                    standIn.start = firstParty.end + 1
                    standIn.end = firstParty.end + 1
                    parties.append(standIn)
                } else if rest.count >= 3, rest[0] == "and", rest[1] == "the",
                    let side = rest[2...].prefix(3).firstIndex(where: { EventLexicon.armedGroupNouns.contains($0) || $0 == "opposition" }),
                    rest[2..<side].allSatisfy({ $0 != "and" && $0 != "of" }),
                    // Unless the side is named next ("the rebels of the M23", "the rebels led by …"); "had resumed in Arusha
                    // under U.N. mediation" names only where and how.
                    // ("the communist movement KPLF": the side's name right after it.)
                    parties.count == 1 || !(rest.indices.contains(side + 1)
                        && (["of", "led", "under", "known", "called", "and"].contains(rest[side + 1]) || restWords[side + 1].isCapitalised))
                {
                    meetsUnnamed = true
                }
            }
            // "talks between the Houthi rebels and Saudi-backed government in Sweden": where they met is no
            // side; the side named by its institution alone meets unnamed.
            if parties.count >= 2, case let joiner = words.within(from: parties[0].end - sentence.start, to: parties[1].start - sentence.start).map(\.folded),
                let place = joiner.firstIndex(where: { $0 == "in" || $0 == "at" }), joiner[..<place].contains("and"),
                let side = joiner[..<place].last, EventLexicon.institutionNouns[side] != nil || EventLexicon.armedGroupNouns.contains(side)
            {
                found.append(
                    EventMention(
                        kind: .meet, cameo: CAMEOCode("040")!, actors: [parties[0].participant], targets: [], negated: isNegated(before: noun, in: folded),
                        hedged: isHedged(before: noun, in: folded), trigger: sentence.span(from: words[noun], to: words[noun]), sentence: sentence))
                continue
            }
            let actors: [EventParticipant]
            let lastParty: Entity
            if meetsUnnamed {
                actors = [parties[0].participant]
                lastParty = parties[0]
            } else if let first = parties.first,
                // "talks between Kosovo Prime Minister Albin Kurti, Serbian President Aleksandar Vucic and EU officials": three or more
                // listed. A list's commas are no clause's end.
                // "a phone call between Ruto and … Traore, Ruto informed him": a name again after the list is the next clause's subject.
                let list = longestList(in: entities.filter { $0.start >= first.start && !$0.isRemit }, sentence: sentence, opens: { $0.start == first.start })
                    .map(distinctEntities), list.count >= 3
            {
                actors = list.map(\.participant)
                lastParty = list[list.count - 1]
            } else {
                // Joined by "and", with what each side is between ("Papua New Guinea's government and the autonomous region of Bougainville").
                guard parties.count >= 2,
                    case let joiner = parties[1].start == parties[0].end + 1 ? ["and"]
                        : words.within(from: parties[0].end - sentence.start, to: parties[1].start - sentence.start).map(\.folded),
                    joiner.filter({ $0 == "and" }).count == 1, joiner.count <= 6,
                    // "talks between the rebels and the government in Sweden": where they met is no side.
                    !joiner.contains("in"), !joiner.contains("at"),
                    parties[1].start == parties[0].end + 1
                        || !sentence.text.utf16Slice(from: parties[0].end - sentence.start, to: parties[1].start - sentence.start).contains(",")
                else { continue }
                actors = [parties[0].participant, parties[1].participant]
                lastParty = parties[1]
                guard actors[0].state == nil || actors[0].state != actors[1].state else { continue }
            }
            // "called for talks between", "proposed a meeting between", "talks … are planned": not yet held. What was
            // agreed during the meeting says it was held.
            let isIntended = agreedDuring(meetingAt: noun, in: folded) == nil && (0..<noun).contains { position in
                guard words[position].classes.contains(.eventWord), let (rule, _) = match(at: position, in: folded) else { return false }
                return ![EventKind.meet, .mediate, .support, .congratulate].contains(rule.kind)
            } || isAttempted(noun, in: folded)
            found.append(
                EventMention(
                    kind: .meet, cameo: CAMEOCode("040")!, actors: actors, targets: [], negated: isNegated(before: noun, in: folded),
                    hedged: isIntended || isHedged(before: noun, in: folded)
                        || isPlanned(after: lastParty, in: sentence, insideAside: sentence.text[..<words[noun].range.lowerBound].contains(",")),
                    trigger: sentence.span(from: words[noun], to: words[noun]), sentence: sentence))
        }
        return found
    }

    /// "talks between", or "the meeting of the delegations of Ukraine and Russia": "of" after those who speak for
    /// the sides opens the parties as "between" does.
    static func opensMeetingParties(at index: Int, in folded: [String]) -> Bool {
        folded[index] == "between"
            || (folded[index] == "of" && index >= 3 && folded[index - 2] == "the" && folded[index - 3] == "of"
                && EventLexicon.delegationNouns.contains(folded[index - 1]))
    }

    /// The meeting word of "talks between", "a meeting in Manila between", "a meeting last month in
    /// Moscow between": a few words before "between", farther only past when and where.
    private static func meetingNoun(before between: Int, words: [Word], folded: [String]) -> Int? {
        // "a direct conversation between Netanyahu and Trump", "a phone call between Trump, Vance and the emir".
        guard let noun = (max(0, between - 6)..<between).last(where: { position in
            EventLexicon.meetingWords.contains(folded[position]) || EventLexicon.conversationNouns.contains(folded[position])
                || (folded[position] == "call" || folded[position] == "calls") && position > 0 && EventLexicon.callMedia.contains(folded[position - 1])
        }) else { return nil }
        guard between - noun > 4 else { return noun }
        let whenAndWhere = words[(noun + 1)..<between].allSatisfy { word in
            word.isCapitalised || EventLexicon.timeUnits.contains(word.folded) || ["last", "this", "earlier", "in", "at", "the"].contains(word.folded)
        }
        return whenAndWhere ? noun : nil
    }

    /// "which was agreed upon during a meeting … between": the verb of what was agreed at the meeting
    /// whose word stands at `noun`.
    private static func agreedDuring(meetingAt noun: Int, in folded: [String]) -> Int? {
        var position = noun - 1
        if position >= 0, EventLexicon.articles.contains(folded[position]) { position -= 1 }
        guard position >= 1, ["during", "at"].contains(folded[position]) else { return nil }
        position -= 1
        if ["upon", "on"].contains(folded[position]), position >= 1 { position -= 1 }
        return EventLexicon.concludingVerbs[folded[position]] != nil ? position : nil
    }

    /// "The agreement, which was reached between China, Iran and Saudi Arabia", "a deal signed
    /// between the government and the rebels", "a commission agreed upon during a meeting … between
    /// Rakhmonov and Nuri": everyone listed after "between" agreed.
    static func agreementsBetween(in sentence: TextSpan, words: [Word], folded: [String], entities: [Entity]) -> [EventMention] {
        var found: [EventMention] = []
        for (index, word) in folded.enumerated() where word == "between" && index >= 2 {
            // "The signing of the accord between Santos and Timochenko": the signing names who signed.
            let isSigningOf = EventLexicon.agreementNouns.contains(folded[index - 1])
                && (max(0, index - 6)..<(index - 2)).contains { folded[$0] == "signing" && folded[$0 + 1] == "of" }
            // "secured a ceasefire deal between Hamas and Israel", "a deal between Kenya and Uganda was reached":
            // the deal named just before, concluded by a verb of its clause.
            let concludedDeal = EventLexicon.agreementNouns.contains(folded[index - 1]) ? dealVerb(around: index - 1, in: folded, sentence: sentence, words: words) : nil
            let agreedAtMeeting = meetingNoun(before: index, words: words, folded: folded).flatMap { agreedDuring(meetingAt: $0, in: folded) }
            // Asked only when nothing else concluded the deal.
            let namedAsMade = !isSigningOf && concludedDeal == nil && agreedAtMeeting == nil && isDealNamedAsMade(before: index, words: words, folded: folded)
            guard let verb = isSigningOf ? "057" : EventLexicon.concludingVerbs[folded[agreedAtMeeting ?? index - 1]] ?? concludedDeal.map(\.cameo) ?? (namedAsMade ? "030" : nil),
                isSigningOf || concludedDeal != nil || agreedAtMeeting != nil || namedAsMade
                    || (max(0, index - 8)..<(index - 1)).contains(where: { EventLexicon.agreementNouns.contains(folded[$0]) })
            else { continue }
            let verbIndex = agreedAtMeeting ?? concludedDeal?.index ?? index - 1
            let start = sentence.start + words[index].utf16Range.upperBound
            let listed = entities.filter { $0.start >= start && !$0.isRemit && !$0.isCity && !isPlace($0, in: sentence) }
            guard let first = listed.first, let parties = longestList(in: listed, sentence: sentence, opens: { $0.start == first.start }) else { continue }
            found.append(
                EventMention(
                    kind: .accept, cameo: CAMEOCode(verb)!, actors: parties.map(\.participant), targets: [],
                    negated: isNegated(before: verbIndex, in: folded),
                    hedged: isHedged(before: verbIndex, in: folded) || (namedAsMade && isPlanned(after: parties[parties.count - 1], in: sentence)),
                    trigger: sentence.span(from: words[agreedAtMeeting ?? index - 1], to: words[agreedAtMeeting ?? index - 1]), sentence: sentence))
        }
        return found
    }

    /// Whether the agreement noun just before "between" at `index` names a deal the two made: "The agreement between the
    /// DRC and Rwanda marks a milestone", "The deal follows an agreement between Hamas and Israel"; not one sought, proposed
    /// or to come ("talks on an agreement between", "efforts to reach a deal between"), nor one recalled about its broker
    /// ("Rwanda, which brokered the truce between Kenya and Uganda").
    private static func isDealNamedAsMade(before index: Int, words: [Word], folded: [String]) -> Bool {
        guard index >= 2, EventLexicon.agreementNouns.contains(folded[index - 1]) else { return false }
        if index <= 4 && folded[0] == "the" { return true }
        guard index >= 3, ["an", "a", "the"].contains(folded[index - 2]),
            !folded[max(0, index - 7)..<(index - 2)].contains(where: {
                EventLexicon.dealsToCome.contains($0) || EventLexicon.attemptWords.contains($0) || EventLexicon.reachingWords.contains($0)
                    || EventLexicon.relativePronouns.contains($0)
            })
        else { return false }
        return !(0..<(index - 2)).contains { words[$0].classes.contains(.eventWord) && match(at: $0, in: folded).map { [.demand, .propose, .reject].contains($0.0.kind) } == true }
    }

    /// The verb by which the deal at `noun` was concluded, in its clause before it ("secured a deal") or
    /// after it ("a deal … was reached"), with its code.
    private static func dealVerb(around noun: Int, in folded: [String], sentence: TextSpan, words: [Word]) -> (index: Int, cameo: String)? {
        let clauseStart = EventFinder.clauseStart(before: words[noun].utf16Range.lowerBound, in: sentence.text)
        let before = (max(0, noun - 8)..<noun).reversed().first { words[$0].utf16Range.lowerBound >= clauseStart && EventLexicon.dealVerbs[folded[$0]] != nil }
            ?? praisedDeal(before: noun, in: folded, clauseStart: clauseStart, words: words)
        let after = folded.indices.dropFirst(noun + 1).prefix(12).first { position in
            EventLexicon.dealVerbs[folded[position]] != nil && EventLexicon.passiveAuxiliaries.contains(folded[position - 1])
        }
        // "the United States, which brokered the truce between Israel and Hezbollah": a deal recalled about its broker.
        guard let verb = before ?? after, let cameo = EventLexicon.dealVerbs[folded[verb]] ?? (EventLexicon.praisingVerbs.contains(folded[verb]) ? "030" : nil),
            verb == 0 || !EventLexicon.relativePronouns.contains(folded[verb - 1])
        else { return nil }
        return (verb, cameo)
    }

    /// "welcomed the deal between Kenya and Uganda": a deal praised is one concluded, but not one to come
    /// ("welcomed the proposed deal", "welcomed talks on a deal").
    private static func praisedDeal(before noun: Int, in folded: [String], clauseStart: Int, words: [Word]) -> Int? {
        guard let verb = (max(0, noun - 4)..<noun).last(where: { EventLexicon.praisingVerbs.contains(folded[$0]) }),
            words[verb].utf16Range.lowerBound >= clauseStart,
            !folded[(verb + 1)..<noun].contains(where: { EventLexicon.dealsToCome.contains($0) })
        else { return nil }
        return verb
    }

    /// "peace talks were held in Kunming", "a meeting took place in Kunming": a meeting whose
    /// sentence names nobody who held it. Where the meeting word and the verb stand.
    static func heldMeeting(in folded: [String]) -> (noun: Int, verb: Int)? {
        // On the length first: every sentence is asked.
        guard let verb = folded.indices.first(where: { position in
            let word = folded[position]
            // "where talks have been held since late last year".
            return (word.utf8.count == 4 && word == "held" && position >= 2 && ["were", "was", "been"].contains(folded[position - 1]))
                || (word.utf8.count == 5 && word == "place" && position >= 2 && ["took", "take", "takes"].contains(folded[position - 1]))
                // "since the halting talks began here last month", "the talks ended on Friday".
                // Every word of every sentence is asked: its length and last letter first ("began", "ended", "resumed").
                || ((5...9).contains(word.utf8.count) && (word.utf8.last == UInt8(ascii: "d") || word.utf8.last == UInt8(ascii: "n")) && position >= 1
                    && EventLexicon.meetingsUnderWay.contains(word) && EventLexicon.meetingWords.contains(folded[position - 1]))
        }) else { return nil }
        // The meeting word stands a few words before the auxiliary: "peace talks were held", "a meeting in Kunming took place".
        let auxiliary = EventLexicon.meetingsUnderWay.contains(folded[verb]) ? verb : verb - 1
        guard let noun = (max(0, auxiliary - 3)..<auxiliary).last(where: { EventLexicon.meetingWords.contains(folded[$0]) }) else { return nil }
        // "talks were held by the two foreign ministers", "talks between …": someone is named for them.
        guard !folded[verb...].prefix(4).contains("by"), !folded[..<verb].contains("between") else { return nil }
        return (noun, verb)
    }

    /// "the first meeting between representatives of the two countries": a meeting between a pair
    /// named before. The meeting word's position, when the sentence has one so.
    static func meetingBetweenPair(in folded: [String]) -> Int? {
        for (index, word) in folded.enumerated() where word == "between" && index >= 1 {
            guard let noun = (max(0, index - 4)..<index).last(where: { EventLexicon.meetingWords.contains(folded[$0]) }) else { continue }
            let after = folded[(index + 1)...].prefix(5)
            guard let count = after.firstIndex(where: { $0 == "two" || $0 == "both" }), count + 1 < folded.count,
                EventLexicon.partyNouns.contains(folded[count + 1]) || EventLexicon.statePairNouns.contains(folded[count + 1])
            else { continue }
            return noun
        }
        return nil
    }

    /// "talks between Israel and Hamas are expected next week": a hedge just after the meeting's parties.
    private static func isPlanned(after party: Entity, in sentence: TextSpan, insideAside: Bool = false) -> Bool {
        let end = party.end - sentence.start
        guard let hedge = Tokenizer.words(in: sentence).within(end..<(end + 40)).prefix(4).first(where: {
            EventLexicon.hedges.contains($0.folded) || ["will", "if", "unless"].contains($0.folded)
        }) else { return false }
        // "The accord, concluded after talks between A and B, will be followed by …": the comma closes the
        // aside the talks were told in, and what is to come is the sentence's own.
        // Initials given in brackets may stand between: "and the Libyan National Army (LNA), will be …".
        var gap = Substring(sentence.text.utf16Slice(from: end, to: hedge.utf16Range.lowerBound))
        if gap.hasPrefix(" ("), let close = gap.firstIndex(of: ")") { gap = gap[gap.index(after: close)...] }
        let closing = gap.trimmingPrefix(" ")
        return !(insideAside && closing.hasPrefix(",") && closing.dropFirst().allSatisfy { $0 == " " })
    }

    /// "Trump's proposal", "Egypt's reconstruction plan": a plan is proposed by its owner.
    static func ownedProposals(
        in sentence: TextSpan, words: [Word], people: ArraySlice<PersonMention>, states: ArraySlice<StateMention>,
        organisations: ArraySlice<OrganisationMention>
    ) -> [EventMention] {
        var found: [EventMention] = []
        for (index, word) in words.enumerated() where index >= 1 && word.classes.contains(.phraseNoun) && EventLexicon.ownedPlanWords.contains(word.folded) {
            // "Ethiopia's plan to build a naval base" is an intention, not a proposal to others.
            if word.folded.hasPrefix("plan"), index + 1 < words.count, words[index + 1].folded == "to" { continue }
            // The owner's mark on the word before, or before a few words that describe the plan
            // ("Egypt's $53 billion reconstruction plan"); or a state's adjective ("a U.S. proposal").
            let owner: EventParticipant
            if let ownerIndex = (max(0, index - 5)..<index).last(where: { words[$0].isPossessive }),
                // "the RSF's agreement to the proposal": a preposition or article starts another phrase.
                // "Trump's ambitious 20-point Gaza Peace Plan": a plan's name in capitals may stand between.
                words[(ownerIndex + 1)..<index].allSatisfy({
                    (!$0.isCapitalised || word.isCapitalised) && !EventLexicon.articles.contains($0.folded) && !EventLexicon.referringPrepositions.contains($0.folded)
                })
            {
                let ownerEnd = sentence.start + words[ownerIndex].utf16Range.upperBound
                guard let (named, _) = named(people: people, states: states, organisations: organisations, where: { $0.end == ownerEnd }) else { continue }
                owner = named
            } else if let adjective = adjectiveOwner(of: index, in: words) {
                owner = adjective
            } else {
                continue
            }
            guard !found.contains(where: { $0.actors == [owner] }) else { continue }
            found.append(phraseEvent(.propose, cameo: "037", by: owner, at: word, in: sentence))
        }
        return found
    }

    /// "a U.S. proposal", "the Egyptian ceasefire plan": the state whose adjective stands before the
    /// plan word, past at most two lower-case words that describe the plan.
    static func adjectiveOwner(of index: Int, in words: [Word]) -> EventParticipant? {
        var before = index - 1
        while before >= 0, index - before <= 3, !words[before].isCapitalised, !EventLexicon.articles.contains(words[before].folded) { before -= 1 }
        guard before >= 0, case .state(let code, let form)? = Gazetteer.phrases[[words[before].text]] else { return nil }
        // "a US ceasefire proposal": initials stand as an adjective does.
        let isInitials = words[before].text.count <= 4 && words[before].text.allSatisfy(\.isUppercase)
        guard form == .adjective || (form == .name && isInitials) else { return nil }
        return EventParticipant(name: words[before].text, state: code)
    }

    /// One event a word names for each of `participants` that `found` has none for.
    static func addPhraseEvents(
        _ kind: EventKind, cameo: String, by participants: [EventParticipant], at word: Word, in sentence: TextSpan, to found: inout [EventMention]
    ) {
        for participant in participants where !found.contains(where: { $0.actors == [participant] }) {
            found.append(phraseEvent(kind, cameo: cameo, by: participant, at: word, in: sentence))
        }
    }

    /// An event one word names, by one actor, said outright.
    private static func phraseEvent(_ kind: EventKind, cameo: String, by actor: EventParticipant, at word: Word, in sentence: TextSpan) -> EventMention {
        EventMention(
            kind: kind, cameo: CAMEOCode(cameo)!, actors: [actor], targets: [], negated: false, hedged: false,
            trigger: sentence.span(from: word, to: word), sentence: sentence)
    }

    /// The person, else the state, else the body named where `isWanted` holds, as a participant.
    static func named(
        people: ArraySlice<PersonMention>, states: ArraySlice<StateMention>, organisations: ArraySlice<OrganisationMention>,
        where isWanted: (TextSpan) -> Bool
    ) -> (EventParticipant, TextSpan)? {
        if let person = people.last(where: { isWanted($0.span) }) { return (EventParticipant(name: person.name, state: person.state), person.span) }
        if let state = states.last(where: { isWanted($0.span) }) { return (EventParticipant(name: state.span.text, state: state.state), state.span) }
        if let organisation = organisations.last(where: { isWanted($0.span) }) {
            return (EventParticipant(name: organisation.name, organisation: organisation.name), organisation.span)
        }
        return nil
    }
}
