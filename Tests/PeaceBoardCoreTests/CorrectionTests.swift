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
