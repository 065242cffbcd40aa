import Foundation

/// What someone said, as the record quotes it; the entry's `source` says where it was said.
public struct Statement: Hashable, Sendable, Codable {
    public var text: String
    public var speaker: String?
    /// The speaker as a person of the record, so the statement is also attributed to the
    /// state or body that person spoke for on the day.
    public var person: RecordName?

    public init(text: String, speaker: String? = nil, person: RecordName? = nil) {
        self.text = text
        self.speaker = speaker
        self.person = person
    }
}

/// The person an invitation is addressed to, e.g. a head of state.
public struct Addressee: Hashable, Sendable, Codable {
    public var name: String
    public var office: String?

    public init(name: String, office: String? = nil) {
        self.name = name
        self.office = office
    }
}

/// The facts of the Board's ledger that the board projection understands, one case per entry kind.
public enum BoardEvent: Hashable, Sendable {
    case charterAdopted(Charter)
    case chairAppointed(ChairAppointment)
    case executiveAppointed(ExecutiveAppointment)
    case invitationIssued(InvitationIssued)
    case invitationChanged(InvitationChange)
    case invitationsReported(InvitationsReported)
    case membershipRenewed(MembershipChange)
    case membershipWithdrawn(MembershipChange)
    case contributionPledged(Contribution)
    case contributionPaid(Contribution)
    case entryRetracted(Retraction)
    /// A fact of a peace process: dossiers, meetings, proposals, responses, votes, claims.
    case process(ProcessFact)

    public struct ChairAppointment: Hashable, Sendable, Codable {
        public var person: String
        public var state: StateCode?
        public init(person: String, state: StateCode?) {
            self.person = person
            self.state = state
        }
    }

    public struct ExecutiveAppointment: Hashable, Sendable, Codable {
        public var person: String
        public var office: String
        public init(person: String, office: String) {
            self.person = person
            self.office = office
        }
    }

    public struct InvitationIssued: Hashable, Sendable, Codable {
        public var invitation: InvitationID
        public var state: StateCode
        public var addressee: Addressee?
        public var deadline: LocalDate?
        public var statement: Statement?
        public init(
            invitation: InvitationID, state: StateCode, addressee: Addressee? = nil, deadline: LocalDate? = nil,
            statement: Statement? = nil
        ) {
            self.invitation = invitation
            self.state = state
            self.addressee = addressee
            self.deadline = deadline
            self.statement = statement
        }
    }

    public struct InvitationChange: Hashable, Sendable, Codable {
        public var invitation: InvitationID
        public var status: InvitationStatus
        public var statement: Statement?
        public init(invitation: InvitationID, status: InvitationStatus, statement: Statement? = nil) {
            self.invitation = invitation
            self.status = status
            self.statement = statement
        }
    }

    /// A reported count of invitations whose addressees are not all known ("about 60 nations").
    public struct InvitationsReported: Hashable, Sendable, Codable {
        public var approximateCount: Int
        public var statement: Statement?
        public init(approximateCount: Int, statement: Statement? = nil) {
            self.approximateCount = approximateCount
            self.statement = statement
        }
    }

    public struct MembershipChange: Hashable, Sendable, Codable {
        public var state: StateCode
        public var statement: Statement?
        public init(state: StateCode, statement: Statement? = nil) {
            self.state = state
            self.statement = statement
        }
    }

    public struct Contribution: Hashable, Sendable, Codable {
        public var state: StateCode
        public var amount: Money
        public var reference: String
        public init(state: StateCode, amount: Money, reference: String) {
            self.state = state
            self.amount = amount
            self.reference = reference
        }
    }

    public struct Retraction: Hashable, Sendable, Codable {
        public var reason: String
        public init(reason: String) { self.reason = reason }
    }
}

extension BoardEvent {
    public var kind: EntryKind {
        switch self {
        case .charterAdopted: .charterAdopted
        case .chairAppointed: .chairAppointed
        case .executiveAppointed: .executiveAppointed
        case .invitationIssued: .invitationIssued
        case .invitationChanged(let change): EntryKind("invitation.\(change.status.rawValue)")
        case .invitationsReported: .invitationsReported
        case .membershipRenewed: .membershipRenewed
        case .membershipWithdrawn: .membershipWithdrawn
        case .contributionPledged: .contributionPledged
        case .contributionPaid: .contributionPaid
        case .entryRetracted: .entryRetracted
        case .process(let fact): fact.kind
        }
    }

    public var payload: JSONValue {
        switch self {
        case .charterAdopted(let value): Self.json(value)
        case .chairAppointed(let value): Self.json(value)
        case .executiveAppointed(let value): Self.json(value)
        case .invitationIssued(let value): Self.json(value)
        case .invitationChanged(let value): Self.json(value)
        case .invitationsReported(let value): Self.json(value)
        case .membershipRenewed(let value), .membershipWithdrawn(let value): Self.json(value)
        case .contributionPledged(let value), .contributionPaid(let value): Self.json(value)
        case .entryRetracted(let value): Self.json(value)
        case .process(let fact): fact.payload
        }
    }

    /// Reads the board fact an entry records; nil for kinds this projection does not interpret.
    public init?(kind: EntryKind, payloadText: String) throws {
        let data = Data(payloadText.utf8)
        let decoder = JSONDecoder()
        switch kind {
        case .charterAdopted: self = .charterAdopted(try decoder.decode(Charter.self, from: data))
        case .chairAppointed: self = .chairAppointed(try decoder.decode(ChairAppointment.self, from: data))
        case .executiveAppointed: self = .executiveAppointed(try decoder.decode(ExecutiveAppointment.self, from: data))
        case .invitationIssued: self = .invitationIssued(try decoder.decode(InvitationIssued.self, from: data))
        case .invitationsReported: self = .invitationsReported(try decoder.decode(InvitationsReported.self, from: data))
        case .membershipRenewed: self = .membershipRenewed(try decoder.decode(MembershipChange.self, from: data))
        case .membershipWithdrawn: self = .membershipWithdrawn(try decoder.decode(MembershipChange.self, from: data))
        case .contributionPledged: self = .contributionPledged(try decoder.decode(Contribution.self, from: data))
        case .contributionPaid: self = .contributionPaid(try decoder.decode(Contribution.self, from: data))
        case .entryRetracted: self = .entryRetracted(try decoder.decode(Retraction.self, from: data))
        default:
            if let fact = try ProcessFact(kind: kind, payload: data) {
                self = .process(fact)
                return
            }
            guard kind.rawValue.hasPrefix("invitation."),
                let status = InvitationStatus(rawValue: String(kind.rawValue.dropFirst("invitation.".count))),
                status != .invited
            else { return nil }
            let change = try decoder.decode(InvitationChange.self, from: data)
            guard change.status == status else {
                throw FieldError(field: "status", message: "'\(change.status.rawValue)' does not match the entry kind \(kind)")
            }
            self = .invitationChanged(change)
        }
    }

    static func json(_ value: some Encodable) -> JSONValue {
        // Encoding our own Codable value types cannot fail, and they hold no fractions, so
        // JSONValue reads whatever they produce.
        let data = try! JSONEncoder().encode(value)
        return try! JSONValue(parsing: data)
    }
}

extension EntryKind {
    public static let charterAdopted = EntryKind("charter.adopted")
    public static let chairAppointed = EntryKind("chair.appointed")
    public static let executiveAppointed = EntryKind("executive.appointed")
    public static let invitationIssued = EntryKind("invitation.issued")
    public static let invitationsReported = EntryKind("invitations.reported")
    public static let membershipRenewed = EntryKind("membership.renewed")
    public static let membershipWithdrawn = EntryKind("membership.withdrawn")
    public static let contributionPledged = EntryKind("contribution.pledged")
    public static let contributionPaid = EntryKind("contribution.paid")
    public static let entryRetracted = EntryKind("record.retracted")
}
