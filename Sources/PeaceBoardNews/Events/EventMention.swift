/// The kinds of event the reader codes, each with the CAMEO code it usually takes.
public enum EventKind: String, Hashable, Sendable, Codable, CaseIterable {
    case invite, propose, accept, reject, support, threaten, offerToHost, mediate, appoint, congratulate, abstain, meet, demand
    /// "We are reviewing", "needs to think about it": neither accepted nor rejected.
    case consider
}

/// Someone acting in an event: a person (with the state they speak for, when known), a state or an organisation.
public struct EventParticipant: Hashable, Sendable, Codable {
    public var name: String
    /// ISO 3166-1 alpha-3 of the state acting or spoken for, when known.
    public var state: String?
    public var organisation: String?
}

/// Who did what to whom in one sentence, coded with CAMEO and the Goldstein scale.
public struct EventMention: Hashable, Sendable, Codable {
    public var kind: EventKind
    public var cameo: CAMEOCode
    /// Who acts; several when news names them together ("Ukraine, France and Germany proposed").
    public var actors: [EventParticipant]
    public var targets: [EventParticipant]
    /// "has not committed", "refused to accept": the event did not happen.
    public var negated: Bool
    /// "may", "is likely to", "reportedly": the report does not assert it happened.
    public var hedged: Bool
    /// The words that name the event.
    public var trigger: TextSpan
    /// The sentence it rests on.
    public var sentence: TextSpan
}
