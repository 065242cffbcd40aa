extension BoardHistory {
    /// Refuses an event that `principal`'s role may not record.
    ///
    /// The chair issues and withdraws invitations and renews terms; a delegate answers its own
    /// state's invitations and withdraws its own state; the secretariat records money,
    /// appointments, lapses and corrections (of anything but a charter, which only the chair
    /// amends); an observer only reads.
    public func authorize(_ event: BoardEvent, correcting: Bool, by principal: Principal) throws(RecordError) {
        if principal.role == .secretariat && correcting && event.kind != .charterAdopted { return }
        let allowed: Bool
        switch (event, principal.role) {
        case (_, .observer):
            allowed = false
        case (.charterAdopted, .chair), (.invitationIssued, .chair), (.membershipRenewed, .chair),
            (.executiveAppointed, .chair):
            allowed = true
        case (.chairAppointed, .secretariat), (.executiveAppointed, .secretariat), (.invitationsReported, .secretariat),
            (.contributionPledged, .secretariat), (.contributionPaid, .secretariat), (.entryRetracted, .secretariat):
            allowed = true
        case (.invitationChanged(let change), let role):
            allowed = mayChange(change, role: role)
        case (.membershipWithdrawn(let change), .delegate(let state)):
            allowed = change.state == state
        default:
            allowed = false
        }
        guard allowed else {
            throw .forbidden("a \(principal.role.name)\(principal.role.state.map { " of \($0)" } ?? "") may not record \(event.kind)")
        }
    }

    private func mayChange(_ change: BoardEvent.InvitationChange, role: Role) -> Bool {
        switch (change.status, role) {
        case (.withdrawn, .chair), (.lapsed, .chair), (.lapsed, .secretariat):
            return true
        case (.underReview, .delegate(let state)), (.accepted, .delegate(let state)), (.declined, .delegate(let state)):
            // An unknown invitation is reported as such by the rules, not hidden behind a 403.
            guard let invitation = invitations[change.invitation] else { return true }
            return invitation.state == state
        default:
            return false
        }
    }
}
