/// A fact with the day it took effect and where it comes from.
struct Dated<Value: Hashable & Sendable & Codable>: Hashable, Sendable, Codable {
    let date: LocalDate
    let value: Value
    let source: String?
}

/// Everything the ledger has recorded about the Board, indexed by date so that the standing
/// on any day is computed from timelines rather than by replaying the ledger.
///
/// Built by applying entries in sequence order. `apply` checks the Board's rules first and
/// changes nothing when an entry breaks them.
public struct BoardHistory: Sendable {
    public internal(set) var head: ChainHead?
    /// Charter versions ordered by effective date.
    public internal(set) var charters: [Charter] = []
    var chairs: [Dated<BoardEvent.ChairAppointment>] = []
    var executives: [Dated<BoardEvent.ExecutiveAppointment>] = []
    public internal(set) var invitations: [InvitationID: InvitationRecord] = [:]
    var openInvitationByState: [StateCode: InvitationID] = [:]
    var memberships: [StateCode: [Membership]] = [:]
    var acceptanceDays: [LocalDate] = []
    var contributions: [StateCode: ContributionBook] = [:]
    var reportedInvitations: [Dated<BoardEvent.InvitationsReported>] = []
    var highestInvitationNumber = 0
    /// Kind of every entry by sequence (index = sequence - 1), for checking corrections; kept
    /// as small codes into `kindNames` so that a million entries cost two bytes each.
    var entryKindCodes: [UInt16] = []
    var kindNames: [EntryKind] = []
    var kindCodes: [EntryKind: UInt16] = [:]
    var supersededSequences: Set<Int64> = []
    /// Dossiers, meetings, proposals, responses, votes and claims.
    public internal(set) var process = ProcessRecord()

    public init() {}

    /// Replays a whole ledger, honouring corrections: a superseded entry is skipped and a
    /// retraction removes its target.
    public init(replaying entries: some Sequence<LedgerEntry>) throws(RecordError) {
        let all = Array(entries)
        var superseded = Set<Int64>()
        for entry in all { if let target = entry.supersedes { superseded.insert(target) } }
        self.init()
        for entry in all {
            try apply(entry, skippingEffects: superseded.contains(entry.sequence))
        }
    }

    public var nextInvitationID: InvitationID { InvitationID(number: highestInvitationNumber + 1) }

    /// Whether a later entry corrected or retracted entry `sequence`.
    public func isSuperseded(_ sequence: Int64) -> Bool { supersededSequences.contains(sequence) }

    public func invitation(_ id: InvitationID) -> InvitationRecord? { invitations[id] }

    /// The charter version in force on `day`.
    public func charter(on day: LocalDate) -> Charter? {
        charters.last { $0.effectiveDate <= day }
    }

    /// Applies the next entry of the chain after checking it against the Board's rules.
    ///
    /// An entry that corrects another (`supersedes`) is refused here: corrections change the
    /// past, so the caller replays the whole ledger with `init(replaying:)` instead.
    public mutating func apply(_ entry: LedgerEntry) throws(RecordError) {
        try apply(DecodedEntry(entry))
    }

    /// Applies an entry whose payload was already read (replays read payloads in parallel).
    public mutating func apply(_ decoded: DecodedEntry) throws(RecordError) {
        guard decoded.entry.supersedes == nil else {
            throw .conflict(field: "supersedes", message: "a correction is applied by replaying the ledger")
        }
        try apply(decoded.entry, event: try decoded.event.get(), skippingEffects: false)
    }

    private mutating func apply(_ entry: LedgerEntry, skippingEffects: Bool) throws(RecordError) {
        try apply(entry, event: skippingEffects ? nil : try Self.event(of: entry), skippingEffects: skippingEffects)
    }

    private mutating func apply(_ entry: LedgerEntry, event: BoardEvent?, skippingEffects: Bool) throws(RecordError) {
        let expected = (head?.sequence ?? 0) + 1
        guard entry.sequence == expected else {
            throw .conflict(field: "sequence", message: "expected entry \(expected), got \(entry.sequence)")
        }
        guard entry.previousHash == (head?.hash ?? ChainHead.genesisHash) else {
            throw .conflict(field: "previousHash", message: "entry \(entry.sequence) does not link to the entry before it")
        }
        if let target = entry.supersedes {
            try checkCorrection(of: target, by: entry.kind)
        }
        if !skippingEffects, let event {
            try check(event, on: entry.effectiveDate)
            record(event, entry: entry)
        }
        entryKindCodes.append(code(for: entry.kind))
        if let target = entry.supersedes { supersededSequences.insert(target) }
        head = entry.head
    }

    /// An entry with its payload read as a board fact (nil for kinds the board does not interpret).
    public struct DecodedEntry: Sendable {
        public let entry: LedgerEntry
        let event: Result<BoardEvent?, RecordError>

        /// An entry sealed from `event` by this process: its payload is that event's.
        public init(_ entry: LedgerEntry, sealedFrom event: BoardEvent) {
            self.entry = entry
            self.event = .success(event)
        }

        /// An entry read back from the store, which checked it when it was appended: a report's
        /// findings are not read again, since the history keeps nothing of them.
        public init(stored entry: LedgerEntry) {
            if entry.kind == .reportIngested {
                self.init(entry, event: .success(nil))
            } else {
                self.init(entry)
            }
        }

        private init(_ entry: LedgerEntry, event: Result<BoardEvent?, RecordError>) {
            self.entry = entry
            self.event = event
        }

        public init(_ entry: LedgerEntry) {
            self.entry = entry
            do throws(RecordError) {
                self.event = .success(try BoardHistory.event(of: entry))
            } catch {
                self.event = .failure(error)
            }
        }
    }

    static func event(of entry: LedgerEntry) throws(RecordError) -> BoardEvent? {
        do {
            return try BoardEvent(kind: entry.kind, payloadText: entry.payloadText)
        } catch let error as FieldError {
            throw .invalid(FieldError(field: "payload.\(error.field)", message: error.message))
        } catch {
            throw .invalid(FieldError(field: "payload", message: "does not fit kind \(entry.kind): \(error)"))
        }
    }

    private func checkCorrection(of target: Int64, by kind: EntryKind) throws(RecordError) {
        guard target >= 1, target <= Int64(entryKindCodes.count) else {
            throw .notFound(field: "supersedes", message: "there is no entry \(target) to correct")
        }
        guard !supersededSequences.contains(target) else {
            throw .conflict(field: "supersedes", message: "entry \(target) was already corrected or retracted")
        }
        let targetKind = kindNames[Int(entryKindCodes[Int(target - 1)])]
        guard targetKind != .entryRetracted else {
            throw .conflict(field: "supersedes", message: "entry \(target) is a retraction and cannot be corrected")
        }
        guard kind == targetKind || kind == .entryRetracted else {
            throw .invalid(
                FieldError(field: "kind", message: "a correction of a \(targetKind) entry must be a \(targetKind) entry"))
        }
    }

    private mutating func record(_ event: BoardEvent, entry: LedgerEntry) {
        let day = entry.effectiveDate
        switch event {
        case .charterAdopted(let charter):
            charters.append(charter)
            charters.sort { $0.effectiveDate < $1.effectiveDate }
        case .chairAppointed(let appointment):
            chairs.append(Dated(date: day, value: appointment, source: entry.source))
            chairs.sort { $0.date < $1.date }
        case .executiveAppointed(let appointment):
            executives.append(Dated(date: day, value: appointment, source: entry.source))
        case .invitationIssued(let issued):
            invitations[issued.invitation] = InvitationRecord(issued: issued, entry: entry)
            openInvitationByState[issued.state] = issued.invitation
            highestInvitationNumber = max(highestInvitationNumber, issued.invitation.number ?? 0)
        case .invitationChanged(let change):
            guard var invitation = invitations[change.invitation] else { return }
            invitation.append(
                InvitationRecord.Change(
                    status: change.status, date: day, sequence: entry.sequence, author: entry.author,
                    statement: change.statement, source: entry.source))
            invitations[change.invitation] = invitation
            if !change.status.isOpen { openInvitationByState[invitation.state] = nil }
            if change.status == .accepted {
                memberships[invitation.state, default: []].append(
                    Membership(invitation: invitation.id, state: invitation.state, acceptedOn: day))
                acceptanceDays.append(day)
                acceptanceDays.sort()
            }
        case .invitationsReported(let report):
            reportedInvitations.append(Dated(date: day, value: report, source: entry.source))
        case .membershipRenewed(let change):
            modifyLatestMembership(of: change.state) { $0.renewals.append(day) }
        case .membershipWithdrawn(let change):
            modifyLatestMembership(of: change.state) { $0.withdrawnOn = day }
        case .contributionPledged(let contribution):
            contributions[contribution.state, default: ContributionBook()]
                .pledged[contribution.amount.currency, default: DatedAmounts()]
                .insert(day: day.dayNumber, amount: contribution.amount.minorUnits)
        case .contributionPaid(let contribution):
            contributions[contribution.state, default: ContributionBook()]
                .paid[contribution.amount.currency, default: DatedAmounts()]
                .insert(day: day.dayNumber, amount: contribution.amount.minorUnits)
        case .entryRetracted:
            break
        case .process(let fact):
            process.record(
                RecordedFact(sequence: entry.sequence, date: day, author: entry.author, source: entry.source, fact: fact))
        }
    }

    private mutating func code(for kind: EntryKind) -> UInt16 {
        if let code = kindCodes[kind] { return code }
        let code = UInt16(clamping: kindNames.count)
        kindNames.append(kind)
        kindCodes[kind] = code
        return code
    }

    private mutating func modifyLatestMembership(of state: StateCode, _ change: (inout Membership) -> Void) {
        guard var list = memberships[state], !list.isEmpty else { return }
        change(&list[list.count - 1])
        memberships[state] = list
    }

    func latestMembership(of state: StateCode) -> Membership? {
        memberships[state]?.last
    }
}
