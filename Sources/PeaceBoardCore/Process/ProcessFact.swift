import Foundation

/// The facts of peace processes that the record understands, one case per entry kind.
///
/// Indirect: a fact is kept in several indexes (its dossier's timeline, its proposal's answers),
/// and a boxed payload is shared between them instead of copied inline.
public indirect enum ProcessFact: Hashable, Sendable {
    case catalogueAdopted(ProvisionCatalogue)
    case dossierOpened(DossierOpened)
    case dossierRoleAssigned(DossierRoleAssigned)
    case dossierStatusChanged(DossierStatusChange)
    case envoyAppointed(EnvoyAppointment)
    case officeTaken(OfficeTaken)
    case officeLeft(OfficeLeft)
    case meetingPlanned(MeetingPlanned)
    case participationChanged(Participation)
    case meetingConcluded(MeetingOutcome)
    case proposalTabled(ProposalTabled)
    case responseRecorded(Response)
    case ceasefireChanged(CeasefireChange)
    case sanctionChanged(SanctionChange)
    case mandateAdopted(Mandate)
    case resolutionTabled(ResolutionTabled)
    case voteCast(Vote)
    case resolutionApproved(ResolutionReference)
    case votingClosed(ResolutionReference)
    case claimRecorded(Claim)
    case findingRecorded(Finding)
    case reportIngested(ReportIngested)

    public var kind: EntryKind {
        switch self {
        case .catalogueAdopted: .catalogueAdopted
        case .dossierOpened: .dossierOpened
        case .dossierRoleAssigned: .dossierRoleAssigned
        case .dossierStatusChanged: .dossierStatusChanged
        case .envoyAppointed: .envoyAppointed
        case .officeTaken: .officeTaken
        case .officeLeft: .officeLeft
        case .meetingPlanned: .meetingPlanned
        case .participationChanged: .participationChanged
        case .meetingConcluded: .meetingConcluded
        case .proposalTabled: .proposalTabled
        case .responseRecorded: .responseRecorded
        case .ceasefireChanged: .ceasefireChanged
        case .sanctionChanged: .sanctionChanged
        case .mandateAdopted: .mandateAdopted
        case .resolutionTabled: .resolutionTabled
        case .voteCast: .voteCast
        case .resolutionApproved: .resolutionApproved
        case .votingClosed: .votingClosed
        case .claimRecorded: .claimRecorded
        case .findingRecorded: .findingRecorded
        case .reportIngested: .reportIngested
        }
    }

    public var payload: JSONValue {
        switch self {
        case .catalogueAdopted(let value): BoardEvent.json(value)
        case .dossierOpened(let value): BoardEvent.json(value)
        case .dossierRoleAssigned(let value): BoardEvent.json(value)
        case .dossierStatusChanged(let value): BoardEvent.json(value)
        case .envoyAppointed(let value): BoardEvent.json(value)
        case .officeTaken(let value): BoardEvent.json(value)
        case .officeLeft(let value): BoardEvent.json(value)
        case .meetingPlanned(let value): BoardEvent.json(value)
        case .participationChanged(let value): BoardEvent.json(value)
        case .meetingConcluded(let value): BoardEvent.json(value)
        case .proposalTabled(let value): BoardEvent.json(value)
        case .responseRecorded(let value): BoardEvent.json(value)
        case .ceasefireChanged(let value): BoardEvent.json(value)
        case .sanctionChanged(let value): BoardEvent.json(value)
        case .mandateAdopted(let value): BoardEvent.json(value)
        case .resolutionTabled(let value): BoardEvent.json(value)
        case .voteCast(let value): BoardEvent.json(value)
        case .resolutionApproved(let value), .votingClosed(let value): BoardEvent.json(value)
        case .claimRecorded(let value): BoardEvent.json(value)
        case .findingRecorded(let value): BoardEvent.json(value)
        case .reportIngested(let value): value.payload
        }
    }

    /// Reads a process fact; nil when `kind` is not one.
    init?(kind: EntryKind, payload data: Data) throws {
        let decoder = JSONDecoder()
        func read<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decode(T.self, from: data) }
        switch kind {
        case .catalogueAdopted: self = .catalogueAdopted(try read(ProvisionCatalogue.self))
        case .dossierOpened: self = .dossierOpened(try read(DossierOpened.self))
        case .dossierRoleAssigned: self = .dossierRoleAssigned(try read(DossierRoleAssigned.self))
        case .dossierStatusChanged: self = .dossierStatusChanged(try read(DossierStatusChange.self))
        case .envoyAppointed: self = .envoyAppointed(try read(EnvoyAppointment.self))
        case .officeTaken: self = .officeTaken(try read(OfficeTaken.self))
        case .officeLeft: self = .officeLeft(try read(OfficeLeft.self))
        case .meetingPlanned: self = .meetingPlanned(try read(MeetingPlanned.self))
        case .participationChanged: self = .participationChanged(try read(Participation.self))
        case .meetingConcluded: self = .meetingConcluded(try read(MeetingOutcome.self))
        case .proposalTabled: self = .proposalTabled(try read(ProposalTabled.self))
        case .responseRecorded: self = .responseRecorded(try read(Response.self))
        case .ceasefireChanged: self = .ceasefireChanged(try read(CeasefireChange.self))
        case .sanctionChanged: self = .sanctionChanged(try read(SanctionChange.self))
        case .mandateAdopted: self = .mandateAdopted(try read(Mandate.self))
        case .resolutionTabled: self = .resolutionTabled(try read(ResolutionTabled.self))
        case .voteCast: self = .voteCast(try read(Vote.self))
        case .resolutionApproved: self = .resolutionApproved(try read(ResolutionReference.self))
        case .votingClosed: self = .votingClosed(try read(ResolutionReference.self))
        case .claimRecorded: self = .claimRecorded(try read(Claim.self))
        case .findingRecorded: self = .findingRecorded(try read(Finding.self))
        case .reportIngested: self = .reportIngested(try read(ReportIngested.self))
        default: return nil
        }
    }
}

extension EntryKind {
    public static let catalogueAdopted = EntryKind("provisions.catalogued")
    public static let dossierOpened = EntryKind("dossier.opened")
    public static let dossierRoleAssigned = EntryKind("dossier.roleAssigned")
    public static let dossierStatusChanged = EntryKind("dossier.statusChanged")
    public static let envoyAppointed = EntryKind("envoy.appointed")
    public static let officeTaken = EntryKind("office.taken")
    public static let officeLeft = EntryKind("office.left")
    public static let meetingPlanned = EntryKind("meeting.planned")
    public static let participationChanged = EntryKind("meeting.participation")
    public static let meetingConcluded = EntryKind("meeting.concluded")
    public static let proposalTabled = EntryKind("proposal.tabled")
    public static let responseRecorded = EntryKind("response.recorded")
    public static let ceasefireChanged = EntryKind("ceasefire.changed")
    public static let sanctionChanged = EntryKind("sanction.changed")
    public static let mandateAdopted = EntryKind("mandate.adopted")
    public static let resolutionTabled = EntryKind("resolution.tabled")
    public static let voteCast = EntryKind("vote.cast")
    public static let resolutionApproved = EntryKind("resolution.approved")
    public static let votingClosed = EntryKind("resolution.votingClosed")
    public static let claimRecorded = EntryKind("claim.recorded")
    public static let findingRecorded = EntryKind("finding.recorded")
}
