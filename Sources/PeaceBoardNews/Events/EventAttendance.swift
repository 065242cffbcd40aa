/// Who was at a signing or a meeting when the report says so apart from the signing itself: those
/// listed as present ("In attendance were …", "Among those present were …"), the signers a later
/// sentence places at a ceremony ("The pact was signed at a solemn ceremony in Cartagena"), and who
/// spoke there ("Clinton said at the ceremony").
extension EventFinder {
    /// "In attendance were Iran's Foreign Minister Abbas Araghchi, U.S. envoy Steve Witkoff …", "Among the
    /// present are Omar el-Bashir of Sudan, Mwai Kibaki of Kenya …": everyone listed after the words.
    /// "Kibaki and Museveni were among those present": everyone listed before them.
    static func presenceList(in sentence: TextSpan, words: [Word], folded: [String], entities: [Entity]) -> EventMention? {
        guard let (cue, length) = presenceCue(in: folded), !isPlannedOrCalledOff(around: cue, in: folded) else { return nil }
        let cueStart = sentence.start + words[cue].utf16Range.lowerBound
        let cueEnd = sentence.start + words[cue + length - 1].utf16Range.upperBound
        let present = { (entity: Entity) in !entity.isCity && !entity.isRemit && !isPlace(entity, in: sentence) }
        // "Kibaki and Museveni were among those present", "Both Burhan and Hamdok were also in attendance":
        // the list stands before, as the clause's subject.
        let be = cue >= 2 && folded[cue - 1] == "also" ? cue - 2 : cue - 1
        let listedBefore = entities.filter { $0.end <= cueStart && present($0) }
        // "…, with U.S. Secretary of State Marco Rubio and both nations’ foreign ministers in attendance": whom "with" lists.
        let with = length == 2 && folded[cue] == "in" ? (max(0, cue - 15)..<cue).last { folded[$0] == "with" } : nil
        let listedWith = with.map { with in
            listedBefore.filter { $0.start >= sentence.start + words[with].utf16Range.upperBound }
        } ?? []
        // "Who was in attendance: The gathering brought together …": a question before the list names nobody.
        let listed = !listedWith.isEmpty ? listedWith
            : be >= 0 && EventLexicon.passiveAuxiliaries.contains(folded[be]) && !listedBefore.isEmpty
            ? listedBefore : entities.filter { $0.start >= cueEnd && present($0) }
        // A summit's list may run to a score of states and bodies.
        let attendees = distinctParticipants(listed).prefix(24)
        guard !attendees.isEmpty else { return nil }
        return EventMention(
            kind: .meet, cameo: CAMEOCode("046")!, actors: Array(attendees), targets: [], negated: false, hedged: false,
            trigger: sentence.span(from: words[cue], to: words[cue + length - 1]), sentence: sentence)
    }

    /// "its three principal factions did not attend the rubber-stamping ceremony", "boycotted the ceremony": whoever
    /// the sentence names stayed away.
    static func isStayedAwayFrom(_ occasion: Int, in folded: [String]) -> Bool {
        isNegated(before: occasion, in: folded) || folded[max(0, occasion - 4)..<occasion].contains(where: EventLexicon.absenceWords.contains)
    }

    /// A later sentence about the ceremony where the parties to the last agreement signed it: "The pact …
    /// was signed at a solemn ceremony", "Yeltsin, who looked on as the signing took place at a Moscow
    /// ceremony", "Clinton said at the ceremony". The signers met there, and whoever spoke at it attended.
    static func ceremonyAttendance(
        in sentence: TextSpan, words: [Word], folded: [String], entities: [Entity], signers: [EventParticipant], found: [EventMention],
        signersMet: Bool
    ) -> [EventMention] {
        guard let ceremony = folded.firstIndex(where: EventLexicon.ceremonyNouns.contains) ?? signingOccasion(in: folded),
            !isPlannedOrCalledOff(around: ceremony, in: folded), !isStayedAwayFrom(ceremony, in: folded)
        else {
            return []
        }
        let trigger = sentence.span(from: words[ceremony], to: words[ceremony])
        // "At a ceremony with Rubio in Washington, the two countries' foreign ministers signed": who signed at the
        // ceremony the sentence opens with met there.
        if folded.first == "at", ceremony <= 3,
            let signing = found.last(where: { $0.kind == .accept && !$0.actors.isEmpty && isSigning($0) && !$0.negated && !$0.hedged }),
            !found.contains(where: { $0.kind == .meet && Set($0.actors.map(\.name)).isSuperset(of: signing.actors.map(\.name)) })
        {
            return [EventMention(kind: .meet, cameo: CAMEOCode("046")!, actors: signing.actors, targets: [], negated: false, hedged: false, trigger: trigger, sentence: sentence)]
        }
        // A signing named in this sentence with its signers is read where it stands.
        guard !found.contains(where: { $0.kind == .accept && !$0.actors.isEmpty && isSigning($0) }) else { return [] }
        let before = folded[max(0, ceremony - 3)..<ceremony]
        let metHere = Set(found.filter { $0.kind == .meet }.flatMap(\.actors).map(\.name))
        var attendance: [EventMention] = []
        // "Speaking at the signing event, Rubio said": the signing took place, and who signed were there.
        let isSigningOccasion = folded[ceremony] == "signing" || ceremony >= 1 && folded[ceremony - 1] == "signing"
        if !signers.isEmpty, reportsSigningWithoutSigners(folded) || isSigningOccasion, !signersMet, !signers.allSatisfy({ metHere.contains($0.name) }) {
            attendance.append(
                EventMention(kind: .meet, cameo: CAMEOCode("046")!, actors: signers, targets: [], negated: false, hedged: false, trigger: trigger, sentence: sentence))
        }
        // The speaker's office may stand between the name and "told" ("Yoweri Museveni, the chairman of …, told delegates").
        let asides = Asides(in: sentence.text).closed(before: trigger.start - sentence.start)
        // "Clinton said at the ceremony, held in the Arava desert", "Kobler told the ceremony", "Qatar's foreign minister, …,
        // speaking at the signing", "Museveni … told delegates during the signing ceremony", "Mandela told a conference hall
        // … as the signing ceremony … started": whoever spoke there, whether or not the report names who signed.
        // Past a signing, or at one: "said at the ceremony" for the opening of a dam tells of no talks.
        let isSigningCeremony = !signers.isEmpty || before.contains("signing")
        if isSigningCeremony, before.contains("at") || before.contains("during") || before.first == "as" || before.last == "told" || before.dropLast().last == "told",
            let speaker = entities.last(where: { entity in
                // "Yoweri Museveni, the chairman of the regional initiative on Burundi, told delegates": not the remit.
                entity.end <= trigger.start && !entity.isCity && !entity.isRemit
                    // ("President Tomas Okello of Tanzania said": the state after "of" is the speaker's own.)
                    && !(words.last { sentence.start + $0.utf16Range.upperBound <= entity.start }.map { $0.folded != "of" && EventLexicon.prepositions.contains($0.folded) } ?? false)
                    && (isFollowedBySpeechVerb(entity, in: sentence) || sentence.text.utf16Suffix(from: entity.end - sentence.start).hasPrefix(", speaking ")
                        || asides.first { $0.lowerBound == entity.end - sentence.start }.map { isFollowedByTelling(from: $0.upperBound + 1, in: sentence) } == true)
            }),
            !metHere.contains(speaker.participant.name)
        {
            if !signers.contains(where: { $0.name == speaker.participant.name }) {
                attendance.append(
                    EventMention(
                        kind: .meet, cameo: CAMEOCode("046")!, actors: [speaker.participant], targets: signers, negated: false, hedged: false,
                        trigger: trigger, sentence: sentence))
            } else if !signersMet, attendance.isEmpty {
                // "“…,” Touadera declared at the ceremony": a signer who spoke there was there, as were those who signed with him.
                attendance.append(
                    EventMention(kind: .meet, cameo: CAMEOCode("046")!, actors: signers, targets: [], negated: false, hedged: false, trigger: trigger, sentence: sentence))
            }
        }
        return attendance
    }

    /// "at the signing event", "The signing took place in the presence of …": a signing told of as an occasion, without
    /// the word "ceremony"; where "signing" stands.
    static func signingOccasion(in folded: [String]) -> Int? {
        folded.indices.first { index in
            guard folded[index] == "signing", index + 1 < folded.count else { return false }
            let rest = folded[(index + 1)...].prefix(3)
            // "speaking at the signing, called on …": the occasion, the sentence's or its clause's last words.
            let isOccasionAt = index >= 2 && folded[index - 2] == "at" && folded[index - 1] == "the" && !["of", "ceremony"].contains(folded[index + 1])
            return folded[index + 1] == "event" || rest.contains("took") && rest.contains("place") || isOccasionAt
        }
    }

    /// "The pact was signed at a solemn ceremony", "as the signing took place at a Moscow ceremony",
    /// "The signing ceremony was attended by …": the sentence tells of the signing itself, naming nobody
    /// who signed. "Pompeo attended the ceremony" and "X said at the signing ceremony" tell of someone else.
    private static func reportsSigningWithoutSigners(_ folded: [String]) -> Bool {
        // "The signing ceremony was attended by …": the sentence is about the ceremony itself.
        if folded.count > 3, EventLexicon.articles.contains(folded[0]), folded[1] == "signing", folded[2] == "ceremony" { return true }
        // "The ceremony was attended by …" after the signing: the ceremony it was signed at.
        if folded.count > 3, folded[0] == "the", folded[1] == "ceremony", EventLexicon.passiveAuxiliaries.contains(folded[2]) { return true }
        return folded.indices.contains { index in
            let word = folded[index]
            if word == "signed", index >= 1, EventLexicon.passiveAuxiliaries.contains(folded[index - 1]) {
                return !folded[(index + 1)...].prefix(6).contains("by")
            }
            guard word == "signing" else { return false }
            let rest = folded[(index + 1)...].prefix(6)
            return rest.contains("place") && rest.contains("took") || rest.contains("held") && rest.contains(where: EventLexicon.passiveAuxiliaries.contains)
        }
    }

    /// "The truce, reached during peace talks in Juba, is to go into effect on Tuesday": a sentence that
    /// opens with the agreement and places it at talks, naming nobody who reached it. Who reached the
    /// last agreement met there.
    static func agreementAtTalks(in sentence: TextSpan, words: [Word], folded: [String], parties: [EventParticipant]) -> EventMention? {
        guard let participle = agreementReachedAtTalks(in: folded) else { return nil }
        return EventMention(
            kind: .meet, cameo: CAMEOCode("046")!, actors: parties, targets: [], negated: false, hedged: false,
            trigger: sentence.span(from: words[participle], to: words[participle]), sentence: sentence)
    }

    /// "The truce, reached during peace talks in Juba, …", "The accord, concluded after talks between A and B, …":
    /// a sentence that opens with an agreement reached at talks; where the participle stands.
    static func agreementReachedAtTalks(in folded: [String]) -> Int? {
        // "The deal, mediated by the United States and Qatar, was finalised … in the presence of": past an aside,
        // the participle of the sentence's own verb.
        guard folded.count > 4, EventLexicon.articles.contains(folded[0]),
            let noun = (1...2).first(where: { EventLexicon.agreementNouns.contains(folded[$0]) }),
            let participle = ((noun + 1)..<min(folded.count, noun + 12)).first(where: { position in
                EventLexicon.reachingParticiples.contains(folded[position]) && (position <= noun + 3 || EventLexicon.passiveAuxiliaries.contains(folded[position - 1]))
            }),
            !folded[participle...].prefix(3).contains("by"), isAtTalks(after: participle + 1, in: folded)
        else { return nil }
        return participle
    }

    /// Whether an acceptance is a signing: "signed", "inked", "initialled".
    static func isSigning(_ event: EventMention) -> Bool {
        let first = event.trigger.text.prefix { $0 != " " }.lowercased()
        // "added their signatures".
        return EventLexicon.signingWords.contains(first) || event.trigger.text.hasSuffix(" signatures") || event.trigger.text.hasSuffix(" signature")
    }

    private static func presenceCue(in folded: [String]) -> (Int, Int)? {
        for (index, word) in folded.enumerated() where EventLexicon.presenceWords.contains(word) {
            for cue in EventLexicon.presenceCues where index + cue.count <= folded.count && folded[index..<(index + cue.count)].elementsEqual(cue) {
                return (index, cue.count)
            }
        }
        // "At the signing of the peace deal on August 7, from left, President Filipe Nyusi, …": a caption lists who was there.
        if folded.count > 6, folded[0] == "at", folded[1] == "the", EventLexicon.ceremonyWords.contains(folded[2]) || EventLexicon.meetingWords.contains(folded[2]),
            let from = folded.indices.dropLast().first(where: { folded[$0] == "from" && folded[$0 + 1] == "left" })
        {
            return (from, 2)
        }
        // "At the signing ceremony were representatives of Egypt, …": the occasion, then the verb and the list.
        if folded.count > 4, folded[0] == "at", let verb = (2..<min(folded.count, 6)).first(where: { EventLexicon.passiveAuxiliaries.contains(folded[$0]) }),
            EventLexicon.ceremonyWords.contains(folded[verb - 1]) || EventLexicon.meetingWords.contains(folded[verb - 1])
        {
            return (0, verb + 1)
        }
        return nil
    }

    /// "The signing ceremony is scheduled for Friday", "will attend the ceremony", "the ceremony was
    /// postponed": nobody was there yet. Within the words about the occasion: "Yeltsin, who looked on
    /// as the signing took place at a Moscow ceremony, said Russia will be watching" was there.
    static func isPlannedOrCalledOff(around index: Int, in folded: [String]) -> Bool {
        folded[max(0, index - 8)..<min(folded.count, index + 5)].contains {
            EventLexicon.plannedEventWords.contains($0) || EventLexicon.cancellingVerbs.contains($0) || EventLexicon.futureAuxiliaries.contains($0)
        }
            // "A formal signing ceremony to seal the agreement is due to take place": the ceremony's own verb, past what it is for.
            || (index..<min(folded.count - 1, index + 8)).contains {
                EventLexicon.passiveAuxiliaries.contains(folded[$0]) && EventLexicon.plannedEventWords.contains(folded[$0 + 1])
            }
    }

    /// One participant for each state, body or person, in the order named: "Omar el-Bashir of Sudan"
    /// names Sudan once.
    static func distinctParticipants(_ entities: [Entity]) -> [EventParticipant] {
        var seen: Set<String> = []
        return entities.compactMap { entity in
            let key = entity.participant.state ?? entity.participant.organisation ?? entity.participant.name
            return seen.insert(key).inserted ? entity.participant : nil
        }
    }

    /// Whether "told" is the first word from `offset`: "…, told delegates during the signing ceremony".
    private static func isFollowedByTelling(from offset: Int, in sentence: TextSpan) -> Bool {
        Tokenizer.words(in: sentence).within(offset..<(offset + 12)).first?.folded == "told"
    }
}
