import PeaceBoardCore

extension Charter {
    /// The default charter's rules, effective 2026-01-01: chair for life, three-year renewable
    /// terms, USD 1bn within a year for a permanent seat, three acceptances to enter into force.
    public static let test = Charter(
        version: "test-1", effectiveDate: LocalDate(iso8601: "2026-01-01")!, chair: .appointedForLife,
        admission: .invitationByChair, term: .init(years: 3, renewable: true),
        permanentSeat: .init(
            threshold: Money(major: 1_000_000_000, currency: .usd)!, windowYears: 1, countsPaymentsBeforeMembership: true),
        entryIntoForce: .init(acceptancesRequired: 3),
        decisionRule: .init(majority: .simple, abstentionsCountAsVotesCast: false, chairApprovalRequired: true))
}

extension ProvisionCatalogue {
    /// A small catalogue: ceasefire, membership postponement, demilitarised zone, other.
    public static let test = ProvisionCatalogue(
        version: "test-1", effectiveDate: LocalDate(iso8601: "2026-01-01")!,
        types: [
            .init(
                type: RecordName(text: "ceasefire")!, label: "Ceasefire",
                parameters: [.init(name: "days", kind: .integer), .init(name: "full", kind: .boolean), .init(name: "unconditional", kind: .boolean)]),
            .init(
                type: RecordName(text: "membership-postponement")!, label: "Membership postponed",
                parameters: [
                    .init(name: "organisation", kind: .party, required: true), .init(name: "candidate", kind: .party, required: true),
                    .init(name: "years", kind: .integer),
                ]),
            .init(type: RecordName(text: "demilitarised-zone")!, label: "Demilitarised zone", parameters: [.init(name: "monitors", kind: .parties)]),
            .init(type: RecordName(text: "other")!, label: "Other", parameters: [.init(name: "description", kind: .text, required: true)]),
        ])
}
