extension ProcessRecord {
    public var dossierNames: [RecordName] { dossiers.keys.sorted() }

    public func dossierSummaries(asOf day: LocalDate) -> [DossierSummary] {
        dossierNames.compactMap { name in
            guard let state = dossierState(name, asOf: day), let record = dossiers[name] else { return nil }
            return DossierSummary(
                dossier: name, title: state.title, openedOn: state.openedOn, status: state.status,
                parties: state.roles.filter { $0.role == .party }.map(\.party), facts: record.timeline.endIndex(through: day))
        }
    }

    /// The latest `limit` facts of a dossier dated after `since` (if given) and on or before `through`.
    public func timeline(_ name: RecordName, since: LocalDate? = nil, through: LocalDate, limit: Int) -> TimelinePage? {
        guard let record = dossiers[name] else { return nil }
        let window =
            since.map { record.timeline.between(after: $0, through: through) } ?? record.timeline.through(through)
        let listed = window.suffix(limit)
        return TimelinePage(
            dossier: name, since: since, through: through, total: window.count, truncated: listed.count < window.count,
            items: listed.map(item))
    }

    func item(_ recorded: RecordedFact) -> TimelineItem {
        TimelineItem(
            sequence: recorded.sequence, date: recorded.date, kind: recorded.fact.kind, summary: recorded.fact.summary,
            basis: recorded.basis, author: recorded.author, source: recorded.source,
            statement: attributed(recorded.fact.statement, on: recorded.date))
    }

    public func attributed(_ statement: Statement?, on day: LocalDate) -> AttributedStatement? {
        guard let statement else { return nil }
        return AttributedStatement(
            text: statement.text, speaker: statement.speaker, person: statement.person,
            speaksFor: statement.person.map { speaksFor($0, on: day) } ?? [])
    }

    /// The states and bodies a person spoke for on a day, by the offices they held.
    public func speaksFor(_ person: RecordName, on day: LocalDate) -> [Party] {
        var parties: [Party] = []
        for term in people[person]?.offices ?? [] where term.from <= day && (term.until.map { day < $0 } ?? true) {
            if !parties.contains(term.speaksFor) { parties.append(term.speaksFor) }
        }
        return parties
    }

    public func person(_ name: RecordName, asOf day: LocalDate) -> PersonState? {
        guard let person = people[name] else { return nil }
        return PersonState(
            person: name, name: person.name, asOf: day, offices: person.offices.filter { $0.from <= day },
            speaksFor: speaksFor(name, on: day))
    }

    /// The dossier as it stood on `day`, folded from its facts up to that day.
    public func dossierState(_ name: RecordName, asOf day: LocalDate) -> DossierState? {
        guard let record = dossiers[name] else { return nil }
        var state = DossierState(
            dossier: name, title: record.opened.title, asOf: day, openedOn: record.openedOn, status: .open, takenUpOn: [],
            roles: [], envoys: [], meetings: [], proposals: [], ceasefires: [], sanctions: [], mandates: [], resolutions: [], claims: [])
        func assign(_ party: Party, _ role: DossierRole, _ fact: RecordedFact) {
            if let index = state.roles.firstIndex(where: { $0.party == party && $0.role == role }) {
                state.roles[index].basis = fact.basis
            } else {
                state.roles.append(.init(party: party, role: role, since: fact.date, basis: fact.basis))
            }
        }
        var meetingNames: [RecordName] = []
        var ceasefireNames: [RecordName] = []
        var sanctionNames: [RecordName] = []
        var claimFacts: [RecordedFact] = []
        for fact in record.timeline.through(day) {
            switch fact.fact {
            case .dossierOpened(let opened):
                for party in opened.parties { assign(party, .party, fact) }
                for party in opened.mediators ?? [] { assign(party, .mediator, fact) }
                for party in opened.facilitators ?? [] { assign(party, .facilitator, fact) }
            case .dossierRoleAssigned(let assigned):
                assign(assigned.party, assigned.role, fact)
            case .dossierStatusChanged(let change):
                state.status = change.status
                if change.status == .active {
                    state.takenUpOn.append(fact.date)
                    state.scope = change.scope ?? state.scope
                }
            case .envoyAppointed(let envoy):
                state.envoys.append(
                    .init(person: envoy.person, name: envoy.name, title: envoy.title, appointedBy: envoy.appointedBy, appointedOn: fact.date,
                          source: fact.source))
            case .meetingPlanned(let planned):
                if !meetingNames.contains(planned.meeting) { meetingNames.append(planned.meeting) }
            case .proposalTabled(let tabled):
                state.proposals.append(
                    .init(proposal: tabled.proposal, title: tabled.title, kind: tabled.kind, tabledOn: fact.date, proposers: tabled.proposers,
                          provisions: tabled.provisions, counters: tabled.counters, supporters: [], source: fact.source))
            case .responseRecorded(let response):
                if response.provision == nil, let index = state.proposals.firstIndex(where: { $0.proposal == response.proposal }) {
                    var supporters = state.proposals[index].supporters.filter { $0 != response.party }
                    if response.stance == .supported || response.stance == .accepted { supporters.append(response.party) }
                    state.proposals[index].supporters = supporters
                }
            case .ceasefireChanged(let change):
                if !ceasefireNames.contains(change.ceasefire) { ceasefireNames.append(change.ceasefire) }
            case .sanctionChanged(let change):
                if !sanctionNames.contains(change.sanction) { sanctionNames.append(change.sanction) }
            case .mandateAdopted(let mandate):
                state.mandates.append(mandate)
            case .resolutionTabled(let tabled):
                state.resolutions.append(tabled.resolution)
            case .claimRecorded, .findingRecorded:
                claimFacts.append(fact)
            default:
                break
            }
        }
        state.meetings = meetingNames.compactMap { meeting($0, asOf: day) }
        state.ceasefires = ceasefireNames.compactMap { ceasefire($0, asOf: day) }
        state.sanctions = sanctionNames.compactMap { sanction($0, asOf: day) }
        state.claims = claimTopics(claimFacts, on: day)
        return state
    }

    /// The parties to a dossier on a day, from its role facts alone.
    func parties(of dossier: RecordName, asOf day: LocalDate) -> [Party] {
        var parties: [Party] = []
        for fact in dossiers[dossier]?.roleFacts.through(day) ?? [] {
            switch fact.fact {
            case .dossierOpened(let opened): parties += opened.parties.filter { !parties.contains($0) }
            case .dossierRoleAssigned(let assigned) where assigned.role == .party && !parties.contains(assigned.party): parties.append(assigned.party)
            default: break
            }
        }
        return parties
    }

    public func meeting(_ name: RecordName, asOf day: LocalDate) -> MeetingState? {
        guard let record = meetings[name], record.plannedOn <= day else { return nil }
        var planned = record.planned
        var participants: [MeetingState.ParticipantState] = []
        var outcomes: [MeetingOutcomeKind] = []
        var summary: String?
        for fact in record.facts.through(day) {
            switch fact.fact {
            case .meetingPlanned(let plan):
                planned = plan
            case .participationChanged(let participation):
                let participant = MeetingState.ParticipantState(
                    party: participation.party, status: participation.status, since: fact.date, conditions: participation.conditions ?? [],
                    by: participation.by ?? [], basis: fact.basis, statement: attributed(participation.statement, on: fact.date),
                    source: fact.source)
                // Offering to host is kept beside the party's own participation.
                if let index = participants.firstIndex(where: {
                    $0.party == participation.party && ($0.status == .offeredToHost) == (participation.status == .offeredToHost)
                }) {
                    participants[index] = participant
                } else {
                    participants.append(participant)
                }
            case .meetingConcluded(let outcome):
                outcomes = outcome.outcomes
                summary = outcome.summary ?? summary
            default:
                break
            }
        }
        return MeetingState(
            meeting: name, dossier: planned.dossier, format: planned.format, title: planned.title, organisers: planned.organisers ?? [],
            hostState: planned.hostState, city: planned.city, startDate: planned.startDate, endDate: planned.endDate,
            follows: planned.follows, participants: participants, outcomes: outcomes, outcomeSummary: summary)
    }

    func ceasefire(_ name: RecordName, asOf day: LocalDate) -> DossierState.CeasefireState? {
        var state: DossierState.CeasefireState?
        for fact in ceasefires[name]?.through(day) ?? [] {
            guard case .ceasefireChanged(let change) = fact.fact else { continue }
            let step = StatusStep(status: change.status, date: fact.date, sequence: fact.sequence, source: fact.source)
            if var current = state {
                current.status = change.status
                current.since = fact.date
                current.proposal = change.proposal ?? current.proposal
                current.parties = change.parties ?? current.parties
                current.terms = change.terms ?? current.terms
                current.monitors = change.monitors ?? current.monitors
                current.history.append(step)
                state = current
            } else {
                state = .init(
                    ceasefire: name, status: change.status, since: fact.date, proposal: change.proposal, parties: change.parties ?? [],
                    terms: change.terms, monitors: change.monitors ?? [], history: [step])
            }
        }
        return state
    }

    func sanction(_ name: RecordName, asOf day: LocalDate) -> DossierState.SanctionState? {
        var state: DossierState.SanctionState?
        for fact in sanctions[name]?.through(day) ?? [] {
            guard case .sanctionChanged(let change) = fact.fact else { continue }
            let step = StatusStep(status: change.status, date: fact.date, sequence: fact.sequence, source: fact.source)
            var history = state?.history ?? []
            history.append(step)
            state = .init(
                sanction: name, status: change.status, since: fact.date, by: change.by, on: change.on,
                trigger: change.trigger ?? state?.trigger, measures: change.measures ?? state?.measures, history: history)
        }
        return state
    }

    /// Claims grouped by topic, side by side; a topic is contested while an unsettled claim
    /// disputes another unsettled one.
    func claimTopics(_ facts: [RecordedFact], on day: LocalDate) -> [ClaimTopic] {
        var topics: [RecordName] = []
        var claimsByTopic: [RecordName: [ClaimTopic.ClaimState]] = [:]
        var disputes: [Int64: [Int64]] = [:]
        var findings: [RecordName: ClaimTopic.FindingState] = [:]
        for fact in facts {
            switch fact.fact {
            case .claimRecorded(let claim):
                if !topics.contains(claim.topic) { topics.append(claim.topic) }
                disputes[fact.sequence] = claim.disputes ?? []
                claimsByTopic[claim.topic, default: []].append(
                    .init(sequence: fact.sequence, date: fact.date, claimant: claim.claimant, assertion: claim.assertion,
                          disputes: claim.disputes ?? [], statement: attributed(claim.statement, on: fact.date), source: fact.source,
                          settled: false))
            case .findingRecorded(let finding):
                if !topics.contains(finding.topic) { topics.append(finding.topic) }
                let settles = finding.settles ?? (claimsByTopic[finding.topic] ?? []).map(\.sequence)
                findings[finding.topic] = .init(sequence: fact.sequence, date: fact.date, conclusion: finding.conclusion, settles: settles)
                claimsByTopic[finding.topic] = claimsByTopic[finding.topic]?.map { claim in
                    var claim = claim
                    if settles.contains(claim.sequence) { claim.settled = true }
                    return claim
                }
            default:
                break
            }
        }
        return topics.map { topic in
            let claims = claimsByTopic[topic] ?? []
            let open = Set(claims.filter { !$0.settled }.map(\.sequence))
            let contested = open.contains { (disputes[$0] ?? []).contains(where: open.contains) }
            return ClaimTopic(topic: topic, claims: claims, finding: findings[topic], contested: contested)
        }
    }

    public func proposal(_ name: RecordName, asOf day: LocalDate) -> DossierState.ProposalState? {
        guard let record = proposals[name], record.fact.date <= day else { return nil }
        var supporters: [Party] = []
        for fact in record.responses.through(day) {
            guard case .responseRecorded(let response) = fact.fact, response.provision == nil else { continue }
            supporters.removeAll { $0 == response.party }
            if response.stance == .supported || response.stance == .accepted { supporters.append(response.party) }
        }
        let tabled = record.tabled
        return .init(
            proposal: name, title: tabled.title, kind: tabled.kind, tabledOn: record.fact.date, proposers: tabled.proposers,
            provisions: tabled.provisions, counters: tabled.counters, supporters: supporters, source: record.fact.source)
    }

    /// Parties × (whole proposal + provisions), each cell the stance as of `day`.
    public func positions(_ name: RecordName, asOf day: LocalDate) -> PositionMatrix? {
        guard let record = proposals[name], record.fact.date <= day else { return nil }
        let tabled = record.tabled
        var parties: [Party] = tabled.proposers
        for party in self.parties(of: tabled.dossier, asOf: day) where !parties.contains(party) { parties.append(party) }
        var tracks: [CellKey: CellTrack] = [:]
        for proposer in tabled.proposers {
            tracks[CellKey(party: proposer, provision: nil), default: CellTrack()].add(
                PositionEvidence(
                    sequence: record.fact.sequence, date: record.fact.date, stance: .supported, basis: record.fact.basis,
                    claimant: tabled.claimant, conditions: [], statement: attributed(tabled.statement, on: record.fact.date),
                    source: record.fact.source))
        }
        for fact in record.responses.through(day) {
            guard case .responseRecorded(let response) = fact.fact else { continue }
            if !parties.contains(response.party) { parties.append(response.party) }
            tracks[CellKey(party: response.party, provision: response.provision), default: CellTrack()].add(
                evidence(response, fact))
        }
        var cells: [PositionCell] = []
        for party in parties {
            let whole = tracks[CellKey(party: party, provision: nil)]
            let proposer = tabled.proposers.contains(party)
            cells.append(cell(party: party, provision: nil, own: whole, whole: nil, proposer: proposer))
            for provision in tabled.provisions {
                cells.append(
                    cell(party: party, provision: provision.id, own: tracks[CellKey(party: party, provision: provision.id)], whole: whole,
                         proposer: proposer))
            }
        }
        return PositionMatrix(
            proposal: name, title: tabled.title, dossier: tabled.dossier, asOf: day, proposers: tabled.proposers,
            provisions: tabled.provisions, parties: parties, cells: cells)
    }

    /// Every stance on provisions of one catalogue type, across proposals, in date order.
    public func positions(onIssue type: RecordName, dossier: RecordName?, asOf day: LocalDate) -> [IssuePosition] {
        var positions: [IssuePosition] = []
        for record in proposals.values where dossier == nil || record.tabled.dossier == dossier {
            let matching = record.tabled.provisions.filter { $0.type == type }
            guard !matching.isEmpty, record.fact.date <= day else { continue }
            for fact in record.responses.through(day) {
                guard case .responseRecorded(let response) = fact.fact else { continue }
                for provision in matching where response.provision == nil || response.provision == provision.id {
                    positions.append(
                        IssuePosition(
                            date: fact.date, proposal: record.tabled.proposal, provision: provision.id, parameters: provision.parameters,
                            party: response.party, stance: response.stance, basis: fact.basis, fromWholeProposal: response.provision == nil,
                            conditions: response.conditions ?? [], statement: attributed(response.statement, on: fact.date),
                            source: fact.source, sequence: fact.sequence))
                }
            }
        }
        return positions.sorted { ($0.date, $0.sequence, $0.provision) < ($1.date, $1.sequence, $1.provision) }
    }

    private struct CellKey: Hashable {
        var party: Party
        var provision: RecordName?
    }

    /// The answers to one cell: since the last finding, the latest of each speaker.
    private struct CellTrack {
        var finding: PositionEvidence?
        var current: [PositionEvidence] = []

        mutating func add(_ evidence: PositionEvidence) {
            if evidence.basis == .finding {
                finding = evidence
                current = []
            } else {
                let speaker = evidence.claimant
                current.removeAll { $0.claimant == speaker }
                current.append(evidence)
            }
        }
    }

    private func evidence(_ response: Response, _ fact: RecordedFact) -> PositionEvidence {
        PositionEvidence(
            sequence: fact.sequence, date: fact.date, stance: response.stance, basis: fact.basis, claimant: response.claimant,
            conditions: response.conditions ?? [], statement: attributed(response.statement, on: fact.date), source: fact.source)
    }

    private func cell(party: Party, provision: RecordName?, own: CellTrack?, whole: CellTrack?, proposer: Bool) -> PositionCell {
        let track = own ?? whole
        let fromWhole = own == nil && whole != nil && provision != nil
        var evidence = track.map { ($0.finding.map { [$0] } ?? []) + $0.current } ?? []
        evidence.sort { ($0.date, $0.sequence) < ($1.date, $1.sequence) }
        let stances = Set(track?.current.map(\.stance) ?? [])
        let stance: Stance? = stances.count == 1 ? stances.first : (stances.isEmpty ? track?.finding?.stance : nil)
        let deciding = track?.current.last ?? track?.finding
        return PositionCell(
            party: party, provision: provision, stance: stance, contested: stances.count > 1, fromWholeProposal: fromWhole,
            proposer: proposer, conditions: stance == .conditional ? deciding?.conditions ?? [] : [], evidence: evidence)
    }

    /// A resolution's votes and outcome as of `day`, judged by `rule` (the charter in force when voting closed).
    public func resolution(_ name: RecordName, asOf day: LocalDate, rule: (LocalDate) -> Charter.DecisionRule?) -> ResolutionState? {
        guard let record = resolutions[name], record.tabledOn <= day else { return nil }
        var votes: [ResolutionState.CastVote] = []
        var approvedOn: LocalDate?
        var closedOn: LocalDate?
        for fact in record.facts.through(day) {
            switch fact.fact {
            case .voteCast(let vote): votes.append(.init(state: vote.state, choice: vote.choice, date: fact.date, author: fact.author))
            case .resolutionApproved: approvedOn = fact.date
            case .votingClosed: closedOn = fact.date
            default: break
            }
        }
        let yes = votes.count { $0.choice == .yes }
        let no = votes.count { $0.choice == .no }
        let abstentions = votes.count { $0.choice == .abstain }
        let decisionRule = rule(closedOn ?? day)
        let decision = decisionRule?.decide(yes: yes, no: no, abstentions: abstentions, chairApproved: approvedOn != nil)
            ?? (passes: false, explanation: "no charter decision rule is in force")
        let outcome: ResolutionState.Outcome = closedOn == nil ? .open : decision.passes ? .adopted : .rejected
        return ResolutionState(
            resolution: name, dossier: record.tabled.dossier, title: record.tabled.title, text: record.tabled.text, asOf: day,
            tabledOn: record.tabledOn, votes: votes, yes: yes, no: no, abstentions: abstentions, chairApprovedOn: approvedOn,
            votingClosedOn: closedOn, rule: decisionRule, wouldPass: decision.passes, outcome: outcome, explanation: decision.explanation)
    }

    public func mandate(_ name: RecordName) -> (Mandate, RecordedFact)? {
        guard let fact = mandates[name], case .mandateAdopted(let mandate) = fact.fact else { return nil }
        return (mandate, fact)
    }
}
