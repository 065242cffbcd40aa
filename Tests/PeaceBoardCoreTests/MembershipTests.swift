import Testing
@testable import PeaceBoardCore
import PeaceBoardTestSupport

@Suite struct MembershipTests {
    /// Three acceptances bring the charter into force on the third one's day.
    func boardInForce(on day: String = "2026-02-01") throws -> BoardRecorder {
        var board = try BoardRecorder()
        try board.admit("HUN", on: "2026-01-20")
        try board.admit("ARG", on: "2026-01-25")
        try board.admit("PAK", on: day)
        return board
    }

    @Test func charterEntersIntoForceWithTheThirdAcceptance() throws {
        let board = try boardInForce()
        #expect(board.standing("2026-01-31").charter.inForce == false)
        #expect(board.standing("2026-01-31").members.map(\.seat) == [.awaitingEntryIntoForce, .awaitingEntryIntoForce])
        let standing = board.standing("2026-02-01")
        #expect(standing.charter.inForceSince?.description == "2026-02-01")
        #expect(standing.members.allSatisfy { $0.seat == .term && $0.memberSince?.description == "2026-02-01" })
    }

    @Test func termsLastThreeYearsAndCanBeRenewed() throws {
        var board = try boardInForce()
        #expect(board.member("HUN", on: "2026-02-01")?.termEnds?.description == "2029-01-31")
        #expect(board.member("HUN", on: "2029-01-31")?.seat == .term)
        #expect(board.member("HUN", on: "2029-02-01") == nil)
        #expect(board.standing("2029-02-01").formerMembers.first { $0.state.rawValue == "HUN" }?.seat == .termExpired)
        try board.record(.membershipRenewed(.init(state: StateCode("HUN")!)), on: "2029-01-15")
        #expect(board.member("HUN", on: "2029-02-01")?.termEnds?.description == "2032-01-31")
        #expect(board.member("HUN", on: "2029-01-14")?.termEnds?.description == "2029-01-31")
    }

    @Test func anExpiredTermCannotBeRenewed() throws {
        var board = try boardInForce()
        #expect(throws: RecordError.self) {
            try board.record(.membershipRenewed(.init(state: StateCode("HUN")!)), on: "2029-02-01")
        }
    }

    @Test func withdrawalEndsMembership() throws {
        var board = try boardInForce()
        try board.record(.membershipWithdrawn(.init(state: StateCode("ARG")!)), on: "2026-06-01")
        #expect(board.member("ARG", on: "2026-05-31")?.seat == .term)
        #expect(board.member("ARG", on: "2026-06-01") == nil)
        #expect(board.standing("2026-06-01").formerMembers.map(\.seat) == [.withdrawn])
        #expect(throws: RecordError.self) {
            try board.record(.membershipWithdrawn(.init(state: StateCode("ARG")!)), on: "2026-06-02")
        }
    }

    @Test func exactlyTheThresholdWithinTheFirstYearGivesAPermanentSeat() throws {
        var board = try boardInForce()
        try board.pay("HUN", cents: billionCents / 2, on: "2026-03-01")
        try board.pay("HUN", cents: billionCents / 2, on: "2027-01-31")
        #expect(board.member("HUN", on: "2027-01-30")?.seat == .term)
        let member = try #require(board.member("HUN", on: "2027-01-31"))
        #expect(member.seat == .permanent)
        #expect(member.permanentSince?.description == "2027-01-31")
        #expect(member.termEnds == nil)
        #expect(member.contributions.paidTowardsPermanentSeat?.minorUnits == billionCents)
    }

    @Test func oneCentBelowTheThresholdIsNotEnough() throws {
        var board = try boardInForce()
        try board.pay("HUN", cents: billionCents - 1, on: "2026-03-01")
        let member = try #require(board.member("HUN", on: "2027-06-01"))
        #expect(member.seat == .term)
        #expect(member.contributions.paid.first?.minorUnits == billionCents - 1)
    }

    @Test func paymentOnTheFirstAnniversaryIsTooLate() throws {
        var board = try boardInForce()
        try board.pay("HUN", cents: billionCents, on: "2027-02-01")
        #expect(board.member("HUN", on: "2027-02-01")?.seat == .term)
        #expect(board.member("HUN", on: "2027-02-01")?.contributions.paidTowardsPermanentSeat?.minorUnits == 0)
    }

    @Test func paymentBeforeMembershipCountsWhenTheCharterSaysSo() throws {
        var board = try BoardRecorder()
        try board.pay("HUN", cents: billionCents, on: "2026-01-10")
        #expect(board.standing("2026-01-10").contributionsFromNonMembers.map(\.state.rawValue) == ["HUN"])
        try board.admit("HUN", on: "2026-01-20")
        try board.admit("ARG", on: "2026-01-25")
        try board.admit("PAK", on: "2026-02-01")
        let member = try #require(board.member("HUN", on: "2026-02-01"))
        #expect(member.seat == .permanent)
        #expect(member.permanentSince?.description == "2026-02-01")
    }

    @Test func paymentBeforeMembershipDoesNotCountWhenTheCharterSaysNot() throws {
        var charter = Charter.test
        charter.permanentSeat?.countsPaymentsBeforeMembership = false
        var board = try BoardRecorder(charter: charter)
        try board.pay("HUN", cents: billionCents, on: "2026-01-10")
        try board.admit("HUN", on: "2026-01-20")
        try board.admit("ARG", on: "2026-01-25")
        try board.admit("PAK", on: "2026-02-01")
        #expect(board.member("HUN", on: "2026-02-01")?.seat == .term)
    }

    @Test func otherCurrenciesDoNotCountTowardsAUSDThreshold() throws {
        var board = try boardInForce()
        try board.pay("HUN", cents: billionCents * 2, currency: "EUR", on: "2026-03-01")
        let member = try #require(board.member("HUN", on: "2026-03-01"))
        #expect(member.seat == .term)
        #expect(member.contributions.paid.map(\.currency.rawValue) == ["EUR"])
    }

    @Test func totalsArePerYearAndAsOfTheDay() throws {
        var board = try boardInForce()
        try board.pay("HUN", cents: 100, on: "2026-03-01")
        try board.pay("HUN", cents: 250, on: "2026-12-31")
        try board.pay("HUN", cents: 1000, on: "2027-01-01")
        try board.pay("HUN", cents: 7, on: "2028-05-01")
        let member = try #require(board.member("HUN", on: "2028-04-30"))
        #expect(member.contributions.paid.map(\.minorUnits) == [1350])
        #expect(member.contributions.byYear.map(\.year) == [2026, 2027])
        #expect(member.contributions.byYear.map { $0.paid.first?.minorUnits } == [350, 1000])
    }

    @Test func pledgesAreNotCash() throws {
        var board = try boardInForce()
        try board.record(
            .contributionPledged(.init(state: StateCode("HUN")!, amount: Money(minorUnits: billionCents, currency: .usd), reference: "p")),
            on: "2026-03-01")
        let member = try #require(board.member("HUN", on: "2026-03-01"))
        #expect(member.seat == .term)
        #expect(member.contributions.pledged.first?.minorUnits == billionCents)
    }

    @Test func zeroOrNegativeAmountsAreRefused() throws {
        var board = try boardInForce()
        #expect(throws: RecordError.self) { try board.pay("HUN", cents: 0, on: "2026-03-01") }
        #expect(throws: RecordError.self) { try board.pay("HUN", cents: -5, on: "2026-03-01") }
    }

    @Test func factsAreJudgedByTheCharterInForceOnTheirDate() throws {
        var board = try boardInForce()
        var amended = Charter.test
        amended.version = "test-2"
        amended.effectiveDate = LocalDate(iso8601: "2027-01-01")!
        amended.term.years = 5
        try board.record(.charterAdopted(amended), on: "2027-01-01")
        try board.admit("EGY", on: "2027-03-01")
        #expect(board.member("HUN", on: "2027-03-01")?.termEnds?.description == "2029-01-31")
        #expect(board.member("EGY", on: "2027-03-01")?.termEnds?.description == "2032-02-29")
        #expect(board.standing("2026-12-31").charter.version == "test-1")
        #expect(board.standing("2027-01-01").charter.version == "test-2")
    }

    @Test func aChairForLifeIsNotReplaced() throws {
        var board = try BoardRecorder()
        try board.record(.chairAppointed(.init(person: "Donald Trump", state: StateCode("USA"))), on: "2026-01-16")
        #expect(board.standing("2026-01-16").chair?.person == "Donald Trump")
        #expect(throws: RecordError.self) {
            try board.record(.chairAppointed(.init(person: "Someone Else", state: nil)), on: "2027-01-16")
        }
    }
}
