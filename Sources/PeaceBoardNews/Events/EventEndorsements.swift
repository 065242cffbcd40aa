/// Support named by its noun, its givers after "of": "with the support of Türkiye and Qatar",
/// "the opposition leader has the backing of the United States", "won the endorsement of the AU".
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
            for giver in givers where !found.contains(where: { $0.actors == [giver] }) {
                found.append(phraseEvent(.support, cameo: "051", by: giver, at: word, in: sentence))
            }
        }
        return found
    }
}
