/// A mandate given by an outside body, with how its members voted (the Security Council's).
public struct Mandate: Hashable, Sendable, Codable {
    public var mandate: RecordName
    public var body: Party
    public var reference: String?
    public var dossier: RecordName?
    public var summary: String
    public var inFavour: [StateCode]
    public var against: [StateCode]
    public var abstained: [StateCode]
    /// Why states voted as they did, as reported.
    public var explanations: [Explanation]?

    public struct Explanation: Hashable, Sendable, Codable {
        public var states: [StateCode]
        public var text: String

        public init(states: [StateCode], text: String) {
            self.states = states
            self.text = text
        }
    }

    public init(
        mandate: RecordName, body: Party, reference: String? = nil, dossier: RecordName? = nil, summary: String,
        inFavour: [StateCode], against: [StateCode], abstained: [StateCode], explanations: [Explanation]? = nil
    ) {
        self.mandate = mandate
        self.body = body
        self.reference = reference
        self.dossier = dossier
        self.summary = summary
        self.inFavour = inFavour
        self.against = against
        self.abstained = abstained
        self.explanations = explanations
    }
}

/// A resolution put to the Board's members.
public struct ResolutionTabled: Hashable, Sendable, Codable {
    public var resolution: RecordName
    public var dossier: RecordName?
    public var title: String
    public var text: String

    public init(resolution: RecordName, dossier: RecordName? = nil, title: String, text: String) {
        self.resolution = resolution
        self.dossier = dossier
        self.title = title
        self.text = text
    }
}

public enum VoteChoice: String, Hashable, Sendable, Codable, CaseIterable {
    case yes, no, abstain
}

public struct Vote: Hashable, Sendable, Codable {
    public var resolution: RecordName
    public var state: StateCode
    public var choice: VoteChoice

    public init(resolution: RecordName, state: StateCode, choice: VoteChoice) {
        self.resolution = resolution
        self.state = state
        self.choice = choice
    }
}

/// Names a resolution for the chair's approval or the close of its vote.
public struct ResolutionReference: Hashable, Sendable, Codable {
    public var resolution: RecordName

    public init(resolution: RecordName) { self.resolution = resolution }
}
