import Testing
@testable import PeaceBoardCore

@Suite struct InvitationTests {
    @Test func invitationMovesThroughReviewToAcceptance() throws {
        var board = try BoardRecorder()
        let id = try board.invite("RUS", on: "2026-01-17")
        #expect(board.standing("2026-01-17").openInvitations.map(\.status) == [.invited])
        try board.change(id, to: .underReview, on: "2026-01-19")
        try board.change(id, to: .accepted, on: "2026-02-01")
        #expect(board.standing("2026-01-18").openInvitations.first?.status == .invited)
        #expect(board.standing("2026-01-20").openInvitations.first?.status == .underReview)
        #expect(board.standing("2026-02-01").openInvitations.isEmpty)
        #expect(board.standing("2026-02-01").members.map(\.state.rawValue) == ["RUS"])
    }

    @Test(arguments: [
        (InvitationStatus.accepted, InvitationStatus.accepted, "already accepted"),
        (.withdrawn, .accepted, "withdrawn and is closed"),
        (.declined, .underReview, "declined and is closed"),
        (.underReview, .underReview, "already under review"),
    ])
    func impossibleTransitionsAreRefusedWithAReason(first: InvitationStatus, second: InvitationStatus, reason: String) throws {
        var board = try BoardRecorder()
        let id = try board.invite("BLR", on: "2026-01-17")
        try board.change(id, to: first, on: "2026-01-18")
        let before = board.history.head
        #expect {
            try board.change(id, to: second, on: "2026-01-19")
        } throws: { error in
            guard case RecordError.conflict(_, let message) = error else { return false }
            return message.contains(reason)
        }
        #expect(board.history.head == before)
    }

    @Test func changesCannotPredateTheLastChange() throws {
        var board = try BoardRecorder()
        let id = try board.invite("HUN", on: "2026-01-17")
        #expect(throws: RecordError.self) { try board.change(id, to: .accepted, on: "2026-01-16") }
    }

    @Test func aStateHasOneOpenInvitationAtATime() throws {
        var board = try BoardRecorder()
        let id = try board.invite("HUN", on: "2026-01-17")
        #expect(throws: RecordError.self) { try board.invite("HUN", on: "2026-01-18") }
        try board.change(id, to: .withdrawn, on: "2026-01-19")
        try board.invite("HUN", on: "2026-01-20")
    }

    @Test func membersCannotBeInvitedAgain() throws {
        var board = try BoardRecorder()
        try board.admit("HUN", on: "2026-01-17")
        #expect(throws: RecordError.self) { try board.invite("HUN", on: "2026-01-18") }
    }

    @Test func lapsingNeedsAPassedDeadline() throws {
        var board = try BoardRecorder()
        let id = try board.invite("BLR", on: "2026-01-17", deadline: "2026-02-17")
        #expect(throws: RecordError.self) { try board.change(id, to: .lapsed, on: "2026-02-17") }
        #expect(board.standing("2026-02-18").openInvitations.first?.overdue == true)
        #expect(throws: RecordError.self) { try board.change(id, to: .accepted, on: "2026-02-18") }
        try board.change(id, to: .lapsed, on: "2026-02-18")
        #expect(board.standing("2026-02-18").closedInvitations.map(\.status) == [.lapsed])
    }

    @Test func unknownInvitationIsNotFound() throws {
        let board = try BoardRecorder()
        #expect {
            try board.history.check(.invitationChanged(.init(invitation: InvitationID(number: 9), status: .accepted)), on: LocalDate(iso8601: "2026-02-01")!)
        } throws: { error in
            if case RecordError.notFound(let field, _) = error { return field == "invitation" }
            return false
        }
    }

    @Test func invitationIDsAreAssignedInOrder() throws {
        var board = try BoardRecorder()
        #expect(try board.invite("HUN", on: "2026-01-17").rawValue == "INV-0001")
        #expect(try board.invite("RUS", on: "2026-01-17").rawValue == "INV-0002")
    }
}
