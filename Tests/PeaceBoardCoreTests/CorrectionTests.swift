import Foundation
import Testing
@testable import PeaceBoardCore

@Suite struct CorrectionTests {
    @Test func aCorrectionSupersedesTheOriginal() throws {
        var board = try BoardRecorder()
        try board.pay("HUN", cents: 500, on: "2026-03-01")
        let wrong = try #require(board.entries.last)
        try board.record(
            .contributionPaid(.init(state: StateCode("HUN")!, amount: Money(minorUnits: 700, currency: .usd), reference: "fixed")),
            on: "2026-03-02", supersedes: wrong.sequence)
        #expect(board.standing("2026-03-05").contributionsFromNonMembers.first?.contributions.paid.first?.minorUnits == 700)
        #expect(board.standing("2026-03-01").contributionsFromNonMembers.isEmpty)
        #expect(board.entries.count == 3)
    }

    @Test func aRetractionRemovesTheFactButKeepsTheEntry() throws {
        var board = try BoardRecorder()
        try board.pay("HUN", cents: 500, on: "2026-03-01")
        let wrong = try #require(board.entries.last)
        try board.record(.entryRetracted(.init(reason: "recorded twice")), on: "2026-03-02", supersedes: wrong.sequence)
        #expect(board.standing("2026-03-05").contributionsFromNonMembers.isEmpty)
        #expect(throws: RecordError.self) {
            try board.record(.entryRetracted(.init(reason: "again")), on: "2026-03-03", supersedes: wrong.sequence)
        }
    }

    @Test func aCorrectionMustKeepTheKind() throws {
        var board = try BoardRecorder()
        try board.pay("HUN", cents: 500, on: "2026-03-01")
        #expect(throws: RecordError.self) {
            try board.record(.invitationsReported(.init(approximateCount: 3)), on: "2026-03-02", supersedes: 2)
        }
    }

    @Test func aCorrectionThatBreaksTheRulesIsRefused() throws {
        var board = try BoardRecorder()
        let id = try board.invite("HUN", on: "2026-01-17")
        try board.change(id, to: .accepted, on: "2026-01-18")
        let acceptance = try #require(board.entries.last)
        // Moving the acceptance before the invitation would break the invitation's timeline.
        #expect(throws: RecordError.self) {
            try board.record(.invitationChanged(.init(invitation: id, status: .accepted)), on: "2026-01-10", supersedes: acceptance.sequence)
        }
    }
}

@Suite struct SnapshotRoundTripTests {
    @Test func aRestoredHistoryAnswersAndContinuesLikeTheOriginal() throws {
        var board = try BoardRecorder()
        try board.record(.chairAppointed(.init(person: "Chair Person", state: StateCode("USA"))), on: "2026-01-02")
        let hungary = try board.admit("HUN", on: "2026-01-20")
        try board.admit("ARG", on: "2026-01-25")
        let russia = try board.invite("RUS", on: "2026-01-26", deadline: "2026-03-01")
        try board.change(russia, to: .underReview, on: "2026-01-27")
        try board.pay("HUN", cents: billionCents, on: "2026-01-28")
        try board.record(.invitationsReported(.init(approximateCount: 60)), on: "2026-01-28")

        var restored = try BoardHistory(snapshot: try board.history.snapshot())
        for day in ["2026-01-19", "2026-01-26", "2026-02-01", "2027-06-01"] {
            #expect(restored.standing(asOf: LocalDate(iso8601: day)!) == board.standing(day))
        }
        #expect(restored.head == board.history.head)
        #expect(restored.nextInvitationID == board.history.nextInvitationID)
        // The restored history keeps enforcing the rules: Russia's invitation is still open, Hungary's is closed.
        let next = LedgerEntry(
            sealing: EntryDraft(
                effectiveDate: LocalDate(iso8601: "2026-02-01")!, author: "t", kind: EntryKind("invitation.accepted"),
                payload: BoardEvent.invitationChanged(.init(invitation: hungary, status: .accepted)).payload),
            after: restored.head, recordedAt: Timestamp(canonical: "2026-02-01T00:00:00.000Z")!)
        #expect(throws: RecordError.self) { try restored.apply(next) }
        #expect(throws: RecordError.self) {
            try restored.check(.invitationIssued(.init(invitation: restored.nextInvitationID, state: StateCode("RUS")!)), on: LocalDate(iso8601: "2026-02-01")!)
        }
    }
}
