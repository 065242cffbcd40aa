/// The Board as it stood on one day: the answer to "who was a member on 1 March, and on what terms?".
public struct Standing: Hashable, Sendable, Codable {
    public var asOf: LocalDate
    public var charter: CharterStanding
    public var chair: Officeholder?
    public var executiveBoard: [Officeholder]
    public var members: [MemberStanding]
    public var formerMembers: [MemberStanding]
    public var openInvitations: [InvitationStanding]
    public var declinedInvitations: [InvitationStanding]
    public var closedInvitations: [InvitationStanding]
    public var reportedInvitations: [ReportedInvitations]
    /// Contributions by states that were not members on that day (paid ahead of membership, say).
    public var contributionsFromNonMembers: [StateContributions]

    public struct CharterStanding: Hashable, Sendable, Codable {
        public var version: String?
        public var inForce: Bool
        public var inForceSince: LocalDate?
        public var acceptances: Int
        public var acceptancesRequired: Int?
    }

    public struct Officeholder: Hashable, Sendable, Codable {
        public var person: String
        public var office: String
        public var since: LocalDate
    }

    public struct MemberStanding: Hashable, Sendable, Codable {
        public enum Seat: String, Hashable, Sendable, Codable {
            case permanent, term, awaitingEntryIntoForce, termExpired, withdrawn
        }
        public var state: StateCode
        public var stateName: String
        public var seat: Seat
        public var invitation: InvitationID
        public var acceptedOn: LocalDate
        public var memberSince: LocalDate?
        public var termEnds: LocalDate?
        public var permanentSince: LocalDate?
        public var leftOn: LocalDate?
        public var contributions: ContributionTotals
    }

    public struct ContributionTotals: Hashable, Sendable, Codable {
        public var paid: [Money]
        public var pledged: [Money]
        /// Per calendar year, up to the standing's day.
        public var byYear: [YearTotals]
        /// Cash counted towards the permanent seat under the charter in force when membership began.
        public var paidTowardsPermanentSeat: Money?
        public var permanentSeatThreshold: Money?
    }

    public struct YearTotals: Hashable, Sendable, Codable {
        public var year: Int
        public var paid: [Money]
        public var pledged: [Money]
    }

    public struct StateContributions: Hashable, Sendable, Codable {
        public var state: StateCode
        public var stateName: String
        public var contributions: ContributionTotals
    }

    public struct InvitationStanding: Hashable, Sendable, Codable {
        public var id: InvitationID
        public var state: StateCode
        public var stateName: String
        public var status: InvitationStatus
        public var issuedOn: LocalDate
        public var changedOn: LocalDate
        public var addressee: Addressee?
        public var deadline: LocalDate?
        /// Open past its deadline without a recorded lapse.
        public var overdue: Bool
        public var statement: Statement?
        public var source: String?
    }

    public struct ReportedInvitations: Hashable, Sendable, Codable {
        public var approximateCount: Int
        public var reportedOn: LocalDate
        public var source: String?
    }
}

extension BoardHistory {
    public func standing(asOf day: LocalDate) -> Standing {
        let charterNow = charter(on: day)
        let inForceSince = entryIntoForce(asOf: day)
        var members: [Standing.MemberStanding] = []
        var former: [Standing.MemberStanding] = []
        var memberStates = Set<StateCode>()
        for state in memberships.keys.sorted() {
            guard let membership = memberships[state]?.last(where: { $0.acceptedOn <= day }),
                let status = status(of: membership, asOf: day)
            else { continue }
            let entry = memberStanding(membership, status: status, asOf: day)
            if status.isSeated || entry.seat == .awaitingEntryIntoForce {
                members.append(entry)
                memberStates.insert(state)
            } else {
                former.append(entry)
            }
        }
        var open: [Standing.InvitationStanding] = []
        var declined: [Standing.InvitationStanding] = []
        var closed: [Standing.InvitationStanding] = []
        for id in invitations.keys.sorted() {
            let invitation = invitations[id]!
            guard let change = invitation.change(asOf: day) else { continue }
            let entry = Standing.InvitationStanding(
                id: id, state: invitation.state, stateName: invitation.state.name, status: change.status,
                issuedOn: invitation.issuedOn, changedOn: change.date, addressee: invitation.addressee,
                deadline: invitation.deadline, overdue: change.status.isOpen && (invitation.deadline.map { day > $0 } ?? false),
                statement: change.statement, source: change.source)
            switch change.status {
            case .invited, .underReview: open.append(entry)
            case .declined: declined.append(entry)
            case .withdrawn, .lapsed: closed.append(entry)
            case .accepted: break
            }
        }
        let nonMembers = contributions.keys.sorted().filter { !memberStates.contains($0) }.compactMap {
            state -> Standing.StateContributions? in
            let totals = contributionTotals(of: state, asOf: day, memberSince: nil)
            guard !totals.paid.isEmpty || !totals.pledged.isEmpty else { return nil }
            return Standing.StateContributions(state: state, stateName: state.name, contributions: totals)
        }
        let chair = chairs.last { $0.date <= day }
        return Standing(
            asOf: day,
            charter: Standing.CharterStanding(
                version: charterNow?.version, inForce: inForceSince != nil, inForceSince: inForceSince,
                acceptances: acceptanceDays.filter { $0 <= day }.count,
                acceptancesRequired: charterNow?.entryIntoForce.acceptancesRequired),
            chair: chair.map { Standing.Officeholder(person: $0.value.person, office: "Chair", since: $0.date) },
            executiveBoard: executives.filter { $0.date <= day }.map {
                Standing.Officeholder(person: $0.value.person, office: $0.value.office, since: $0.date)
            },
            members: members, formerMembers: former, openInvitations: open, declinedInvitations: declined,
            closedInvitations: closed,
            reportedInvitations: reportedInvitations.filter { $0.date <= day }.map {
                Standing.ReportedInvitations(approximateCount: $0.value.approximateCount, reportedOn: $0.date, source: $0.source)
            },
            contributionsFromNonMembers: nonMembers)
    }

    private func memberStanding(_ membership: Membership, status: MembershipStatus, asOf day: LocalDate)
        -> Standing.MemberStanding
    {
        typealias Seat = Standing.MemberStanding.Seat
        let (seat, since, termEnds, permanentSince, leftOn): (Seat, LocalDate?, LocalDate?, LocalDate?, LocalDate?) =
            switch status {
            case .awaitingEntryIntoForce: (.awaitingEntryIntoForce, nil, nil, nil, nil)
            case .term(let since, let termEnds): (.term, since, termEnds, nil, nil)
            case .permanent(let since, let seatSince): (.permanent, since, nil, seatSince, nil)
            case .termExpired(let since, let ended): (.termExpired, since, ended, nil, ended.adding(days: 1))
            case .withdrawn(let since, let withdrawnOn): (.withdrawn, since, nil, nil, withdrawnOn)
            }
        return Standing.MemberStanding(
            state: membership.state, stateName: membership.state.name, seat: seat, invitation: membership.invitation,
            acceptedOn: membership.acceptedOn, memberSince: since, termEnds: termEnds, permanentSince: permanentSince,
            leftOn: leftOn, contributions: contributionTotals(of: membership.state, asOf: day, memberSince: since))
    }

    private func contributionTotals(of state: StateCode, asOf day: LocalDate, memberSince: LocalDate?)
        -> Standing.ContributionTotals
    {
        let book = contributions[state] ?? ContributionBook()
        let rule = memberSince.flatMap { charter(on: $0)?.permanentSeat }
        return Standing.ContributionTotals(
            paid: book.totals(book.paid, through: day), pledged: book.totals(book.pledged, through: day),
            byYear: book.yearlyTotals(through: day),
            paidTowardsPermanentSeat: rule.map { paidTowardsPermanentSeat(of: state, memberSince: memberSince!, rule: $0, asOf: day) },
            permanentSeatThreshold: rule?.threshold)
    }
}
