import Crypto

/// A news report read into the record: what the reader found in it, each finding a claim that
/// cites the report. The report is named by the SHA-256 of its bytes, so reading it again
/// changes nothing.
public struct ReportIngested: Hashable, Sendable, Codable {
    /// SHA-256 of the report's bytes, 64 lower-case hexadecimal digits.
    public var report: String
    /// The file or address it came from.
    public var name: String
    public var title: String?
    public var publishedOn: LocalDate?
    public var characters: Int
    /// The reader's findings (people, quotations, events, provisions, amounts, dates), each with
    /// the offsets of the sentence it rests on.
    public var findings: JSONValue

    public init(report: String, name: String, title: String?, publishedOn: LocalDate?, characters: Int, findings: JSONValue) {
        self.report = report
        self.name = name
        self.title = title
        self.publishedOn = publishedOn
        self.characters = characters
        self.findings = findings
    }

    /// The entry's payload, built directly rather than through `JSONEncoder` and back: the
    /// findings are JSON already, and that round trip took longer than reading the report.
    /// Holds what the synthesized `Codable` conformance writes.
    public var payload: JSONValue {
        var object: [String: JSONValue] = [
            "report": .string(report), "name": .string(name), "characters": .integer(Int64(characters)), "findings": findings,
        ]
        if let title { object["title"] = .string(title) }
        if let publishedOn { object["publishedOn"] = .string(publishedOn.description) }
        return .object(object)
    }

    public var isWellFormedDigest: Bool {
        report.utf8.count == 64 && report.utf8.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 102) }
    }
}

extension EntryKind {
    public static let reportIngested = EntryKind("report.ingested")
}

extension LedgerEntry {
    /// The digest of the report this entry read into the record, nil for entries of other kinds.
    /// Stores index entries by it, so that no process has to hold every report read in memory.
    public var reportDigest: String? {
        guard kind == .reportIngested else { return nil }
        return try? JSONValue.stringMember("report", ofObject: payloadText.utf8)
    }
}


extension ReportIngested {
    /// The digest that names a report: SHA-256 of its bytes, as hexadecimal.
    public static func digest(of bytes: some Sequence<UInt8>) -> String {
        SHA256.hash(data: Array(bytes)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
