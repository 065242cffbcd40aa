/// `proposed → agreed → inForce → violated | expired | ended`; a violated ceasefire may hold again.
public enum CeasefireStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case proposed, agreed, inForce, violated, expired, ended

    public var isFinal: Bool { self == .expired || self == .ended }

    public func refusal(movingTo next: CeasefireStatus) -> String? {
        switch (self, next) {
        case (.proposed, .agreed), (.proposed, .inForce), (.proposed, .ended),
            (.agreed, .inForce), (.agreed, .violated), (.agreed, .ended),
            (.inForce, .violated), (.inForce, .expired), (.inForce, .ended),
            (.violated, .inForce), (.violated, .violated), (.violated, .expired), (.violated, .ended):
            nil
        default:
            "a ceasefire that is \(rawValue) cannot become \(next.rawValue)"
        }
    }
}

public struct CeasefireTerms: Hashable, Sendable, Codable {
    public var days: Int?
    public var full: Bool?
    public var unconditional: Bool?
    public var text: String?

    public init(days: Int? = nil, full: Bool? = nil, unconditional: Bool? = nil, text: String? = nil) {
        self.days = days
        self.full = full
        self.unconditional = unconditional
        self.text = text
    }
}

public struct CeasefireChange: Hashable, Sendable, Codable {
    public var ceasefire: RecordName
    public var dossier: RecordName
    public var status: CeasefireStatus
    /// The proposal that set out the ceasefire, when there is one.
    public var proposal: RecordName?
    public var parties: [Party]?
    public var terms: CeasefireTerms?
    public var monitors: [Party]?
    public var claimant: Party?
    public var statement: Statement?

    public init(
        ceasefire: RecordName, dossier: RecordName, status: CeasefireStatus, proposal: RecordName? = nil,
        parties: [Party]? = nil, terms: CeasefireTerms? = nil, monitors: [Party]? = nil, claimant: Party? = nil,
        statement: Statement? = nil
    ) {
        self.ceasefire = ceasefire
        self.dossier = dossier
        self.status = status
        self.proposal = proposal
        self.parties = parties
        self.terms = terms
        self.monitors = monitors
        self.claimant = claimant
        self.statement = statement
    }
}

/// `threatened → imposed → offeredAsRelief → lifted`, each step by whom and on whom.
public enum SanctionStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case threatened, imposed, offeredAsRelief, lifted

    public func refusal(movingTo next: SanctionStatus) -> String? {
        switch (self, next) {
        case (.threatened, .threatened), (.threatened, .imposed), (.threatened, .lifted),
            (.imposed, .offeredAsRelief), (.imposed, .lifted),
            (.offeredAsRelief, .imposed), (.offeredAsRelief, .lifted),
            (.lifted, .threatened), (.lifted, .imposed):
            nil
        default:
            "sanctions that are \(rawValue) cannot become \(next.rawValue)"
        }
    }
}

public struct SanctionChange: Hashable, Sendable, Codable {
    public var sanction: RecordName
    public var dossier: RecordName?
    public var status: SanctionStatus
    public var by: [Party]
    public var on: [Party]
    /// What sets it off ("if Russia rejects the ceasefire").
    public var trigger: String?
    public var measures: String?
    public var claimant: Party?
    public var statement: Statement?

    public init(
        sanction: RecordName, dossier: RecordName?, status: SanctionStatus, by: [Party], on: [Party], trigger: String? = nil,
        measures: String? = nil, claimant: Party? = nil, statement: Statement? = nil
    ) {
        self.sanction = sanction
        self.dossier = dossier
        self.status = status
        self.by = by
        self.on = on
        self.trigger = trigger
        self.measures = measures
        self.claimant = claimant
        self.statement = statement
    }
}
