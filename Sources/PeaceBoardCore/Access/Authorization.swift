extension BoardHistory {
    /// Refuses an event that `principal`'s role may not record.
    ///
    /// The chair issues and withdraws invitations and renews terms; a delegate answers its own
    /// state's invitations and withdraws its own state; the secretariat records money,
    /// appointments, lapses and corrections (of anything but a charter, which only the chair
    /// amends); an observer only reads. In peace processes the secretariat records; a delegate
    /// answers proposals for its own state and casts its own state's vote; the chair tables and
    /// approves resolutions and adopts the provision catalogue.
    public func authorize(_ event: BoardEvent, correcting: Bool, by principal: Principal) throws(RecordError) {
        if principal.role == .secretariat && correcting && event.kind != .charterAdopted && event.kind != .catalogueAdopted { return }
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
        case (.process(let fact), let role):
            allowed = Self.mayRecord(fact, role: role)
        default:
            allowed = false
        }
        guard allowed else {
            throw .forbidden("a \(principal.role.name)\(principal.role.state.map { " of \($0)" } ?? "") may not record \(event.kind)")
        }
    }

    private static func mayRecord(_ fact: ProcessFact, role: Role) -> Bool {
        switch (fact, role) {
        case (.catalogueAdopted, .chair), (.resolutionApproved, .chair), (.resolutionTabled, .chair):
            return true
        case (.catalogueAdopted, _), (.resolutionApproved, _), (.voteCast, .secretariat), (.voteCast, .chair):
            return false
        case (.voteCast(let vote), .delegate(let state)):
            return vote.state == state
        case (.responseRecorded(let response), .delegate(let state)):
            // A delegation gives its own state's answer, in its own name.
            return response.party == .state(state) && (response.claimant == nil || response.claimant == .state(state))
                && response.basis != .finding
        case (_, .secretariat):
            return true
        default:
            return false
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
