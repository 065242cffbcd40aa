import Foundation

extension BoardHistory {
    /// Checks an event dated `day` against the Board's rules and the record so far.
    public func check(_ event: BoardEvent, on day: LocalDate) throws(RecordError) {
        switch event {
        case .charterAdopted(let charter):
            if let problem = charter.problems.first { throw .invalid(FieldError(field: "charter.\(problem.field)", message: problem.message)) }
            guard charter.effectiveDate == day else {
                throw .invalid(FieldError(field: "effectiveDate", message: "must equal the charter's effective date \(charter.effectiveDate)"))
            }
            if charters.contains(where: { $0.version == charter.version }) {
                throw .conflict(field: "charter.version", message: "version '\(charter.version)' was already adopted")
            }
        case .chairAppointed(let appointment):
            try requireText(appointment.person, field: "person")
            if let current = chairs.last, case .appointedForLife = charter(on: day)?.chair {
                throw .conflict(field: "person", message: "\(current.value.person) is chair for life since \(current.date)")
            }
        case .executiveAppointed(let appointment):
            try requireText(appointment.person, field: "person")
            try requireText(appointment.office, field: "office")
        case .invitationIssued(let issued):
            try checkIssue(issued, on: day)
        case .invitationChanged(let change):
            try checkChange(change, on: day)
        case .invitationsReported(let report):
            guard report.approximateCount > 0 else {
                throw .invalid(FieldError(field: "approximateCount", message: "must be positive"))
            }
        case .membershipRenewed(let change):
            try checkRenewal(of: change.state, on: day)
        case .membershipWithdrawn(let change):
            guard let membership = latestMembership(of: change.state), membership.withdrawnOn == nil,
                membership.acceptedOn <= day
            else {
                throw .conflict(field: "state", message: "\(change.state) is not a member on \(day)")
            }
        case .contributionPledged(let contribution), .contributionPaid(let contribution):
            guard contribution.amount.minorUnits > 0 else {
                throw .invalid(FieldError(field: "amount.minorUnits", message: "must be positive"))
            }
            try requireText(contribution.reference, field: "reference")
        case .entryRetracted(let retraction):
            try requireText(retraction.reason, field: "reason")
        case .process(let fact):
            try process.check(fact, on: day) { state, day in isSeated(state, on: day) }
        }
    }

    private func checkIssue(_ issued: BoardEvent.InvitationIssued, on day: LocalDate) throws(RecordError) {
        guard invitations[issued.invitation] == nil else {
            throw .conflict(field: "invitation", message: "\(issued.invitation) already exists")
        }
        if let open = openInvitationByState[issued.state] {
            throw .conflict(field: "state", message: "\(issued.state) already has an open invitation, \(open)")
        }
        if let membership = latestMembership(of: issued.state), membership.withdrawnOn == nil {
            throw .conflict(field: "state", message: "\(issued.state) is already a member (accepted \(membership.acceptedOn))")
        }
        if let deadline = issued.deadline, deadline <= day {
            throw .invalid(FieldError(field: "deadline", message: "must be after the date of issue \(day)"))
        }
        if let addressee = issued.addressee { try requireText(addressee.name, field: "addressee.name") }
    }

    private func checkChange(_ change: BoardEvent.InvitationChange, on day: LocalDate) throws(RecordError) {
        guard let invitation = invitations[change.invitation] else {
            throw .notFound(field: "invitation", message: "there is no invitation \(change.invitation)")
        }
        let current = invitation.current
        if let refusal = current.status.refusal(movingTo: change.status) {
            throw .conflict(field: "status", message: refusal)
        }
        guard day >= current.date else {
            throw .invalid(
                FieldError(
                    field: "effectiveDate",
                    message: "\(day) is before the invitation's last change on \(current.date)"))
        }
        switch (change.status, invitation.deadline) {
        case (.lapsed, nil):
            throw .conflict(field: "status", message: "\(invitation.id) has no deadline, so it cannot lapse")
        case (.lapsed, let deadline?) where day <= deadline:
            throw .conflict(field: "effectiveDate", message: "\(invitation.id) does not lapse before its deadline \(deadline) has passed")
        case (.underReview, let deadline?), (.accepted, let deadline?), (.declined, let deadline?):
            if day > deadline {
                throw .conflict(field: "effectiveDate", message: "the deadline of \(invitation.id), \(deadline), has passed")
            }
        default:
            break
        }
    }

    private func checkRenewal(of state: StateCode, on day: LocalDate) throws(RecordError) {
        guard let membership = latestMembership(of: state), let status = status(of: membership, asOf: day) else {
            throw .conflict(field: "state", message: "\(state) is not a member on \(day)")
        }
        switch status {
        case .term:
            guard charter(on: day)?.term.renewable ?? false else {
                throw .conflict(field: "state", message: "the charter in force on \(day) does not allow renewing terms")
            }
        case .permanent:
            throw .conflict(field: "state", message: "\(state) holds a permanent seat; it has no term to renew")
        case .awaitingEntryIntoForce:
            throw .conflict(field: "state", message: "\(state)'s membership has not started: the charter is not in force")
        case .termExpired(_, let ended):
            throw .conflict(field: "effectiveDate", message: "\(state)'s term ended on \(ended); it can no longer be renewed")
        case .withdrawn(_, let withdrawn):
            throw .conflict(field: "state", message: "\(state) withdrew on \(withdrawn)")
        }
    }

    private func requireText(_ text: String, field: String) throws(RecordError) {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw .invalid(FieldError(field: field, message: "must not be empty"))
        }
    }
}
