/// Quotations given to a state or a body rather than a person: "…,” UNSMIL said", "the Kremlin said:
/// “…”". Their "we" is that state's or body's, as a person's "I" is theirs.
extension EventFinder {
    /// The state or body a quotation is given to ("…,” UNSMIL said", "the Kremlin said: “…”"): its
    /// mention nearest the quotation, within a paragraph's reach.
    static func speakingBody(named speaker: String, nearest quote: TextSpan, states: [StateMention], organisations: [OrganisationMention]) -> Entity? {
        let distance = { (span: TextSpan) in span.start >= quote.end ? span.start - quote.end : quote.start - span.end }
        // The mention named as the speaker nearest the quotation, with how far it stands.
        func nearest<Mention>(_ mentions: [Mention], _ span: (Mention) -> TextSpan) -> (mention: Mention, distance: Int)? {
            mentions.filter { span($0).text == speaker }.map { ($0, distance(span($0))) }.filter { (0...300).contains($0.1) }.min { $0.1 < $1.1 }
        }
        let state = nearest(states, \.span)
        let body = nearest(organisations, \.span)
        if let state, body.map({ state.distance <= $0.distance }) ?? true {
            let span = state.mention.span
            return Entity(participant: EventParticipant(name: span.text, state: state.mention.state), start: span.start, end: span.end, isPossessive: false, isPerson: false)
        }
        return body.map { Entity(participant: EventParticipant(name: $0.mention.name, organisation: $0.mention.name), start: $0.mention.span.start, end: $0.mention.span.end, isPossessive: false, isPerson: false) }
    }
}
