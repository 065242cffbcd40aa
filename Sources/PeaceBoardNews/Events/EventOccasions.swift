/// The occasions events happen at: who agree at talks or sign at a ceremony meet there, and who
/// witness a signing attend it.
extension EventFinder {
    /// "… to an immediate ceasefire during talks in Doha", "in talks mediated by Qatar", "signed a joint
    /// declaration in a ceremony": the words after an agreement say it was reached at talks.
    static func isAtTalks(after index: Int, in folded: [String]) -> Bool {
        // Within the agreement's clause: "rejected the resolution and said it would not take part in any talks" is another.
        // "signed a declaration for peace and bilateral agreements … in a ceremony": "and" joins nouns there, but
        // "and said" starts another clause. Thirty words, since an agreement's object may be long: "agreed on the Annex
        // on the implementation of the Agreement on the path to the normalization of relations … at the meeting in Ohrid".
        // "announced the agreement in Harare, where he had been … to overcome a deadlock in the negotiations": a relative
        // clause tells of something else.
        let start = min(index, folded.count)
        let window = folded[start...].prefix(30).enumerated().prefix { offset, word in
            !["but", "which", "that", "said", "where", "who", "whose"].contains(word)
                && !(word == "and" && start + offset + 1 < folded.count && Self.isVerb(folded[start + offset + 1]) && !folded[start + offset + 1].hasSuffix("s"))
        }.map(\.offset).map { start + $0 }
        return window.contains { position in
            (EventLexicon.talkPrepositions.contains(folded[position]) && namesOccasion(after: position, in: folded)
                && !folded[(position + 1)...].prefix(3).contains { EventLexicon.talksToComeWords.contains($0) })
                // "signed the agreement before a crowd of 2,500 guests": in public, at a ceremony.
                || isBeforeAnAudience(at: position, in: folded)
                // "reached after six days of Arab-mediated talks".
                || isAfterDaysOfTalks(at: position, in: folded)
                // "agreed to continue the ceasefire following marathon talks in Istanbul".
                || isAfterTalks(at: position, in: folded)
        }
    }

    /// Whether talks, a ceremony or someone's presence are named in the few words after a preposition: "at the
    /// talks", "at a nationally televised ceremony" (an adverb may stand before what describes the occasion).
    private static func namesOccasion(after position: Int, in folded: [String]) -> Bool {
        let following = folded[(position + 1)...]
        let reach = following.prefix(3).contains { $0.hasSuffix("ly") } ? 4 : 3
        return following.prefix(reach).contains { EventLexicon.heldTalkWords.contains($0) || $0 == "ceremony" || $0 == "presence" }
    }

    /// "after talks", "following marathon talks", "after two days of discussions": talks just held,
    /// not talks to come ("after the next round of talks") nor talks that failed ("after talks collapsed").
    private static func isAfterTalks(at position: Int, in folded: [String]) -> Bool {
        guard EventLexicon.afterPrepositions.contains(folded[position]), let noun = heldTalks(after: position, in: folded, within: 5) else { return false }
        return !folded[(noun + 1)...].prefix(2).contains { EventLexicon.talksFailedWords.contains($0) }
    }

    /// Where the talks named within `reach` words after the preposition at `position` stand, when they are
    /// talks held ("after two days of talks", "following marathon negotiations"), not talks to come
    /// ("after the next round of talks").
    static func heldTalks(after position: Int, in folded: [String], within reach: Int) -> Int? {
        guard let noun = folded[(position + 1)...].prefix(reach).firstIndex(where: { EventLexicon.heldTalkWords.contains($0) }),
            !folded[(position + 1)..<noun].contains(where: { EventLexicon.talksToComeWords.contains($0) })
        else { return nil }
        return noun
    }

    private static func isAfterDaysOfTalks(at position: Int, in folded: [String]) -> Bool {
        guard folded[position] == "after", let of = folded[(position + 1)...].prefix(4).firstIndex(of: "of"), of > position + 1,
            EventLexicon.talkSpans.contains(folded[of - 1]), !folded[(position + 1)..<of].contains(where: { EventLexicon.talksToComeWords.contains($0) })
        else { return false }
        return folded[(of + 1)...].prefix(3).contains { EventLexicon.meetingWords.contains($0) }
    }

    private static func isBeforeAnAudience(at position: Int, in folded: [String]) -> Bool {
        // "before more than 2,500 invited guests": a number is two words.
        folded[position] == "before" && folded[(position + 1)...].prefix(6).contains { EventLexicon.audienceNouns.contains($0) }
    }

    /// "signed the accord in the presence of Anwar Ibrahim, who chairs Asean, and Donald Trump": the
    /// people named after "in the presence of", past an aside about one of them, meet the signers.
    static func witnesses(
        after index: Int, of trigger: TextSpan, signedBy signers: [Entity], words: [Word], folded: [String], entities: [Entity], in sentence: TextSpan
    ) -> EventMention? {
        let window = folded[min(index, folded.count)...].prefix(14)
        // "before a crowd of 2,500 guests, including Ban Ki-moon and John Kerry": those the audience includes.
        let listed: Int?
        if let presence = window.firstIndex(of: "presence"), presence + 1 < folded.count, folded[presence + 1] == "of" {
            listed = presence + 1
        } else if let before = window.indices.first(where: { isBeforeAnAudience(at: $0, in: folded) }) {
            listed = folded[before...].prefix(16).firstIndex(of: "including")
        } else {
            listed = nil
        }
        guard let listed else { return nil }
        let from = sentence.start + words[listed].utf16Range.upperBound
        // "in the presence of United Nations and other international officials": a body present is there too.
        let witnesses = entities.filter { $0.start >= from && ($0.isPerson || ($0.participant.organisation != nil && !$0.isRemit)) }.prefix(4)
        guard !witnesses.isEmpty else { return nil }
        return EventMention(
            kind: .meet, cameo: CAMEOCode("046")!, actors: witnesses.map(\.participant), targets: signers.map(\.participant), negated: false,
            hedged: false, trigger: trigger, sentence: sentence)
    }

    /// "where talks have been held since late last year", "where the negotiations took place": the place of
    /// an agreement is where talks were held; where the talks' word stands.
    static func talksHeldWhere(in folded: [String]) -> Int? {
        guard let whereIndex = folded.firstIndex(of: "where"),
            let talks = folded[(whereIndex + 1)...].prefix(3).firstIndex(where: { EventLexicon.heldTalkWords.contains($0) })
        else { return nil }
        let rest = folded[(talks + 1)...].prefix(4)
        return rest.contains("held") || rest.contains("took") && rest.contains("place") || rest.contains("taking") && rest.contains("place") ? talks : nil
    }

    /// "signed … and witnessed by former presidents", "signed … before a crowd of thousands", "in the
    /// presence of": the signing had witnesses, named or not (wherever `witnesses` finds them named).
    static func isWitnessed(after index: Int, in folded: [String]) -> Bool {
        // Past the agent of a passive: "was signed by President Filipe Nyusi and Renamo leader Ossufo Momade in … and witnessed by".
        let window = folded[min(index, folded.count)...].prefix(24)
        return window.indices.contains { position in
            (folded[position] == "witnessed" || folded[position] == "presence") && position + 1 < folded.count && ["by", "of"].contains(folded[position + 1])
                || isBeforeAnAudience(at: position, in: folded)
                // "…, alongside US President Donald Trump, who signed as a witness".
                || folded[position] == "as" && folded[(position + 1)...].prefix(2).contains { $0 == "witness" || $0 == "witnesses" }
        }
    }

    /// "The signing was witnessed by over 1,000 people including Aquino, MILF chairman Al Haj Murad
    /// Ebrahim and Malaysian Prime Minister Najib Razak": those the witnessing crowd includes were there.
    static func crowdWitnesses(in sentence: TextSpan, words: [Word], folded: [String], entities: [Entity]) -> EventMention? {
        // "with 3,000 witnesses watching in amazement including former Presidents Jimmy Carter and George H.W. Bush".
        guard let witnessed = folded.indices.first(where: { folded[$0] == "witnessed" && $0 + 1 < folded.count && folded[$0 + 1] == "by" || folded[$0] == "witnesses" }),
            let including = folded[witnessed...].prefix(16).firstIndex(of: "including")
        else { return nil }
        let from = sentence.start + words[including].utf16Range.upperBound
        let witnesses = entities.filter { $0.start >= from && $0.isPerson }.prefix(6)
        guard !witnesses.isEmpty else { return nil }
        return EventMention(
            kind: .meet, cameo: CAMEOCode("046")!, actors: witnesses.map(\.participant), targets: [], negated: false, hedged: false,
            trigger: sentence.span(from: words[witnessed], to: words[witnessed]), sentence: sentence)
    }

    /// "hosted … foreign ministers of the United Arab Emirates and Bahrain": a state whose officials,
    /// unnamed, are the guests; the state listed after "of" and an official's noun.
    static func isStateOfUnnamedGuests(_ entity: Entity, words: [Word], folded: [String], sentenceStart: Int) -> Bool {
        guard entity.participant.state != nil, !entity.isCity, !entity.isPerson,
            var index = words.firstIndex(where: { $0.utf16Range.lowerBound + sentenceStart >= entity.start })
        else { return false }
        // Back over the list the state is in: "of the United Arab Emirates and Bahrain".
        while index > 0, words[index - 1].isCapitalised || folded[index - 1] == "and" || folded[index - 1] == "the" { index -= 1 }
        guard index >= 2, folded[index - 1] == "of" else { return false }
        let official = folded[index - 2]
        return EventLexicon.officialNouns.contains(official) || EventLexicon.guestWords.contains(official) || official.hasSuffix("ministers")
    }

    /// "The breakthrough followed a special meeting hosted by Prime Minister Anwar Ibrahim": a meeting someone
    /// hosted, naming no guest, was held by the pair the report is about.
    static func guestsOfHostedMeeting(
        _ found: [EventMention], words: [Word], folded: [String], antecedents: Antecedents, sentence: TextSpan
    ) -> EventMention? {
        guard let hosted = found.first(where: { $0.kind == .meet && $0.isHosting && $0.targets.isEmpty && !$0.negated && !$0.hedged }),
            let index = words.firstIndex(where: { sentence.start + $0.utf16Range.lowerBound == hosted.trigger.start }), index >= 1,
            EventLexicon.heldTalkWords.contains(folded[index - 1]), index + 1 < folded.count, folded[index + 1] == "by",
            let entities = antecedents.reportPair
        else { return nil }
        let pair: [EventParticipant] = entities.map(\.participant)
        let hosts = hosted.actors
        // The host is no guest of its own meeting.
        let hostIsAGuest = pair.contains { guest in hosts.contains { host in host.name == guest.name || (host.state != nil && host.state == guest.state) } }
        let pairMet = found.contains { event in event.kind == .meet && Set(event.actors.map(\.name)).isSuperset(of: pair.map(\.name)) }
        guard !hostIsAGuest, !pairMet else { return nil }
        return EventMention(kind: .meet, cameo: CAMEOCode("046")!, actors: pair, targets: [], negated: false, hedged: false, trigger: hosted.trigger, sentence: sentence)
    }
}

extension EventMention {
    /// Whether the event is a host receiving talks: who host them are not their parties ("a meeting
    /// hosted by Saudi Arabia's minister and his Syrian counterpart. Both sides agreed …").
    var isHosting: Bool { EventLexicon.hostingWords.contains(trigger.text.lowercased()) }
}
