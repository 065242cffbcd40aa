extension BoardHistory {
    /// The day the charter entered into force, if it had by `day`: the day of the acceptance
    /// that brought the count up to what the charter then in force requires.
    public func entryIntoForce(asOf day: LocalDate) -> LocalDate? {
        for (index, accepted) in acceptanceDays.enumerated() where accepted <= day {
            guard let charter = charter(on: accepted) else { continue }
            if index + 1 >= charter.entryIntoForce.acceptancesRequired { return accepted }
        }
        return nil
    }

    /// Whether `state` holds a seat (term or permanent) on `day`: who may vote on resolutions.
    public func isSeated(_ state: StateCode, on day: LocalDate) -> Bool {
        guard let membership = latestMembership(of: state) else { return false }
        switch status(of: membership, asOf: day) {
        case .term?, .permanent?: return true
        default: return false
        }
    }

    /// Where a membership stands on `day`; nil before its acceptance.
    func status(of membership: Membership, asOf day: LocalDate) -> MembershipStatus? {
        guard membership.acceptedOn <= day else { return nil }
        let inForce = entryIntoForce(asOf: day)
        let since = inForce.map { max($0, membership.acceptedOn) }
        if let withdrawn = membership.withdrawnOn, withdrawn <= day {
            return .withdrawn(since: since ?? membership.acceptedOn, withdrawnOn: withdrawn)
        }
        guard let since, since <= day, let charter = charter(on: since) ?? charters.first else {
            return .awaitingEntryIntoForce(acceptedOn: membership.acceptedOn)
        }
        if let seatDay = permanentSeatDay(of: membership.state, memberSince: since, rule: charter.permanentSeat, asOf: day) {
            // Money paid ahead counts, but the seat itself starts with the membership.
            return .permanent(since: since, seatSince: max(seatDay, since))
        }
        var termEndsExclusive = since.adding(years: charter.term.years)
        for renewal in membership.renewals.sorted() where renewal <= day && renewal < termEndsExclusive {
            let years = (self.charter(on: renewal) ?? charter).term.years
            termEndsExclusive = termEndsExclusive.adding(years: years)
        }
        if day >= termEndsExclusive {
            return .termExpired(since: since, termEnded: termEndsExclusive.adding(days: -1))
        }
        return .term(since: since, termEnds: termEndsExclusive.adding(days: -1))
    }

    /// The day a member's cash payments within the charter's window first reached the
    /// permanent-seat threshold, if they had by `day`.
    func permanentSeatDay(
        of state: StateCode, memberSince: LocalDate, rule: Charter.PermanentSeatRule?, asOf day: LocalDate
    ) -> LocalDate? {
        guard let rule, let payments = contributions[state]?.paid[rule.threshold.currency] else { return nil }
        let windowStart = rule.countsPaymentsBeforeMembership ? Int.min / 2 : memberSince.dayNumber
        let windowLast = memberSince.adding(years: rule.windowYears).dayNumber - 1
        return payments.dayReaching(rule.threshold.minorUnits, from: windowStart, through: min(windowLast, day.dayNumber))
            .map(LocalDate.init(dayNumber:))
    }

    /// Cash counted towards the permanent seat by `day`, in the threshold's currency.
    func paidTowardsPermanentSeat(of state: StateCode, memberSince: LocalDate, rule: Charter.PermanentSeatRule, asOf day: LocalDate)
        -> Money
    {
        let windowStart = rule.countsPaymentsBeforeMembership ? Int.min / 2 : memberSince.dayNumber
        let windowLast = memberSince.adding(years: rule.windowYears).dayNumber - 1
        let total = contributions[state]?.paid[rule.threshold.currency]?
            .total(from: windowStart, through: min(windowLast, day.dayNumber)) ?? 0
        return Money(minorUnits: total, currency: rule.threshold.currency)
    }
}
