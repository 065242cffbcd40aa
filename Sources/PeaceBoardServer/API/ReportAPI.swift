import Foundation
import OpenAPIRuntime
import PeaceBoardCore
import PeaceBoardNews
import PeaceBoardStore

/// News reports over HTTP: read one into the record, or fetch one with its findings.
extension BoardAPI {
    func ingestReport(_ input: Operations.ingestReport.Input) async throws -> Operations.ingestReport.Output {
        guard case .json(let body) = input.body else { throw APIError.badRequest("body", "expected JSON") }
        let name = try RequestParsing.text(body.name, field: "name", maximum: 500)
        let publishedOn = try RequestParsing.optionalDate(body.publishedOn, field: "publishedOn")
        let bytes = Array(body.text.utf8)
        let text: String
        do {
            text = try ReportInput.text(from: bytes)
        } catch {
            throw APIError.badRequest("text", error.description)
        }
        let digest = ReportIngested.digest(of: bytes)
        let principal = try principal
        var report = ReportIngested(
            report: digest, name: name, title: nil, publishedOn: publishedOn, characters: ReportInput.utf16Length(of: text), findings: .object([:]))
        // Sending a report again changes nothing, but the request is a write all the same: who may
        // not record reports is refused before being told whether the record holds it.
        try await ledger.history.authorize(.process(.reportIngested(report)), correcting: false, by: principal)
        if let sequence = try await ledger.recordedReports([digest])[digest] {
            return .ok(.init(body: .json(try await stored(sequence, duplicate: true))))
        }
        let reading = NewsReader.read(text, reportDate: publishedOn)
        report.title = reading.title
        report.findings = reading.findings
        do {
            let entry = try await ledger.record(
                .process(.reportIngested(report)), on: publishedOn ?? today(), source: name, by: principal)
            return .created(.init(body: .json(try await stored(entry.sequence, duplicate: false))))
        } catch RecordError.conflict(field: "report", _) {
            // Another request stored the same report first.
            guard let sequence = try await ledger.recordedReports([digest])[digest] else {
                throw APIError(code: .internal, message: "the report could not be read back")
            }
            return .ok(.init(body: .json(try await stored(sequence, duplicate: true))))
        }
    }

    func getReport(_ input: Operations.getReport.Input) async throws -> Operations.getReport.Output {
        let digest = input.path.report
        guard let sequence = try await ledger.recordedReports([digest])[digest] else {
            throw APIError(code: .notFound, message: "no report with this digest was read into the record", field: "report")
        }
        return .ok(.init(body: .json(try await stored(sequence, duplicate: false))))
    }

    private func stored(_ sequence: Int64, duplicate: Bool) async throws -> Components.Schemas.IngestedReport {
        guard let entry = try await ledger.entries(after: sequence - 1, limit: 1).first, entry.sequence == sequence,
            case .process(.reportIngested(let report))? = try BoardEvent(kind: entry.kind, payloadText: entry.payloadText)
        else { throw APIError(code: .internal, message: "entry \(sequence) does not hold a report") }
        return try Bridge.convert(ReportView(report: report, sequence: sequence, duplicate: duplicate))
    }
}

/// A stored report as the API shows it.
struct ReportView: Encodable {
    let report: String
    let name: String
    let title: String?
    let publishedOn: LocalDate?
    let sequence: Int64
    let duplicate: Bool
    let characters: Int
    let findings: JSONValue

    init(report: ReportIngested, sequence: Int64, duplicate: Bool) {
        self.report = report.report
        name = report.name
        title = report.title
        publishedOn = report.publishedOn
        self.sequence = sequence
        self.duplicate = duplicate
        characters = report.characters
        findings = report.findings
    }
}
