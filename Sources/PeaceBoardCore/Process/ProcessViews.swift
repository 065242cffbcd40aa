/// A statement with whom it is attributed to: the person and the state or body they spoke for that day.
public struct AttributedStatement: Hashable, Sendable, Codable {
    public var text: String
    public var speaker: String?
    public var person: RecordName?
    public var speaksFor: [Party]
}

/// One line of a dossier's timeline or of a list of changes.
public struct TimelineItem: Hashable, Sendable, Codable, Tabular {
    public var sequence: Int64
    public var date: LocalDate
    public var kind: EntryKind
    public var summary: String
    public var basis: Basis
    public var author: String
    public var source: String?
    public var statement: AttributedStatement?

    public static let columns = ["sequence", "date", "kind", "summary", "basis", "author", "source", "statement", "speaker"]
    public var cells: [String] {
        [String(sequence), date.description, kind.rawValue, summary, basis.rawValue, author, source ?? "", statement?.text ?? "",
         statement?.speaker ?? ""]
    }
}

public struct TimelinePage: Hashable, Sendable, Codable {
    public var dossier: RecordName
    public var since: LocalDate?
    public var through: LocalDate
    /// Facts in the window; only the latest `items.count` are listed when `truncated`.
    public var total: Int
    public var truncated: Bool
    public var items: [TimelineItem]
}

public struct DossierSummary: Hashable, Sendable, Codable, Tabular {
    public var dossier: RecordName
    public var title: String
    public var openedOn: LocalDate
    public var status: DossierStatus
    public var parties: [Party]
    public var facts: Int

    public static let columns = ["dossier", "title", "openedOn", "status", "parties", "facts"]
    public var cells: [String] { [dossier.text, title, openedOn.description, status.rawValue, parties.listText, String(facts)] }
}

/// A dossier as it stood on one day.
public struct DossierState: Hashable, Sendable, Codable {
    public var dossier: RecordName
    public var title: String
    public var asOf: LocalDate
    public var openedOn: LocalDate
    public var status: DossierStatus
    /// The days the Board took the dossier up (status became active).
    public var takenUpOn: [LocalDate]
    public var scope: String?
    public var roles: [RoleHolder]
    public var envoys: [EnvoyState]
    public var meetings: [MeetingState]
    public var proposals: [ProposalState]
    public var ceasefires: [CeasefireState]
    public var sanctions: [SanctionState]
    public var mandates: [Mandate]
    public var resolutions: [RecordName]
    public var claims: [ClaimTopic]

    public struct RoleHolder: Hashable, Sendable, Codable {
        public var party: Party
        public var role: DossierRole
        public var since: LocalDate
        public var basis: Basis
    }

    public struct EnvoyState: Hashable, Sendable, Codable {
        public var person: RecordName
        public var name: String
        public var title: String
        public var appointedBy: Party
        public var appointedOn: LocalDate
        public var source: String?
    }

    public struct ProposalState: Hashable, Sendable, Codable {
        public var proposal: RecordName
        public var title: String
        public var kind: ProposalKind
        public var tabledOn: LocalDate
        public var proposers: [Party]
        public var provisions: [Provision]
        public var counters: RecordName?
        public var supporters: [Party]
        public var source: String?
    }

    public struct CeasefireState: Hashable, Sendable, Codable {
        public var ceasefire: RecordName
        public var status: CeasefireStatus
        public var since: LocalDate
        public var proposal: RecordName?
        public var parties: [Party]
        public var terms: CeasefireTerms?
        public var monitors: [Party]
        public var history: [StatusStep<CeasefireStatus>]
    }

    public struct SanctionState: Hashable, Sendable, Codable {
        public var sanction: RecordName
        public var status: SanctionStatus
        public var since: LocalDate
        public var by: [Party]
        public var on: [Party]
        public var trigger: String?
        public var measures: String?
        public var history: [StatusStep<SanctionStatus>]
    }
}

public struct StatusStep<Status: Hashable & Sendable & Codable>: Hashable, Sendable, Codable {
    public var status: Status
    public var date: LocalDate
    public var sequence: Int64
    public var source: String?
}

public struct MeetingState: Hashable, Sendable, Codable {
    public var meeting: RecordName
    public var dossier: RecordName?
    public var format: MeetingFormat
    public var title: String
    public var organisers: [Party]
    public var hostState: StateCode?
    public var city: String?
    public var startDate: LocalDate?
    public var endDate: LocalDate?
    public var follows: RecordName?
    public var participants: [ParticipantState]
    public var outcomes: [MeetingOutcomeKind]
    public var outcomeSummary: String?

    public struct ParticipantState: Hashable, Sendable, Codable {
        public var party: Party
        public var status: ParticipationStatus
        public var since: LocalDate
        public var conditions: [String]
        public var by: [Party]
        public var basis: Basis
        public var statement: AttributedStatement?
        public var source: String?
    }
}

/// What claims say on one topic, side by side, and the finding that settled them if any.
public struct ClaimTopic: Hashable, Sendable, Codable {
    public var topic: RecordName
    public var claims: [ClaimState]
    public var finding: FindingState?
    /// True while an unsettled claim disputes another unsettled one.
    public var contested: Bool

    public struct ClaimState: Hashable, Sendable, Codable {
        public var sequence: Int64
        public var date: LocalDate
        public var claimant: Party?
        public var assertion: String
        public var disputes: [Int64]
        public var statement: AttributedStatement?
        public var source: String?
        public var settled: Bool
    }

    public struct FindingState: Hashable, Sendable, Codable {
        public var sequence: Int64
        public var date: LocalDate
        public var conclusion: String
        public var settles: [Int64]
    }
}

/// A party's stance on a proposal or provision as of a day, with what it rests on.
public struct PositionCell: Hashable, Sendable, Codable, Tabular {
    public var party: Party
    /// Nil for the column of the proposal as a whole.
    public var provision: RecordName?
    /// The stance, when the current claims agree or a finding settled them.
    public var stance: Stance?
    public var contested: Bool
    /// The cell shows the answer given to the whole proposal: the provision was not answered alone.
    public var fromWholeProposal: Bool
    /// The party is one of the proposers; with no answer of its own it supports what it proposed.
    public var proposer: Bool
    public var conditions: [String]
    public var evidence: [PositionEvidence]

    public static let columns = [
        "party", "provision", "stance", "contested", "fromWholeProposal", "proposer", "conditions", "date", "statement", "source",
    ]
    public var cells: [String] {
        let latest = evidence.last
        return [party.text, provision?.text ?? "(whole proposal)", stance?.rawValue ?? "", String(contested), String(fromWholeProposal), String(proposer),
                conditions.joined(separator: "; "), latest?.date.description ?? "", latest?.statement?.text ?? "", latest?.source ?? ""]
    }
}

public struct PositionEvidence: Hashable, Sendable, Codable {
    public var sequence: Int64
    public var date: LocalDate
    public var stance: Stance
    public var basis: Basis
    public var claimant: Party?
    public var conditions: [String]
    public var statement: AttributedStatement?
    public var source: String?
}

public struct PositionMatrix: Hashable, Sendable, Codable {
    public var proposal: RecordName
    public var title: String
    public var dossier: RecordName
    public var asOf: LocalDate
    public var proposers: [Party]
    public var provisions: [Provision]
    public var parties: [Party]
    /// Row by row: each party's cell for the whole proposal, then one per provision.
    public var cells: [PositionCell]
}

/// One stance on an issue (a provision type) in one proposal, for the history of an issue across proposals.
public struct IssuePosition: Hashable, Sendable, Codable, Tabular {
    public var date: LocalDate
    public var proposal: RecordName
    public var provision: RecordName
    public var parameters: [String: JSONValue]
    public var party: Party
    public var stance: Stance
    public var basis: Basis
    public var fromWholeProposal: Bool
    public var conditions: [String]
    public var statement: AttributedStatement?
    public var source: String?
    public var sequence: Int64

    public static let columns = ["date", "proposal", "provision", "parameters", "party", "stance", "basis", "fromWholeProposal", "statement", "source"]
    public var cells: [String] {
        [date.description, proposal.text, provision.text, JSONValue.object(parameters).canonicalText, party.text, stance.rawValue,
         basis.rawValue, String(fromWholeProposal), statement?.text ?? "", source ?? ""]
    }
}

/// A resolution of the Board with its votes and the outcome under the charter's decision rule.
public struct ResolutionState: Hashable, Sendable, Codable {
    public enum Outcome: String, Hashable, Sendable, Codable {
        /// Voting is open; `wouldPass` tells what the votes so far would decide.
        case open
        case adopted
        case rejected
    }
    public var resolution: RecordName
    public var dossier: RecordName?
    public var title: String
    public var text: String
    public var asOf: LocalDate
    public var tabledOn: LocalDate
    public var votes: [CastVote]
    public var yes: Int
    public var no: Int
    public var abstentions: Int
    public var chairApprovedOn: LocalDate?
    public var votingClosedOn: LocalDate?
    public var rule: Charter.DecisionRule?
    public var wouldPass: Bool
    public var outcome: Outcome
    public var explanation: String

    public struct CastVote: Hashable, Sendable, Codable {
        public var state: StateCode
        public var choice: VoteChoice
        public var date: LocalDate
        public var author: String
    }
}

public struct PersonState: Hashable, Sendable, Codable {
    public var person: RecordName
    public var name: String
    public var asOf: LocalDate
    public var offices: [ProcessRecord.OfficeTerm]
    public var speaksFor: [Party]
}
