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
