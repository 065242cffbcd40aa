import PeaceBoardCore
import PeaceBoardTestSupport

/// Builds a board history the way the ledger does: seal, check, apply.
struct BoardRecorder {
    var history = BoardHistory()
    var entries: [LedgerEntry] = []

    init(charter: Charter = .test) throws {
        try record(.charterAdopted(charter), on: charter.effectiveDate.description)
    }

    @discardableResult
    mutating func record(_ event: BoardEvent, on day: String, supersedes: Int64? = nil) throws -> LedgerEntry {
        var event = event
        if case .invitationIssued(var issued) = event {
            issued.invitation = history.nextInvitationID
            event = .invitationIssued(issued)
        }
        let draft = EntryDraft(
            effectiveDate: LocalDate(iso8601: day)!, author: "test", kind: event.kind, payload: event.payload,
            supersedes: supersedes)
        let entry = LedgerEntry(sealing: draft, after: history.head, recordedAt: Timestamp(canonical: "2026-01-01T00:00:00.000Z")!)
        if supersedes != nil {
            history = try BoardHistory(replaying: entries + [entry])
        } else {
            try history.apply(entry)
        }
        entries.append(entry)
        return entry
    }

    /// Issues an invitation to `state` and returns its id.
    @discardableResult
    mutating func invite(_ state: String, on day: String, deadline: String? = nil) throws -> InvitationID {
        let id = history.nextInvitationID
        try record(
            .invitationIssued(
                .init(invitation: id, state: StateCode(state)!, deadline: deadline.flatMap { LocalDate(iso8601: $0) })),
            on: day)
        return id
    }

    mutating func change(_ id: InvitationID, to status: InvitationStatus, on day: String) throws {
        try record(.invitationChanged(.init(invitation: id, status: status)), on: day)
    }

    /// Invites and accepts, returning the invitation id.
    @discardableResult
    mutating func admit(_ state: String, on day: String) throws -> InvitationID {
        let id = try invite(state, on: day)
        try change(id, to: .accepted, on: day)
        return id
    }

    mutating func pay(_ state: String, cents: Int64, currency: String = "USD", on day: String) throws {
        try record(
            .contributionPaid(
                .init(state: StateCode(state)!, amount: Money(minorUnits: cents, currency: CurrencyCode(currency)!), reference: "ref-\(day)")),
            on: day)
    }

    func standing(_ day: String) -> Standing { history.standing(asOf: LocalDate(iso8601: day)!) }

    func member(_ state: String, on day: String) -> Standing.MemberStanding? {
        standing(day).members.first { $0.state.rawValue == state }
    }
}

let billionCents: Int64 = 100_000_000_000
