/// A photograph's caption names who was at a meeting without a verb: "Kenyan President Amara Diallo,
/// center, with, from left, Ugandan Foreign Minister Tomas Okello … during the peace accord signing
/// ceremony in Arusha", "Diallo (left) and Okello at the summit". Everyone it names before the occasion met.
extension EventFinder {
    /// The entities are asked for only once the sentence has the shape of a caption: most sentences have not.
    static func captionMeeting(in sentence: TextSpan, words: [Word], folded: [String], entities: @autoclosure () -> [Entity]) -> EventMention? {
        guard let preposition = folded.firstIndex(where: { $0 == "during" || $0 == "at" }), preposition >= 2,
            let occasion = captionOccasion(after: preposition, in: folded),
            case let entities = entities(), captionNamesOnly(words[..<preposition], in: sentence, entities: entities)
        else { return nil }
        let prepositionStart = sentence.start + words[preposition].utf16Range.lowerBound
        let named = entities.filter { $0.end <= prepositionStart && !$0.isCity && !$0.isRemit && !isPlace($0, in: sentence) }
        let present = distinctParticipants(named)
        guard present.count >= 2 else { return nil }
        return EventMention(
            kind: .meet, cameo: CAMEOCode("046")!, actors: Array(present.prefix(8)), targets: [], negated: false, hedged: false,
            trigger: sentence.span(from: words[preposition], to: words[occasion]), sentence: sentence)
    }

    /// The meeting or ceremony a few words past "during" or "at": "during the peace accord signing
    /// ceremony", "at the summit"; not "at a rally".
    private static func captionOccasion(after preposition: Int, in folded: [String]) -> Int? {
        let isOccasion = { (word: String) in
            EventLexicon.meetingWords.contains(word) || EventLexicon.ceremonyWords.contains(word) || EventLexicon.gatheringWords.contains(word)
        }
        guard var occasion = folded.indices.dropFirst(preposition + 1).prefix(6).first(where: { isOccasion(folded[$0]) }) else { return nil }
        // "signing ceremony": the occasion's words to their end.
        while occasion + 1 < folded.count, isOccasion(folded[occasion + 1]) { occasion += 1 }
        return occasion
    }

    /// A caption's words before its occasion are names ("Abdullah bin Zayed al-Nahyan" whole), titles and
    /// where each stands in the picture: any other word in lower case is a verb or the words about one, and
    /// the sentence is no caption.
    private static func captionNamesOnly(_ words: ArraySlice<Word>, in sentence: TextSpan, entities: [Entity]) -> Bool {
        let isNamed = { (word: Word) in
            let start = sentence.start + word.utf16Range.lowerBound
            return entities.contains { $0.start <= start && start < $0.end }
        }
        // "… and Prime Minister Hun Sen pose during the negotiations": what the pictured do, just before the occasion.
        var names = words
        if let last = names.last, Offices.captionVerbs.contains(last.folded) || Offices.captionVerbs.contains(last.folded + "s") { names = names.dropLast() }
        return names.allSatisfy { $0.isCapitalised || EventLexicon.captionWords.contains($0.folded) || isNamed($0) }
            && names.contains { EventLexicon.captionWords.contains($0.folded) }
    }
}
