import PeaceBoardCore

/// The standing as a person reads it in a terminal.
enum StandingText {
    static func render(_ standing: PeaceBoardCore.Standing) -> String {
        var lines: [String] = ["Board of Peace — standing as of \(standing.asOf)", ""]
        let charter = standing.charter
        let required = charter.acceptancesRequired.map { " of \($0) required" } ?? ""
        lines.append(
            "Charter \(charter.version ?? "(none adopted)"): "
                + (charter.inForceSince.map { "in force since \($0)" } ?? "not in force")
                + " (\(charter.acceptances) acceptance\(charter.acceptances == 1 ? "" : "s")\(required))")
        if let chair = standing.chair { lines.append("Chair: \(chair.person), since \(chair.since)") }
        for member in standing.executiveBoard { lines.append("Executive board: \(member.person), \(member.office), since \(member.since)") }
        section("Members", standing.members.map(member), into: &lines)
        section("Former members", standing.formerMembers.map(member), into: &lines)
        section("Open invitations", standing.openInvitations.map(invitation), into: &lines)
        section("Declined invitations", standing.declinedInvitations.map(invitation), into: &lines)
        section("Withdrawn or lapsed invitations", standing.closedInvitations.map(invitation), into: &lines)
        section(
            "Reported invitations",
            standing.reportedInvitations.map { "about \($0.approximateCount) reported on \($0.reportedOn)\($0.source.map { " — \($0)" } ?? "")" },
            into: &lines)
        section(
            "Contributions from non-members",
            standing.contributionsFromNonMembers.map { "\($0.state) \($0.stateName): \(money($0.contributions))" }, into: &lines)
        return lines.joined(separator: "\n")
    }

    private static func section(_ title: String, _ items: [String], into lines: inout [String]) {
        guard !items.isEmpty else { return }
        lines.append("")
        lines.append("\(title) (\(items.count)):")
        lines.append(contentsOf: items.map { "  \($0)" })
    }

    private static func member(_ member: PeaceBoardCore.Standing.MemberStanding) -> String {
        var parts = ["\(member.state) \(member.stateName)", member.seat.rawValue]
        if let since = member.memberSince { parts.append("member since \(since)") } else { parts.append("accepted \(member.acceptedOn)") }
        if let ends = member.termEnds { parts.append("term ends \(ends)") }
        if let seat = member.permanentSince { parts.append("permanent since \(seat)") }
        if let left = member.leftOn { parts.append("left \(left)") }
        parts.append(money(member.contributions))
        return parts.joined(separator: ", ")
    }

    private static func invitation(_ invitation: PeaceBoardCore.Standing.InvitationStanding) -> String {
        var parts = ["\(invitation.id) \(invitation.state) \(invitation.stateName)", "\(invitation.status.rawValue) since \(invitation.changedOn)"]
        if let addressee = invitation.addressee { parts.append("to \(addressee.name)\(addressee.office.map { ", \($0)" } ?? "")") }
        if let deadline = invitation.deadline { parts.append("deadline \(deadline)\(invitation.overdue ? " (overdue)" : "")") }
        if let statement = invitation.statement { parts.append("“\(statement.text)”\(statement.speaker.map { " — \($0)" } ?? "")") }
        if let source = invitation.source { parts.append("source: \(source)") }
        return parts.joined(separator: ", ")
    }

    private static func money(_ totals: PeaceBoardCore.Standing.ContributionTotals) -> String {
        let paid = totals.paid.map(\.description).joined(separator: " + ")
        let pledged = totals.pledged.map(\.description).joined(separator: " + ")
        return "paid \(paid.isEmpty ? "nothing" : paid)" + (pledged.isEmpty ? "" : ", pledged \(pledged)")
    }
}
