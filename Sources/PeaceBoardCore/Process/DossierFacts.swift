/// A conflict on the Board's docket and the parties around it.
public struct DossierOpened: Hashable, Sendable, Codable {
    public var dossier: RecordName
    public var title: String
    public var parties: [Party]
    public var mediators: [Party]?
    public var facilitators: [Party]?

    public init(dossier: RecordName, title: String, parties: [Party], mediators: [Party]? = nil, facilitators: [Party]? = nil) {
        self.dossier = dossier
        self.title = title
        self.parties = parties
        self.mediators = mediators
        self.facilitators = facilitators
    }
}

public enum DossierRole: String, Hashable, Sendable, Codable, CaseIterable {
    case party, mediator, facilitator, guarantor, observer
}

/// A party's role in a dossier from the entry's date (a mediator proposed later, say).
public struct DossierRoleAssigned: Hashable, Sendable, Codable {
    public var dossier: RecordName
    public var party: Party
    public var role: DossierRole
    public var claimant: Party?
    public var statement: Statement?

    public init(dossier: RecordName, party: Party, role: DossierRole, claimant: Party? = nil, statement: Statement? = nil) {
        self.dossier = dossier
        self.party = party
        self.role = role
        self.claimant = claimant
        self.statement = statement
    }
}

/// Where a dossier stands: `open` when recorded, `active` once the Board works on it.
public enum DossierStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case open, active, suspended, resolved, closed
}

public struct DossierStatusChange: Hashable, Sendable, Codable {
    public var dossier: RecordName
    public var status: DossierStatus
    /// What the Board took up (Gaza's reconstruction first, wider disputes later).
    public var scope: String?

    public init(dossier: RecordName, status: DossierStatus, scope: String? = nil) {
        self.dossier = dossier
        self.status = status
        self.scope = scope
    }
}

public struct EnvoyAppointment: Hashable, Sendable, Codable {
    public var dossier: RecordName
    public var person: RecordName
    public var name: String
    public var title: String
    public var appointedBy: Party
    public var statement: Statement?

    public init(dossier: RecordName, person: RecordName, name: String, title: String, appointedBy: Party, statement: Statement? = nil) {
        self.dossier = dossier
        self.person = person
        self.name = name
        self.title = title
        self.appointedBy = appointedBy
        self.statement = statement
    }
}

/// A person takes an office in which they speak for a state or a body, from the entry's date.
public struct OfficeTaken: Hashable, Sendable, Codable {
    public var person: RecordName
    public var name: String
    public var office: String
    public var speaksFor: Party

    public init(person: RecordName, name: String, office: String, speaksFor: Party) {
        self.person = person
        self.name = name
        self.office = office
        self.speaksFor = speaksFor
    }
}

public struct OfficeLeft: Hashable, Sendable, Codable {
    public var person: RecordName
    public var office: String

    public init(person: RecordName, office: String) {
        self.person = person
        self.office = office
    }
}
