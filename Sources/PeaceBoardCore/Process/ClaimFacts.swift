/// What a source reports someone asserted, on a topic of a dossier; other claims on the same
/// topic may contradict it, and the record keeps them all until a finding.
public struct Claim: Hashable, Sendable, Codable {
    public var dossier: RecordName
    public var topic: RecordName
    /// Who asserts it; nil when the source itself reports it ("Western intelligence sources revealed").
    public var claimant: Party?
    public var assertion: String
    /// Earlier claims on the topic that this one contradicts (a denial names what it denies).
    public var disputes: [Int64]?
    public var statement: Statement?

    public init(
        dossier: RecordName, topic: RecordName, claimant: Party?, assertion: String, disputes: [Int64]? = nil, statement: Statement? = nil
    ) {
        self.dossier = dossier
        self.topic = topic
        self.claimant = claimant
        self.assertion = assertion
        self.disputes = disputes
        self.statement = statement
    }
}

/// The secretariat's conclusion on a topic where claims conflicted.
public struct Finding: Hashable, Sendable, Codable {
    public var dossier: RecordName
    public var topic: RecordName
    public var conclusion: String
    /// The claims (entry sequences) this finding settles.
    public var settles: [Int64]?

    public init(dossier: RecordName, topic: RecordName, conclusion: String, settles: [Int64]? = nil) {
        self.dossier = dossier
        self.topic = topic
        self.conclusion = conclusion
        self.settles = settles
    }
}
