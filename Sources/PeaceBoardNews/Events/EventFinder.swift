/// Finds events sentence by sentence: an event word, who acts (the subject before it, or the
/// agent after "by"), whom it concerns (named after it), and whether the sentence denies it
/// ("has not committed") or hedges it ("may", "is likely to", "if it rejects").
public enum EventFinder {
    /// What a sentence may refer back to: "both leaders", "the two sides", "the army".
    struct Antecedents {
        /// The last two people named.
        var people: [Entity] = []
        /// The last person named with each office, by the office's words in lower case and by its last word:
        /// whom "the president" or "the prime minister" of a later sentence is.
        var officeHolders: [String: Entity] = [:]
        /// The last two who acted together.
        var pair: [Entity] = []
        /// The last two who met, agreed, refused or weighed terms together, or whom a third side
        /// urged or brought together: whom "the parties" and "both sides" stand for, which
        /// mediators urging them are not.
        var parties: [Entity] = []
        /// The last states or bodies named together, by how many: whom "the four" or "the quartet" stands for.
        var groups: [Int: [Entity]] = [:]
        /// The last states or bodies named together, two or more, and where their sentence starts:
        /// whom "the ministers" of the next sentence or two are.
        var list: (members: [Entity], sentenceStart: Int)?

        func lastList(before sentence: TextSpan) -> [Entity]? {
            guard let list, sentence.start > list.sentenceStart, sentence.start - list.sentenceStart <= Self.listReach else { return nil }
            return list.members
        }
        /// How far back in the report "the ministers" may look for the states listed, in UTF-16 units: a sentence or two.
        private static let listReach = 500
        /// The last two states or bodies named together ("Baku and Yerevan fought two wars"): whom "the
        /// two countries" stands for when no two have acted together yet.
        var namedPair: [Entity] = []
        /// The pair the report is about: the last two who acted together, else the parties, else the last two named together.
        var reportPair: [Entity]? { [pair, parties, namedPair].first { $0.count == 2 } }
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

    /// A meeting or a deal found past the rules: those who held or made it are whom "both sides" and "the two" stand for next.
    private static func noteHeld(_ meeting: EventMention, in antecedents: inout Antecedents, at start: Int) {
        guard !meeting.hedged, !meeting.negated else { return }
        antecedents.pair = meeting.actors.map { Entity(participant: $0, start: start, end: start, isPossessive: false, isPerson: false) }
        antecedents.noteParties(of: [meeting], at: start)
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
            if person.state == nil { participant.organisation = person.organisation ?? Gazetteer.organisationOfPerson[person.name] }
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
        // The person the last sentence that named someone is about: whom a "he" or "his" stands for.
        var lastSubject: Entity?
        var lastOrganisation: Entity?
        // The first signing ceremony the report tells of as held, wherever its signers are named.
        var heldCeremony: HeldCeremony?
        var antecedents = Antecedents(institutions: nationalInstitutions(in: sentences, people: people, states: states))
        let officialStates = statesOfInstitutionalOfficials(in: sentences, people: people, institutions: antecedents.institutions)
        antecedents.armedMovement = organisations.first { Gazetteer.armedMovementNames.contains($0.name) }.map {
            EventParticipant(name: $0.name, organisation: $0.name)
        }
        antecedents.quotations = quotes.compactMap { quote in
            guard let speaker = quote.speaker else { return nil }
            if let person = people.first(where: { $0.name == speaker && !$0.isPossessive }) {
                return (quote.span.start..<quote.span.end, Entity(person: person))
            }
            return speakingBody(named: speaker, nearest: quote.span, states: states, organisations: organisations).map { (quote.span.start..<quote.span.end, $0) }
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
                    in: sentence, people: people, states: states, organisations: organisations, institutions: antecedents.institutions
                ).map { entity in
                    guard entity.isPerson, entity.participant.state == nil, entity.participant.organisation == nil,
                        let state = officialStates[entity.participant.name]
                    else { return entity }
                    var official = entity
                    official.participant.state = state
                    return official
                }
                named = entities
                return entities
            }
            if let firstTrigger = folded.indices.first(where: { words[$0].classes.contains(.eventWord) && match(at: $0, in: folded) != nil }) {
                let entities = sentenceEntities()
                let found = reattributions.reduce(
                    Self.events(
                        in: sentence, words: words, folded: folded, from: firstTrigger, entities: entities, previousPerson: lastSubject,
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
                // "Ministers from Egypt, Ethiopia and Sudan agreed to reconvene …, a crisis between Cairo and Addis Ababa": who acted, before whom the sentence also names.
                if let together = found.last(where: { $0.actors.count >= 2 && partyKinds.contains($0.kind) && !$0.isHosting }) {
                    antecedents.list = (together.actors.map { Entity(participant: $0, start: sentence.start, end: sentence.start, isPossessive: false, isPerson: false) }, sentence.start)
                }
                for event in found where event.actors.count >= 3 {
                    antecedents.groups[event.actors.count] = event.actors.map { Entity(participant: $0, start: sentence.start, end: sentence.start, isPossessive: false, isPerson: false) }
                }
                events += found
                if let guests = guestsOfHostedMeeting(found, words: words, folded: folded, antecedents: antecedents, sentence: sentence) { events.append(guests) }
            }
            // On bytes first: few sentences name a ceremony or who was present.
            let partiesMet = { [agreedBy = antecedents.agreedBy] in
                let parties = Set(agreedBy.map(\.name))
                return events.contains { $0.kind == .meet && Set($0.actors.map(\.name)).isSuperset(of: parties) }
            }
            // ("signing" asked of the words already split, on their length first: every sentence is asked.)
            if sentence.text.containsBytes(of: "ceremon") || folded.contains(where: { $0.utf8.count == 7 && $0 == "signing" }) {
                if heldCeremony == nil { heldCeremony = heldSigningCeremony(in: sentence, words: words, folded: folded) }
                let here = events.filter { $0.sentence.start == sentence.start }
                events += ceremonyAttendance(
                    in: sentence, words: words, folded: folded, entities: sentenceEntities(), signers: antecedents.agreedBy, found: here,
                    signersMet: partiesMet())
            }
            if !antecedents.agreedBy.isEmpty, let atTalks = agreementAtTalks(in: sentence, words: words, folded: folded, parties: antecedents.agreedBy), !partiesMet() {
                events.append(atTalks)
            }
            // "At the meeting were …" names the occasion first and none of these words.
            if sentence.text.hasPrefix("At ") || sentence.text.containsBytes(of: "present") || sentence.text.containsBytes(of: "attend")
                || sentence.text.containsBytes(of: "included") || sentence.text.containsBytes(of: " together") || sentence.text.containsBytes(of: "presence"),
                let presence = presenceList(in: sentence, words: words, folded: folded, entities: sentenceEntities()),
                !events.contains(where: { $0.kind == .meet && $0.sentence.start == sentence.start && $0.actors == presence.actors })
            {
                // "Also attending the meeting were …": the attendance the list names, which "attending" alone found with nobody.
                events.removeAll { $0.kind == .meet && $0.sentence.start == sentence.start && $0.actors.isEmpty }
                events.append(presence)
            }
            if !events.contains(where: { $0.sentence.start == sentence.start }),
                let caption = captionMeeting(in: sentence, words: words, folded: folded, entities: sentenceEntities())
            {
                events.append(caption)
            }
            let range = sentence.start..<sentence.end
            // On the length first: every sentence is asked.
            if folded.indices.contains(where: { (folded[$0].utf8.count == 7 || folded[$0].utf8.count == 2) && opensMeetingParties(at: $0, in: folded) }) {
                let held = events.filter { $0.kind == .meet && $0.sentence.start == sentence.start }.map(\.actors)
                let entities = sentenceEntities()
                var meetings = meetingsBetween(in: sentence, words: words, folded: folded, entities: entities, namedGroup: lastOrganisation).filter { meeting in
                    !held.contains { Set($0.map(\.name)).isSuperset(of: meeting.actors.map(\.name)) }
                }
                // "during talks between the leaders of the two states hosted by Trump": the host's meeting alone leaves the pair's to find.
                if meetings.isEmpty, held.allSatisfy({ $0.count < 2 }), let noun = meetingBetweenPair(in: folded),
                    let pair = antecedents.reportPair
                {
                    meetings.append(
                        EventMention(
                            kind: .meet, cameo: CAMEOCode("040")!, actors: pair.map(\.participant), targets: [],
                            negated: isNegated(before: noun, in: folded), hedged: isHedged(before: noun, in: folded),
                            trigger: sentence.span(from: words[noun], to: words[noun]), sentence: sentence))
                }
                let agreed = agreementsBetween(in: sentence, words: words, folded: folded, entities: entities)
                // "Talks between Papua New Guinea's government and Bougainville ended … both sides had agreed".
                if let held = meetings.last(where: { !$0.hedged && !$0.negated }) {
                    noteHeld(held, in: &antecedents, at: sentence.start)
                    // "The accord, concluded after talks between A and B, …": who held the talks concluded it, unless
                    // the agreement is already theirs ("The declaration was signed at a meeting between A and B").
                    if let participle = agreementReachedAtTalks(in: folded), held.actors.count >= 2,
                        !agreed.contains(where: { Set($0.actors.map(\.name)).isSuperset(of: held.actors.map(\.name)) })
                    {
                        events.append(
                            EventMention(
                                kind: .accept, cameo: CAMEOCode("030")!, actors: held.actors, targets: [], negated: false, hedged: false,
                                trigger: sentence.span(from: words[participle], to: words[participle]), sentence: sentence))
                    }
                }
                events += meetings
                events += agreed
                // "A peace agreement between Rwanda and the DRC was signed …. Both countries agreed": the deal's two sides.
                if let deal = agreed.last(where: { $0.actors.count == 2 && !$0.hedged && !$0.negated }) {
                    noteHeld(deal, in: &antecedents, at: sentence.start)
                    antecedents.agreedBy = deal.actors
                }
            }
            /// Whether this sentence has a meeting of everyone in `actors` already.
            func hasMeeting(of actors: [EventParticipant]) -> Bool {
                events.contains { $0.kind == .meet && $0.sentence.start == sentence.start && Set($0.actors.map(\.name)).isSuperset(of: actors.map(\.name)) }
            }
            // "… and signed in Juba, where talks have been held since late last year": who agreed met there.
            if folded.contains(where: { $0.utf8.count == 5 && $0 == "where" }), let talks = talksHeldWhere(in: folded),
                let agreement = events.last(where: { $0.kind == .accept && $0.sentence.start == sentence.start && $0.actors.count >= 2 && !$0.negated && !$0.hedged }),
                !hasMeeting(of: agreement.actors)
            {
                events.append(
                    EventMention(
                        kind: .meet, cameo: CAMEOCode("040")!, actors: agreement.actors, targets: [], negated: false, hedged: false,
                        trigger: sentence.span(from: words[talks], to: words[talks]), sentence: sentence))
            }
            // "After four hours of talks with Medvedev, Sarkozy emerged": on the words' lengths first, as every sentence is asked.
            if folded.contains(where: { word in
                switch word.utf8.count {
                case 4: word == "with"
                case 5: word == "after"
                case 9: word == "following"
                default: false
                }
            }),
                let talks = talksWithPartners(in: sentence, words: words, folded: folded, entities: sentenceEntities)
                    ?? talksAfterReport(in: sentence, words: words, folded: folded, entities: sentenceEntities),
                !hasMeeting(of: talks.actors)
            {
                events.append(talks)
                noteHeld(talks, in: &antecedents, at: sentence.start)
            }
            // "After marathon talks, Kenya and Uganda agreed": who agree after the talks the sentence opens with met in them.
            if let agreement = agreementAfterOpeningTalks(in: folded, words: words, events: events, sentence: sentence), !hasMeeting(of: agreement.actors) {
                events.append(EventMention(
                    kind: .meet, cameo: CAMEOCode("046")!, actors: agreement.actors, targets: [], negated: false, hedged: false,
                    trigger: agreement.trigger, sentence: sentence))
            }
            let held = heldMeeting(in: folded)
            // "A new round of negotiations took place in Naivasha with the government of South Sudan and …": those it was held with.
            if let (noun, verb) = held, !events.contains(where: { $0.kind == .meet && $0.sentence.start == sentence.start }),
                let with = folded[verb...].prefix(8).firstIndex(of: "with"),
                case let after = sentenceEntities().filter({ $0.start >= sentence.start + words[with].utf16Range.upperBound && !$0.isCity && !$0.isRemit }),
                let first = after.first,
                case let holders = longestList(in: after, sentence: sentence, opens: { $0.start == first.start }) ?? [first],
                // "started on 24 January with @AU_Chergui facilitation and UN support", "held with the support of Rwanda":
                // who helped, not who met.
                !words.dropFirst(with + 1).contains(where: { EventLexicon.isHelpNoun($0.folded) })
            {
                let meeting = EventMention(
                    kind: .meet, cameo: CAMEOCode("040")!, actors: holders.map(\.participant), targets: [],
                    negated: isNegated(before: verb, in: folded), hedged: isHedged(before: verb, in: folded) || isHedged(before: noun, in: folded),
                    trigger: sentence.span(from: words[noun], to: words[noun]), sentence: sentence)
                events.append(meeting)
                noteHeld(meeting, in: &antecedents, at: sentence.start)
            }
            // "peace talks were held in Kunming", "a meeting took place there": held by the pair the report is about.
            if let (noun, verb) = held, !events.contains(where: { $0.kind == .meet && $0.sentence.start == sentence.start }),
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
                    if antecedents.list?.sentenceStart != sentence.start { antecedents.list = (list, sentence.start) }
                }
            }
            events += compoundEvents(in: sentence, words: words)
            // "“Today’s agreement … is an important step,” Hunt said": praise by what the deal is called.
            // (Asked of the words' classes first: most sentences judge nothing.)
            if words.contains(where: { $0.classes.contains(.judgementNoun) }), let judged = judgementOfDeal(
                in: sentence, words: words, folded: folded, entities: sentenceEntities(), previousPerson: lastSubject, antecedents: antecedents),
                !events.contains(where: { $0.kind == .support && $0.sentence.start == sentence.start && $0.actors.map(\.name) == judged.actors.map(\.name) })
            {
                events.append(judged)
            }
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
            if sentence.text.containsBytes(of: "ator") || sentence.text.containsBytes(of: "intermedia") || sentence.text.containsBytes(of: "go-between"),
                words.contains(where: { EventLexicon.mediatorNouns.contains($0.folded) })
            {
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
                events += presenceOfOwner(in: sentence, words: words, people: peopleHere, states: statesHere, organisations: organisationsHere).filter { named in
                    !events.contains { $0.kind == .meet && $0.sentence.start == sentence.start && $0.actors == named.actors }
                }
                events += mediatorsNamedAfter(in: sentence, words: words, states: statesHere, organisations: organisationsHere).filter { named in
                    !events.contains { $0.kind == .mediate && $0.sentence.start == sentence.start && $0.actors == named.actors }
                }
                events += (endorsementEvents(in: sentence, words: words, people: peopleHere, states: statesHere, organisations: organisationsHere)
                    + requestedEvents(in: sentence, words: words, people: peopleHere, states: statesHere, organisations: organisationsHere)).filter { named in
                    !events.contains { $0.kind == named.kind && $0.sentence.start == sentence.start && $0.actors == named.actors }
                }
            }
            // "according to Abu Bakr Baeira": a source, not one of those a later "the two" stands for.
            for person in people.starting(in: range, at: \.span.start)
            where !person.isPossessive && !sentence.text.utf16Slice(from: max(0, person.span.start - sentence.start - 13), to: person.span.start - sentence.start).hasSuffix("according to ") {
                let entity = Entity(person: person)
                if let office = person.office?.lowercased(), !office.hasPrefix("former") {
                    antecedents.officeHolders[office] = entity
                    if let last = office.split(separator: " ").last { antecedents.officeHolders[String(last)] = entity }
                }
                antecedents.people.removeAll { $0.participant.name == entity.participant.name }
                antecedents.people = Array((antecedents.people + [entity]).suffix(2))
            }

            // "Tsvangirai addressed the dignitaries first … rather than Mugabe. He appealed for unity": the next "he" is
            // whom the sentence is about, named first; who it names last is more often an object.
            if let person = people.starting(in: range, at: \.span.start).first(where: { !$0.isPossessive }) { lastSubject = Entity(person: person) }
            if let organisation = organisations.starting(in: range, at: \.span.start).last ?? referredOrganisation(in: folded, before: sentence.start, among: organisations) {
                lastOrganisation = Entity(
                    participant: EventParticipant(name: organisation.name, organisation: organisation.name), start: organisation.span.start,
                    end: organisation.span.end, isPossessive: false, isPerson: false)
            }
        }
        events += signersAtReportedCeremony(events, ceremony: heldCeremony)
        // "thousands of people gathered to witness the televised signing", "16 documents were signed":
        // a meeting, or a passive with no agent, of nobody named with nobody is no fact about anyone.
        return events.filter { event in
            (!event.actors.isEmpty || !event.targets.isEmpty || (event.kind != .meet && !isAgentlessPassive(event))) && !isParticipleDescribingAThing(event)
                && !isDangerNamedAsThreat(event)
        }
    }

    /// The person named before with the office that "the" and an office name just before the event word: "The
    /// prime minister invited", "the President has called on", "The PM invited".
    private static func officeHolder(before index: Int, in folded: [String], antecedents: Antecedents) -> Entity? {
        var end = index
        while end > 0, EventLexicon.auxiliaries.contains(folded[end - 1]) { end -= 1 }
        guard let the = folded[max(0, end - 4)..<end].lastIndex(of: "the"), the + 1 < end else { return nil }
        let office = folded[(the + 1)..<end].flatMap { $0 == "pm" ? ["prime", "minister"] : [$0] }
        guard Offices.isTitle(office) else { return nil }
        return antecedents.officeHolders[office.joined(separator: " ")] ?? (office.count == 1 ? antecedents.officeHolders[office[0]] : nil)
    }

    /// "Lingering animosities threaten to reignite war in shattered Bosnia": what a strife threatens is a danger, no
    /// act of anyone's ("several European leaders have threatened" is theirs, though none is named).
    private static func isDangerNamedAsThreat(_ event: EventMention) -> Bool {
        guard event.kind == .threaten, event.actors.isEmpty else { return false }
        let words = Tokenizer.words(in: event.sentence)
        guard let trigger = words.firstIndex(where: { event.sentence.start + $0.utf16Range.lowerBound >= event.trigger.start }), trigger > 0,
            let subject = words[..<trigger].last(where: { !EventLexicon.auxiliaries.contains($0.folded) })
        else { return false }
        return EventLexicon.strifeNouns.contains(subject.folded)
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
            // "Ukraine had previously handed over …": an adverb may stand after the auxiliary.
            let beforeAdverb = index >= 2 && folded[index - 1].hasSuffix("ly") ? index - 2 : index - 1
            if rule.kind == .propose, folded[index].hasSuffix("ed"), next != "by", index >= 1,
                EventLexicon.describingParticipleFollowers.contains(next) && !words[beforeAdverb].isCapitalised
                    && !EventLexicon.auxiliaries.contains(folded[beforeAdverb]) && !Offices.pronouns.contains(folded[beforeAdverb])
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
            // "King Gyanendra, who dismissed the previous civilian government": an official or a government dismissed
            // is removed from office, not a proposal rejected.
            if rule.kind == .reject, folded[index] == "dismissed",
                words.dropFirst(index + 1).prefix(4).contains(where: { !$0.isPossessive && EventLexicon.officesHeld.contains($0.folded) })
            {
                continue
            }
            // "during the 48-hour notification period after signing the agreement": a gerund that dates a period tells
            // nobody's act.
            if index >= 2, folded[index].hasSuffix("ing"), folded[index - 1] == "after" || folded[index - 1] == "before",
                EventLexicon.periodNouns.contains(folded[index - 2])
            {
                continue
            }
            // "This deal supports Lebanon's sovereignty": what a deal backs is nobody's support.
            // ("The plan was widely backed by the African Union" is the African Union's.)
            if rule.kind == .support, EventLexicon.backingVerbs.contains(folded[index]), !folded[index].hasSuffix("ed"),
                case let subject = subjectNoun(before: index, in: folded),
                subject >= 0, EventLexicon.dealNouns.contains(folded[subject])
            {
                continue
            }
            // "Rwanda and Uganda backed Congolese rebels", "terrorist organizations backed by Iran": arming a side in a
            // war is no support of a deal or a move.
            if rule.kind == .support, EventLexicon.backingVerbs.contains(folded[index]),
                words.dropFirst(index + length).prefix(3).contains(where: { EventLexicon.fightingSides.contains($0.folded) && !$0.isPossessive })
                    || folded.indices.contains(index + length) && folded[index + length] == "by"
                        && words[max(0, index - 2)..<index].contains(where: EventLexicon.namesArmedSide)
            {
                continue
            }
            // "Moscow refused to accept an immediate ceasefire", "the refusal by Sinn Fein to accept a deal": the refusal is the event.
            if index >= 2, folded[index - 1] == "to", let refusal = folded[max(0, index - 10)..<(index - 1)].lastIndex(where: EventLexicon.refusals.contains),
                refusal == index - 2 || folded[refusal + 1] == "by"
            {
                continue
            }
            // "agreed not to threaten or use force": what is forsworn did not happen.
            if let acceptEnd, index - acceptEnd >= 2, index - acceptEnd <= 5, folded[(index - 2)..<index] == ["not", "to"] { continue }
            // "pledged not to threaten", "will not, directly or indirectly, threaten": a threat forsworn is none made.
            if rule.kind == .threaten, isForsworn(at: index, in: folded) { continue }
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
            // "Amara Diallo signed on behalf of Kenya": whom a signer signs for signs. (What a relative clause tells of a
            // person, "Okello, who signed the accord on behalf of the African Union, said", is read as the person's.)
            // (Asked on bytes first: few sentences sign on anyone's behalf.)
            if rule.kind == .accept, !(index > 0 && EventLexicon.relativePronouns.contains(folded[index - 1])), sentence.text.containsBytes(of: "behalf") {
                let principals = entities.filter { entity in
                    guard entity.start >= trigger.end, !entity.isPerson else { return false }
                    var before = Tokenizer.words(in: sentence).within(from: max(0, entity.start - sentence.start - 24), to: entity.start - sentence.start).map(\.folded)
                    if before.last == "the" { before.removeLast() }
                    return before.suffix(3) == ["on", "behalf", "of"]
                }
                if !principals.isEmpty {
                    actors.removeAll { actor in !actor.isPerson && actor.participant.state == nil && actor.participant.organisation == nil }
                    actors += principals.filter { principal in !actors.contains { $0.participant == principal.participant } }
                    targets.removeAll { target in principals.contains { $0.start == target.start } }
                }
            }
            // "Qatar’s prime minister announced the agreement" between Israel and Hamas, found before: who announces a
            // deal others made is no party to it.
            if rule.kind == .accept, folded[index] == "announced", actors.count == 1, !antecedents.agreedBy.isEmpty,
                !antecedents.agreedBy.contains(where: { $0.name == actors[0].participant.name || ($0.state != nil && $0.state == actors[0].participant.state) })
            {
                continue
            }
            // "Ghana joined Togo in signing the accord", "joined Anwar in applauding the accord": whom the subject joined did so too.
            if index >= 2, folded[index - 1] == "in",
                let joined = folded[max(0, index - 8)..<(index - 1)].lastIndex(where: { $0 == "joined" || $0 == "joins" })
            {
                let joinedStart = sentence.start + words[joined].utf16Range.lowerBound
                let subject = entities.last { $0.start >= sentence.start && $0.end <= joinedStart && !$0.isPossessive && !$0.isCity }
                let companions = entities.filter { $0.start >= joinedStart && $0.end <= trigger.start && !$0.isPossessive }
                actors = (subject.map { [$0] } ?? actors) + companions
            }
            // "Kenyan Prime Minister Amara Diallo arrived. The prime minister invited …", "The PM invited", "the President
            // called on": an office named alone is its holder named before.
            if actors.isEmpty, let holder = officeHolder(before: index, in: folded, antecedents: antecedents) { actors = [holder] }
            // "Mugabe and Tsvangirai shook hands after signing an agreement": who acted in the clause did what the gerund says,
            // and where they did it ("shook hands in the Kremlin after signing") signed nothing.
            if index >= 1, folded[index].hasSuffix("ing"), EventLexicon.sequenceWords.contains(folded[index - 1]), let firstActor = lastActors.first,
                actors.allSatisfy({ actor in lastActors.contains { $0.start == actor.start } || actor.isCity && actor.start > firstActor.end })
            {
                actors = lastActors
                targets.removeAll { target in actors.contains { $0.start == target.start } }
            } else if index >= 1, folded[index].hasSuffix("ing"), EventLexicon.sequenceWords.contains(folded[index - 1]), lastActors.isEmpty,
                let subject = entities.first(where: { $0.start >= sentence.start }), subject.isPerson, subject.end <= trigger.start,
                subject.start - sentence.start < 12 || onlyTitlesBefore(subject, in: sentence), actors.allSatisfy({ $0.start != subject.start })
            {
                // "President Trump opened the event by expressing his condolences … over the passing of Queen Sirikit before
                // praising Anwar’s role": the sentence's subject, not whom its object named.
                actors = [subject]
                targets.removeAll { $0.start == subject.start }
            }
            if rule.isTheSayers {
                if let sayer = sayer(before: trigger, in: sentence, entities: entities, asides: asides) {
                    targets.removeAll { $0.start == sayer.start }
                    actors = [sayer]
                } else if rule.needsSayer {
                    continue
                }
            }
            // "…,” Aliyev said in a televised online meeting with Putin": who spoke there held the meeting.
            if rule.kind == .meet, actors.isEmpty, let speech = (max(0, index - 6)..<index).last(where: { Offices.speechVerbs.contains(folded[$0]) }),
                speech + 2 < index, folded[speech + 1] == "in", !words[(speech + 2)..<index].contains(where: \.isCapitalised),
                let speaker = sayer(before: sentence.span(from: words[speech], to: words[speech]), in: sentence, entities: entities, asides: asides)
            {
                actors = [speaker]
                targets.removeAll { $0.start == speaker.start }
            }
            // "a statement agreed by all 15 members": what describes a document reports an agreement only by someone named.
            if rule.unlessAgentFollows, actors.isEmpty, index > 0, rule.notAfter.contains(folded[index - 1]) { continue }
            // "a ceasefire supported by a US-Saudi monitoring mechanism": backing by nobody named is nobody's support.
            if rule.kind == .support, actors.isEmpty, index + length < folded.count, folded[index + length] == "by" { continue }
            // "praised Trump’s role in brokering the agreement": the role's owner acts, not who praises it; so does
            // whom "his" stands for in "thanked French President Emmanuel Macron for his assistance in achieving".
            if let owner = ownerOfHelp(before: index, trigger: trigger, words: words, folded: folded, entities: entities, in: sentence) {
                actors = [owner]
                targets.removeAll { $0.start == owner.start }
            } else if actors.isEmpty, index == 0, let subject = frontedClauseSubject(in: sentence, entities: entities) {
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
            } else if actors.isEmpty, hasSubject("i", before: index, in: folded) || hasSubject("we", before: index, in: folded)
                // “Congratulations to both countries …”: a sentence that opens with the speaker's own words of it.
                || index == 0 && rule.kind == .congratulate,
                let speaker = antecedents.speaker(quoting: trigger.start)
            {
                // “I propose Azerbaijani President Ilham Aliyev to begin consultations”: whoever said so, as the
                // sentence names them ("junta spokesperson Zaw Min Tun" speaks for the junta's state).
                actors = [entities.first { $0.isPerson && $0.participant.name == speaker.participant.name } ?? speaker]
                targets.removeAll { $0.participant.name == speaker.participant.name }
            }
            let threatMadeOnCondition = rule.kind == .threaten && isThreatOnCondition(at: index, words: words, folded: folded, in: sentence)
            // “If Hezbollah violates the agreement …, we will strike”: "we" before a threat is the speaker's side,
            // whoever the condition named.
            if threatMadeOnCondition,
                hasSubject("we", before: index, in: folded) || hasSubject("i", before: index, in: folded),
                let speaker = antecedents.speaker(quoting: trigger.start)
            {
                actors = [speaker]
                targets.removeAll { $0.participant.name == speaker.participant.name }
            }
            // “You have reached an agreement,” Guterres said: whom the speaker addresses acted, not the speaker.
            if hasSubject("you", before: index, in: folded), antecedents.speaker(quoting: trigger.start) != nil { continue }
            // "we have had talks" is a speaker's, found by other rules; "had agreed to hold talks" is another event.
            if rule.needsNamedSubjectAndDescribedLater,
                index == 0 || !words[index - 1].isCapitalised
                    || folded[(index + length)...].prefix { !rule.needsLater.contains($0) }.contains(where: {
                        ($0.hasSuffix("ed") && !$0.contains("-")) || $0 == "to" || $0 == "been" || $0 == "no" || Offices.speechVerbs.contains($0)
                    })
            {
                continue
            }
            // "had discussed the terms with government colleagues": nobody named is no company.
            if rule.needsCompany, Set(actors.map { $0.participant.state ?? $0.participant.name }).count < 2,
                partnersAfterWith(from: index + length - 1, words: words, folded: folded, targets: targets, in: sentence).isEmpty
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
            // "this first Brussels meeting with Vučić": the city says where, not who; "The White House hosted" acts.
            if rule.kind == .meet, actors.count == 1, actors[0].isCity, actors[0].end < trigger.start, !EventLexicon.hostingWords.contains(folded[index]),
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
            if let they = theyAfterWhere(before: index, in: folded, words: words, found: found, entities: entities, actors: actors, sentence: sentence) {
                actors = they
                targets.removeAll { target in actors.contains { $0.start == target.start } }
            }
            if !actors.isEmpty { lastActors = actors }
            if actors.count == 2, rule.kind != .mediate, !EventLexicon.hostingWords.contains(folded[index]) { antecedents.pair = actors }
            if actors.count == 2, partyKinds.contains(rule.kind) { antecedents.parties = actors }
            // With nobody named, a verb still reports an event by someone ("the rebels rejected it"),
            // unless its subject is a document ("the agreement calls for").
            let lead = leadWord(before: index, words: words, in: sentence, asides: asides)
            let negated = isNegated(before: index, in: folded)
            // "the sides did not agree on all points": agreement short of everything is no agreement denied.
            if rule.kind == .accept, negated, index + length + 1 < folded.count, folded[index + length] == "on",
                EventLexicon.wholeQuantities.contains(folded[index + length + 1])
            {
                continue
            }
            // "would implement the framework only once troops had left": the condition is stated outright.
            // "when he meets with U.S. President Donald Trump next week": a present tense after "when" is to come.
            let isToCome = folded[index].hasSuffix("s") && folded[max(0, index - 3)..<index].contains("when")
            // "DRC will mandate an operational strategy …, provided Rwanda removes its defensive measures": the condition of
            // what is to come is to come.
            let isConditionOfFuture = rule.needsComma && folded[..<index].contains(where: EventLexicon.futureAuxiliaries.contains)
            let hedged = isConditionOfFuture || !(rule.isTheSayers && rule.kind == .demand)
                && (isHedged(before: index, in: folded, conditionIsClosed: threatMadeOnCondition)
                    || EventLexicon.plannedEventWords.contains(folded[index]) || isToCome)
            // "signed the accord in the presence of Anwar Ibrahim and Donald Trump": the witnesses attend too.
            if rule.kind == .accept, !negated, !hedged {
                let witnessed = witnesses(after: index + length, of: trigger, signedBy: actors, words: words, folded: folded, entities: entities, in: sentence)
                if let witnessed { found.append(witnessed) }
                // "was signed by Nyusi and Momade in Maputo's Peace Square and witnessed by former presidents": a
                // signing before witnesses is a ceremony, where the signers met.
                // "Presidents Kagame and Kabila signed an agreement. A memorandum … were signed in Pretoria in the presence
                // of …": a document signed by nobody named there was signed by those who last agreed.
                let signers = actors.isEmpty && index >= 1 && EventLexicon.passiveAuxiliaries.contains(folded[index - 1]) && antecedents.agreedBy.count >= 2
                    ? antecedents.agreedBy : actors.map(\.participant)
                if signers.count >= 2, EventLexicon.signingWords.contains(folded[index]), isWitnessed(after: index + length, in: folded),
                    !found.contains(where: { $0.kind == .meet && Set($0.actors.map(\.name)).isSuperset(of: signers.map(\.name)) })
                {
                    found.append(
                        EventMention(
                            kind: .meet, cameo: CAMEOCode("046")!, actors: signers, targets: [], negated: false, hedged: false,
                            trigger: trigger, sentence: sentence))
                }
            }
            if actors.isEmpty, EventLexicon.documentSubjects.contains(lead) || opensWithDocument(folded) { continue }
            // "The agreement, signed by Pashinyan, Aliyev and Putin, calls for …": past the aside, the document's own verb.
            if let document = openingDocument(folded), index >= document + 2,
                sentence.text.utf16Slice(from: words[document].utf16Range.upperBound, to: words[document].utf16Range.upperBound + 1) == ",",
                sentence.text.utf16Slice(from: words[index - 1].utf16Range.upperBound, to: words[index].utf16Range.lowerBound) == ", "
            {
                continue
            }
            // "a far-right Zionist who opposed his peace initiatives": a relative clause of someone nobody named.
            if actors.isEmpty, isRelativeClauseOfUnnamed(lead, before: trigger, entities: entities.filter { $0.end <= trigger.start }, in: sentence) { continue }
            // "delegates from both sides signed": a pair the report never named says nothing of who;
            // what is only to come is kept, hedged, for the record of what was announced.
            if actors.isEmpty, !hedged, pairSubject(before: index, in: folded) != nil || pairNamedBefore(index, in: folded) { continue }
            // "warning that the move threatened the country's unity": what happened is the subject; nobody acts.
            // "The move, welcomed by the UN, …": a participle whose agent follows is the agent's.
            if EventLexicon.happeningSubjects.contains(lead), index >= 2, EventLexicon.articles.contains(folded[index - 2]),
                !(folded[index].hasSuffix("ed") && folded[(index + length)...].prefix(2).contains("by") && !actors.isEmpty)
            {
                continue
            }
            if actors.isEmpty, targets.isEmpty, !isVerb(folded[index]) { continue }
            // "has led ceasefire efforts for Lebanon alongside allies, including France": who is named after the
            // joiner goes between the sides too.
            if rule.kind == .mediate, !actors.isEmpty {
                let companions = companionsAfter(trigger, among: targets, in: sentence)
                actors += companions
                targets.removeAll { target in companions.contains { $0.start == target.start } }
            }
            // One event of a kind per sentence and actor: "Burhan accepted the invitation, but the
            // paramilitary group has not committed" is two; "agreed and signed" by the same is one.
            let actorNames = actors.map(\.participant.name)
            if found.contains(where: { $0.kind == rule.kind && (actors.isEmpty || ($0.negated == negated && $0.actors.map(\.name) == actorNames)) }) {
                continue
            }
            var kind = rule.kind
            var cameo = rule.cameo
            // The host meets the guest welcomed, and the guest the host.
            if kind == .support, isGreeting(folded[index], of: targets, after: trigger, words: words, in: sentence) {
                (kind, cameo) = (.meet, "043")
                found.append(
                    EventMention(
                        kind: .meet, cameo: CAMEOCode("042")!, actors: targets.map(\.participant), targets: actors.map(\.participant), negated: negated,
                        hedged: hedged, trigger: trigger, sentence: sentence))
            }
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
                    kind: kind, cameo: CAMEOCode(cameo)!, actors: actors.map(\.participant), targets: targets.map(\.participant),
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
            // "reached a deal with Mazloum Abdi", "signed an agreement with the Syrian government": whom a deal is with agrees too.
            // (Who signed with whom is read after the rules, with everyone listed: `withCounterpartSigners`.)
            // "ready to sign a peace treaty with Azerbaijan" is one side's intent.
            if rule.kind == .accept, !actors.isEmpty, !negated, !hedged, !EventLexicon.oneSidedAgreementWords.contains(folded[index]),
                !EventLexicon.readinessWords.contains(folded[index]), index == 0 || folded[index - 1] != "to",
                let with = folded[(index + length)...].prefix(5).firstIndex(of: "with"),
                with > index + length && folded[(index + length)..<with].contains(where: { EventLexicon.agreementNouns.contains($0) })
                    // "had agreed with the Eritrean president to resume flights": a decision taken together; "agreed with his view" is an opinion.
                    || with == index + length && folded[index].hasPrefix("agree") && folded[(with + 1)...].prefix(7).contains("to")
            {
                let withStart = words[with].utf16Range.lowerBound + sentence.start
                let withClauseEnd = sentence.start + clauseEnd(after: words[with].utf16Range.upperBound, in: sentence.text)
                let partners = targets.filter { target in
                    target.start > withStart && target.start < withClauseEnd && !target.isCity && !target.isRemit
                        && (target.isPerson || target.participant.state != nil || target.participant.organisation != nil)
                        && !actors.contains { $0.participant.name == target.participant.name }
                }.prefix(1)
                if !partners.isEmpty {
                    found.append(
                        EventMention(
                            kind: .accept, cameo: CAMEOCode(cameo)!, actors: partners.map(\.participant), targets: actors.map(\.participant), negated: false,
                            hedged: false, trigger: trigger, sentence: sentence))
                    // "initialed a peace treaty with Azerbaijan during talks": whom the deal is with was at the talks too.
                    if let atTalks = found.lastIndex(where: { $0.kind == .meet && $0.trigger == trigger && $0.actors.map(\.name) == actorNames }) {
                        found[atTalks].actors += partners.map(\.participant)
                    }
                }
            }
            guard rule.kind == .meet, !actors.isEmpty else { continue }
            // Whom one meets meets too: "Guterres hosted Greek Cypriot leader Nikos Christodoulides and
            // Turkish Cypriot leader Ersin Tatar at an informal meeting" (the guests), "held talks in
            // New Delhi with his Indian counterpart, Subrahmanyam Jaishankar" (whom the talks were with).
            var partners: [Entity] = []
            if EventLexicon.hostingWords.contains(folded[index]), next != "by" {
                partners = targets.filter { $0.isPerson || isStateOfUnnamedGuests($0, words: words, folded: folded, sentenceStart: sentence.start) }
            } else if EventLexicon.hostingWords.contains(folded[index]) {
                // "discussions between the ministers of Sudan, Ethiopia and Egypt, which were hosted by the US Treasury":
                // those whose talks were hosted, named before the participle, meet there too.
                partners = targets.filter { $0.end <= trigger.start && !$0.isCity && ($0.isPerson || $0.participant.state != nil || $0.participant.organisation != nil) }
            }
            // "contacted his Indian counterpart": whom one calls is on the call too.
            if EventLexicon.callingWords.contains(folded[index]) {
                partners = targets.filter { !$0.isCity && ($0.isPerson || $0.participant.state != nil || $0.participant.organisation != nil) }
            }
            // "had begun a first meeting with Turkish Cypriot leader Ersin Tatar": the "with" may close the event's words.
            if partners.isEmpty {
                partners = partnersAfterWith(from: index + length - 1, words: words, folded: folded, targets: targets, in: sentence)
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

    /// Who is named after the first "with" in the nine words from `start`: "had begun a first meeting
    /// with Turkish Cypriot leader Ersin Tatar", "discussed the war with Erdogan".
    static func partnersAfterWith(from start: Int, words: [Word], folded: [String], targets: [Entity], in sentence: TextSpan) -> [Entity] {
        guard let with = folded[start...].prefix(9).firstIndex(of: "with") else { return [] }
        let withStart = words[with].utf16Range.lowerBound + sentence.start
        return targets.filter { $0.start > withStart && !$0.isCity && ($0.isPerson || $0.participant.state != nil || $0.participant.organisation != nil) }
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
}
