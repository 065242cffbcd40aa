import Foundation
import Testing

@testable import PeaceBoardCore

@Suite struct ReportPayloadTests {
    /// The hand-built payload must say exactly what the Codable encoding says, or the hash of a
    /// stored entry would change with the path that built it.
    @Test(arguments: [true, false])
    func payloadIsTheCodableEncoding(withOptionalFields: Bool) throws {
        let findings: JSONValue = .object([
            "people": .array([.object(["name": .string("Recep Tayyip Erdoğan"), "start": .integer(12), "end": .integer(33)])]),
            "events": .array([]), "note": .string("“quoted” \\ \n"),
        ])
        let report = ReportIngested(
            report: String(repeating: "ab", count: 32), name: "report-1.txt", title: withOptionalFields ? "Talks resume" : nil,
            publishedOn: withOptionalFields ? LocalDate(iso8601: "2025-05-15") : nil, characters: 3_104, findings: findings)
        let viaEncoder = try JSONValue(parsing: try JSONEncoder().encode(report))
        #expect(report.payload == viaEncoder)
        #expect(ProcessFact.reportIngested(report).payload.canonicalText == viaEncoder.canonicalText)
    }

    /// A stored entry names its report from the payload's own member, not from a "report" member
    /// nested in the findings or quoted in the title.
    @Test func anEntryNamesItsReportByThePayloadsOwnMember() throws {
        let digest = String(repeating: "0f", count: 32)
        let findings: JSONValue = .object([
            "quotes": .array([.object(["report": .string("nested"), "text": .string(#"he said "report":"x" {[ \"#)])]),
            "amounts": .array([.integer(-12), .bool(true), .null]),
        ])
        let report = ReportIngested(
            report: digest, name: "a.txt", title: #"A "report":"title" that ends in \"#, publishedOn: nil, characters: 1, findings: findings)
        let entry = LedgerEntry(
            sealing: EntryDraft(effectiveDate: LocalDate(iso8601: "2025-05-15")!, author: "ingest", kind: .reportIngested, payload: report.payload),
            after: nil, recordedAt: Timestamp(Date()))
        #expect(entry.reportDigest == digest)
        let note = LedgerEntry(
            sealing: EntryDraft(effectiveDate: LocalDate(iso8601: "2025-05-15")!, author: "sec", kind: EntryKind("record.note"), payload: .object(["report": .string(digest)])),
            after: nil, recordedAt: Timestamp(Date()))
        #expect(note.reportDigest == nil)
        #expect(try JSONValue.stringMember("report", ofObject: Array(#" { "a" : [1, {"b": "}"}], "report" : "x" } "#.utf8)) == "x")
        #expect(try JSONValue.stringMember("report", ofObject: Array(#"{"a":1}"#.utf8)) == nil)
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.stringMember("report", ofObject: Array(#"{"a":[1,"#.utf8)) }
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.stringMember("report", ofObject: Array("[1]".utf8)) }
    }
}
