import Testing
@testable import PeaceBoardCore
import PeaceBoardTestSupport

@Suite struct AuthorizationTests {
    let hungary = StateCode("HUN")!
    let russia = StateCode("RUS")!

    func principal(_ role: Role) -> Principal { Principal(name: "t", role: role) }

    func allowed(_ event: BoardEvent, _ role: Role, board: BoardRecorder, correcting: Bool = false) -> Bool {
        (try? board.history.authorize(event, correcting: correcting, by: principal(role))) != nil
    }

    @Test func eachRoleWritesOnlyItsOwnFacts() throws {
        var board = try BoardRecorder()
        let russianInvitation = try board.invite("RUS", on: "2026-01-17")
        let roles: [Role] = [.chair, .secretariat, .delegate(hungary), .delegate(russia), .observer]
        let money = Money(minorUnits: 100, currency: .usd)
        let cases: [(BoardEvent, Set<String>)] = [
            (.charterAdopted(.test), ["chair"]),
            (.chairAppointed(.init(person: "P", state: nil)), ["secretariat"]),
            (.executiveAppointed(.init(person: "P", office: "O")), ["chair", "secretariat"]),
            (.invitationIssued(.init(invitation: InvitationID(number: 2), state: hungary)), ["chair"]),
            (.invitationChanged(.init(invitation: russianInvitation, status: .underReview)), ["delegate:RUS"]),
            (.invitationChanged(.init(invitation: russianInvitation, status: .accepted)), ["delegate:RUS"]),
            (.invitationChanged(.init(invitation: russianInvitation, status: .declined)), ["delegate:RUS"]),
            (.invitationChanged(.init(invitation: russianInvitation, status: .withdrawn)), ["chair"]),
            (.invitationChanged(.init(invitation: russianInvitation, status: .lapsed)), ["chair", "secretariat"]),
            (.invitationsReported(.init(approximateCount: 60)), ["secretariat"]),
            (.membershipRenewed(.init(state: hungary)), ["chair"]),
            (.membershipWithdrawn(.init(state: hungary)), ["delegate:HUN"]),
            (.contributionPledged(.init(state: hungary, amount: money, reference: "r")), ["secretariat"]),
            (.contributionPaid(.init(state: hungary, amount: money, reference: "r")), ["secretariat"]),
            (.entryRetracted(.init(reason: "r")), ["secretariat"]),
        ]
        for (event, expected) in cases {
            for role in roles {
                let label = role.state.map { "delegate:\($0)" } ?? role.name
                #expect(allowed(event, role, board: board) == expected.contains(label), "\(label) → \(event.kind)")
            }
        }
    }

    @Test func theSecretariatMayCorrectAnything() throws {
        let board = try BoardRecorder()
        #expect(allowed(.invitationsReported(.init(approximateCount: 1)), .secretariat, board: board, correcting: true))
        #expect(!allowed(.charterAdopted(.test), .secretariat, board: board, correcting: true))
        #expect(!allowed(.contributionPaid(.init(state: hungary, amount: Money(minorUnits: 1, currency: .usd), reference: "r")), .observer, board: board, correcting: true))
    }
}
