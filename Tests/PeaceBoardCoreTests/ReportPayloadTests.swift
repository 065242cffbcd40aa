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
}
