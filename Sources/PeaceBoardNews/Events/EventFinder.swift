/// Finds events sentence by sentence: an event word, who acts (the subject before it, or the
/// agent after "by"), whom it concerns (named after it), and whether the sentence denies it
/// ("has not committed") or hedges it ("may", "is likely to", "if it rejects").
public enum EventFinder {
    /// What a sentence may refer back to: "both leaders", "the two sides", "the army".
    struct Antecedents {
        /// The last two people named.
        var people: [Entity] = []
        /// The last two who acted together.
        var pair: [Entity] = []
        /// The last two who met, agreed, refused or weighed terms together, or whom a third side
        /// urged or brought together: whom "the parties" and "both sides" stand for, which
        /// mediators urging them are not.
        var parties: [Entity] = []
        /// The last states or bodies named together, by how many: whom "the four" or "the quartet" stands for.
        var groups: [Int: [Entity]] = [:]
        /// The last two states or bodies named together ("Baku and Yerevan fought two wars"): whom "the
        /// two countries" stands for when no two have acted together yet.
        var namedPair: [Entity] = []
        /// The report's quotations with the person who spoke each, by where they stand: "I propose …"
        /// and "We announce …" inside one are that person's.
        var quotations: [(range: Range<Int>, speaker: Entity)] = []

        func speaker(quoting offset: Int) -> Entity? {
            quotations.last { $0.range.contains(offset) }?.speaker
        }

        /// Takes the parties of `events`, one sentence's, when they name two.
        mutating func noteParties(of events: [EventMention], at start: Int) {
            func entities(_ participants: [EventParticipant]) -> [Entity] {
                participants.map { Entity(participant: $0, start: start, end: start, isPossessive: false, isPerson: false) }
            }
            for event in events where !event.isHosting {
                if event.actors.count == 2, EventFinder.partyKinds.contains(event.kind) {
                    parties = entities(event.actors)
                } else if event.targets.count == 2, EventFinder.thirdSideKinds.contains(event.kind), event.targets.allSatisfy({ $0.state != nil || $0.organisation != nil }) {
                    parties = entities(event.targets)
                } else if event.kind == .meet, EventLexicon.callingWords.contains(event.trigger.text.lowercased()) || event.trigger.text == "met",
                    event.actors.count == 1, event.targets.count == 1, let actor = event.actors.first,
                    let target = event.targets.first, actor.name != target.name, actor.state == nil || actor.state != target.state,
                    [actor, target].allSatisfy({ $0.state != nil || $0.organisation != nil })
                {
                    // "Pakistan's army chief contacted his Indian counterpart. Both sides agreed …": the one and the
                    // other; not a host and a guest.
                    parties = entities([actor, target])
                }
            }
        }
        /// Whose army or government "the army" or "the government" is, by what the report says anywhere.
        var institutions = Institutions()
        /// The first armed movement the report names: with a state, whom "Yemen's warring parties" are
        /// when no two have acted together yet.
        var armedMovement: EventParticipant?
        /// Who agreed or signed last, for a later sentence that places the agreement at talks or a ceremony.
        var agreedBy: [EventParticipant] = []
        /// The sentence before opened with a document ("The deal, announced by the presidency, …"):
        /// "It rejects calls for partition" is the document's.
        var documentBefore = false
    }

    /// What the parties to talks do together, and what a third side does to them.
    static let partyKinds: Set<EventKind> = [.meet, .accept, .reject, .consider]
    static let thirdSideKinds: Set<EventKind> = [.demand, .mediate, .invite, .support]

    struct Entity {
        var participant: EventParticipant
        var start: Int
        var end: Int
        var isPossessive: Bool
        var isPerson: Bool
        /// A capital or seat of government: in "talks in Doha", where something happens.
        var isCity = false
        /// In an office's remit ("envoy for Yemen"): a target, never an actor.
        var isRemit = false

        init(
            participant: EventParticipant, start: Int, end: Int, isPossessive: Bool, isPerson: Bool, isCity: Bool = false, isRemit: Bool = false
        ) {
            self.participant = participant
            self.start = start
            self.end = end
            self.isPossessive = isPossessive
            self.isPerson = isPerson
            self.isCity = isCity
            self.isRemit = isRemit
        }

        init(person: PersonMention) {
            var participant = EventParticipant(name: person.name, state: person.state)
            // "Guterres was to convene …": a listed person who speaks for a body acts for it wherever named.
            if person.state == nil { participant.organisation = Gazetteer.organisationOfPerson[person.name] }
            self.init(participant: participant, start: person.span.start, end: person.span.end, isPossessive: person.isPossessive, isPerson: true)
        }
    }

    public static func events(
        in sentences: [TextSpan], people: [PersonMention], states: [StateMention], organisations: [OrganisationMention], quotes: [Quote] = []
    ) -> [EventMention] {
        // In the report's order, so each sentence finds its own by bisection.
        let people = people.sorted { $0.span.start < $1.span.start }
        let states = states.sorted { $0.span.start < $1.span.start }
        let organisations = organisations.sorted { $0.span.start < $1.span.start }
        var events: [EventMention] = []
        var lastPerson: Entity?
        var lastOrganisation: Entity?
        var antecedents = Antecedents(institutions: nationalInstitutions(in: sentences, people: people, states: states))
        antecedents.armedMovement = organisations.first { Gazetteer.armedMovementNames.contains($0.name) }.map {
            EventParticipant(name: $0.name, organisation: $0.name)
        }
        antecedents.quotations = quotes.compactMap { quote in
            guard let speaker = quote.speaker, let person = people.first(where: { $0.name == speaker && !$0.isPossessive }) else { return nil }
            return (quote.span.start..<quote.span.end, Entity(person: person))
        }
        for sentence in sentences {
            // Most sentences hold no event word: their people still matter for a later "he".
            let words = Tokenizer.words(in: sentence)
            let folded = words.map(\.folded)
            // Found once for the sentence, when first asked: most sentences need none.
            var named: [Entity]?
            func sentenceEntities() -> [Entity] {
                if let named { return named }
                let entities = Self.entities(
                    in: sentence, people: people, states: states, organisations: organisations, institutions: antecedents.institutions)
                named = entities
                return entities
            }
            if let firstTrigger = folded.indices.first(where: { words[$0].classes.contains(.eventWord) && match(at: $0, in: folded) != nil }) {
                let entities = sentenceEntities()
                let found = reattributions.reduce(
                    Self.events(
                        in: sentence, words: words, folded: folded, from: firstTrigger, entities: entities, previousPerson: lastPerson,
                        previousOrganisation: lastOrganisation, antecedents: antecedents)
                ) { events, reattribute in reattribute(events, sentence, words, entities) }
                .map { withDescribedStateSubject($0, words: words, states: states) }
                if let pair = found.last(where: { $0.actors.count == 2 && $0.kind != .mediate && !$0.isHosting }) {
                    antecedents.pair = pair.actors.map { Entity(participant: $0, start: sentence.start, end: sentence.start, isPossessive: false, isPerson: false) }
                }
                antecedents.noteParties(of: found, at: sentence.start)
                if let agreement = found.last(where: { $0.kind == .accept && !$0.actors.isEmpty && !$0.negated && !$0.hedged }) {
                    antecedents.agreedBy = agreement.actors
                }
                for event in found where event.actors.count >= 3 {
                    antecedents.groups[event.actors.count] = event.actors.map { Entity(participant: $0, start: sentence.start, end: sentence.start, isPossessive: false, isPerson: false) }
                }
                events += found
            }
            // On bytes first: few sentences name a ceremony or who was present.
            let parties = Set(antecedents.agreedBy.map(\.name))
            let partiesMet = { events.contains { $0.kind == .meet && Set($0.actors.map(\.name)).isSuperset(of: parties) } }
            if sentence.text.containsBytes(of: "ceremon") {
                let here = events.filter { $0.sentence.start == sentence.start }
                events += ceremonyAttendance(
                    in: sentence, words: words, folded: folded, entities: sentenceEntities(), signers: antecedents.agreedBy, found: here,
                    signersMet: partiesMet())
            }
            if !parties.isEmpty, let atTalks = agreementAtTalks(in: sentence, words: words, folded: folded, parties: antecedents.agreedBy), !partiesMet() {
                events.append(atTalks)
            }
            if sentence.text.containsBytes(of: "present") || sentence.text.containsBytes(of: "attend") || sentence.text.containsBytes(of: "included"),
                let presence = presenceList(in: sentence, words: words, folded: folded, entities: sentenceEntities()),
                !events.contains(where: { $0.kind == .meet && $0.sentence.start == sentence.start && $0.actors == presence.actors })
            {
                events.append(presence)
            }
            let range = sentence.start..<sentence.end
            // On the length first: every sentence is asked.
            if folded.contains(where: { $0.utf8.count == 7 && $0 == "between" }) {
                let held = events.filter { $0.kind == .meet && $0.sentence.start == sentence.start }.map(\.actors)
                let entities = sentenceEntities()
                var meetings = meetingsBetween(in: sentence, words: words, folded: folded, entities: entities, namedGroup: lastOrganisation).filter { meeting in
                    !held.contains { Set($0.map(\.name)).isSuperset(of: meeting.actors.map(\.name)) }
                }
                if meetings.isEmpty, held.allSatisfy(\.isEmpty), let noun = meetingBetweenPair(in: folded),
                    let pair = [antecedents.pair, antecedents.parties, antecedents.namedPair].first(where: { $0.count == 2 })
                {
                    meetings.append(
                        EventMention(
                            kind: .meet, cameo: CAMEOCode("040")!, actors: pair.map(\.participant), targets: [],
                            negated: isNegated(before: noun, in: folded), hedged: isHedged(before: noun, in: folded),
                            trigger: sentence.span(from: words[noun], to: words[noun]), sentence: sentence))
                }
                // "Talks between Papua New Guinea's government and Bougainville ended … both sides had agreed".
                if let held = meetings.last(where: { !$0.hedged && !$0.negated }) {
                    antecedents.pair = held.actors.map { Entity(participant: $0, start: sentence.start, end: sentence.start, isPossessive: false, isPerson: false) }
                    antecedents.noteParties(of: [held], at: sentence.start)
                }
                events += meetings
                events += agreementsBetween(in: sentence, words: words, folded: folded, entities: entities)
            }
            // "peace talks were held in Kunming", "a meeting took place there": held by the pair the report is about.
            if let (noun, verb) = heldMeeting(in: folded), !events.contains(where: { $0.kind == .meet && $0.sentence.start == sentence.start }),
                let pair = [antecedents.pair, antecedents.parties].first(where: { $0.count == 2 })
            {
                // "such a meeting could only take place": the hedge stands before the verb.
                events.append(
                    EventMention(
                        kind: .meet, cameo: CAMEOCode("040")!, actors: pair.map(\.participant), targets: [],
                        negated: isNegated(before: verb, in: folded), hedged: isHedged(before: verb, in: folded) || isHedged(before: noun, in: folded),
                        trigger: sentence.span(from: words[noun], to: words[noun]), sentence: sentence))
            }
            // "… spelled out the terms of the agreement. It calls for …": the document the sentence ends with.
            antecedents.documentBefore = opensWithDocument(folded) || folded.last.map(EventLexicon.documentSubjects.contains) == true
            // "The foreign ministers of Russia, Ukraine, France and Germany tried …": a list that "the four" may stand for.
            if states.starting(in: range, at: \.span.start).count + organisations.starting(in: range, at: \.span.start).count >= 2 {
                for list in namedLists(in: sentenceEntities(), sentence: sentence) where list.count >= 2 {
                    if list.count == 2 { antecedents.namedPair = list } else { antecedents.groups[list.count] = list }
                }
            }
            events += compoundEvents(in: sentence, words: words)
            // On bytes first, as for a mediator below: most sentences have no witnesses.
            // "witnessed by over 1,000 people including Aquino, MILF chairman Murad Ebrahim and …": the crowd's
            // named members, in place of the first name the passive found.
            let isWitnessing = { (event: EventMention) in event.kind == .meet && event.sentence.start == sentence.start && event.trigger.text.lowercased() == "witnessed" }
            if sentence.text.containsBytes(of: "witnesse"), !events.contains(where: { $0.kind == .meet && $0.sentence.start == sentence.start && !isWitnessing($0) }),
                let witnessing = crowdWitnesses(in: sentence, words: words, folded: folded, entities: sentenceEntities())
            {
                events.removeAll(where: isWitnessing)
                events.append(witnessing)
            }
            // On bytes first: most sentences name no mediator, and looking up every word costs.
            if sentence.text.containsBytes(of: "ator"), words.contains(where: { EventLexicon.mediatorNouns.contains($0.folded) }) {
                events += titledMediators(in: sentence, words: words, entities: sentenceEntities()).filter { mediator in
                    !events.contains { $0.kind == .mediate && $0.actors == mediator.actors }
                }
            }
            if words.contains(where: { $0.classes.contains(.phraseNoun) }) {
                let (peopleHere, statesHere, organisationsHere) = (
                    people.starting(in: range, at: \.span.start), states.starting(in: range, at: \.span.start),
                    organisations.starting(in: range, at: \.span.start)
                )
                events += ownedProposals(in: sentence, words: words, people: peopleHere, states: statesHere, organisations: organisationsHere)
                events += auspicesEvents(in: sentence, words: words, people: peopleHere, states: statesHere, organisations: organisationsHere)
            }
            // "according to Abu Bakr Baeira": a source, not one of those a later "the two" stands for.
            for person in people.starting(in: range, at: \.span.start)
            where !person.isPossessive && !sentence.text.utf16Slice(from: max(0, person.span.start - sentence.start - 13), to: person.span.start - sentence.start).hasSuffix("according to ") {
                let entity = Entity(person: person)
                antecedents.people.removeAll { $0.participant.name == entity.participant.name }
                antecedents.people = Array((antecedents.people + [entity]).suffix(2))
            }

            if let person = people.starting(in: range, at: \.span.start).last(where: { !$0.isPossessive }) { lastPerson = Entity(person: person) }
            if let organisation = organisations.starting(in: range, at: \.span.start).last ?? referredOrganisation(in: folded, before: sentence.start, among: organisations) {
                lastOrganisation = Entity(
                    participant: EventParticipant(name: organisation.name, organisation: organisation.name), start: organisation.span.start,
                    end: organisation.span.end, isPossessive: false, isPerson: false)
            }
        }
        // "thousands of people gathered to witness the televised signing", "16 documents were signed":
        // a meeting, or a passive with no agent, of nobody named with nobody is no fact about anyone.
        return events.filter { event in
            (!event.actors.isEmpty || !event.targets.isEmpty || (event.kind != .meet && !isAgentlessPassive(event))) && !isParticipleDescribingAThing(event)
        }
    }

    /// "The government's chief negotiator, Vera Grabe,", "Government negotiator Otty Patino": an
    /// official of an institution speaks for the state whose institution the report says it is.
    private static func officialsOfInstitutions(_ entities: [Entity], in sentence: TextSpan, institutions: Institutions) -> [Entity] {
        guard !institutions.byNoun.isEmpty || institutions.home != nil else { return entities }
        return entities.map { entity in
            guard entity.isPerson, entity.participant.state == nil, entity.participant.organisation == nil else { return entity }
            let head = sentence.text.utf16Slice(from: max(0, entity.start - sentence.start - 50), to: entity.start - sentence.start).lowercased()
            var office = head.hasSuffix(", ") ? String(head.dropLast(2)) : head
            // "KATMANDU, Nepal -- … Prime Minister Girija Prasad Koirala": datelined copy names its own
            // state's leaders without the state.
            if let home = institutions.home, headTitlesBeforeName.contains(where: { head.hasSuffix($0) }) {
                var official = entity
                official.participant.state = home
                return official
            }
            // The institution named nearest the name: "the army-led government's spokesman" speaks for the government.
            // "junta spokesperson Zaw Min Tun": any word for the institution.
            let named = EventLexicon.institutionNounList.compactMap { noun, institution -> (Range<String.Index>, EventParticipant)? in
                guard let state = institutions[institution] else { return nil }
                guard let range = office.range(of: noun + "’s ", options: .backwards) ?? office.range(of: noun + "'s ", options: .backwards)
                    ?? office.range(of: noun + " ", options: .backwards)
                else { return nil }
                return (range, state)
            }
            guard let (range, state) = named.max(by: { $0.0.lowerBound < $1.0.lowerBound }) else { return entity }
            office = String(office[range.upperBound...]).trimmingCharacters(in: .whitespaces)
            let words = office.split(separator: " ").map(String.init)
            guard let title = words.last, (1...3).contains(words.count), Offices.isTitle([title]) else { return entity }
            var official = entity
            official.participant.state = state.state
            return official
        }
    }

    private static let headTitlesBeforeName = ["prime minister ", "president "]

    /// "the council said …" after "the U.N. Security Council": the body named before whose name
    /// ends with the noun, for a later "it".
    static func referredOrganisation(in folded: [String], before start: Int, among organisations: [OrganisationMention]) -> OrganisationMention? {
        guard let head = zip(folded, folded.dropFirst()).first(where: { $0.0 == "the" && EventLexicon.bodyHeads.contains($0.1) })?.1 else { return nil }
        return organisations.last { $0.span.start < start && $0.name.split(separator: " ").last?.lowercased() == head }
    }

    /// "between the U.S. and Iran", "the U.S. has said": initials written as an adjective that stand
    /// for the state itself, before a conjunction, a verb or the end of a clause.
    static func isInitialsStandingAlone(_ state: StateMention, in sentence: TextSpan) -> Bool {
        guard state.span.text.contains(".") else { return false }
        let head = String(sentence.text.utf16Suffix(from: state.span.end - sentence.start).prefix(24))
        guard let next = Tokenizer.words(in: head).first else { return true }
        let gap = head[head.startIndex..<next.range.lowerBound]
        return gap.contains(where: { ",;.".contains($0) }) || EventLexicon.afterStandingInitials.contains(next.folded)
    }

    /// People, states and organisations named in the sentence, in order; a state adjective counts
    /// only as an office's state or before a word for a government ("Ukrainian officials"). An
    /// official of an institution in `institutions` speaks for its state.
    static func entities(
        in sentence: TextSpan, people: [PersonMention], states: [StateMention], organisations: [OrganisationMention],
        institutions: Institutions = Institutions()
    ) -> [Entity] {
        // "NAYPYITAW, Myanmar (AP) — …": the dateline says where the story was filed, not who acts.
        let range = (sentence.start + (datelineEnd(of: sentence) ?? 0))..<sentence.end
        var entities: [Entity] = people.starting(in: range, at: \.span.start).map(Entity.init(person:))
        for state in states.starting(in: range, at: \.span.start) {
            let rest = sentence.text.utf16Suffix(from: state.span.end - sentence.start)
            let possessive = rest.hasPrefix("’s") || rest.hasPrefix("'s")
            // "Russian President Vladimir Putin", "Kremlin spokesperson Dmitry Peskov", "Thailand's acting
            // Prime Minister Phumtham": the office's state, not an actor.
            // "Togolese President Faure Gnassingbe": a name that is also the adjective describes the person
            // of that state whose office follows it.
            let describesPerson = state.form == .adjective || state.form == .seat || possessive
            if entities.contains(where: { person in
                person.isPerson && state.span.end <= person.start && person.start - state.span.end <= 40
                    && (describesPerson || person.participant.state == state.state
                        && Offices.isTitle(Tokenizer.words(in: sentence).within(from: state.span.end - sentence.start, to: person.start - sentence.start).map(\.folded)))
                    && !sentence.text.utf16Slice(from: state.span.end - sentence.start, to: person.start - sentence.start).contains(where: { ",—".contains($0) })
            }) {
                continue
            }
            if entities.contains(where: { $0.start <= state.span.start && state.span.start < $0.end }) { continue }
            if state.form == .adjective, !isInitialsStandingAlone(state, in: sentence) {
                let end = state.span.end - sentence.start
                // "Ukrainian officials", "Egyptian and Qatari mediators": the group may follow a list of
                // adjectives; "the Ethiopian Government", "Sudanese armed forces": written with a capital or a qualifier.
                let following = Tokenizer.words(in: sentence).within(end..<(end + 60)).prefix(6)
                let next = following.first { word in
                    EventLexicon.actingGroups.contains(word.folded)
                        || !(word.isCapitalised || word.folded == "and" || word.folded == "or" || EventLexicon.groupOfStateQualifiers.contains(word.folded))
                }?.folded
                guard let next, EventLexicon.actingGroups.contains(next) else { continue }
            }
            let text = state.span.text
            entities.append(
                Entity(
                    participant: EventParticipant(name: text, state: state.state), start: state.span.start, end: state.span.end,
                    isPossessive: possessive, isPerson: false, isCity: state.form == .capital || state.form == .seat,
                    isRemit: isRemit(state.span, in: sentence)))
        }
        for organisation in organisations.starting(in: range, at: \.span.start) {
            // "the Popular Front for the Liberation of Tigray (TPLF)", "the National Liberation Army (ELN)":
            // initials in brackets name the body whose name just ended; the two are one.
            if let previous = entities.indices.last, !entities[previous].isPerson,
                isBracketedInitials(organisation.span, after: entities[previous], in: sentence)
            {
                entities[previous].participant = EventParticipant(name: organisation.name, organisation: organisation.name)
                entities[previous].end = organisation.span.end + 1
                continue
            }
            // "EU foreign policy chief Kaja Kallas": the body an official speaks for, as a state for its officials.
            if let official = entities.firstIndex(where: { person in
                person.isPerson && person.participant.state == nil && organisation.span.end <= person.start && person.start - organisation.span.end <= 40
                    && !officeGap(from: organisation.span.end, to: person, in: sentence).contains(where: { ",—(".contains($0) })
            }) {
                entities[official].participant.organisation = organisation.name
            } else if let official = entities.lastIndex(where: { person in
                person.isPerson && person.participant.state == nil && person.participant.organisation == nil && person.end < organisation.span.start
                    && isOfficeApposition(sentence.text.utf16Slice(from: person.end - sentence.start, to: organisation.span.start - sentence.start))
            }) {
                // "Omer Celik, spokesman for the ruling AK Party, said": the body the apposition names.
                entities[official].participant.organisation = organisation.name
            } else if let member = entities.indices.filter({ entities[$0].end < organisation.span.start }).max(by: { entities[$0].end < entities[$1].end }),
                entities[member].isPerson, entities[member].participant.state == nil,
                entities[member].participant.organisation == nil || entities[member].participant.organisation == organisation.name,
                isMembership(sentence.text.utf16Slice(from: entities[member].end - sentence.start, to: organisation.span.start - sentence.start))
            {
                // "John Garang of the southern rebel Sudan People's Liberation Movement": the body he belongs to,
                // which takes no part of its own.
                entities[member].participant.organisation = organisation.name
                entities[member].end = organisation.span.end
                continue
            }
            entities.append(
                Entity(
                    participant: EventParticipant(name: organisation.name, organisation: organisation.name), start: organisation.span.start,
                    end: organisation.span.end, isPossessive: false, isPerson: false))
        }
        return actingOnBehalf(officialsOfInstitutions(entities.sorted { $0.start < $1.start }, in: sentence, institutions: institutions), in: sentence)
    }

    private static let behalfBytes = Array("behalf".utf8)
    private static let governmentBytes = Array("government".utf8)

    /// "Robert Dussey, on behalf of the African Union", "signed on behalf of the government of
    /// Rwanda", "initialled by President Touadera for the CAR government": the person acts for the
    /// body or state named there, which takes no part of its own.
    static func actingOnBehalf(_ entities: [Entity], in sentence: TextSpan) -> [Entity] {
        // Asked of every sentence; the word is rare.
        guard entities.count >= 2 else { return entities }
        let (hasBehalf, hasGovernment) = sentence.text.withBytes { bytes in
            (Self.behalfBytes.withUnsafeBufferPointer { UTF8Scan.firstOffset(of: $0, in: bytes, from: 0) } != nil,
             Self.governmentBytes.withUnsafeBufferPointer { UTF8Scan.firstOffset(of: $0, in: bytes, from: 0) } != nil)
        }
        guard hasBehalf || hasGovernment else { return entities }
        var entities = entities
        var index = entities.count - 1
        while index > 0 {
            defer { index -= 1 }
            let principal = entities[index]
            guard !principal.isPerson, let person = entities[..<index].lastIndex(where: \.isPerson),
                !entities[(person + 1)..<index].contains(where: \.isPerson), principal.start - entities[person].end <= 60
            else { continue }
            let gap = sentence.text.utf16Slice(from: entities[person].end - sentence.start, to: principal.start - sentence.start)
            // "for the CAR government": only a short gap opening with "for" is asked what follows.
            let isForGovernment = hasGovernment && gap.hasPrefix(" for ") && gap.utf16.count <= 24
                && EventLexicon.isForGovernment(
                    gap, then: sentence.text.utf16Slice(from: principal.end - sentence.start, to: min(sentence.end, principal.end + 12) - sentence.start))
            guard (hasBehalf && EventLexicon.isOnBehalf(gap)) || isForGovernment else { continue }
            entities[person].participant.state = principal.participant.state
            entities[person].participant.organisation = principal.participant.organisation
            // Set off by commas, the phrase is part of how the person is named, and a list goes on after it.
            if gap.hasPrefix(",") {
                entities[person].end = principal.end
            }
            entities.remove(at: index)
        }
        return entities
    }

    /// The subject of the clause after a phrase that opens the sentence and a comma closes: the
    /// first one named after the comma, when a verb follows it.
    static func frontedClauseSubject(in sentence: TextSpan, entities: [Entity]) -> Entity? {
        guard let comma = sentence.text.firstRange(of: ", ") else { return nil }
        let offset = sentence.start + sentence.text.utf16Offset(of: comma.upperBound)
        // Past an aside on the last name of the phrase: "After meeting Nabih Berri, who has Hezbollah's support, Hochstein said".
        return entities.first { $0.start >= offset && $0.start - offset <= 120 && isFollowedBySpeechVerb($0, in: sentence) }
    }

    /// The last one named before `trigger` who says what the sentence reports: "Fatah, which
    /// dominates the Palestinian Authority, said" is Fatah's, past the aside, and not the Authority's.
    static func sayer(before trigger: TextSpan, in sentence: TextSpan, entities: [Entity], asides: Asides) -> Entity? {
        let interruptions = asides.closed(before: trigger.start - sentence.start)
        return entities.last { entity in
            let end = entity.end - sentence.start
            guard entity.end <= trigger.start, !interruptions.contains(where: { $0.contains(entity.start - sentence.start) }) else { return false }
            let aside = interruptions.first { $0.lowerBound >= end && $0.lowerBound - end <= 2 }
            return isFollowedBySpeechVerb(from: aside?.upperBound ?? end, in: sentence)
        }
    }

    /// Whether `span` is initials in brackets right after the name that `entity` opens: only the
    /// name's own capitalised words and connectors stand between.
    static func isBracketedInitials(_ span: TextSpan, after entity: Entity, in sentence: TextSpan) -> Bool {
        let gap = sentence.text.utf16Slice(from: entity.end - sentence.start, to: span.start - sentence.start)
        // "(ELN)", or "[FARC]" as some copy brackets them.
        let rest = sentence.text.utf16Suffix(from: span.end - sentence.start)
        guard (gap.hasSuffix("(") && rest.hasPrefix(")")) || (gap.hasSuffix("[") && rest.hasPrefix("]")), gap.utf16.count <= 60 else { return false }
        return Tokenizer.words(in: gap).allSatisfy { $0.isCapitalised || Offices.connectors.contains($0.folded) }
    }

    /// The events of a sentence whose first event word is at `firstTrigger`.
    static func events(
        in sentence: TextSpan, words: [Word], folded: [String], from firstTrigger: Int, entities: [Entity], previousPerson: Entity?,
        previousOrganisation: Entity? = nil, antecedents: Antecedents = Antecedents()
    ) -> [EventMention] {
        var found: [EventMention] = []
        var lastActors: [Entity] = []
        var antecedents = antecedents
        // Where the last demand's or offer's event word ended: "urged the United States not to
        // accept any deal" asks for an acceptance; it reports none.
        var demandEnd: Int?
        // Where the last acceptance's event word ended: "agreed not to threaten".
        var acceptEnd: Int?
        let asides = Asides(in: sentence.text)
        var index = firstTrigger
        while index < words.count {
            guard words[index].classes.contains(.eventWord), let (rule, length) = match(at: index, in: folded) else {
                index += 1
                continue
            }
            defer { index += length }
            // "Trump canceled his meeting with Kim": a meeting called off did not take place.
            if rule.kind == .meet, index >= 1, folded[max(0, index - 2)..<index].contains(where: EventLexicon.cancellingVerbs.contains) { continue }
            // "…, provided the agreed principles are reflected": only a clause set off by a comma states a condition.
            if rule.needsComma, sentence.text.utf16Slice(from: words[index].utf16Range.lowerBound - 2, to: words[index].utf16Range.lowerBound) != ", " { continue }
            // "rejected every proposal for a truce": a noun that is another event's object, unless
            // its agent follows ("accepted a proposal by the United States").
            let next = index + length < folded.count ? folded[index + length] : ""
            if next != "by", isObjectOfEvent(at: index, words: words, folded: folded) || isReceived(at: index, in: folded) { continue }
            // "a proposal unveiled earlier this week", "a body proposed in the plan", "Trump's newly unveiled
            // initiative": a participle that describes a noun reports no act by whoever is named before it.
            if rule.kind == .propose, folded[index].hasSuffix("ed"), next != "by", index >= 1,
                EventLexicon.describingParticipleFollowers.contains(next) && !words[index - 1].isCapitalised
                    && !EventLexicon.auxiliaries.contains(folded[index - 1]) && !Offices.pronouns.contains(folded[index - 1])
                    || index >= 2 && folded[index - 1].hasSuffix("ly") && (words[index - 2].isPossessive || EventLexicon.articles.contains(folded[index - 2]))
            {
                continue
            }
            // "a Qatar-Egypt ceasefire plan offering a 60-day truce": what the document offers, nobody's act;
            // "a resolution endorsing the plan" is its adopters' stance.
            if rule.kind == .propose, index >= 1, folded[index].hasSuffix("ing"), EventLexicon.documentSubjects.contains(folded[index - 1]) { continue }
            // "reserves its right to act against any threat": no threat made.
            if index >= 1, folded[index - 1] == "any", isNounTrigger(folded[index]) || EventLexicon.ownedPlanWords.contains(folded[index]) { continue }
            if rule.kind != .demand, let demandEnd, isDemanded(at: index, after: demandEnd, words: words, folded: folded, in: sentence) { continue }
            // "Moscow refused to accept an immediate ceasefire": the refusal is the event.
            if index >= 2, folded[index - 1] == "to", EventLexicon.refusals.contains(folded[index - 2]) { continue }
            // "agreed not to threaten or use force": what is forsworn did not happen.
            if let acceptEnd, index - acceptEnd >= 2, index - acceptEnd <= 5, folded[(index - 2)..<index] == ["not", "to"] { continue }
            // "a U.S. proposal for a ceasefire": proposed by the state its adjective names, found as a phrase.
            if rule.kind == .propose, EventLexicon.ownedPlanWords.contains(folded[index]), adjectiveOwner(of: index, in: words) != nil { continue }
            // "The RSF's agreement to the proposal", "talks on the plan": a proposal made before, referred to.
            if rule.kind == .propose, EventLexicon.ownedPlanWords.contains(folded[index]), next != "by", index >= 2, folded[index - 1] == "the",
                EventLexicon.referringPrepositions.contains(folded[index - 2])
            {
                continue
            }
            // "an offer by China to hold talks": what is offered has not happened either.
            if rule.kind == .demand || rule.kind == .propose { demandEnd = index + length }
            if rule.kind == .accept { acceptEnd = index + length }
            // "The deal … provides for a ceasefire. It rejects calls for partition": the document's, nobody's.
            if antecedents.documentBefore, folded.first == "it", hasSubject("it", before: index, in: folded) { continue }
            let trigger = sentence.span(from: words[index], to: words[index + length - 1])
            var (actors, targets) = participants(
                of: trigger, wordIndex: index, length: length, words: folded, entities: entities, previousPerson: previousPerson,
                previousActors: lastActors, previousOrganisation: previousOrganisation, antecedents: antecedents,
                happensSomewhere: [.meet, .offerToHost, .mediate, .accept].contains(rule.kind), sentence: sentence, asides: asides)
            if rule.isTheSayers {
                if let sayer = sayer(before: trigger, in: sentence, entities: entities, asides: asides) {
                    targets.removeAll { $0.start == sayer.start }
                    actors = [sayer]
                } else if rule.needsSayer {
                    continue
                }
            }
            // "a statement agreed by all 15 members": what describes a document reports an agreement only by someone named.
            if rule.unlessAgentFollows, actors.isEmpty, index > 0, rule.notAfter.contains(folded[index - 1]) { continue }
            if actors.isEmpty, index == 0, let subject = frontedClauseSubject(in: sentence, entities: entities) {
                // "After meeting Lebanese Parliament Speaker Nabih Berri, Hochstein said": the main clause's subject.
                actors = [subject]
                targets.removeAll { $0.start == subject.start }
            } else if actors.isEmpty, index > 0, EventLexicon.personalOwners.contains(folded[index - 1])
                || index > 1 && EventLexicon.personalOwners.contains(folded[index - 2]) && !words[index - 1].isCapitalised
                || EventLexicon.gerundPrepositions.contains(folded[index - 1]) || isAfterTimeWord(index, words: words, folded: folded),
                let person = entities.last(where: { $0.isPerson && !$0.isPossessive && $0.end <= trigger.start }) ?? previousPerson
            {
                // "during his meetings with Azerbaijani President Ilham Aliyev", "after his second meeting with":
                // the person "his" stands for; "began his engagements by meeting with": the clause's subject.
                actors = [person]
                targets.removeAll { $0.start == person.start }
            } else if actors.isEmpty, hasSubject("i", before: index, in: folded) || hasSubject("we", before: index, in: folded),
                let speaker = antecedents.speaker(quoting: trigger.start)
            {
                // “I propose Azerbaijani President Ilham Aliyev to begin consultations”: whoever said so, as the
                // sentence names them ("junta spokesperson Zaw Min Tun" speaks for the junta's state).
                actors = [entities.first { $0.isPerson && $0.participant.name == speaker.participant.name } ?? speaker]
                targets.removeAll { $0.participant.name == speaker.participant.name }
            }
            // "we have had talks" is a speaker's, found by other rules; "had agreed to hold talks" is another event.
            if rule.needsNamedSubjectAndDescribedLater,
                index == 0 || !words[index - 1].isCapitalised
                    || folded[(index + length)...].prefix { !rule.needsLater.contains($0) }.contains(where: {
                        ($0.hasSuffix("ed") && !$0.contains("-")) || $0 == "to" || $0 == "been" || $0 == "no" || Offices.speechVerbs.contains($0)
                    })
            {
                continue
            }
            if rule.seatActs, actors.isEmpty {
                guard let seat = entities.first(where: { $0.start >= trigger.end && $0.isCity }),
                    Tokenizer.words(in: sentence).within(from: trigger.end - sentence.start, to: seat.start - sentence.start).count <= 1
                else { continue }
                actors = [seat]
                targets.removeAll { $0.start == seat.start }
            }
            // "this first Brussels meeting with Vučić": the city says where, not who.
            if rule.kind == .meet, actors.count == 1, actors[0].isCity, actors[0].end < trigger.start,
                Tokenizer.words(in: sentence).within(from: actors[0].end - sentence.start, to: trigger.start - sentence.start).isEmpty
            {
                actors = []
            }
            // "it agreed to the release of all captives …, provided certain field conditions are met": the
            // condition is set by who agreed.
            if rule.needsComma, found.last.map({ !$0.actors.isEmpty }) == true, !lastActors.isEmpty {
                actors = lastActors
                targets.removeAll { target in actors.contains { $0.start == target.start } }
            }
            if !actors.isEmpty { lastActors = actors }
            if actors.count == 2, rule.kind != .mediate, !EventLexicon.hostingWords.contains(folded[index]) { antecedents.pair = actors }
            if actors.count == 2, partyKinds.contains(rule.kind) { antecedents.parties = actors }
            // With nobody named, a verb still reports an event by someone ("the rebels rejected it"),
            // unless its subject is a document ("the agreement calls for").
            let lead = leadWord(before: index, words: words, in: sentence, asides: asides)
            let negated = isNegated(before: index, in: folded)
            // "would implement the framework only once troops had left": the condition is stated outright.
            // "when he meets with U.S. President Donald Trump next week": a present tense after "when" is to come.
            let isToCome = folded[index].hasSuffix("s") && folded[max(0, index - 3)..<index].contains("when")
            let hedged = !(rule.isTheSayers && rule.kind == .demand)
                && (isHedged(before: index, in: folded) || EventLexicon.plannedEventWords.contains(folded[index]) || isToCome)
            // "signed the accord in the presence of Anwar Ibrahim and Donald Trump": the witnesses attend too.
            if rule.kind == .accept, !negated, !hedged,
                let witnessed = witnesses(after: index + length, of: trigger, signedBy: actors, words: words, folded: folded, entities: entities, in: sentence)
            {
                found.append(witnessed)
            }
            if actors.isEmpty, EventLexicon.documentSubjects.contains(lead) || opensWithDocument(folded) { continue }
            // "a far-right Zionist who opposed his peace initiatives": a relative clause of someone nobody named.
            if actors.isEmpty, isRelativeClauseOfUnnamed(lead, before: trigger, entities: entities.filter { $0.end <= trigger.start }, in: sentence) { continue }
            // "delegates from both sides signed": a pair the report never named says nothing of who;
            // what is only to come is kept, hedged, for the record of what was announced.
            if actors.isEmpty, !hedged, pairSubject(before: index, in: folded) != nil || pairNamedBefore(index, in: folded) { continue }
            // "warning that the move threatened the country's unity": what happened is the subject; nobody acts.
            if EventLexicon.happeningSubjects.contains(lead), index >= 2, EventLexicon.articles.contains(folded[index - 2]) { continue }
            if actors.isEmpty, targets.isEmpty, !isVerb(folded[index]) { continue }
            // One event of a kind per sentence and actor: "Burhan accepted the invitation, but the
            // paramilitary group has not committed" is two; "agreed and signed" by the same is one.
            let actorNames = actors.map(\.participant.name)
            if found.contains(where: { $0.kind == rule.kind && (actors.isEmpty || ($0.negated == negated && $0.actors.map(\.name) == actorNames)) }) {
                continue
            }
            var cameo = rule.cameo
            if rule.kind == .threaten {
                if folded.contains(where: { $0.hasPrefix("sanction") || $0.hasPrefix("embargo") || $0.hasPrefix("boycott") }) {
                    cameo = "1312"
                } else if folded.contains(where: { ["attack", "force", "military", "strike", "strikes"].contains($0) }) {
                    cameo = "138"
                }
            }
            if rule.kind == .reject, folded[index..<min(folded.count, index + length + 6)].contains(where: { ["plan", "deal", "agreement", "initiative", "proposal", "ceasefire", "truce"].contains($0) }) {
                cameo = "127"
            }
            if rule.kind == .propose, folded.contains(where: { ["talks", "negotiations", "meeting", "summit", "dialogue"].contains($0) }) {
                cameo = "036"
            }
            found.append(
                EventMention(
                    kind: rule.kind, cameo: CAMEOCode(cameo)!, actors: actors.map(\.participant), targets: targets.map(\.participant),
                    negated: negated, hedged: hedged, trigger: trigger, sentence: sentence))
            // "agreed Sunday to an immediate ceasefire during talks in Doha": who agree at talks meet there.
            if rule.kind == .accept, !actors.isEmpty, !negated, !hedged, isAtTalks(after: index + length, in: folded),
                !found.contains(where: { $0.kind == .meet && $0.actors.map(\.name) == actorNames })
            {
                found.append(
                    EventMention(
                        kind: .meet, cameo: CAMEOCode("046")!, actors: actors.map(\.participant), targets: [], negated: false, hedged: false,
                        trigger: trigger, sentence: sentence))
            }
            guard rule.kind == .meet, !actors.isEmpty else { continue }
            // Whom one meets meets too: "Guterres hosted Greek Cypriot leader Nikos Christodoulides and
            // Turkish Cypriot leader Ersin Tatar at an informal meeting" (the guests), "held talks in
            // New Delhi with his Indian counterpart, Subrahmanyam Jaishankar" (whom the talks were with).
            var partners: [Entity] = []
            if EventLexicon.hostingWords.contains(folded[index]), next != "by" {
                partners = targets.filter { $0.isPerson || isStateOfUnnamedGuests($0, words: words, folded: folded, sentenceStart: sentence.start) }
            }
            // "contacted his Indian counterpart": whom one calls is on the call too.
            if EventLexicon.callingWords.contains(folded[index]) {
                partners = targets.filter { !$0.isCity && ($0.isPerson || $0.participant.state != nil || $0.participant.organisation != nil) }
            }
            // "had begun a first meeting with Turkish Cypriot leader Ersin Tatar": the "with" may close the event's words.
            if partners.isEmpty, let with = folded[(index + length - 1)...].prefix(9).firstIndex(of: "with") {
                let withStart = words[with].utf16Range.lowerBound + sentence.start
                partners = targets.filter { $0.start > withStart && !$0.isCity && ($0.isPerson || $0.participant.state != nil) }
            }
            // "meeting with foreign ministers from Algeria, Morocco and Mauritania": the rest of the list past the clause's comma.
            if let last = partners.last {
                partners += listedMembers(after: last, in: entities.filter { $0.start >= last.end && !$0.isCity }, sentence: sentence)
            }
            if !partners.isEmpty {
                found.append(
                    EventMention(
                        kind: .meet, cameo: CAMEOCode("040")!, actors: partners.prefix(4).map(\.participant), targets: actors.map(\.participant),
                        negated: negated, hedged: hedged, trigger: trigger, sentence: sentence))
            }
        }
        return found
    }

    /// "…, following a private meeting with the EU's mediator": a meeting noun after a word of time and
    /// at most two lower-case words is the sentence's subject's.
    private static func isAfterTimeWord(_ index: Int, words: [Word], folded: [String]) -> Bool {
        guard isMeetingNoun(at: index, in: folded) else { return false }
        return (1...3).contains { distance in
            index - distance >= 0 && EventLexicon.frontedTimeWords.contains(folded[index - distance])
                && words[(index - distance + 1)..<index].allSatisfy { !$0.isCapitalised && !$0.isPossessive }
        }
    }

    /// Whether the event word at `index` is a noun that names a meeting ("meeting", "talks").
    private static func isMeetingNoun(at index: Int, in folded: [String]) -> Bool {
        EventLexicon.meetingWords.contains(folded[index]) || folded[index] == "meetings"
    }

    /// "assassinated by a far-right Zionist who opposed his peace initiatives", "a conflict that had
    /// threatened to push the country to war": the pronoun stands for a noun nobody named, the object of
    /// another verb after the last name. "adopted a resolution that endorses the plan" is the adopters'.
    static func isRelativeClauseOfUnnamed(_ lead: String, before trigger: TextSpan, entities before: [Entity], in sentence: TextSpan) -> Bool {
        let text = sentence.text
        guard EventLexicon.relativePronouns.contains(lead), let last = before.last,
            let pronoun = text.utf16Slice(from: 0, to: trigger.start - sentence.start).lastRange(of: " " + lead + " ")
        else { return false }
        let pronounOffset = text.utf16Distance(from: text.startIndex, to: pronoun.lowerBound)
        guard last.end - sentence.start <= pronounOffset else { return false }
        let gap = Tokenizer.words(in: sentence).within(from: last.end - sentence.start, to: pronounOffset)
        guard let noun = gap.last, !EventLexicon.documentSubjects.contains(noun.folded),
            !text.utf16Slice(from: last.end - sentence.start, to: pronounOffset).contains(",")
        else { return false }
        return gap.contains { $0.folded.hasSuffix("ed") || $0.classes.contains(.eventWord) }
    }

    /// "The proposal by the so-called Quad calls for …": the sentence's subject is a document.
    static func opensWithDocument(_ words: [String]) -> Bool {
        guard let first = words.first, EventLexicon.articles.contains(first), words.count > 1 else { return false }
        return EventLexicon.documentSubjects.contains(words[1])
    }

    static func isObjectOfEvent(at index: Int, words: [Word], folded: [String]) -> Bool {
        let verb = verbBefore(index, in: folded)
        // "announcing acceptance of a proposal", "its rejection of the plan": the object of an event noun.
        if verb >= 1, verb < index - 1, ["of", "to"].contains(folded[verb]), words[verb - 1].classes.contains(.eventWord),
            let (rule, length) = match(at: verb - 1, in: folded), length == 1 || length == 2, rule.kind != .propose
        {
            return true
        }
        // "rejects calls for partition": a plural noun may follow its verb directly.
        let isNoun = verb < index - 1 || EventLexicon.pluralEventNouns.contains(folded[index])
        return verb >= 0 && isNoun && words[verb].classes.contains(.eventWord) && match(at: verb, in: folded) != nil
    }

    /// "had not received any proposal to extend the truce": a proposal someone else made.
    static func isReceived(at index: Int, in folded: [String]) -> Bool {
        let verb = verbBefore(index, in: folded)
        return verb >= 0 && EventLexicon.receivingVerbs.contains(folded[verb])
    }

    /// Where the word before a noun stands past its articles and quantifiers ("rejected every
    /// proposal"), or -1.
    static func verbBefore(_ index: Int, in folded: [String]) -> Int {
        var verb = index - 1
        // "accepted a U.S.-backed proposal", "rejected the 20-point plan": past compound modifiers too.
        while verb >= 0, EventLexicon.articles.contains(folded[verb]) || EventLexicon.quantifiers.contains(folded[verb])
            || verb > 0 && folded[verb].contains("-") && EventLexicon.articles.contains(folded[verb - 1])
        {
            verb -= 1
        }
        return verb
    }

    static func match(at index: Int, in words: [String]) -> (EventRule, Int)? {
        let word = words[index]
        let candidates = EventLexicon.rulesStartedBy[word] ?? (EventLexicon.mayStartStem(word) ? EventLexicon.stemRules : [])
        for rule in candidates {
            let length: Int
            switch rule.match {
            case .stem(let stem):
                guard word.hasPrefix(stem) else { continue }
                length = 1
            case .words(let sequence):
                if index + sequence.count <= words.count, sequence.indices.allSatisfy({ words[index + $0] == sequence[$0] }) {
                    length = sequence.count
                } else if sequence.count >= 2, let skipped = insertedWords(at: index + 1, in: words),
                    index + skipped + sequence.count <= words.count, words[index] == sequence[0],
                    sequence.indices.dropFirst().allSatisfy({ words[index + skipped + $0] == sequence[$0] })
                {
                    // "offered on Wednesday to host": when it happened, between the words of the event.
                    length = sequence.count + skipped
                } else {
                    continue
                }
            }
            let next = index + length < words.count ? words[index + length] : nil
            // "the deal signed on Monday by …": when it was, between the word and its agent.
            let afterTime = insertedTime(at: index + length, in: words).map { index + length + $0 }.flatMap { $0 < words.count ? words[$0] : nil }
            if index > 0, rule.notAfter.contains(words[index - 1]),
                !(rule.unlessAgentFollows && (next == "by" || afterTime == "by" || next == "upon" && index + length + 1 < words.count && words[index + length + 1] == "by"))
            {
                continue
            }
            // "a previously signed agreement": an adverb between the article and the word leaves it describing a thing.
            if index > 1, words[index - 1].hasSuffix("ly"), EventLexicon.articles.contains(words[index - 2]), rule.notAfter.contains(words[index - 2]) {
                continue
            }
            if !rule.needsNext.isEmpty, !(next.map(rule.needsNext.contains) ?? false) {
                // "hosted last month by French President Emmanuel Macron": when, between the word and what it needs.
                guard let time = insertedTime(at: index + length, in: words), index + length + time < words.count,
                    rule.needsNext.contains(words[index + length + time])
                else { continue }
            }
            if let next, rule.notBefore.contains(next) { continue }
            // "signed a decree": what follows past an article.
            if let next, EventLexicon.articles.contains(next), index + length + 1 < words.count, rule.notBefore.contains(words[index + length + 1]) { continue }
            if !rule.needsLater.isEmpty, !words[(index + length)...].prefix(rule.laterWithin).contains(where: rule.needsLater.contains) { continue }
            return (rule, length)
        }
        return nil
    }

    /// How many words at `index` say when: "last month", "earlier this week", "on Monday".
    static func insertedTime(at index: Int, in words: [String]) -> Int? {
        guard index + 1 < words.count else { return nil }
        if ["last", "this", "next"].contains(words[index]), EventLexicon.timeUnits.contains(words[index + 1]) { return 2 }
        if words[index] == "earlier", index + 2 < words.count, words[index + 1] == "this", EventLexicon.timeUnits.contains(words[index + 2]) { return 3 }
        if words[index] == "on", DateFinder.weekdays.contains(words[index + 1]) { return 2 }
        // "reached on 21 November 1995 by", "signed on November 21 by": a date, its year perhaps.
        if words[index] == "on", let date = dateLength(at: index + 1, in: words) { return 1 + date }
        // "presented yesterday by", "introduced Monday by".
        if EventLexicon.timeAdverbs.contains(words[index]) || EventLexicon.timeWords.contains(words[index]) || DateFinder.weekdays.contains(words[index]) {
            return 1
        }
        return nil
    }

    /// How many words at `index` write a day of a month: "21 November", "November 21", with "1995" after.
    private static func dateLength(at index: Int, in words: [String]) -> Int? {
        guard index + 1 < words.count else { return nil }
        let isDay = { (word: String) in word.count <= 2 && word.allSatisfy(\.isNumber) }
        guard (isDay(words[index]) && DateFinder.months.contains(words[index + 1])) || (DateFinder.months.contains(words[index]) && isDay(words[index + 1]))
        else { return nil }
        let hasYear = index + 2 < words.count && words[index + 2].count == 4 && words[index + 2].allSatisfy(\.isNumber)
        return hasYear ? 3 : 2
    }

    /// How many words at `index` say when something happened ("on Wednesday", "again") or what
    /// kind of talks they were ("resumed peace talks"): nothing else there is skipped.
    static func insertedWords(at index: Int, in words: [String]) -> Int? {
        guard index < words.count else { return nil }
        // "resumed their peace talks": a determiner, then perhaps what kind of talks.
        if EventLexicon.talkDeterminers.contains(words[index]) {
            return index + 1 < words.count && EventLexicon.talkModifiers.contains(words[index + 1]) ? 2 : 1
        }
        if EventLexicon.timeAdverbs.contains(words[index]) || EventLexicon.talkModifiers.contains(words[index]) { return 1 }
        if words[index] == "on", index + 1 < words.count, DateFinder.weekdays.contains(words[index + 1]) { return 2 }
        return nil
    }

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
        if let introEnd = introductoryPhraseEnd(of: sentence, before: triggerOffset),
            before.contains(where: { $0.start - sentence.start >= introEnd })
        {
            before.removeAll { $0.start - sentence.start < introEnd }
        }
        let clauseEnd = clauseEnd(after: trigger.end - sentence.start, in: text)
        // "signed a peace agreement in Washington", "held talks in Thailand": where it happened,
        // not whom it concerns ("a truce in Sudan" still concerns Sudan).
        let allAfter = entities.filter { $0.start >= trigger.end && !(($0.isCity || happensSomewhere) && isPlace($0, in: sentence)) }
        var after = allAfter.filter { $0.start - sentence.start < clauseEnd }
        // "was not invited": the auxiliary stands before the negation.
        let previous = words[..<wordIndex].last { !EventLexicon.negations.contains($0) } ?? ""
        // "a ceasefire agreed to by the Prime Ministers of Cambodia and Thailand": the agent past the preposition.
        let afterPreposition = wordIndex + length + 1 < words.count && ["to", "upon", "on"].contains(words[wordIndex + length]) ? words[wordIndex + length + 1] : nil
        // "the proposal presented yesterday by the Egyptian and Qatari mediators": past when it was.
        let pastTime = insertedTime(at: wordIndex + length, in: words).map { wordIndex + length + $0 } ?? wordIndex + length
        let next = afterPreposition == "by" || (pastTime < words.count && words[pastTime] == "by") ? "by"
            : wordIndex + length < words.count ? words[wordIndex + length] : ""
        // "was committed to the agreement", "was prepared to impose sanctions" describe their subject;
        // "was invited to the summit" is passive.
        let isPassive = (EventLexicon.passiveAuxiliaries.contains(previous) && words[wordIndex].hasSuffix("ed")
            && words[wordIndex] != "committed" && words[wordIndex] != "prepared")
            || (next == "by" && (words[wordIndex].hasSuffix("ed") || irregularParticiples.contains(words[wordIndex])))
        // "a proposal by the United States and Saudi Arabia": the noun's agents follow.
        // "a joint press conference by Erdogan, …": the noun may close the event's words.
        let isNounWithAgent = next == "by" && (isNounTrigger(words[wordIndex]) || isNounTrigger(words[wordIndex + length - 1]))
        if isPassive || isNounWithAgent {
            // "signed in the Qatari capital Doha by": where it happened may stand before the agent.
            let reach = wordIndex + length < words.count && EventLexicon.placePrepositions.contains(words[wordIndex + length]) ? 8 : 5
            let hasAgent = words[(wordIndex + length)...].prefix(reach).contains("by")
            // "brokered by Egypt, Qatar and the United States": every agent listed.
            var agents: [Entity] = []
            // "a statement agreed by all 15 members": the agent follows "by" in its phrase, or is nobody named.
            let firstAfterBy = reach > 5 ? allAfter.first { isAgent($0, after: trigger, in: sentence) } : allAfter.first
            if hasAgent, var first = firstAfterBy, isAgent(first, after: trigger, in: sentence) {
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
            // "Hosted by Kallas, Serbian President Aleksandar Vucic and …": after an opening phrase the sentence's subject follows.
            if wordIndex == 0, let introEnd = introductoryPhraseEnd(of: sentence, before: text.utf16.count) {
                agents.removeAll { $0.start - sentence.start >= introEnd }
            } else if let last = agents.last {
                agents += listedMembers(after: last, in: allAfter, sentence: sentence)
            }
            let subject = before.last.map { subjectGroup(ending: $0, in: before, sentence: sentence) } ?? []
            return (agents, isNounWithAgent ? [] : subject)
        }
        var actors: [Entity] = []
        let lead = words[..<wordIndex].reversed().first { !EventLexicon.auxiliaries.contains($0) && !EventLexicon.negations.contains($0) }
        // "said they would not reopen the border, rejecting an appeal": a participle set off by a
        // comma shares the sentence's subject, as a verb after "and" does, whoever acted last.
        let isParticiple = words[wordIndex].hasSuffix("ing") && triggerOffset >= 2 && text.utf16Slice(from: triggerOffset - 2, to: triggerOffset) == ", "
        let sharesSubject = lead == "and" || lead == "but" || isParticiple
        // "Erdogan, who brokered the declaration, said": the relative pronoun stands for the name before it.
        if let antecedent = relativeAntecedent(before: triggerOffset, in: text, entities: entities, sentence: sentence), before.isEmpty {
            // "Egypt, Saudi Arabia and the UAE, which have backed …": everyone listed.
            return (subjectGroup(ending: antecedent, in: entities.filter { $0.start <= antecedent.start }, sentence: sentence), after)
        }
        // "assassinated by a far-right Zionist who opposed his peace initiatives", "a conflict that had
        // threatened to push the country to war": the pronoun stands for a noun nobody named, the
        // object of another verb after the last name.
        if let lead, isRelativeClauseOfUnnamed(lead, before: trigger, entities: before, in: sentence) { return ([], after) }
        if lead == "and" || lead == "but", !previousActors.isEmpty {
            // "Grundberg welcomed the announcement and urged …": the verbs share their subject.
            actors = previousActors
        } else if sharesSubject, let speaker = entities.first(where: { $0.isPerson && isFollowedBySpeechVerb($0, in: sentence) }),
            speaker.end <= trigger.start
        {
            // "EU foreign policy chief Kaja Kallas said the bloc was ready and urged Tbilisi …": the speaker.
            // "Anwar said the US president personally spoke to Hun, urging a speedy resolution": the reported
            // clause's subject, whose participle it is.
            let reported = isParticiple ? before.first { $0.start > speaker.end && !$0.isCity && !isPlace($0, in: sentence) } : nil
            actors = [reported ?? speaker]
        } else if sharesSubject, let first = entities.first, first.start - sentence.start < 12 || onlyTitlesBefore(first, in: sentence), !before.contains(where: { $0.start == first.start }) || before.count > 1 {
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
            let organisation = entities.last(where: { $0.participant.organisation != nil && $0.end <= trigger.start }) ?? previousOrganisation
        {
            // "Hamas spokesman Hazem Qassem said the group was committed", "the paramilitary group has
            // not committed": the organisation named last. The group is the subject
            // even after other names: "Faye, whom the bloc appointed".
            actors = [organisation]
            // "Yemen's government and the Houthi rebels agreed": the group is named with its noun, and
            // those listed before it act with it.
            let nextWord = Tokenizer.words(in: sentence).within(from: organisation.end - sentence.start, to: triggerOffset).first
            if let nextWord, EventLexicon.groupNouns.contains(nextWord.folded), before.contains(where: { $0.start == organisation.start }) {
                actors = subjectGroup(ending: organisation, in: before, sentence: sentence)
            }
        } else if let last = before.last, !isPairSubject(before: wordIndex, in: words, sentence: sentence), groupCount(before: wordIndex, in: words) == nil {
            // "… with Cambodia, a month after the two countries signed": the pair's noun is nearer than any name.
            actors = subjectGroup(ending: last, in: before, sentence: sentence)
            // "Trump backs Putin’s proposal": a possessive before a verb is not its subject.
            // "with Oman's foreign minister shuttling between": an official named by office acts for the owner.
            if last.isPossessive, !isNounTrigger(words[wordIndex]), !isOfficeOfOwner(last, before: trigger, in: sentence),
                let owner = before.last(where: { !$0.isPossessive })
            {
                actors = subjectGroup(ending: owner, in: before, sentence: sentence)
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
            // "Yemen's warring parties agreed", "the warring parties in the Yemen war": the state the subject
            // names and the armed movement the report names.
            if named.count != 2, pair == .parties, let movement = antecedents.armedMovement,
                let state = entities.last(where: { entity in
                    entity.participant.state != nil && !entity.isPerson && !entity.isCity && entity.end <= trigger.start && trigger.start - entity.end <= 40
                })
            {
                named = [state, Entity(participant: movement, start: trigger.start, end: trigger.start, isPossessive: false, isPerson: false)]
            }
            if named.count == 2 { actors = named }
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

    /// Participles not ending in "-ed" that take an agent: "put forward by Cairo".
    static let irregularParticiples: WordTable<Void> = ["put", "made", "set", "drawn", "laid", "brought", "sent"]

    static func isVerb(_ word: String) -> Bool {
        word.hasSuffix("ed") || word.hasSuffix("s") || ["met", "meet", "propose", "accept", "reject", "demand", "support", "threaten", "invite"].contains(word)
    }

    private static func isNounTrigger(_ word: String) -> Bool {
        word.hasSuffix("al") || word.hasSuffix("ion") || ["threat", "call", "demand", "appeal", "offer", "mediators", "conference"].contains(word)
    }

    /// A negation among the four words before, within the event word's clause: "will not remain
    /// landlocked, but insists" is not a negated demand.
    static func isNegated(before index: Int, in words: [String]) -> Bool {
        let window = words[max(0, index - 4)..<index]
        let clause = window.lastIndex { $0 == "but" || $0 == "while" || $0 == "however" }.map { window[($0 + 1)...] } ?? window
        guard let negation = clause.lastIndex(where: { EventLexicon.negations.contains($0) || $0.hasSuffix("n't") || $0.hasSuffix("n’t") }) else { return false }
        // "We never doubted when we called for this dialogue": the negation belongs to a verb before the event's.
        return !words[(negation + 1)..<index].contains { $0.hasSuffix("ed") && !EventLexicon.notVerbsInEd.contains($0) }
    }

    /// "would not accept" is a refusal, said outright; "would accept" and "may not accept" are hedged.
    static func isHedged(before index: Int, in words: [String]) -> Bool {
        if words.contains("reportedly") { return true }
        // "close to agreeing", "nearer to signing": not yet.
        if index >= 2, words[index - 1] == "to", ["close", "closer", "near", "nearer"].contains(words[index - 2]) { return true }
        if words[max(0, index - 3)..<index].contains(where: EventLexicon.nearHedges.contains) { return true }
        // "if Hezbollah or anyone else breaks the deal, and poses a direct threat": a condition reaches
        // farther than other hedges.
        if words[max(0, index - 14)..<index].contains(where: { $0 == "if" || $0 == "unless" }) { return true }
        let window = max(0, index - 8)..<index
        return window.contains { position in
            EventLexicon.hedges.contains(words[position])
                && !(["would", "will"].contains(words[position]) && position + 1 < index && EventLexicon.negations.contains(words[position + 1]))
        }
    }

    /// The event word is what a demand just before asks for: "urged both sides to sign",
    /// "called on Moscow not to reject".
    static func isDemanded(at index: Int, after demandEnd: Int, words: [Word], folded: [String], in sentence: TextSpan) -> Bool {
        // "urged both the Sudanese army and the Rapid Support Forces to agree": the whom may be a
        // list; "insisted that Kinshasa hold direct talks": what is demanded may follow "that".
        guard index > demandEnd, index - demandEnd <= 12 else { return false }
        // "demanded that the rebels lay down their arms and rejected …": a verb joined to the demand is no part of it.
        let wordsBetween = folded[demandEnd..<index]
        // "warned the group to stop threatening shipping": what is to stop is asked for too.
        let isToStop = index >= 2 && folded[index - 2] == "to" && EventLexicon.stoppingVerbs.contains(folded[index - 1])
        // "urged them to seize the opportunity and agree to a ceasefire": a second verb of what is asked.
        let continuesInfinitive = folded[index - 1] == "and" && wordsBetween.contains("to") && !folded[index].hasSuffix("ed")
        guard folded[index - 1] == "to" || isToStop || continuesInfinitive
            || (wordsBetween.contains("that") && !wordsBetween.contains("and") && !wordsBetween.contains("but"))
        else { return false }
        // Within one clause: a comma between them starts another, unless it lists whom the demand is made of
        // ("urged Israel, Lebanon, and Hezbollah to agree").
        let between = sentence.text[words[demandEnd - 1].range.upperBound..<words[index].range.lowerBound]
        guard !between.utf8.contains(UInt8(ascii: ";")) else { return false }
        return !between.split(separator: ",", omittingEmptySubsequences: false).dropFirst().contains { part in
            guard let next = part.split(separator: " ").first else { return false }
            return next.first?.isLowercase == true && !["and", "or", "the"].contains(String(next))
        }
    }
}
