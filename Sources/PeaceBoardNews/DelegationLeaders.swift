/// "The Ethiopian delegation was led by Foreign Minister Workneh Gebeyehu", "the ONLF side was led by the
/// Front's Chairman, Admiral Mohamed Umer Usman": whoever leads a state's or a body's delegation speaks
/// for it, though no office names the state or the body.
extension PersonFinder {
    static func withDelegationLeaders(
        _ mentions: [PersonMention], in paragraphs: [TextSpan], states: [StateMention], organisations: [OrganisationMention]
    ) -> [PersonMention] {
        mentions.map { mention in
            guard mention.state == nil, mention.organisation == nil,
                let paragraph = paragraphs.first(where: { $0.start <= mention.span.start && mention.span.start < $0.end }),
                let (groupStart, _) = ledGroup(before: mention.span.start - paragraph.start, in: paragraph)
            else { return mention }
            let groupOffset = paragraph.start + groupStart
            // The state or body named just before the group's noun: "the Ethiopian government delegation", "the ONLF side".
            func owns(_ span: TextSpan) -> Bool {
                guard span.end <= groupOffset, groupOffset - span.end <= 12 else { return false }
                let between = Tokenizer.words(in: paragraph.text.utf16Slice(from: span.end - paragraph.start, to: groupStart))
                return between.allSatisfy { $0.isCapitalised || EventLexicon.actingGroups.contains($0.folded) }
            }
            var resolved = mention
            if let state = states.last(where: { owns($0.span) }) {
                resolved.state = state.state
            } else if let organisation = organisations.last(where: { owns($0.span) }) {
                resolved.organisation = organisation.name
            }
            return resolved
        }
    }

    /// Where the noun of the group that "led by" or "headed by" before `offset` follows stands in the
    /// paragraph ("delegation … was led by the Front's Chairman, Admiral"), and the noun.
    private static func ledGroup(before offset: Int, in paragraph: TextSpan) -> (Int, String)? {
        let words = Tokenizer.words(in: paragraph).within(from: max(0, offset - 120), to: offset)
        // Between "by" and the name, only the leader's office: a few words, no clause of its own.
        guard let by = words.lastIndex(where: { $0.folded == "by" }), words.endIndex - by <= 7, by - 1 >= words.startIndex,
            Offices.leadingParticiples.contains(words[by - 1].folded),
            !words[(by + 1)...].contains(where: { ["and", "or", "with"].contains($0.folded) })
        else { return nil }
        var noun = by - 2
        while noun >= words.startIndex, EventLexicon.passiveAuxiliaries.contains(words[noun].folded) { noun -= 1 }
        guard noun >= words.startIndex, EventLexicon.delegationNouns.contains(words[noun].folded) else { return nil }
        return (words[noun].utf16Range.lowerBound, words[noun].folded)
    }
}
