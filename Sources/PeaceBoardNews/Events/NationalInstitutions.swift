/// Whose army or government "the army" is: news names it once ("Sudan's army", "the Sudanese
/// military", "army chief Abdel Fattah al-Burhan") and then writes "the army" alone.
extension EventFinder {
    /// The state of each institution the report names with one state only; one named with two
    /// ("Sudan's army … Egypt's army") stays unknown.
    static func nationalInstitutions(in sentences: [TextSpan], people: [PersonMention], states: [StateMention]) -> [String: EventParticipant] {
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
        var institutions: [String: EventParticipant] = [:]
        for (institution, codes) in found where codes.count == 1 {
            institutions[institution] = EventParticipant(name: institution, state: codes.first!)
        }
        return institutions
    }

    private static let headsOfGovernment: Set<String> = ["president", "prime minister", "premier", "chancellor"]

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
        let subject = subjectNoun(before: index, in: words)
        // "the government", "the national government", "the transitional government".
        guard subject >= 1, words[subject - 1] == "the" || (subject >= 2 && words[subject - 2] == "the" && EventLexicon.institutionQualifiers.contains(words[subject - 1]))
        else { return nil }
        return EventLexicon.institutionNouns[words[subject]]
    }
}
