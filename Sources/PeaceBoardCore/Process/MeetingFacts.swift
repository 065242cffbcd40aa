public enum MeetingFormat: String, Hashable, Sendable, Codable, CaseIterable {
    case summit, talks, bilateral, conference
}

/// A summit, round of talks or bilateral meeting, proposed or scheduled.
public struct MeetingPlanned: Hashable, Sendable, Codable {
    public var meeting: RecordName
    public var dossier: RecordName?
    public var format: MeetingFormat
    public var title: String
    public var organisers: [Party]?
    public var hostState: StateCode?
    public var city: String?
    public var startDate: LocalDate?
    public var endDate: LocalDate?
    /// The previous meeting of the same series (the first summit before the second).
    public var follows: RecordName?
    public var statement: Statement?

    public init(
        meeting: RecordName, dossier: RecordName?, format: MeetingFormat, title: String, organisers: [Party]? = nil,
        hostState: StateCode? = nil, city: String? = nil, startDate: LocalDate? = nil, endDate: LocalDate? = nil,
        follows: RecordName? = nil, statement: Statement? = nil
    ) {
        self.meeting = meeting
        self.dossier = dossier
        self.format = format
        self.title = title
        self.organisers = organisers
        self.hostState = hostState
        self.city = city
        self.startDate = startDate
        self.endDate = endDate
        self.follows = follows
        self.statement = statement
    }
}

/// How a party stands towards a meeting.
public enum ParticipationStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case invited, offeredToHost, confirmed, declined, attended, excluded, boycotted
}

public struct Participation: Hashable, Sendable, Codable {
    public var meeting: RecordName
    public var party: Party
    public var status: ParticipationStatus
    /// Conditions of participation ("only if it surrendered Ukrainian territory").
    public var conditions: [String]?
    /// Who excluded the party, or under whose pressure it boycotted.
    public var by: [Party]?
    public var claimant: Party?
    public var statement: Statement?

    public init(
        meeting: RecordName, party: Party, status: ParticipationStatus, conditions: [String]? = nil, by: [Party]? = nil,
        claimant: Party? = nil, statement: Statement? = nil
    ) {
        self.meeting = meeting
        self.party = party
        self.status = status
        self.conditions = conditions
        self.by = by
        self.claimant = claimant
        self.statement = statement
    }
}

public enum MeetingOutcomeKind: String, Hashable, Sendable, Codable, CaseIterable {
    case communique, agreement, followUpCommitment, noConcreteOutcome, postponed, cancelled
}

public struct MeetingOutcome: Hashable, Sendable, Codable {
    public var meeting: RecordName
    public var outcomes: [MeetingOutcomeKind]
    public var summary: String?
    public var statement: Statement?

    public init(meeting: RecordName, outcomes: [MeetingOutcomeKind], summary: String? = nil, statement: Statement? = nil) {
        self.meeting = meeting
        self.outcomes = outcomes
        self.summary = summary
        self.statement = statement
    }
}
