import PeaceBoardCore

/// A dossier for reading in a terminal.
enum DossierText {
    static func render(_ state: DossierState) -> String {
        var lines = ["\(state.title) (\(state.dossier)) as of \(state.asOf): \(state.status.rawValue), opened \(state.openedOn)"]
        if !state.takenUpOn.isEmpty {
            lines.append("taken up by the Board: \(state.takenUpOn.map(\.description).joined(separator: ", "))\(state.scope.map { " — \($0)" } ?? "")")
        }
        for role in DossierRole.allCases {
            let holders = state.roles.filter { $0.role == role }
            if !holders.isEmpty { lines.append("\(role == .party ? "parties" : role.rawValue + "s"): \(holders.map { "\($0.party)\($0.basis == .claim ? " (claimed)" : "")" }.joined(separator: ", "))") }
        }
        for envoy in state.envoys { lines.append("envoy: \(envoy.name), \(envoy.title), appointed by \(envoy.appointedBy) on \(envoy.appointedOn)") }
        if !state.proposals.isEmpty { lines.append("\nproposals:") }
        for proposal in state.proposals {
            lines.append("  \(proposal.tabledOn)  \(proposal.proposal): \(proposal.title) — by \(proposal.proposers.map(\.text).joined(separator: ", "))")
            for provision in proposal.provisions {
                lines.append("      · \(provision.id) (\(provision.type)) \(provision.parameters.isEmpty ? "" : JSONValue.object(provision.parameters).canonicalText)")
            }
            if !proposal.supporters.isEmpty { lines.append("      supported by \(proposal.supporters.map(\.text).joined(separator: ", "))") }
        }
        if !state.meetings.isEmpty { lines.append("\nmeetings:") }
        for meeting in state.meetings {
            let place = [meeting.city, meeting.hostState?.rawValue].compactMap { $0 }.joined(separator: ", ")
            lines.append("  \(meeting.meeting): \(meeting.title) \(place.isEmpty ? "" : "in \(place) ")\(meeting.startDate.map { "on \($0)" } ?? "")")
            for participant in meeting.participants {
                lines.append("      \(participant.party) \(participant.status.rawValue)\(participant.by.isEmpty ? "" : " by \(participant.by.map(\.text).joined(separator: ", "))")\(participant.conditions.isEmpty ? "" : " — conditions: \(participant.conditions.joined(separator: "; "))")")
            }
            if !meeting.outcomes.isEmpty { lines.append("      outcome: \(meeting.outcomes.map(\.rawValue).joined(separator: ", "))") }
        }
        if !state.ceasefires.isEmpty { lines.append("\nceasefires:") }
        for ceasefire in state.ceasefires {
            lines.append("  \(ceasefire.ceasefire): \(ceasefire.status.rawValue) since \(ceasefire.since)\(ceasefire.terms?.days.map { ", \($0) days" } ?? "")")
        }
        if !state.sanctions.isEmpty { lines.append("\nsanctions:") }
        for sanction in state.sanctions {
            lines.append("  \(sanction.sanction): \(sanction.status.rawValue) by \(sanction.by.map(\.text).joined(separator: ", ")) on \(sanction.on.map(\.text).joined(separator: ", "))\(sanction.trigger.map { " (trigger: \($0))" } ?? "")")
        }
        for mandate in state.mandates {
            lines.append("\nmandate \(mandate.mandate) (\(mandate.body)): \(mandate.inFavour.count) for, \(mandate.against.count) against, abstained \(mandate.abstained.map(\.rawValue).joined(separator: ", "))")
        }
        if !state.claims.isEmpty { lines.append("\nclaims:") }
        for topic in state.claims {
            lines.append("  \(topic.topic)\(topic.contested ? " (contested)" : "")")
            for claim in topic.claims { lines.append("      \(claim.date) \(claim.claimant?.text ?? "source"): \(claim.assertion)") }
            if let finding = topic.finding { lines.append("      finding \(finding.date): \(finding.conclusion)") }
        }
        return lines.joined(separator: "\n")
    }
}

/// A position matrix as a grid, then the statements behind each answered cell.
enum MatrixText {
    static func render(_ matrix: PositionMatrix) -> String {
        let columns = ["(whole)"] + matrix.provisions.map(\.id.text)
        let partyWidth = max(8, matrix.parties.map(\.text.count).max() ?? 0)
        let width = max(24, columns.map(\.count).max() ?? 0)
        func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(1, width - text.count)) }
        var lines = ["\(matrix.title) (\(matrix.proposal)) as of \(matrix.asOf)", pad("", partyWidth) + columns.map { pad($0, width) }.joined()]
        for party in matrix.parties {
            let row = matrix.cells.filter { $0.party == party }.map { cell -> String in
                let stance = cell.contested ? "contested" : cell.stance?.rawValue ?? "—"
                return pad(stance + (cell.fromWholeProposal ? "*" : ""), width)
            }
            lines.append(pad(party.text, partyWidth) + row.joined())
        }
        lines.append("(* the answer to the whole proposal)")
        for cell in matrix.cells where !cell.evidence.isEmpty && !cell.fromWholeProposal {
            for evidence in cell.evidence {
                lines.append("  \(cell.party) on \(cell.provision?.text ?? "the proposal"): \(evidence.stance.rawValue) \(evidence.date) [\(evidence.basis.rawValue)\(evidence.claimant.map { ", according to \($0)" } ?? "")]\(evidence.conditions.isEmpty ? "" : " conditions: \(evidence.conditions.joined(separator: "; "))")\(evidence.statement.map { " — “\($0.text)”" } ?? "")")
            }
        }
        return lines.joined(separator: "\n")
    }
}
