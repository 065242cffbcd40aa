import Foundation
import OpenAPIRuntime
import PeaceBoardCore
import PeaceBoardStore

/// The peace-process operations of `openapi.yaml`: one write endpoint for every kind of fact,
/// and reads that answer as of a day.
extension BoardAPI {
    func recordFact(_ input: Operations.recordFact.Input) async throws -> Operations.recordFact.Output {
        guard case .json(let body) = input.body else { throw APIError.badRequest("body", "expected JSON") }
        let kind = EntryKind(body.kind)
        guard kind.isWellFormed else { throw APIError.badRequest("kind", "'\(body.kind)' is not an entry kind (area.event)") }
        let payloadText: String
        do {
            payloadText = try JSONValue(parsing: JSONEncoder().encode(body.payload)).canonicalText
        } catch {
            // The record keeps integers only: money is minor units, never a fraction.
            throw APIError.badRequest("payload", "holds a number that is not an integer, or is too large: \(error)")
        }
        let event: BoardEvent?
        do {
            event = try BoardEvent(kind: kind, payloadText: payloadText)
        } catch let error as DecodingError {
            let field = FieldError(error, whole: "payload")
            throw APIError.badRequest(field.field == "payload" ? "payload" : "payload.\(field.field)", field.message)
        } catch let error as FieldError {
            throw APIError.badRequest("payload.\(error.field)", error.message)
        }
        guard let event else { throw APIError.badRequest("kind", "'\(kind)' is not a fact the record knows") }
        let entry = try await ledger.record(
            event, on: try RequestParsing.date(body.effectiveDate, field: "effectiveDate"),
            source: try RequestParsing.optionalText(body.source, field: "source"), supersedes: body.supersedes, by: try principal)
        return .created(.init(body: .json(try Bridge.convert(entry))))
    }

    func getProvisionCatalogue(_ input: Operations.getProvisionCatalogue.Input) async throws -> Operations.getProvisionCatalogue.Output {
        guard let catalogue = try await process().currentCatalogue else {
            throw APIError(code: .notFound, message: "no provision catalogue has been adopted")
        }
        return .ok(.init(body: .json(try Bridge.convert(catalogue))))
    }

    func listDossiers(_ input: Operations.listDossiers.Input) async throws -> Operations.listDossiers.Output {
        let summaries = try await process().dossierSummaries(asOf: try asOf(input.query.asOf))
        if Self.prefersCSV(input.headers.accept) { return .ok(.init(body: .csv(HTTPBody(try CSVTable.render(summaries))))) }
        return .ok(.init(body: .json(try Bridge.convert(summaries))))
    }

    func getDossier(_ input: Operations.getDossier.Input) async throws -> Operations.getDossier.Output {
        let name = try Self.name(input.path.dossier, field: "dossier")
        let day = try asOf(input.query.asOf)
        guard let state = try await process().dossierState(name, asOf: day) else { throw Self.missing("dossier", name) }
        return .ok(.init(body: .json(try Bridge.convert(state))))
    }

    func getDossierTimeline(_ input: Operations.getDossierTimeline.Input) async throws -> Operations.getDossierTimeline.Output {
        let name = try Self.name(input.path.dossier, field: "dossier")
        let page = try await timeline(name, since: nil, through: try asOf(input.query.asOf), limit: input.query.limit)
        if Self.prefersCSV(input.headers.accept) { return .ok(.init(body: .csv(HTTPBody(try CSVTable.render(page.items))))) }
        return .ok(.init(body: .json(try Bridge.convert(page))))
    }

    func getDossierChanges(_ input: Operations.getDossierChanges.Input) async throws -> Operations.getDossierChanges.Output {
        let name = try Self.name(input.path.dossier, field: "dossier")
        let since = try RequestParsing.date(input.query.since, field: "since")
        let until = try asOf(input.query.until, field: "until")
        guard since <= until else { throw APIError.badRequest("until", "must not be before since (\(since))") }
        let page = try await timeline(name, since: since, through: until, limit: input.query.limit)
        if Self.prefersCSV(input.headers.accept) { return .ok(.init(body: .csv(HTTPBody(try CSVTable.render(page.items))))) }
        return .ok(.init(body: .json(try Bridge.convert(page))))
    }

    func getProposal(_ input: Operations.getProposal.Input) async throws -> Operations.getProposal.Output {
        let name = try Self.name(input.path.proposal, field: "proposal")
        guard let proposal = try await process().proposal(name, asOf: try asOf(input.query.asOf)) else {
            throw Self.missing("proposal", name, asOf: input.query.asOf)
        }
        return .ok(.init(body: .json(try Bridge.convert(proposal))))
    }

    func getProposalPositions(_ input: Operations.getProposalPositions.Input) async throws -> Operations.getProposalPositions.Output {
        let name = try Self.name(input.path.proposal, field: "proposal")
        guard let matrix = try await process().positions(name, asOf: try asOf(input.query.asOf)) else {
            throw Self.missing("proposal", name, asOf: input.query.asOf)
        }
        if Self.prefersCSV(input.headers.accept) { return .ok(.init(body: .csv(HTTPBody(try CSVTable.render(matrix.cells))))) }
        return .ok(.init(body: .json(try Bridge.convert(matrix))))
    }

    func getIssuePositions(_ input: Operations.getIssuePositions.Input) async throws -> Operations.getIssuePositions.Output {
        let type = try Self.name(input.path.provisionType, field: "provisionType")
        let dossier = try input.query.dossier.map { try Self.name($0, field: "dossier") }
        let process = try await process()
        guard process.catalogues.contains(where: { $0.type(type) != nil }) else {
            throw APIError(code: .notFound, message: "'\(type)' is not a provision type of any catalogue", field: "provisionType")
        }
        let positions = process.positions(onIssue: type, dossier: dossier, asOf: try asOf(input.query.asOf))
        if Self.prefersCSV(input.headers.accept) { return .ok(.init(body: .csv(HTTPBody(try CSVTable.render(positions))))) }
        return .ok(.init(body: .json(try Bridge.convert(positions))))
    }

    func getMeeting(_ input: Operations.getMeeting.Input) async throws -> Operations.getMeeting.Output {
        let name = try Self.name(input.path.meeting, field: "meeting")
        guard let meeting = try await process().meeting(name, asOf: try asOf(input.query.asOf)) else {
            throw Self.missing("meeting", name, asOf: input.query.asOf)
        }
        return .ok(.init(body: .json(try Bridge.convert(meeting))))
    }

    func getPerson(_ input: Operations.getPerson.Input) async throws -> Operations.getPerson.Output {
        let name = try Self.name(input.path.person, field: "person")
        guard let person = try await process().person(name, asOf: try asOf(input.query.asOf)) else { throw Self.missing("person", name) }
        return .ok(.init(body: .json(try Bridge.convert(person))))
    }

    func getResolution(_ input: Operations.getResolution.Input) async throws -> Operations.getResolution.Output {
        let name = try Self.name(input.path.resolution, field: "resolution")
        let history = try await ledger.currentHistory()
        guard let state = history.process.resolution(name, asOf: try asOf(input.query.asOf), rule: { history.charter(on: $0)?.decisionRule })
        else { throw Self.missing("resolution", name, asOf: input.query.asOf) }
        return .ok(.init(body: .json(try Bridge.convert(state))))
    }

    func getMandate(_ input: Operations.getMandate.Input) async throws -> Operations.getMandate.Output {
        let name = try Self.name(input.path.mandate, field: "mandate")
        guard let (mandate, _) = try await process().mandate(name) else { throw Self.missing("mandate", name) }
        return .ok(.init(body: .json(try Bridge.convert(mandate))))
    }

    private func process() async throws -> ProcessRecord { try await ledger.currentHistory().process }

    private func asOf(_ text: String?, field: String = "asOf") throws -> LocalDate {
        try RequestParsing.optionalDate(text, field: field) ?? today()
    }

    private func timeline(_ name: RecordName, since: LocalDate?, through: LocalDate, limit: Int?) async throws -> TimelinePage {
        let limit = limit ?? 200
        guard (1...5000).contains(limit) else { throw APIError.badRequest("limit", "must be between 1 and 5000") }
        guard let page = try await process().timeline(name, since: since, through: through, limit: limit) else {
            throw Self.missing("dossier", name)
        }
        return page
    }

    private static func name(_ text: String, field: String) throws -> RecordName {
        guard let name = RecordName(text: text) else { throw APIError.badRequest(field, "'\(text)' is not \(RecordName.expectedText)") }
        return name
    }

    private static func missing(_ what: String, _ name: RecordName, asOf: String? = nil) -> APIError {
        APIError(code: .notFound, message: "there is no \(what) '\(name)'\(asOf.map { " as of \($0)" } ?? "")", field: what)
    }

    /// Whether the client asked for CSV ahead of JSON.
    static func prefersCSV<T: AcceptableProtocol>(_ accept: [AcceptHeaderContentType<T>]) -> Bool {
        let known = accept.filter { ["text/csv", "application/json"].contains($0.contentType.rawValue) }
        let best = known.max { $0.quality.doubleValue < $1.quality.doubleValue }
        return best?.contentType.rawValue == "text/csv"
    }
}
