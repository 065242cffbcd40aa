public enum ProposalKind: String, Hashable, Sendable, Codable, CaseIterable {
    case peacePlan, ceasefire, framework, talks, other
}

/// A proposal put forward by its proposers, made of catalogue provisions.
public struct ProposalTabled: Hashable, Sendable, Codable {
    public var proposal: RecordName
    public var dossier: RecordName
    public var kind: ProposalKind
    public var title: String
    public var proposers: [Party]
    public var provisions: [Provision]
    /// The proposal this one answers (a counter-proposal).
    public var counters: RecordName?
    public var claimant: Party?
    public var statement: Statement?

    public init(
        proposal: RecordName, dossier: RecordName, kind: ProposalKind, title: String, proposers: [Party],
        provisions: [Provision], counters: RecordName? = nil, claimant: Party? = nil, statement: Statement? = nil
    ) {
        self.proposal = proposal
        self.dossier = dossier
        self.kind = kind
        self.title = title
        self.proposers = proposers
        self.provisions = provisions
        self.counters = counters
        self.claimant = claimant
        self.statement = statement
    }
}

/// A party's answer to a proposal, or to one provision of it when `provision` is set.
public struct Response: Hashable, Sendable, Codable {
    public var proposal: RecordName
    public var provision: RecordName?
    public var party: Party
    public var stance: Stance
    /// What a `conditional` answer asks for.
    public var conditions: [String]?
    /// Who says this is the party's answer, when it is not the party itself.
    public var claimant: Party?
    /// `finding` when the secretariat settles conflicting claims; `claim` by default.
    public var basis: Basis?
    public var statement: Statement?

    public init(
        proposal: RecordName, provision: RecordName? = nil, party: Party, stance: Stance, conditions: [String]? = nil,
        claimant: Party? = nil, basis: Basis? = nil, statement: Statement? = nil
    ) {
        self.proposal = proposal
        self.provision = provision
        self.party = party
        self.stance = stance
        self.conditions = conditions
        self.claimant = claimant
        self.basis = basis
        self.statement = statement
    }

    /// Who is speaking: the claimant, or the party itself.
    public var speaker: Party { claimant ?? party }
}
