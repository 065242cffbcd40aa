/// Who acts in an event and whom it concerns: the subject before the event word, the agent
/// after "by" in the passive, or who a relative pronoun, a pair noun or a shared subject stands for.
extension EventFinder {
    /// The actors (the subject before the event word, or the agent after "by" in the passive)
    /// and the targets (named after it, up to the end of its clause).
    static func participants(
        of trigger: TextSpan, wordIndex: Int, length: Int, words: [String], entities: [Entity], previousPerson: Entity?,
        previousActors: [Entity] = [], previousOrganisation: Entity? = nil, antecedents: Antecedents = Antecedents(),
        happensSomewhere: Bool = false, sentence: TextSpan, asides: Asides? = nil
    ) -> (actors: [Entity], targets: [Entity]) {
        let text = sentence.text
        let triggerOffset = trigger.start - sentence.start
        let clauseStart = clauseStart(before: triggerOffset, in: text)
        let interruptions = (asides ?? Asides(in: text)).closed(before: triggerOffset)
        var before = entities.filter { entity in
            entity.end <= trigger.start && entity.start - sentence.start >= clauseStart
                && !interruptions.contains { $0.contains(entity.start - sentence.start) }
                && !entity.isRemit && !isPlace(entity, in: sentence) && !isRecipient(entity, in: sentence)
                && !isSayer(entity, before: trigger, in: sentence) && !isTopic(entity, in: sentence)
        }
        // "The UN's Libya mission urged": the state names where the owner's body works; the owner acts.
        let named = before
        before.removeAll { entity in
            guard !entity.isPerson, entity.participant.organisation == nil, let owner = named.last(where: { $0.end <= entity.start }),
                ["’s ", "'s "].contains(sentence.text.utf16Slice(from: owner.end - sentence.start, to: entity.start - sentence.start)),
                let following = Tokenizer.words(in: sentence).within(from: entity.end - sentence.start, to: entity.end - sentence.start + 20).first
            else { return false }
            return EventLexicon.bodyNouns.contains(following.folded)
        }
        // "Under the auspices of Saudi Arabia, representatives of the army and the RSF commenced talks":
        // a phrase that opens the sentence and a comma closes holds no subject when one follows it.
        // "At a ceremony with Rubio in Washington, the two countries' foreign ministers signed": a subject
        // the sentence names by a noun after the phrase is not the one named inside it.
        if let introEnd = introductoryPhraseEnd(of: sentence, before: triggerOffset),
            before.contains(where: { $0.start - sentence.start >= introEnd })
                || EventLexicon.nounSubjectOpeners.contains(where: text.utf16Slice(from: introEnd, to: triggerOffset).hasPrefix)
        {
            before.removeAll { $0.start - sentence.start < introEnd }
        }
        var clauseEnd = clauseEnd(after: trigger.end - sentence.start, in: text)
        // "held talks with his Indian counterpart, Subrahmanyam Jaishankar": a name set off after its office is in the clause.
        if let holder = entities.first(where: { $0.isPerson && $0.start - sentence.start == clauseEnd + 2 }),
            endsWithOffice(Tokenizer.words(in: sentence).within(from: trigger.end - sentence.start, to: clauseEnd))
        {
            clauseEnd = Self.clauseEnd(after: holder.end - sentence.start, in: text)
        }
        // "signed a peace agreement in Washington", "held talks in Thailand": where it happened,
        // not whom it concerns ("a truce in Sudan" still concerns Sudan).
        let allAfter = entities.filter { $0.start >= trigger.end && !(($0.isCity || happensSomewhere) && isPlace($0, in: sentence)) }
        var after = allAfter.filter { $0.start - sentence.start < clauseEnd }
        // "was not invited": the auxiliary stands before the negation.
        let previous = words[..<wordIndex].last { !EventLexicon.negations.contains($0) } ?? ""
        // "a ceasefire agreed to by the Prime Ministers of Cambodia and Thailand": the agent past the preposition.
        let afterPreposition = wordIndex + length + 1 < words.count && ["to", "upon", "on"].contains(words[wordIndex + length]) ? words[wordIndex + length + 1] : nil
        // "the proposal presented yesterday by the Egyptian and Qatari mediators": past when it was.
        var pastTime = insertedTime(at: wordIndex + length, in: words).map { wordIndex + length + $0 } ?? wordIndex + length
        // "welcomed internationally by the UN": an adverb before the agent.
        if pastTime + 1 < words.count, words[pastTime].hasSuffix("ly"), words[pastTime + 1] == "by" { pastTime += 1 }
        let next = afterPreposition == "by" || (pastTime < words.count && words[pastTime] == "by") ? "by"
            : pastTime < words.count && words[pastTime] == "from" ? "from"
            : wordIndex + length < words.count ? words[wordIndex + length] : ""
        // "was committed to the agreement", "was prepared to impose sanctions", "were involved in discussions",
        // "were delighted with the deal" describe their subject; "was invited to the summit" is passive.
        let isPassive = (EventLexicon.passiveAuxiliaries.contains(previous) && words[wordIndex].hasSuffix("ed")
            && !["committed", "prepared", "involved", "delighted", "pleased"].contains(words[wordIndex]))
            || (next == "by" && (words[wordIndex].hasSuffix("ed") || irregularParticiples.contains(words[wordIndex])))
        // "a proposal by the United States and Saudi Arabia": the noun's agents follow.
        // "a joint press conference by Erdogan, …": the noun may close the event's words.
        // "following requests from Bangkok and Phnom Penh", "a call from Kyiv": who asks follows "from".
        let asksFrom = next == "from" && EventLexicon.requestNouns.contains(words[wordIndex])
        let agentWord = asksFrom ? "from" : "by"
        let isNounWithAgent = asksFrom || next == "by" && (isNounTrigger(words[wordIndex]) || isNounTrigger(words[wordIndex + length - 1]))
        if isPassive || isNounWithAgent {
            // "signed in the Qatari capital Doha by": where it happened may stand before the agent.
            let reach = wordIndex + length < words.count && EventLexicon.placePrepositions.contains(words[wordIndex + length]) ? 8 : 5
            let hasAgent = words[(wordIndex + length)...].prefix(reach).contains(agentWord)
            // "brokered by Egypt, Qatar and the United States": every agent listed.
            var agents: [Entity] = []
            // "a statement agreed by all 15 members": the agent follows "by" in its phrase, or is nobody named.
            let firstAfterBy = reach > 5 ? allAfter.first { isAgent($0, after: trigger, in: sentence, preposition: agentWord) } : allAfter.first
            if hasAgent, var first = firstAfterBy, isAgent(first, after: trigger, in: sentence, preposition: agentWord) {
                // "an offer by Yemen's Houthi movement": the body the possessive owns.
                if let owned = ownedEntity(after: first, in: allAfter, sentence: sentence) { first = owned }
                // "attended by African Union chairperson Mahmoud Ali Youssouf, …": the list may open with the body's official.
                let body = first
                agents = longestList(in: allAfter, sentence: sentence) { head in
                    head.start == body.start || (head.isPerson && head.participant.organisation == body.participant.name)
                } ?? [first]
            }
            // "proposed by the Quartet, comprising the United States, …", "attended by the heads of the
            // five delegations: …": a group named by what it is, then its members.
            if hasAgent, agents.isEmpty, let first = allAfter.first, isGroupBeforeItsMembers(first, after: trigger, in: sentence) { agents = [first] }
            // "was signed by the foreign ministers of both countries": the pair the agent's words stand for.
            if hasAgent, agents.isEmpty, let by = words[(wordIndex + length)...].prefix(reach).firstIndex(of: agentWord),
                let both = words[(by + 1)...].prefix(7).firstIndex(where: { $0 == "both" || $0 == "two" }), both + 2 <= words.count,
                let pair = pairSubject(before: both + 2, in: words)
            {
                agents = pairActors(pair, wordIndex: both + 2, words: words, entities: entities, trigger: trigger, sentence: sentence, antecedents: antecedents)
            }
            // "Hosted by Kallas, Serbian President Aleksandar Vucic and …": after an opening phrase the sentence's subject follows.
            if wordIndex == 0, let introEnd = introductoryPhraseEnd(of: sentence, before: text.utf16.count) {
                agents.removeAll { $0.start - sentence.start >= introEnd }
            } else if let last = agents.last {
                agents += listedMembers(after: last, in: allAfter, sentence: sentence)
                agents += companions(alongWith: agents.last ?? last, in: allAfter, sentence: sentence)
            }
            let subject = before.last.map { subjectGroup(ending: $0, in: before, sentence: sentence, asides: interruptions) } ?? []
            return (agents, isNounWithAgent ? [] : subject)
        }
        var actors: [Entity] = []
        // "…, but failed to secure a ceasefire": past the infinitive's "to" after a failure.
        let lead = words[..<wordIndex].reversed().drop { $0 == "to" && wordIndex >= 2 && EventLexicon.negations.contains(words[wordIndex - 2]) }
            .first { !EventLexicon.auxiliaries.contains($0) && !EventLexicon.negations.contains($0) }
        // "said they would not reopen the border, rejecting an appeal": a participle set off by a
        // comma shares the sentence's subject, as a verb after "and" does, whoever acted last.
        // ", successfully brokering a commitment": an adverb may stand between.
        let adverbBefore = wordIndex >= 1 && words[wordIndex - 1].hasSuffix("ly") ? words[wordIndex - 1].utf16.count + 1 : 0
        let isParticiple = words[wordIndex].hasSuffix("ing") && triggerOffset - adverbBefore >= 2
            && text.utf16Slice(from: triggerOffset - adverbBefore - 2, to: triggerOffset - adverbBefore) == ", "
        let sharesSubject = lead == "and" || lead == "but" || isParticiple
        // "Erdogan, who brokered the declaration, said": the relative pronoun stands for the name before it.
        if let antecedent = relativeAntecedent(before: triggerOffset, in: text, entities: entities, sentence: sentence), before.isEmpty {
            // "Egypt, Saudi Arabia and the UAE, which have backed …": everyone listed.
            // "US Ambassador to Malaysia Edgard Kagan and …, who": the state an office is held in is not listed.
            return (subjectGroup(ending: antecedent, in: entities.filter { $0.start <= antecedent.start && !$0.isRemit }, sentence: sentence), after)
        }
        // "Clinton was one of 20 foreign leaders who joined the peace conference": the one of them named before.
        if let lead, EventLexicon.relativePronouns.contains(lead), let member = memberOfGroup(before: wordIndex, words: words, entities: before, in: sentence) {
            return ([member], after)
        }
        // "assassinated by a far-right Zionist who opposed his peace initiatives", "a conflict that had
        // threatened to push the country to war": the pronoun stands for a noun nobody named, the
        // object of another verb after the last name.
        if let lead, isRelativeClauseOfUnnamed(lead, before: trigger, entities: before, in: sentence) { return ([], after) }
        // Not the owner of a noun's event ("rejected Kyiv's demand …, offering instead short truces"), but a state
        // that owns an office ("Qatar's prime minister spoke with …, successfully brokering").
        // Asked only of a participle, since it tokenizes what follows each possessive actor.
        func ownsOnlyAnEvent() -> Bool {
            previousActors.contains { actor in
                guard actor.isPossessive else { return false }
                // Past the owner's mark, which may stand as a word of its own.
                let owned = Tokenizer.words(in: String(text.utf16Suffix(from: actor.end - sentence.start).prefix(40))).map(\.folded)
                    .drop { ["s", "’s", "'s"].contains($0) }
                return Offices.titleLength(opening: owned) == nil
            }
        }
        // "Trump told the Emir that Israel had agreed … and asked for Qatari help": who told asks, not whom the report is of.
        if lead == "and", let teller = tellerOfReport(before: wordIndex, words: words, previousActors: previousActors, entities: entities, sentence: sentence) {
            actors = [teller]
        } else if lead == "and" || lead == "but" || isParticiple && !ownsOnlyAnEvent(), !previousActors.isEmpty {
            // "Grundberg welcomed the announcement and urged …": the verbs share their subject, as a participle
            // does with the verb before it ("spoke with Iranian officials, successfully brokering a commitment").
            actors = previousActors
        } else if sharesSubject, let speaker = entities.first(where: { $0.isPerson && isFollowedBySpeechVerb($0, in: sentence) }),
            speaker.end <= trigger.start
        {
            // "EU foreign policy chief Kaja Kallas said the bloc was ready and urged Tbilisi …": the speaker.
            // "Anwar said the US president personally spoke to Hun, urging a speedy resolution": the reported
            // clause's subject, whose participle it is.
            let reported = isParticiple ? before.first { $0.start > speaker.end && !$0.isCity && !isPlace($0, in: sentence) } : nil
            actors = [reported ?? speaker]
        } else if sharesSubject, words.first == "he" || words.first == "she", let person = previousPerson {
            // "He also acknowledged Turkish President Recep Tayyip Erdogan as … and lauded Qatar’s contributions": the
            // pronoun the sentence opens with, not whom the first verb took.
            actors = [person]
        } else if sharesSubject, let first = entities.first, first.start - sentence.start < 12 || onlyTitlesBefore(first, in: sentence),
            !before.contains(where: { $0.start == first.start }) || before.count > 1,
            // "Norway's foreign ministry says delegations from both sides met … and agreed": who says so did neither,
            // but "India's Home Ministry said the talks would continue and urged the group" did urge.
            !(first.isPossessive && words[..<wordIndex].contains(where: { $0 == "both" || $0 == "two" }) && isSayer(first, before: trigger, in: sentence))
        {
            // "Moscow has expressed concerns that … and has insisted that …", "X said … but urged":
            // the sentence's subject.
            // "Pashinyan and Aliyev met … and initialled": everyone listed with the first.
            // "Yemen's Houthi movement said … but vowed": what the possessive owns is the subject.
            let head = ownedEntity(after: first, in: entities, sentence: sentence) ?? first
            actors = [head]
            for candidate in entities where candidate.start > head.start && candidate.end <= trigger.start {
                let group = subjectGroup(ending: candidate, in: entities.filter { $0.start <= candidate.start }, sentence: sentence)
                guard group.first?.start == head.start else { break }
                actors = group
            }
        } else if isGroupSubject(before: wordIndex, in: words),
            let organisation = entities.last(where: { $0.participant.organisation != nil && $0.end <= trigger.start }) ?? previousOrganisation,
            // "The UN would be involved … The rebels have accepted": fighters are an armed movement's, or a body's the gazetteer does not know.
            !EventLexicon.fightingSides.contains(words[subjectNoun(before: wordIndex, in: words)])
                || organisation.participant.organisation.map({ Gazetteer.armedMovementNames.contains($0) || !Gazetteer.organisationNames.contains($0) }) == true
        {
            // "Hamas spokesman Hazem Qassem said the group was committed", "the paramilitary group has
            // not committed": the organisation named last. The group is the subject
            // even after other names: "Faye, whom the bloc appointed".
            actors = [organisation]
            // "Yemen's government and the Houthi rebels agreed": the group is named with its noun, and
            // those listed before it act with it.
            let nextWord = Tokenizer.words(in: sentence).within(from: organisation.end - sentence.start, to: triggerOffset).first
            if let nextWord, EventLexicon.groupNouns.contains(nextWord.folded), before.contains(where: { $0.start == organisation.start }) {
                actors = subjectGroup(ending: organisation, in: before, sentence: sentence, asides: interruptions)
            }
        } else if hasSubject("he", before: wordIndex, in: words) || hasSubject("she", before: wordIndex, in: words),
            let person = entities.last(where: { $0.isPerson && !$0.isPossessive && $0.end <= trigger.start }) ?? previousPerson
        {
            // "Trump left Israel … and arrived in Sharm el-Sheikh, where he is co-chairing a summit": the pronoun just
            // before the verb stands for the person, not for the place named after him.
            actors = [person]
        } else if hasSubject("it", before: wordIndex, in: words), isSaidByParticiple(subject: subjectNoun(before: wordIndex, in: words), in: words),
            let subject = entities.first, !subject.isPerson, subject.end <= trigger.start,
            subject.start - sentence.start < 12 || onlyTitlesBefore(subject, in: sentence)
        {
            // "Sudan's government rejected a proposal by the United States …, saying it would not accept": "it" is
            // whoever the participle's clause began with, not the body named last.
            actors = [ownedEntity(after: subject, in: entities, sentence: sentence) ?? subject]
        } else if let last = before.last, !isPairSubject(before: wordIndex, in: words, sentence: sentence), groupCount(before: wordIndex, in: words) == nil {
            // "… with Cambodia, a month after the two countries signed": the pair's noun is nearer than any name.
            actors = subjectGroup(ending: last, in: before, sentence: sentence, asides: interruptions)
            // "Trump backs Putin’s proposal": a possessive before a verb is not its subject.
            // "with Oman's foreign minister shuttling between": an official named by office acts for the owner.
            if last.isPossessive, !isNounTrigger(words[wordIndex]), !isOfficeOfOwner(last, before: trigger, in: sentence),
                let owner = before.last(where: { !$0.isPossessive })
            {
                actors = subjectGroup(ending: owner, in: before, sentence: sentence, asides: interruptions)
            }
        } else if words[..<wordIndex].contains(where: { $0 == "he" || $0 == "she" }),
            // "He stressed that the two sides agreed": the pair is the subject, not the one who says so.
            pairSubject(before: wordIndex, in: words) == nil,
            // "Christodoulides said he was ready": the person named in the sentence, else the one before.
            let person = entities.last(where: { $0.isPerson && !$0.isPossessive && $0.end <= trigger.start }) ?? previousPerson
        {
            actors = [person]
        } else if hasSubject("it", before: wordIndex, in: words), let institution = sayingInstitution(in: words), let state = antecedents.institutions[institution] {
            // "The army said it was studying the invitation": "it" is the institution that says so.
            actors = [Entity(participant: state, start: trigger.start, end: trigger.start, isPossessive: false, isPerson: false)]
        } else if hasSubject("it", before: wordIndex, in: words),
            let body = entities.first(where: { !$0.isPerson && $0.end <= trigger.start && isFollowedBySpeechVerb($0, in: sentence) })
                ?? entities.last(where: { !$0.isPerson && !$0.isRemit && $0.end <= trigger.start && !isPlace($0, in: sentence) }) ?? previousOrganisation
        {
            // "Egypt said talks with Ethiopia had failed and that it reserved the right": "it" is the
            // body that says so; "Hezbollah … its leader warned that it would not accept": else the body named last.
            actors = [body]
        } else if let count = groupCount(before: wordIndex, in: words), let group = antecedents.groups[count] {
            // "the four agreed", "the quartet of foreign ministers called for": the last so many named together.
            actors = group
        } else if let pair = pairSubject(before: wordIndex, in: words) ?? pairThatSays(before: wordIndex, in: words) {
            actors = pairActors(pair, wordIndex: wordIndex, words: words, entities: entities, trigger: trigger, sentence: sentence, antecedents: antecedents)
        } else if isPluralOfficialsSubject(before: wordIndex, in: words), let group = antecedents.lastList(before: sentence),
            !entities.contains(where: { $0.end <= trigger.start })
        {
            // "Ministers from Egypt, Ethiopia and Sudan agreed to reconvene. The ministers met …": those of the states just listed.
            actors = group
        } else if hasSubject("they", before: wordIndex, in: words), let named = [antecedents.pair, antecedents.parties].first(where: { $0.count == 2 }),
            !entities.contains(where: { $0.end <= trigger.start })
        {
            // "The two sides signed a joint communique … They agreed to seek": the last two who acted together;
            // "Pakistan's DGMO called his Indian counterpart. They agreed": the one and the other.
            actors = named
        } else if isOwnInstitutionSubject(before: wordIndex, in: words),
            let person = entities.last(where: { $0.isPerson && !$0.isPossessive && $0.end <= trigger.start }) ?? previousPerson
        {
            // "Krasnoselsky said his administration would not accept": the speaker stands for it.
            actors = [person]
        } else if let institution = institutionSubject(before: wordIndex, in: words),
            let state = antecedents.institutions[institution] ?? speakersInstitution(institution, before: trigger, entities: entities, sentence: sentence)
        {
            // "the army dismissed the plan": the state whose army the report names elsewhere;
            // "Chapo said the government would consider": else the state of the one who says so.
            actors = [Entity(participant: state, start: trigger.start, end: trigger.start, isPossessive: false, isPerson: false)]
        } else if let speaker = quotationSpeaker(around: triggerOffset, in: text, entities: entities, sentence: sentence) {
            // “We congratulate Donald Trump …,” Putin said.
            actors = [speaker]
            after.removeAll { $0.start == speaker.start }
        } else if !opensWithDocument(words), let agentMark = words[(wordIndex + length)...].prefix(5).firstIndex(where: { $0 == "from" || $0 == "by" }),
            // "rejected a proposal by the Indian government": the agent is the proposal's, not the rejection's.
            // "rejecting an appeal from two former presidents": the appeal's agent, not the rejection's.
            !words[(wordIndex + length)..<agentMark].contains(where: { EventLexicon.ownedPlanWords.contains($0) || EventLexicon.requestNouns.contains($0) })
        {
            // "the threat of new sanctions from EU nations": the agent follows.
            if let agent = after.first {
                actors = [agent]
                after.removeFirst()
            }
        }
        // "Pakistan will not negotiate, Defence Minister Khawaja Asif said on Tuesday, rejecting an
        // offer …": a participle after the attribution is the speaker's.
        if actors.isEmpty, words[wordIndex].hasSuffix("ing"), text.utf16Slice(from: triggerOffset - 2, to: triggerOffset) == ", ",
            let speaker = entities.last(where: { $0.end <= trigger.start && isFollowedBySpeechVerb($0, in: sentence) })
        {
            actors = [speaker]
            after.removeAll { $0.start == speaker.start }
        }
        // A person is one target, a state another: "appointed Keith Kellogg as envoy for Ukraine".
        func key(_ entity: Entity) -> String { entity.isPerson ? entity.participant.name : entity.participant.state ?? entity.participant.name }
        var seen = Set(actors.map(key))
        let targets = after.filter { seen.insert(key($0)).inserted }
        return (actors, Array(targets.prefix(4)))
    }

    /// "attended by Rubio, …, along with senior officials from the African Union, the State of Qatar, and the U.S.
    /// Congress": those listed after "along with", past whom they are officials of.
    static func companions(alongWith last: Entity, in entities: [Entity], sentence: TextSpan) -> [Entity] {
        let rest = sentence.text.utf16Suffix(from: last.end - sentence.start)
        // Past officials named by their office alone: "…, DRC Foreign Minister and Rwandan Foreign Minister, along with".
        guard let along = rest.range(of: "along with "), case let gap = rest[..<along.lowerBound], gap.count <= 60, !gap.contains(where: { ".;:".contains($0) })
        else { return [] }
        let listStart = last.end + rest.utf16.distance(from: rest.startIndex, to: along.upperBound)
        guard let first = entities.first(where: { $0.start >= listStart && $0.start - listStart <= 40 }),
            !sentence.text.utf16Slice(from: listStart - sentence.start, to: first.start - sentence.start).contains(",")
        else { return [] }
        return longestList(in: entities.filter { $0.start >= first.start }, sentence: sentence) { $0.start == first.start } ?? [first]
    }

    /// Whose role or help an event word after "in" is: "praised Trump’s role in brokering the agreement" (the
    /// possessive just before), "thanked French President Emmanuel Macron for his assistance in achieving this
    /// ceasefire" (whom "his" stands for, named before "for").
    static func ownerOfHelp(
        before index: Int, trigger: TextSpan, words: [Word], folded: [String], entities: [Entity], in sentence: TextSpan
    ) -> Entity? {
        guard index >= 3, folded[index - 1] == "in", EventLexicon.helpingNouns.contains(folded[index - 2]) else { return nil }
        if let owner = entities.last(where: { $0.isPossessive && $0.end <= trigger.start }),
            Tokenizer.words(in: sentence).within(from: owner.end - sentence.start, to: trigger.start - sentence.start).count <= 3
        {
            return owner
        }
        guard index >= 4, folded[index - 4] == "for",
            EventLexicon.ownerPronouns.contains(folded[index - 3]) || EventLexicon.personalOwners.contains(folded[index - 3])
        else { return nil }
        return entities.last { $0.end <= sentence.start + words[index - 4].utf16Range.lowerBound }
    }

    private static let companionJoinerTexts = EventLexicon.companionJoiners.map { " " + $0.joined(separator: " ") + " " }

    /// "led ceasefire efforts for Lebanon alongside allies, including France": those named after a joiner
    /// that follows the event word, in the same clause.
    static func companionsAfter(_ trigger: TextSpan, among targets: [Entity], in sentence: TextSpan) -> [Entity] {
        let rest = sentence.text.utf16Suffix(from: trigger.end - sentence.start)
        guard let joiner = companionJoinerTexts.lazy.compactMap({ rest.range(of: $0) }).first else { return [] }
        let listStart = trigger.end + rest.utf16.distance(from: rest.startIndex, to: joiner.upperBound)
        let clause = rest[joiner.upperBound...]
        let clauseEnd = listStart + clause.utf16.distance(from: clause.startIndex, to: clause.firstIndex(where: { ";:".contains($0) }) ?? clause.endIndex)
        return targets.filter { $0.start >= listStart && $0.end <= clauseEnd && !$0.isCity }
    }

    /// Participles not ending in "-ed" that take an agent: "put forward by Cairo".
    /// "Clinton was one of 20 foreign leaders who …", "Kenya was among the states that …": whom a copula ties to the
    /// group a relative clause tells of, named just before it.
    private static func memberOfGroup(before wordIndex: Int, words: [String], entities: [Entity], in sentence: TextSpan) -> Entity? {
        let window = max(0, wordIndex - 9)..<wordIndex
        guard let link = window.reversed().first(where: { words[$0] == "among" || words[$0] == "one" && $0 + 1 < words.count && words[$0 + 1] == "of" }),
            link >= 1, ["was", "is", "were", "are"].contains(words[link - 1])
        else { return nil }
        let split = Tokenizer.words(in: sentence)
        guard link - 1 < split.count, split.count == words.count else { return nil }
        let copulaStart = sentence.start + split[link - 1].utf16Range.lowerBound
        return entities.last { $0.end <= copulaStart && copulaStart - $0.end <= 1 }
    }

    static let irregularParticiples: WordTable<Void> = ["put", "made", "set", "drawn", "laid", "brought", "sent"]

    static func isVerb(_ word: String) -> Bool {
        word.hasSuffix("ed") || word.hasSuffix("s") || ["met", "meet", "propose", "accept", "reject", "demand", "support", "threaten", "invite"].contains(word)
    }

    /// "Trump informed Qatar’s Emir that Israel had agreed to the ceasefire and urged him …": after a report of what
    /// another did, "and" and a verb asking something go on with whoever told it.
    private static func tellerOfReport(before wordIndex: Int, words: [String], previousActors: [Entity], entities: [Entity], sentence: TextSpan) -> Entity? {
        guard EventLexicon.askingVerbs.contains(words[wordIndex]),
            let that = words[..<wordIndex].lastIndex(of: "that"), that >= 2,
            let telling = words[max(0, that - 5)..<that].lastIndex(where: { Offices.listenerVerbs.contains($0) }),
            let reported = previousActors.first
        else { return nil }
        let tokens = Tokenizer.words(in: sentence)
        guard reported.start > sentence.start + tokens[that].utf16Range.lowerBound else { return nil }
        let tellingStart = sentence.start + tokens[telling].utf16Range.lowerBound
        return entities.last { $0.end <= tellingStart && !$0.isPossessive && !$0.isCity }
    }

    /// Who a pair noun stands for ("both leaders", "the two sides", "both countries"): the last two
    /// people or parties named, else the two states or officials this sentence named before.
    static func pairActors(
        _ pair: Pair, wordIndex: Int, words: [String], entities: [Entity], trigger: TextSpan, sentence: TextSpan, antecedents: Antecedents
    ) -> [Entity] {
        // "Both leaders agreed": the last two people named; "the two sides refused": the last two who acted together.
        var named = pair == .parties && antecedents.parties.count == 2 ? antecedents.parties : antecedents.pair
        if pair == .people {
            named = antecedents.people
            // "Mbeki said that the two presidents agreed": not who reports it.
            for person in entities where person.isPerson && person.end <= trigger.start && !person.isPossessive && !isFollowedBySpeechVerb(person, in: sentence) {
                named.removeAll { $0.participant.name == person.participant.name }
                named = Array((named + [person]).suffix(2))
            }
            // "“The presidents have also agreed …,” he said": those the speaker speaks of, else the last two who acted together.
            if let speaker = antecedents.speaker(quoting: trigger.start), named.contains(where: { $0.participant.name == speaker.participant.name }) {
                named = antecedents.pair
            }
        }
        // "a month after the two countries signed the accord": else the two states this sentence named before;
        // "Ethiopia and Eritrea are no longer at war, … after their leaders held a meeting": the leaders of those two.
        let statesMayStandIn = pair != .people || (wordIndex >= 2 && words[..<wordIndex].suffix(4).contains("their"))
        if named.count != 2, statesMayStandIn, antecedents.namedPair.count == 2 { named = antecedents.namedPair }
        if named.count != 2, statesMayStandIn {
            var states: [Entity] = []
            // "talks between Iran and the United States took place in Oman, as both nations commenced": not where.
            for entity in entities where entity.end <= trigger.start && entity.participant.state != nil && !entity.isPerson && !entity.isCity
                && !isPlace(entity, in: sentence)
            {
                guard !states.contains(where: { $0.participant.state == entity.participant.state }) else { continue }
                states.append(entity)
            }
            if states.count == 2 { named = states }
        }
        // "talks between Kosovo Prime Minister Albin Kurti and Serbian President Aleksandar Vucic collapsed
        // after the two sides failed to agree": the two people of two states this sentence named before.
        if named.count != 2, pair != .people {
            var officials: [Entity] = []
            for person in entities where person.isPerson && person.end <= trigger.start && person.participant.state != nil {
                guard !officials.contains(where: { $0.participant.state == person.participant.state }) else { continue }
                officials.append(person)
            }
            if officials.count == 2 { named = officials }
        }
        // "Yemen's warring parties agreed", "the warring parties in the Yemen war": the state the subject
        // names and the armed movement the report names.
        if named.count != 2, pair == .parties, let movement = antecedents.armedMovement,
            let state = entities.last(where: { entity in
                entity.participant.state != nil && !entity.isPerson && !entity.isCity && entity.end <= trigger.start && trigger.start - entity.end <= 40
            })
        {
            named = [state, Entity(participant: movement, start: trigger.start, end: trigger.start, isPossessive: false, isPerson: false)]
        }
        if named.count == 2 {
            return named
        } else if pair == .parties, antecedents.armedMovement == nil,
            let state = entities.last(where: { entity in
                entity.isPossessive && entity.participant.state != nil && !entity.isPerson && entity.end <= trigger.start && trigger.start - entity.end <= 40
            })
        {
            // "Yemen's warring parties have agreed" in a report that names no armed movement: the state is one of them.
            return [state]
        }
        return []
    }

    static func isNounTrigger(_ word: String) -> Bool {
        word.hasSuffix("al") || word.hasSuffix("ion") || ["threat", "call", "demand", "appeal", "offer", "mediators", "conference", "talks"].contains(word)
    }

    /// "his Indian counterpart", "the Eritrean president": words that end with an office.
    static func endsWithOffice(_ words: ArraySlice<Word>) -> Bool {
        let folded = words.suffix(3).map(\.folded)
        return folded.indices.contains { Offices.isTitle(Array(folded[$0...])) }
    }
}
