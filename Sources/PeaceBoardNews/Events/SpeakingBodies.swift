/// Quotations given to a state or a body rather than a person: "…,” UNSMIL said", "the Kremlin said:
/// “…”". Their "we" is that state's or body's, as a person's "I" is theirs.
extension EventFinder {
    /// The state or body a quotation is given to ("…,” UNSMIL said", "the Kremlin said: “…”"): its
    /// mention nearest the quotation, within a paragraph's reach.
    static func speakingBody(named speaker: String, nearest quote: TextSpan, states: [StateMention], organisations: [OrganisationMention]) -> Entity? {
        let distance = { (span: TextSpan) in span.start >= quote.end ? span.start - quote.end : quote.start - span.end }
        let reach = 300
        let state = states.filter { $0.span.text == speaker && distance($0.span) >= 0 && distance($0.span) <= reach }.min { distance($0.span) < distance($1.span) }
        let body = organisations.filter { $0.span.text == speaker && distance($0.span) >= 0 && distance($0.span) <= reach }.min { distance($0.span) < distance($1.span) }
        if let state, body.map({ distance(state.span) <= distance($0.span) }) ?? true {
            return Entity(participant: EventParticipant(name: state.span.text, state: state.state), start: state.span.start, end: state.span.end, isPossessive: false, isPerson: false)
        }
        return body.map { Entity(participant: EventParticipant(name: $0.name, organisation: $0.name), start: $0.span.start, end: $0.span.end, isPossessive: false, isPerson: false) }
    }
}
