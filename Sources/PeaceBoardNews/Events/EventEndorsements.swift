/// Support, requests and invitations named by their nouns, whose givers follow "of": "with the support of
/// Türkiye and Qatar", "won the endorsement of the AU", "at the request of Qatar".
extension EventFinder {
    static func endorsementEvents(
        in sentence: TextSpan, words: [Word], people: ArraySlice<PersonMention>, states: ArraySlice<StateMention>,
        organisations: ArraySlice<OrganisationMention>
    ) -> [EventMention] {
        var found: [EventMention] = []
        for (index, word) in words.enumerated()
        where index >= 1 && index + 1 < words.count && word.classes.contains(.phraseNoun) && EventLexicon.endorsementNouns.contains(word.folded)
            && words[index + 1].folded == "of"
        {
            // Past the article and the kind of support, the word that holds it.
            guard let holder = words[..<index].last(where: { !EventLexicon.endorsementQualifiers.contains($0.folded) }),
                EventLexicon.endorsementHolders.contains(holder.folded)
            else { continue }
            let givers = listedAfter(index + 1, words: words, people: people, states: states, organisations: organisations, in: sentence)
            addPhraseEvents(.support, cameo: "051", by: givers, at: word, in: sentence, to: &found)
        }
        return found
    }

    /// What someone asked or invited others to, named by its noun: "at the request of Qatar and Türkiye",
    /// "at the invitation of the Angolan president".
    static func requestedEvents(
        in sentence: TextSpan, words: [Word], people: ArraySlice<PersonMention>, states: ArraySlice<StateMention>,
        organisations: ArraySlice<OrganisationMention>
    ) -> [EventMention] {
        var found: [EventMention] = []
        for (index, word) in words.enumerated()
        where index >= 2 && index + 1 < words.count && word.classes.contains(.phraseNoun) && words[index + 1].folded == "of"
            && words[index - 1].folded == "the" && ["at", "upon", "on"].contains(words[index - 2].folded)
        {
            guard let (kind, cameo) = EventLexicon.requestedActNouns[word.folded] else { continue }
            let askers = listedAfter(index + 1, words: words, people: people, states: states, organisations: organisations, in: sentence)
            addPhraseEvents(kind, cameo: cameo, by: askers, at: word, in: sentence, to: &found)
        }
        // "upon an invitation extended to him by Prime Minister Abiy Ahmed": the act's agents follow "by".
        for (index, word) in words.enumerated()
        where index + 2 < words.count && word.classes.contains(.phraseNoun) && EventLexicon.extendedActs.contains(words[index + 1].folded)
        {
            guard let (kind, cameo) = EventLexicon.requestedActNouns[word.folded],
                let by = words[(index + 2)...].prefix(3).firstIndex(where: { $0.folded == "by" })
            else { continue }
            // Past the agent's title: "by Prime Minister Dr. Abiy Ahmed".
            let byEnd = words[by].utf16Range.upperBound
            guard let (asker, _) = named(people: people, states: states, organisations: organisations, where: { span in
                span.start - sentence.start > byEnd && !sentence.text.utf16Slice(from: byEnd, to: span.start - sentence.start).contains(where: { ",;".contains($0) })
                    && span.start - sentence.start - byEnd <= 40
            }) else { continue }
            addPhraseEvents(kind, cameo: cameo, by: [asker], at: word, in: sentence, to: &found)
        }
        return found
    }
}
