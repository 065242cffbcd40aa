import Foundation

extension ProcessRecord {
    /// Checks a fact dated `day` against the record so far; `isMember` answers from the Board's
    /// membership, which decides who may vote.
    func check(_ fact: ProcessFact, on day: LocalDate, isMember: (StateCode, LocalDate) -> Bool) throws(RecordError) {
        switch fact {
        case .catalogueAdopted(let catalogue):
            if let problem = catalogue.problems.first { throw .invalid(FieldError(field: problem.field, message: problem.message)) }
            guard catalogue.effectiveDate == day else {
                throw .invalid(FieldError(field: "effectiveDate", message: "must equal the catalogue's effective date \(catalogue.effectiveDate)"))
            }
            if catalogues.contains(where: { $0.version == catalogue.version }) {
                throw .conflict(field: "version", message: "provision catalogue version '\(catalogue.version)' was already adopted")
            }
        case .dossierOpened(let opened):
            guard dossiers[opened.dossier] == nil else { throw .conflict(field: "dossier", message: "dossier '\(opened.dossier)' already exists") }
            try requireText(opened.title, field: "title")
            guard !opened.parties.isEmpty else { throw .invalid(FieldError(field: "parties", message: "a dossier needs at least one party")) }
        case .dossierRoleAssigned(let assigned):
            try requireDossier(assigned.dossier, on: day)
        case .dossierStatusChanged(let change):
            try requireDossier(change.dossier, on: day)
        case .envoyAppointed(let envoy):
            try requireDossier(envoy.dossier, on: day)
            try requireText(envoy.name, field: "name")
            try requireText(envoy.title, field: "title")
        case .officeTaken(let taken):
            try requireText(taken.name, field: "name")
            try requireText(taken.office, field: "office")
            if let known = people[taken.person], known.name != taken.name {
                throw .conflict(field: "name", message: "person '\(taken.person)' is recorded as \(known.name)")
            }
            if people[taken.person]?.offices.contains(where: { $0.office == taken.office && $0.until == nil }) == true {
                throw .conflict(field: "office", message: "\(taken.person) already holds the office '\(taken.office)'")
            }
        case .officeLeft(let left):
            guard let term = people[left.person]?.offices.last(where: { $0.office == left.office && $0.until == nil }) else {
                throw .notFound(field: "office", message: "\(left.person) holds no office '\(left.office)'")
            }
            guard term.from <= day else {
                throw .invalid(FieldError(field: "effectiveDate", message: "is before the office was taken on \(term.from)"))
            }
        case .meetingPlanned(let planned):
            if let dossier = planned.dossier { try requireDossier(dossier, on: day) }
            try requireText(planned.title, field: "title")
            if let follows = planned.follows {
                guard follows != planned.meeting, meetings[follows] != nil else {
                    throw .notFound(field: "follows", message: "there is no earlier meeting '\(follows)'")
                }
            }
            if let start = planned.startDate, let end = planned.endDate, end < start {
                throw .invalid(FieldError(field: "endDate", message: "is before the start date \(start)"))
            }
        case .participationChanged(let participation):
            try requireMeeting(participation.meeting, on: day)
            for (index, condition) in (participation.conditions ?? []).enumerated() {
                try requireText(condition, field: "conditions[\(index)]")
            }
        case .meetingConcluded(let outcome):
            try requireMeeting(outcome.meeting, on: day)
            guard !outcome.outcomes.isEmpty else { throw .invalid(FieldError(field: "outcomes", message: "name at least one outcome")) }
        case .proposalTabled(let tabled):
            try checkProposal(tabled, on: day)
        case .responseRecorded(let response):
            try checkResponse(response, on: day)
        case .ceasefireChanged(let change):
            try requireDossier(change.dossier, on: day)
            if let proposal = change.proposal { try requireProposal(proposal, on: day) }
            if let days = change.terms?.days, days < 1 { throw .invalid(FieldError(field: "terms.days", message: "must be at least 1")) }
            try checkTransition(
                of: ceasefires[change.ceasefire], to: change.status, on: day, field: "status",
                status: { fact in if case .ceasefireChanged(let old) = fact { old.status } else { nil } },
                refusal: { $0.refusal(movingTo: $1) })
        case .sanctionChanged(let change):
            if let dossier = change.dossier { try requireDossier(dossier, on: day) }
            guard !change.by.isEmpty else { throw .invalid(FieldError(field: "by", message: "name who threatens, imposes or lifts")) }
            guard !change.on.isEmpty else { throw .invalid(FieldError(field: "on", message: "name who is sanctioned")) }
            try checkTransition(
                of: sanctions[change.sanction], to: change.status, on: day, field: "status",
                status: { fact in if case .sanctionChanged(let old) = fact { old.status } else { nil } },
                refusal: { $0.refusal(movingTo: $1) })
        case .mandateAdopted(let mandate):
            guard mandates[mandate.mandate] == nil else { throw .conflict(field: "mandate", message: "mandate '\(mandate.mandate)' already exists") }
            if let dossier = mandate.dossier { try requireDossier(dossier, on: day) }
            try requireText(mandate.summary, field: "summary")
            var seen = Set<StateCode>()
            for (field, states) in [("inFavour", mandate.inFavour), ("against", mandate.against), ("abstained", mandate.abstained)] {
                for state in states where !seen.insert(state).inserted {
                    throw .invalid(FieldError(field: field, message: "\(state) is listed more than once in the vote"))
                }
            }
        case .resolutionTabled(let tabled):
            guard resolutions[tabled.resolution] == nil else {
                throw .conflict(field: "resolution", message: "resolution '\(tabled.resolution)' already exists")
            }
            if let dossier = tabled.dossier { try requireDossier(dossier, on: day) }
            try requireText(tabled.title, field: "title")
            try requireText(tabled.text, field: "text")
        case .voteCast(let vote):
            let resolution = try requireOpenResolution(vote.resolution, on: day)
            guard isMember(vote.state, day) else {
                throw .conflict(field: "state", message: "\(vote.state) is not a member of the Board on \(day), so it cannot vote")
            }
            if resolution.facts.facts.contains(where: { if case .voteCast(let cast) = $0.fact { cast.state == vote.state } else { false } }) {
                throw .conflict(field: "state", message: "\(vote.state) has already voted on \(vote.resolution)")
            }
        case .resolutionApproved(let reference):
            let resolution = try requireResolution(reference.resolution, on: day)
            if resolution.facts.facts.contains(where: { if case .resolutionApproved = $0.fact { true } else { false } }) {
                throw .conflict(field: "resolution", message: "\(reference.resolution) was already approved by the chair")
            }
        case .votingClosed(let reference):
            _ = try requireOpenResolution(reference.resolution, on: day)
        case .reportIngested(let report):
            guard report.isWellFormedDigest else {
                throw .invalid(FieldError(field: "report", message: "must be the SHA-256 of the report, 64 lower-case hexadecimal digits"))
            }
            try requireText(report.name, field: "name")
            // Whether it was read before is asked of the store's index of reports, by the ledger.
        case .claimRecorded(let claim):
            try requireDossier(claim.dossier, on: day)
            try requireText(claim.assertion, field: "assertion")
            try requireClaims(claim.disputes ?? [], about: claim.dossier, claim.topic, field: "disputes")
        case .findingRecorded(let finding):
            try requireDossier(finding.dossier, on: day)
            try requireText(finding.conclusion, field: "conclusion")
            try requireClaims(finding.settles ?? [], about: finding.dossier, finding.topic, field: "settles")
        }
    }

    private func checkProposal(_ tabled: ProposalTabled, on day: LocalDate) throws(RecordError) {
        guard proposals[tabled.proposal] == nil else {
            throw .conflict(field: "proposal", message: "proposal '\(tabled.proposal)' already exists")
        }
        try requireDossier(tabled.dossier, on: day)
        try requireText(tabled.title, field: "title")
        guard !tabled.proposers.isEmpty else { throw .invalid(FieldError(field: "proposers", message: "name who proposes it")) }
        if let countered = tabled.counters { try requireProposal(countered, on: day, field: "counters") }
        guard !tabled.provisions.isEmpty else { return }
        guard let catalogue = currentCatalogue else {
            throw .conflict(field: "provisions", message: "no provision catalogue has been adopted")
        }
        var ids = Set<RecordName>()
        for (index, provision) in tabled.provisions.enumerated() {
            guard ids.insert(provision.id).inserted else {
                throw .invalid(FieldError(field: "provisions[\(index)].id", message: "'\(provision.id)' is used twice in this proposal"))
            }
            try catalogue.check(provision, field: "provisions[\(index)]")
        }
    }

    private func checkResponse(_ response: Response, on day: LocalDate) throws(RecordError) {
        let proposal = try requireProposal(response.proposal, on: day)
        if let provision = response.provision, !proposal.tabled.provisions.contains(where: { $0.id == provision }) {
            throw .notFound(
                field: "provision",
                message: "\(response.proposal) has no provision '\(provision)' (\(proposal.tabled.provisions.map(\.id.text).joined(separator: ", ")))")
        }
        let conditions = response.conditions ?? []
        switch response.stance {
        case .conditional:
            guard !conditions.isEmpty else {
                throw .invalid(FieldError(field: "conditions", message: "a conditional answer lists its conditions"))
            }
        default:
            guard conditions.isEmpty else {
                throw .invalid(FieldError(field: "conditions", message: "only a conditional answer has conditions"))
            }
        }
        for (index, condition) in conditions.enumerated() { try requireText(condition, field: "conditions[\(index)]") }
        if response.basis == .finding, response.claimant != nil {
            throw .invalid(FieldError(field: "claimant", message: "a finding is the secretariat's own; it has no claimant"))
        }
    }

    private func checkTransition<Status: RawRepresentable<String>>(
        of timeline: Timeline?, to next: Status, on day: LocalDate, field: String, status: (ProcessFact) -> Status?,
        refusal: (Status, Status) -> String?
    ) throws(RecordError) {
        guard let last = timeline?.facts.last else { return }
        guard last.date <= day else {
            throw .invalid(FieldError(field: "effectiveDate", message: "\(day) is before the last change on \(last.date)"))
        }
        if let current = status(last.fact), let message = refusal(current, next) {
            throw .conflict(field: field, message: message)
        }
    }

    /// A dossier may record background from before it was opened (a 2008 summit declaration),
    /// so only its existence is required.
    private func requireDossier(_ name: RecordName, on day: LocalDate) throws(RecordError) {
        guard dossiers[name] != nil else { throw .notFound(field: "dossier", message: "there is no dossier '\(name)'") }
    }

    private func requireMeeting(_ name: RecordName, on day: LocalDate) throws(RecordError) {
        guard let meeting = meetings[name] else { throw .notFound(field: "meeting", message: "there is no meeting '\(name)'") }
        guard meeting.plannedOn <= day else {
            throw .invalid(FieldError(field: "effectiveDate", message: "meeting '\(name)' was first recorded on \(meeting.plannedOn)"))
        }
    }

    @discardableResult
    private func requireProposal(_ name: RecordName, on day: LocalDate, field: String = "proposal") throws(RecordError) -> ProposalRecord {
        guard let proposal = proposals[name] else { throw .notFound(field: field, message: "there is no proposal '\(name)'") }
        guard proposal.fact.date <= day else {
            throw .invalid(FieldError(field: "effectiveDate", message: "proposal '\(name)' was tabled on \(proposal.fact.date)"))
        }
        return proposal
    }

    private func requireResolution(_ name: RecordName, on day: LocalDate) throws(RecordError) -> ResolutionRecord {
        guard let resolution = resolutions[name] else {
            throw .notFound(field: "resolution", message: "there is no resolution '\(name)'")
        }
        guard resolution.tabledOn <= day else {
            throw .invalid(FieldError(field: "effectiveDate", message: "resolution '\(name)' was tabled on \(resolution.tabledOn)"))
        }
        return resolution
    }

    private func requireOpenResolution(_ name: RecordName, on day: LocalDate) throws(RecordError) -> ResolutionRecord {
        let resolution = try requireResolution(name, on: day)
        if let closed = resolution.facts.facts.first(where: { if case .votingClosed = $0.fact { true } else { false } }) {
            throw .conflict(field: "resolution", message: "voting on \(name) closed on \(closed.date)")
        }
        return resolution
    }

    private func requireClaims(_ sequences: [Int64], about dossier: RecordName, _ topic: RecordName, field: String) throws(RecordError) {
        for (index, sequence) in sequences.enumerated() {
            guard let location = claims[sequence] else {
                throw .notFound(field: "\(field)[\(index)]", message: "entry \(sequence) is not a claim")
            }
            guard location.dossier == dossier, location.topic == topic else {
                throw .invalid(FieldError(field: "\(field)[\(index)]", message: "claim \(sequence) is about \(location.dossier)/\(location.topic)"))
            }
        }
    }

    private func requireText(_ text: String, field: String) throws(RecordError) {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw .invalid(FieldError(field: field, message: "must not be empty"))
        }
    }
}
