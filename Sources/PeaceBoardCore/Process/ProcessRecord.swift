/// Everything the ledger holds about peace processes, indexed for questions "as of a day":
/// each dossier's facts in date order, each proposal's responses, each resolution's votes.
///
/// Part of `BoardHistory`, which applies entries in sequence order after `check` accepts them.
public struct ProcessRecord: Hashable, Sendable, Codable {
    /// Catalogue versions in the order they were adopted.
    public internal(set) var catalogues: [ProvisionCatalogue] = []
    var dossiers: [RecordName: DossierRecord] = [:]
    var people: [RecordName: PersonRecord] = [:]
    var meetings: [RecordName: MeetingRecord] = [:]
    var proposals: [RecordName: ProposalRecord] = [:]
    var ceasefires: [RecordName: Timeline] = [:]
    var sanctions: [RecordName: Timeline] = [:]
    var mandates: [RecordName: RecordedFact] = [:]
    var resolutions: [RecordName: ResolutionRecord] = [:]
    /// Claims by entry sequence, so a finding can name what it settles.
    var claims: [Int64: ClaimLocation] = [:]
    /// How many facts the record holds (the size of a snapshot).
    public internal(set) var factCount = 0
    /// One copy of each author name: a million entries by a few writers share a few strings.
    private var authorNames: Set<String> = []

    public init() {}

    struct DossierRecord: Hashable, Sendable, Codable {
        var opened: DossierOpened
        var openedOn: LocalDate
        var timeline = Timeline()
        /// The facts that name its parties, mediators and facilitators, apart from the rest so
        /// that "who are the parties on this day" does not walk the whole timeline.
        var roleFacts = Timeline()
    }

    struct PersonRecord: Hashable, Sendable, Codable {
        var name: String
        var offices: [OfficeTerm] = []
    }

    public struct OfficeTerm: Hashable, Sendable, Codable {
        public var office: String
        public var speaksFor: Party
        public var from: LocalDate
        public var until: LocalDate?
        public var source: String?
    }

    struct MeetingRecord: Hashable, Sendable, Codable {
        var planned: MeetingPlanned
        var plannedOn: LocalDate
        var facts = Timeline()
    }

    struct ProposalRecord: Hashable, Sendable, Codable {
        var tabled: ProposalTabled
        var fact: RecordedFact
        var responses = Timeline()
    }

    struct ResolutionRecord: Hashable, Sendable, Codable {
        var tabled: ResolutionTabled
        var tabledOn: LocalDate
        var facts = Timeline()
    }

    struct ClaimLocation: Hashable, Sendable, Codable {
        var dossier: RecordName
        var topic: RecordName
    }

    /// The catalogue new proposals are classified by: the one adopted last. A proposal from
    /// years ago, recorded today, is described in today's terms.
    public var currentCatalogue: ProvisionCatalogue? { catalogues.last }

    /// The dossier a fact belongs to, if any: its own, or that of the meeting, proposal or resolution it concerns.
    func dossier(of fact: ProcessFact) -> RecordName? {
        switch fact {
        case .catalogueAdopted, .officeTaken, .officeLeft, .reportIngested: nil
        case .dossierOpened(let value): value.dossier
        case .dossierRoleAssigned(let value): value.dossier
        case .dossierStatusChanged(let value): value.dossier
        case .envoyAppointed(let value): value.dossier
        case .meetingPlanned(let value): value.dossier
        case .participationChanged(let value): meetings[value.meeting]?.planned.dossier
        case .meetingConcluded(let value): meetings[value.meeting]?.planned.dossier
        case .proposalTabled(let value): value.dossier
        case .responseRecorded(let value): proposals[value.proposal]?.tabled.dossier
        case .ceasefireChanged(let value): value.dossier
        case .sanctionChanged(let value): value.dossier
        case .mandateAdopted(let value): value.dossier
        case .resolutionTabled(let value): value.dossier
        case .voteCast(let value): resolutions[value.resolution]?.tabled.dossier
        case .resolutionApproved(let value), .votingClosed(let value): resolutions[value.resolution]?.tabled.dossier
        case .claimRecorded(let value): value.dossier
        case .findingRecorded(let value): value.dossier
        }
    }

    /// Adds a fact that `check` accepted.
    mutating func record(_ fact: RecordedFact) {
        // The findings live in the ledger entry, and the store indexes it by the report's digest:
        // a record holding every report read would grow with each one.
        if case .reportIngested = fact.fact { return }
        let author = authorNames.insert(fact.author).memberAfterInsert
        let recorded = RecordedFact(sequence: fact.sequence, date: fact.date, author: author, source: fact.source, fact: fact.fact)
        factCount += 1
        let day = recorded.date
        switch recorded.fact {
        case .catalogueAdopted(let catalogue):
            catalogues.append(catalogue)
        case .dossierOpened(let opened):
            dossiers[opened.dossier] = DossierRecord(opened: opened, openedOn: day)
        case .officeTaken(let taken):
            people[taken.person, default: PersonRecord(name: taken.name)].offices.append(
                OfficeTerm(office: taken.office, speaksFor: taken.speaksFor, from: day, source: recorded.source))
            people[taken.person]?.offices.sort { $0.from < $1.from }
        case .officeLeft(let left):
            if let index = people[left.person]?.offices.lastIndex(where: { $0.office == left.office && $0.until == nil }) {
                people[left.person]?.offices[index].until = day
            }
        case .meetingPlanned(let planned):
            if meetings[planned.meeting] == nil {
                meetings[planned.meeting] = MeetingRecord(planned: planned, plannedOn: day)
            } else {
                // A later plan of the same meeting (new date or place) replaces the details.
                meetings[planned.meeting]?.planned = planned
            }
            meetings[planned.meeting]?.facts.insert(recorded)
        case .participationChanged(let participation):
            meetings[participation.meeting]?.facts.insert(recorded)
        case .meetingConcluded(let outcome):
            meetings[outcome.meeting]?.facts.insert(recorded)
        case .proposalTabled(let tabled):
            proposals[tabled.proposal] = ProposalRecord(tabled: tabled, fact: recorded)
        case .responseRecorded(let response):
            proposals[response.proposal]?.responses.insert(recorded)
        case .ceasefireChanged(let change):
            ceasefires[change.ceasefire, default: Timeline()].insert(recorded)
        case .sanctionChanged(let change):
            sanctions[change.sanction, default: Timeline()].insert(recorded)
        case .mandateAdopted(let mandate):
            mandates[mandate.mandate] = recorded
        case .resolutionTabled(let tabled):
            resolutions[tabled.resolution] = ResolutionRecord(tabled: tabled, tabledOn: day)
        case .voteCast(let vote):
            resolutions[vote.resolution]?.facts.insert(recorded)
        case .resolutionApproved(let reference), .votingClosed(let reference):
            resolutions[reference.resolution]?.facts.insert(recorded)
        case .claimRecorded(let claim):
            claims[recorded.sequence] = ClaimLocation(dossier: claim.dossier, topic: claim.topic)
        case .reportIngested:
            break
        case .dossierRoleAssigned, .dossierStatusChanged, .envoyAppointed, .findingRecorded:
            break
        }
        if let dossier = dossier(of: recorded.fact) {
            dossiers[dossier]?.timeline.insert(recorded)
            switch recorded.fact {
            case .dossierOpened, .dossierRoleAssigned: dossiers[dossier]?.roleFacts.insert(recorded)
            default: break
            }
        }
    }
}
