extension ProcessFact {
    /// One line saying what the fact records, for timelines and lists of changes.
    public var summary: String {
        func list(_ parties: [Party]?) -> String { (parties ?? []).map(\.text).joined(separator: ", ") }
        func claimed(_ claimant: Party?) -> String { claimant.map { " (according to \($0))" } ?? "" }
        switch self {
        case .catalogueAdopted(let catalogue):
            return "provision catalogue \(catalogue.version) adopted (\(catalogue.types.count) types)"
        case .dossierOpened(let opened):
            return "dossier \(opened.dossier) opened: \(opened.title); parties \(list(opened.parties))"
        case .dossierRoleAssigned(let assigned):
            return "\(assigned.party) is \(assigned.role.rawValue) in \(assigned.dossier)\(claimed(assigned.claimant))"
        case .dossierStatusChanged(let change):
            return "dossier \(change.dossier) is \(change.status.rawValue)\(change.scope.map { ": \($0)" } ?? "")"
        case .envoyAppointed(let envoy):
            return "\(envoy.appointedBy) appointed \(envoy.name) as \(envoy.title)"
        case .officeTaken(let taken):
            return "\(taken.name) took office as \(taken.office), speaking for \(taken.speaksFor)"
        case .officeLeft(let left):
            return "\(left.person) left office as \(left.office)"
        case .meetingPlanned(let planned):
            let place = [planned.city, planned.hostState?.rawValue].compactMap { $0 }.joined(separator: ", ")
            let date = planned.startDate.map { " on \($0)" } ?? ""
            return "\(planned.format.rawValue) \(planned.meeting) planned: \(planned.title)\(place.isEmpty ? "" : " in \(place)")\(date)"
        case .participationChanged(let participation):
            let by = participation.by.map { $0.isEmpty ? "" : " (by \(list($0)))" } ?? ""
            let conditions = participation.conditions.map { $0.isEmpty ? "" : " on condition: \($0.joined(separator: "; "))" } ?? ""
            return "\(participation.party) \(participation.status.rawValue) for \(participation.meeting)\(by)\(conditions)\(claimed(participation.claimant))"
        case .meetingConcluded(let outcome):
            return "\(outcome.meeting) concluded: \(outcome.outcomes.map(\.rawValue).joined(separator: ", "))"
        case .proposalTabled(let tabled):
            let provisions = tabled.provisions.map(\.type.text).joined(separator: ", ")
            return "\(list(tabled.proposers)) proposed \(tabled.title)\(provisions.isEmpty ? "" : " [\(provisions)]")\(tabled.counters.map { ", countering \($0)" } ?? "")\(claimed(tabled.claimant))"
        case .responseRecorded(let response):
            let target = response.provision.map { "\(response.proposal)/\($0)" } ?? response.proposal.text
            let conditions = response.conditions.map { $0.isEmpty ? "" : " on condition: \($0.joined(separator: "; "))" } ?? ""
            return "\(response.party) \(response.stance.rawValue) \(target)\(conditions)\(response.basis == .finding ? " (finding)" : claimed(response.claimant))"
        case .ceasefireChanged(let change):
            return "ceasefire \(change.ceasefire) \(change.status.rawValue)\(change.terms?.days.map { " (\($0) days)" } ?? "")\(claimed(change.claimant))"
        case .sanctionChanged(let change):
            return "sanctions \(change.sanction) \(change.status.rawValue) by \(list(change.by)) on \(list(change.on))\(change.trigger.map { " (trigger: \($0))" } ?? "")"
        case .mandateAdopted(let mandate):
            return "\(mandate.body) adopted mandate \(mandate.mandate): \(mandate.inFavour.count) for, \(mandate.against.count) against, \(mandate.abstained.count) abstaining"
        case .resolutionTabled(let tabled):
            return "resolution \(tabled.resolution) tabled: \(tabled.title)"
        case .voteCast(let vote):
            return "\(vote.state) voted \(vote.choice.rawValue) on \(vote.resolution)"
        case .resolutionApproved(let reference):
            return "the chair approved \(reference.resolution)"
        case .votingClosed(let reference):
            return "voting on \(reference.resolution) closed"
        case .claimRecorded(let claim):
            let disputes = (claim.disputes ?? []).map { "#\($0)" }.joined(separator: ", ")
            return "\(claim.claimant?.text ?? "the source") claims (\(claim.topic)): \(claim.assertion)\(disputes.isEmpty ? "" : ", disputing \(disputes)")"
        case .findingRecorded(let finding):
            return "finding on \(finding.topic): \(finding.conclusion)"
        case .reportIngested(let report):
            return "report \(report.name) read (\(report.report.prefix(12)))"
        }
    }
}
