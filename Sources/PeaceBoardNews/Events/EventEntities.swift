/// Who a sentence names, as the event finder sees them: people, states and bodies in order, an
/// official speaking for the institution or the principal the report gives, a body's initials in
/// brackets joined to its name.
extension EventFinder {
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

    /// The state each person speaks for as an institution's official where the report gives the office
    /// ("armed forces chief General Armando da Cruz Neto"), by name: "Kamorteiro and Neto embraced" names
    /// the official again without it.
    static func statesOfInstitutionalOfficials(in sentences: [TextSpan], people: [PersonMention], institutions: Institutions) -> [String: String] {
        guard !institutions.byNoun.isEmpty || institutions.home != nil else { return [:] }
        var states: [String: String] = [:]
        for sentence in sentences {
            let unplaced = people.starting(in: sentence.start..<sentence.end, at: \.span.start)
                .filter { $0.state == nil && $0.organisation == nil && $0.span.end <= sentence.end }
            guard !unplaced.isEmpty else { continue }
            for official in officialsOfInstitutions(unplaced.map(Entity.init(person:)), in: sentence, institutions: institutions) {
                if let state = official.participant.state, states[official.participant.name] == nil { states[official.participant.name] = state }
            }
        }
        return states
    }

    /// "U.S. Special Representative for Afghanistan Reconciliation Zalmay Khalilzad": an office too long for
    /// the words between to be asked of, which the person found with it says it is. The state just before
    /// the office is the holder's, and a state inside it ("for Afghanistan") is the office's remit.
    private static func isStateOfLongOffice(_ state: StateMention, in sentence: TextSpan, people: [PersonMention]) -> Bool {
        guard let holder = people.first(where: { $0.span.start > state.span.end }), let office = holder.office, office.utf16.count >= 20,
            holder.span.start - state.span.end <= 80
        else { return false }
        let before = sentence.text.utf16Slice(from: max(0, holder.span.start - sentence.start - 100), to: holder.span.start - sentence.start)
        // (Lower case keeps the text's length in UTF-16 for the scripts names are written in.)
        let lowered = before.lowercased()
        guard let found = lowered.lastRange(of: office.lowercased() + " ") else { return false }
        let officeStart = holder.span.start - lowered.utf16Distance(from: found.lowerBound, to: lowered.endIndex)
        if state.span.start >= officeStart { return true }
        let gap = sentence.text.utf16Slice(from: state.span.end - sentence.start, to: officeStart - sentence.start)
        return holder.state == state.state && gap == " "
    }

    /// What may stand between a state's adjective and the person whose office it describes: no comma or dash,
    /// and no group that the person leads ("the Israeli negotiating team led by Eyal Hulata" is the team's).
    private static func isOfficeGap(_ gap: String, words: ArraySlice<Word>, after state: StateMention) -> Bool {
        guard !gap.contains(where: { ",—".contains($0) }), !(state.form == .adjective && gap.contains(" by ")) else { return false }
        // "The Angolan government opened talks with the Ucuatchitembo": a clause, not an office, stands between.
        return !words.contains { clauseWords.contains($0.folded) }
    }

    /// Words no office holds, which a clause between a state and a person does.
    private static let clauseWords: Set<String> = [
        "with", "to", "the", "a", "an", "talks", "has", "have", "had", "was", "were", "is", "are", "will", "would", "said", "says",
    ]

    /// The person whose office a possessive sets off by a comma before the name: "Guyana's President,
    /// Dr. Irfaan Ali", "the European Union's mediator, Enrique V. Iglesias"; the index in `entities`.
    private static func holderOfSetOffOffice(ownedBy end: Int, in entities: [Entity], sentence: TextSpan) -> Int? {
        // Most names own nothing: the person after them is asked of first, the marks after that.
        guard let holder = entities.firstIndex(where: { $0.isPerson && $0.start > end }),
            ["’s ", "'s "].contains(sentence.text.utf16Slice(from: end - sentence.start, to: end - sentence.start + 3))
        else { return nil }
        let office = sentence.text.utf16Slice(from: end - sentence.start + 3, to: entities[holder].start - sentence.start)
        return office.utf16.count <= 40 && isSetOffOffice(Substring(office)) ? holder : nil
    }

    /// "President, Dr. ", "prime minister, ": an office, then a comma before its holder's name, an honorific perhaps.
    static func isSetOffOffice(_ text: Substring) -> Bool {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        let title = Tokenizer.words(in: String(parts[0])).map(\.folded)
        let honorific = Tokenizer.words(in: String(parts[1])).map(\.folded)
        return !title.isEmpty && Offices.isTitle(title) && (honorific.isEmpty || Offices.isTitle(honorific))
    }

    private static let headTitlesBeforeName = ["prime minister ", "president ", "foreign minister ", "defence minister ", "defense minister ", "interior minister "]

    /// "the council said …" after "the U.N. Security Council": the body named before whose name
    /// ends with the noun, for a later "it".
    static func referredOrganisation(in folded: [String], before start: Int, among organisations: [OrganisationMention]) -> OrganisationMention? {
        guard let head = zip(folded, folded.dropFirst()).first(where: { $0.0 == "the" && EventLexicon.bodyHeads.contains($0.1) })?.1 else { return nil }
        return organisations.last { $0.span.start < start && $0.name.split(separator: " ").last?.lowercased() == head }
    }

    /// "between the U.S. and Iran", "the U.S. has said", "the U.S. brokered": initials written as an adjective
    /// that stand for the state itself, before a conjunction, a verb or the end of a clause.
    static func isInitialsStandingAlone(_ state: StateMention, in sentence: TextSpan) -> Bool {
        guard state.span.text.contains(".") else { return false }
        let head = String(sentence.text.utf16Suffix(from: state.span.end - sentence.start).prefix(24))
        guard let next = Tokenizer.words(in: head).first else { return true }
        let gap = head[head.startIndex..<next.range.lowerBound]
        return gap.contains(where: { ",;.".contains($0) }) || EventLexicon.afterStandingInitials.contains(next.folded)
            // "the U.S. brokered a ceasefire", "the U.S. “helped negotiate …”": a verb in the past tense.
            || !next.isCapitalised && next.folded.count > 3 && next.folded.hasSuffix("ed") && next.folded != "based"
    }

    /// Whether a state's adjective opens a community's name: "Bosnian Serb", "Iraqi Kurdish", and the first of two
    /// peoples' names in a row ("Greek Cypriots" are Cyprus's, as own/64 codes them; not Greece's).
    static func isCommunity(_ state: StateMention, among states: [StateMention], in sentence: TextSpan) -> Bool {
        let end = state.span.end - sentence.start
        if let next = Tokenizer.words(in: sentence).within(end..<(end + 20)).first, sentence.text.utf16Slice(from: end, to: next.utf16Range.lowerBound) == " ",
            EventLexicon.communityWords.contains(next.folded)
        {
            return true
        }
        return states.contains { other in
            other.state != state.state && other.form == .adjective && other.span.start == state.span.end + 1
                && sentence.text.utf16Slice(from: end, to: other.span.start - sentence.start) == " "
        }
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
                    && isOfficeGap(
                        sentence.text.utf16Slice(from: state.span.end - sentence.start, to: person.start - sentence.start),
                        words: Tokenizer.words(in: sentence).within(from: state.span.end - sentence.start, to: person.start - sentence.start), after: state)
            }) || isStateOfLongOffice(state, in: sentence, people: people) {
                continue
            }
            if entities.contains(where: { $0.start <= state.span.start && state.span.start < $0.end }) { continue }
            // "Kampala's top negotiator, Internal Affairs Minister Ruhakana Rugunda": the holder is the state's.
            if possessive, let holder = holderOfSetOffOffice(ownedBy: state.span.end, in: entities, sentence: sentence),
                entities[holder].participant.state == nil || entities[holder].participant.state == state.state
            {
                entities[holder].participant.state = state.state
                continue
            }
            if state.form == .adjective, !isInitialsStandingAlone(state, in: sentence) {
                let end = state.span.end - sentence.start
                // "Bosnian Serb leaders", "Turkish Cypriot officials": a people within a state, or two peoples' names
                // in a row, name a community, which speaks for neither state.
                if isCommunity(state, among: states, in: sentence) { continue }
                // "Ukrainian officials", "Egyptian and Qatari mediators": the group may follow a list of
                // adjectives; "the Ethiopian Government", "Sudanese armed forces": written with a capital or a qualifier.
                let following = Tokenizer.words(in: sentence).within(end..<(end + 60)).prefix(6)
                let next = following.first { word in
                    EventLexicon.actingGroups.contains(word.folded)
                        || !(word.isCapitalised || word.folded == "and" || word.folded == "or" || EventLexicon.groupOfStateQualifiers.contains(word.folded)
                            // "The Kenyan and Ugandan foreign ministers": the portfolio before the office.
                            || EventLexicon.officeQualifiers.contains(word.folded))
                }?.folded
                // "the U.S. Treasury Department hosted": an institution named in capitals acts for its state.
                let namesInstitution = following.prefix(while: \.isCapitalised).contains { EventLexicon.institutionEndings.contains($0.folded) }
                guard namesInstitution || next.map(EventLexicon.actingGroups.contains) == true else { continue }
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
            // "the European Union's mediator, Enrique V. Iglesias": the body the holder of the office speaks for.
            if let holder = holderOfSetOffOffice(ownedBy: organisation.span.end, in: entities, sentence: sentence),
                entities[holder].participant.state == nil, entities[holder].participant.organisation == nil
            {
                entities[holder].participant.organisation = organisation.name
                continue
            }
            // "Palestinian Authority President Mahmoud Abbas": the body of an office whose holder the gazetteer
            // gives a state is in the office, not another party.
            if entities.contains(where: { person in
                person.isPerson && person.participant.state != nil && organisation.span.end < person.start && person.start - organisation.span.end <= 30
                    && Offices.isTitle(Tokenizer.words(in: sentence).within(from: organisation.span.end - sentence.start, to: person.start - sentence.start).map(\.folded))
            }) {
                continue
            }
            // "EU foreign policy chief Kaja Kallas": the body an official speaks for, as a state for its officials.
            if let official = entities.firstIndex(where: { person in
                person.isPerson && person.participant.state == nil && organisation.span.end <= person.start && person.start - organisation.span.end <= 40
                    && !officeGap(from: organisation.span.end, to: person, in: sentence).contains(where: { ",—(".contains($0) })
                    // "welcomed by the UN and J&K CM Omar Abdullah": the next of a list, not the body's official.
                    && !officeGap(from: organisation.span.end, to: person, in: sentence).hasPrefix(" and ")
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
                !entities[(person + 1)..<index].contains(where: \.isPerson), principal.start - entities[person].end <= 200
            else { continue }
            let gap = sentence.text.utf16Slice(from: entities[person].end - sentence.start, to: principal.start - sentence.start)
            // "Sidati, a member of the Arab Movement of Azawad, put his name to the document in a televised ceremony
            // … on behalf of the CMA": the clause the person is subject of may run long before it names whom they act for.
            // Not what a relative clause tells of the person ("Getachew, who signed … on behalf of the TPLF, accused"):
            // the main clause is theirs.
            let actsFarOnBehalf = hasBehalf && EventLexicon.endsOnBehalf(gap) && !gap.hasPrefix(", who ")
            guard principal.start - entities[person].end <= 60 || actsFarOnBehalf else { continue }
            // "for the CAR government": only a short gap opening with "for" is asked what follows.
            let isForGovernment = hasGovernment && gap.hasPrefix(" for ") && gap.utf16.count <= 24
                && EventLexicon.isForGovernment(
                    gap, then: sentence.text.utf16Slice(from: principal.end - sentence.start, to: min(sentence.end, principal.end + 12) - sentence.start))
            guard (hasBehalf && EventLexicon.isOnBehalf(gap)) || actsFarOnBehalf || isForGovernment else { continue }
            entities[person].participant.state = principal.participant.state
            entities[person].participant.organisation = principal.participant.organisation
            // Set off by commas, the phrase is part of how the person is named, and a list goes on after it.
            // Far along the clause, the words between are not.
            if gap.hasPrefix(","), !actsFarOnBehalf || EventLexicon.isOnBehalf(gap) {
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
}
