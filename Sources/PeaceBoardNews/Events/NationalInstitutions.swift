/// Whose army or government "the army" is: news names it once ("Sudan's army", "the Sudanese
/// military", "army chief Abdel Fattah al-Burhan") and then writes "the army" alone.
extension EventFinder {
    /// Whose the institutions a report names are, and which state it is filed from.
    struct Institutions {
        /// By institution noun ("government", "army").
        var byNoun: [String: EventParticipant] = [:]
        /// The state of the report's dateline ("KATMANDU, Nepal --"), whose leaders datelined copy names without it.
        var home: String?

        subscript(institution: String) -> EventParticipant? { byNoun[institution] }
    }

    /// The state of each institution the report names with one state only; one named with two
    /// ("Sudan's army … Egypt's army") stays unknown.
    static func nationalInstitutions(in sentences: [TextSpan], people: [PersonMention], states: [StateMention]) -> Institutions {
        var found: [String: Set<String>] = [:]
        for sentence in sentences {
            let words = Tokenizer.words(in: sentence)
            for (index, word) in words.enumerated() where word.classes.contains(.phraseNoun) {
                // "the military" and "the army" are one.
                guard let institution = EventLexicon.institutionNouns[word.folded] else { continue }
                let wordStart = sentence.start + word.utf16Range.lowerBound
                let range = sentence.start..<sentence.end
                // "Sudan's army", "the Sudanese military".
                for state in states.starting(in: range, at: \.span.start) where state.span.end < wordStart && wordStart - state.span.end <= 3 {
                    let gap = sentence.text.utf16Slice(from: state.span.end - sentence.start, to: word.utf16Range.lowerBound)
                    if [" ", "’s ", "'s "].contains(gap) { found[institution, default: []].insert(state.state) }
                }
                // "army chief General Abdel Fattah al-Burhan".
                if index + 1 < words.count, EventLexicon.institutionRoles.contains(words[index + 1].folded) {
                    let roleEnd = sentence.start + words[index + 1].utf16Range.upperBound
                    if let person = people.starting(in: roleEnd..<(roleEnd + 30), at: \.span.start).first, let state = person.state {
                        found[institution, default: []].insert(state)
                    }
                }
            }
        }
        // "Colombian President Gustavo Petro … The government's chief negotiator": with no government
        // named with its state, the one whose only heads of state or government the report names.
        if found["government"] == nil {
            let heads = Set(people.compactMap { person in
                person.office.map { $0.lowercased() }.flatMap { headsOfGovernment.contains($0) ? person.state : nil }
            })
            if heads.count == 1 { found["government"] = heads }
        }
        // "KATMANDU, Nepal -- The government … signed": else the government of where the report is
        // filed from, when it names no other state (copy filed from Brussels or Doha is about others).
        // A caption may come first.
        let dateline = sentences.prefix(3).lazy.compactMap({ datelineState(of: $0, states: states) }).first
            .flatMap { home in states.allSatisfy { $0.state == home } ? home : nil }
        if found["government"] == nil, let dateline { found["government"] = [dateline] }
        var institutions = Institutions(home: dateline)
        for (institution, codes) in found where codes.count == 1 {
            institutions.byNoun[institution] = EventParticipant(name: institution, state: codes.first!)
        }
        return institutions
    }

    private static let headsOfGovernment: Set<String> = ["president", "prime minister", "premier", "chancellor"]

    /// The state of a dateline ("MANILA, Philippines —", "KATMANDU, Nepal --"): a capital or state
    /// named before the dash that opens the report's first sentence.
    static func datelineState(of sentence: TextSpan, states: [StateMention]) -> String? {
        guard let end = datelineEnd(of: sentence) else { return nil }
        let named = Set(states.starting(in: sentence.start..<(sentence.start + end), at: \.span.start).filter { $0.form == .capital || $0.form == .name }.map(\.state))
        return named.count == 1 ? named.first : nil
    }

    /// "The army said it …": the institution that opens the sentence and speaks.
    static func sayingInstitution(in words: [String]) -> String? {
        guard words.count >= 3, words[0] == "the", let institution = EventLexicon.institutionNouns[words[1]], Offices.speechVerbs.contains(words[2]) else { return nil }
        return institution
    }

    /// "President Daniel Chapo said the government would consider the demands": the institution of
    /// the state the speaker before it speaks for.
    static func speakersInstitution(_ institution: String, before trigger: TextSpan, entities: [Entity], sentence: TextSpan) -> EventParticipant? {
        guard let speaker = entities.last(where: { $0.isPerson && $0.end <= trigger.start && isFollowedBySpeechVerb($0, in: sentence) }),
            let state = speaker.participant.state
        else { return nil }
        return EventParticipant(name: institution, state: state)
    }

    /// "the army dismissed", "the military would not accept": the institution that is the subject.
    static func institutionSubject(before index: Int, in words: [String]) -> String? {
        var subject = subjectNoun(before: index, in: words)
        // "The government and Maoist rebels signed": the institution that opens a subject of two.
        if subject >= 1, EventLexicon.institutionNouns[words[subject]] == nil,
            let and = words[max(0, subject - 3)..<subject].lastIndex(of: "and"), and >= 2, EventLexicon.institutionNouns[words[and - 1]] != nil
        {
            subject = and - 1
        }
        // "the government", "the national government", "the transitional government".
        guard subject >= 1, words[subject - 1] == "the" || (subject >= 2 && words[subject - 2] == "the" && EventLexicon.institutionQualifiers.contains(words[subject - 1]))
        else { return nil }
        // "the military government", "the coup leaders", "the military rulers": the army in power.
        if words[subject - 1] == "military" || words[subject - 1] == "coup", EventLexicon.armyInPowerNouns.contains(words[subject]) { return "army" }
        return EventLexicon.institutionNouns[words[subject]]
    }
}
