import ArgumentParser
import Foundation
import PeaceBoardCore
import PeaceBoardStore

/// Bulk entry of facts from a file, each line checked against the role it names and the
/// Board's rules, all or nothing.
///
/// A line: `{"as": {"role": "delegate", "state": "HUN", "name": "…"}, "effectiveDate": "…",
/// "kind": "invitation.accepted", "payload": {…}, "source": "…", "supersedes": 12}`.
struct Record: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Record facts from a JSON-lines file, checking each against its author's role and the rules.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "JSON-lines file of facts.")
    var file: String

    struct Line: Decodable {
        struct Author: Decodable {
            var role: String
            var state: String?
            var name: String
        }
        var `as`: Author
        var effectiveDate: LocalDate
        var kind: EntryKind
        var payload: JSONValue
        var source: String?
        var supersedes: Int64?
    }

    func run() async throws {
        var batches: [(Principal, [Ledger.Submission])] = []
        for (number, line) in try JSONLines.decode(Line.self, from: try Data(contentsOf: URL(fileURLWithPath: file)), name: file) {
            let place = "\(file) line \(number)"
            let principal: Principal
            do {
                principal = Principal(name: line.as.name, role: try Role(name: line.as.role, state: line.as.state))
            } catch {
                throw ValidationError("\(place): as.\(error.field): \(error.message)")
            }
            guard let event = try? BoardEvent(kind: line.kind, payloadText: line.payload.canonicalText) else {
                throw ValidationError("\(place): kind '\(line.kind)' with this payload is not a fact the Board records")
            }
            let submission = Ledger.Submission(event: event, day: line.effectiveDate, source: line.source, supersedes: line.supersedes)
            if let last = batches.last, last.0 == principal {
                batches[batches.count - 1].1.append(submission)
            } else {
                batches.append((principal, [submission]))
            }
        }
        let recorded = try await database.withLedger { ledger in
            var count = 0
            for (principal, submissions) in batches {
                count += try await ledger.record(submissions, by: principal).count
            }
            return count
        }
        print("recorded \(recorded) entries")
    }
}
