/// One membership of a state, from the acceptance of an invitation to its end.
struct Membership: Hashable, Sendable, Codable {
    let invitation: InvitationID
    let state: StateCode
    let acceptedOn: LocalDate
    var renewals: [LocalDate] = []
    var withdrawnOn: LocalDate?
}

/// Where a member stands on a given day.
public enum MembershipStatus: Hashable, Sendable {
    /// Accepted, but the charter has not entered into force yet.
    case awaitingEntryIntoForce(acceptedOn: LocalDate)
    case term(since: LocalDate, termEnds: LocalDate)
    case permanent(since: LocalDate, seatSince: LocalDate)
    case termExpired(since: LocalDate, termEnded: LocalDate)
    case withdrawn(since: LocalDate, withdrawnOn: LocalDate)

    public var isSeated: Bool {
        switch self {
        case .term, .permanent: true
        case .awaitingEntryIntoForce, .termExpired, .withdrawn: false
        }
    }
}
