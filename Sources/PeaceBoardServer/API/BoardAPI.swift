import Foundation
import OpenAPIRuntime
import PeaceBoardCore
import PeaceBoardStore

/// The operations of `openapi.yaml`. Each write is checked by the ledger against the caller's
/// role and the Board's rules; errors are thrown and turned into responses by `ErrorResponseMiddleware`.
struct BoardAPI: APIProtocol {
    let ledger: Ledger
    let today: @Sendable () -> LocalDate

    var principal: Principal {
        get throws {
            guard let principal = AuthenticationMiddleware.principal else {
                throw APIError(code: .unauthorized, message: "an Authorization: Bearer token is required")
            }
            return principal
        }
    }

    func getStanding(_ input: Operations.getStanding.Input) async throws -> Operations.getStanding.Output {
        let day = try RequestParsing.optionalDate(input.query.asOf, field: "asOf") ?? today()
        let standing = try await ledger.standing(asOf: day)
        return .ok(.init(body: .json(try Bridge.convert(standing))))
    }

    func getCharter(_ input: Operations.getCharter.Input) async throws -> Operations.getCharter.Output {
        let day = try RequestParsing.optionalDate(input.query.asOf, field: "asOf") ?? today()
        guard let charter = try await ledger.currentHistory().charter(on: day) else {
            throw APIError(code: .notFound, message: "no charter was in force on \(day)", field: "asOf")
        }
        return .ok(.init(body: .json(try Bridge.convert(charter))))
    }

    func issueInvitation(_ input: Operations.issueInvitation.Input) async throws -> Operations.issueInvitation.Output {
        guard case .json(let body) = input.body else { throw APIError.badRequest("body", "expected JSON") }
        let issued = BoardEvent.InvitationIssued(
            invitation: InvitationID(number: 0),  // the ledger assigns the next number
            state: try RequestParsing.state(body.state, field: "state"),
            addressee: try RequestParsing.addressee(body.addressee),
            deadline: try RequestParsing.optionalDate(body.deadline, field: "deadline"),
            statement: try RequestParsing.statement(body.statement))
        let entry = try await ledger.record(
            .invitationIssued(issued), on: try RequestParsing.date(body.effectiveDate, field: "effectiveDate"),
            source: try RequestParsing.optionalText(body.source, field: "source"), by: try principal)
        return .created(.init(body: .json(try await recordedInvitation(entry))))
    }

    func getInvitation(_ input: Operations.getInvitation.Input) async throws -> Operations.getInvitation.Output {
        let id = InvitationID(rawValue: input.path.invitationID)
        guard let invitation = try await ledger.currentHistory().invitation(id) else {
            throw APIError(code: .notFound, message: "there is no invitation \(id)", field: "invitationID")
        }
        return .ok(.init(body: .json(try Bridge.convert(InvitationView(invitation)))))
    }

    func changeInvitationStatus(_ input: Operations.changeInvitationStatus.Input) async throws
        -> Operations.changeInvitationStatus.Output
    {
        guard case .json(let body) = input.body else { throw APIError.badRequest("body", "expected JSON") }
        guard let status = InvitationStatus(rawValue: body.status.rawValue) else {
            throw APIError.badRequest("status", "'\(body.status.rawValue)' is not a status an invitation can move to")
        }
        let change = BoardEvent.InvitationChange(
            invitation: InvitationID(rawValue: input.path.invitationID), status: status,
            statement: try RequestParsing.statement(body.statement))
        let entry = try await ledger.record(
            .invitationChanged(change), on: try RequestParsing.date(body.effectiveDate, field: "effectiveDate"),
            source: try RequestParsing.optionalText(body.source, field: "source"), supersedes: body.supersedes,
            by: try principal)
        return .created(.init(body: .json(try await recordedInvitation(entry))))
    }

    func recordContribution(_ input: Operations.recordContribution.Input) async throws -> Operations.recordContribution.Output {
        guard case .json(let body) = input.body else { throw APIError.badRequest("body", "expected JSON") }
        let contribution = BoardEvent.Contribution(
            state: try RequestParsing.state(body.state, field: "state"),
            amount: try RequestParsing.money(body.amount, field: "amount"),
            reference: try RequestParsing.text(body.reference, field: "reference", maximum: 500))
        let event: BoardEvent = body.kind == .pledge ? .contributionPledged(contribution) : .contributionPaid(contribution)
        let entry = try await ledger.record(
            event, on: try RequestParsing.date(body.effectiveDate, field: "effectiveDate"),
            source: try RequestParsing.optionalText(body.source, field: "source"), supersedes: body.supersedes,
            by: try principal)
        return .created(.init(body: .json(try Bridge.convert(entry))))
    }

    func renewMembership(_ input: Operations.renewMembership.Input) async throws -> Operations.renewMembership.Output {
        guard case .json(let body) = input.body else { throw APIError.badRequest("body", "expected JSON") }
        let entry = try await recordMembership(body, state: input.path.state) { .membershipRenewed($0) }
        return .created(.init(body: .json(try Bridge.convert(entry))))
    }

    func withdrawMembership(_ input: Operations.withdrawMembership.Input) async throws -> Operations.withdrawMembership.Output {
        guard case .json(let body) = input.body else { throw APIError.badRequest("body", "expected JSON") }
        let entry = try await recordMembership(body, state: input.path.state) { .membershipWithdrawn($0) }
        return .created(.init(body: .json(try Bridge.convert(entry))))
    }

    func recordAppointment(_ input: Operations.recordAppointment.Input) async throws -> Operations.recordAppointment.Output {
        guard case .json(let body) = input.body else { throw APIError.badRequest("body", "expected JSON") }
        let person = try RequestParsing.text(body.person, field: "person", maximum: 500)
        let office = try RequestParsing.text(body.office, field: "office", maximum: 500)
        let state = try body.state.map { try RequestParsing.state($0, field: "state") }
        let event: BoardEvent =
            office.lowercased() == "chair"
            ? .chairAppointed(.init(person: person, state: state))
            : .executiveAppointed(.init(person: person, office: office))
        let entry = try await ledger.record(
            event, on: try RequestParsing.date(body.effectiveDate, field: "effectiveDate"),
            source: try RequestParsing.optionalText(body.source, field: "source"), by: try principal)
        return .created(.init(body: .json(try Bridge.convert(entry))))
    }

    func listLedgerEntries(_ input: Operations.listLedgerEntries.Input) async throws -> Operations.listLedgerEntries.Output {
        let after = input.query.after ?? 0
        guard after >= 0 else { throw APIError.badRequest("after", "must not be negative") }
        let limit = input.query.limit ?? 100
        guard (1...1000).contains(limit) else { throw APIError.badRequest("limit", "must be between 1 and 1000") }
        let entries = try await ledger.entries(after: after, limit: limit + 1)
        let page = Array(entries.prefix(limit))
        return .ok(
            .init(
                body: .json(
                    .init(
                        entries: try Bridge.convert(page),
                        nextAfter: entries.count > limit ? page.last?.sequence : nil))))
    }

    func verifyLedger(_ input: Operations.verifyLedger.Input) async throws -> Operations.verifyLedger.Output {
        let report = try await ledger.verify()
        return .ok(
            .init(
                body: .json(
                    .init(
                        intact: report.isIntact, entriesChecked: report.entriesChecked, headSequence: report.head?.sequence,
                        headHash: report.head?.hash, firstBrokenSequence: report.firstBreak?.sequence,
                        problem: report.firstBreak?.description))))
    }

    func retractEntry(_ input: Operations.retractEntry.Input) async throws -> Operations.retractEntry.Output {
        guard case .json(let body) = input.body else { throw APIError.badRequest("body", "expected JSON") }
        let entry = try await ledger.record(
            .entryRetracted(.init(reason: try RequestParsing.text(body.reason, field: "reason"))),
            on: try RequestParsing.date(body.effectiveDate, field: "effectiveDate"), supersedes: input.path.sequence,
            by: try principal)
        return .created(.init(body: .json(try Bridge.convert(entry))))
    }

    private func recordMembership(
        _ body: Components.Schemas.MembershipRequest, state: String, event: (BoardEvent.MembershipChange) -> BoardEvent
    ) async throws -> LedgerEntry {
        let change = BoardEvent.MembershipChange(
            state: try RequestParsing.state(state, field: "state"), statement: try RequestParsing.statement(body.statement))
        return try await ledger.record(
            event(change), on: try RequestParsing.date(body.effectiveDate, field: "effectiveDate"),
            source: try RequestParsing.optionalText(body.source, field: "source"), by: try principal)
    }

    private func recordedInvitation(_ entry: LedgerEntry) async throws -> Components.Schemas.RecordedInvitation {
        let id: InvitationID? =
            switch try BoardEvent(kind: entry.kind, payloadText: entry.payloadText) {
            case .invitationIssued(let issued): issued.invitation
            case .invitationChanged(let change): change.invitation
            default: nil
            }
        guard let id, let invitation = try await ledger.currentHistory().invitation(id) else {
            throw APIError(code: .internal, message: "the recorded invitation could not be read back")
        }
        return .init(invitation: try Bridge.convert(InvitationView(invitation)), entry: try Bridge.convert(entry))
    }
}

/// An invitation as the API shows it: its current status and every change.
struct InvitationView: Encodable {
    let id: InvitationID
    let state: StateCode
    let stateName: String
    let status: InvitationStatus
    let issuedOn: LocalDate
    let addressee: Addressee?
    let deadline: LocalDate?
    let changes: [InvitationRecord.Change]

    init(_ invitation: InvitationRecord) {
        id = invitation.id
        state = invitation.state
        stateName = invitation.state.name
        status = invitation.current.status
        issuedOn = invitation.issuedOn
        addressee = invitation.addressee
        deadline = invitation.deadline
        changes = invitation.changes
    }
}
