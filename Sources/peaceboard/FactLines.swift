import ArgumentParser
import Foundation
import PeaceBoardCore
import PeaceBoardStore

/// Facts written as JSON lines, each naming the role it is recorded as:
/// `{"as": {"role": "delegate", "state": "HUN", "name": "…"}, "effectiveDate": "…",
/// "kind": "invitation.accepted", "payload": {…}, "source": "…", "supersedes": 12}`.
/// The input of `record` and the form of the demo scenario.
enum FactLines {
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

    /// Runs of consecutive lines by the same author, each line checked to be a fact the record knows.
    static func batches(from data: Data, name: String) throws -> [(Principal, [Ledger.Submission])] {
        var batches: [(Principal, [Ledger.Submission])] = []
        for (number, line) in try JSONLines.decode(Line.self, from: data, name: name) {
            let place = "\(name) line \(number)"
            let principal: Principal
            do {
                principal = Principal(name: line.as.name, role: try Role(name: line.as.role, state: line.as.state))
            } catch {
                throw ValidationError("\(place): as.\(error.field): \(error.message)")
            }
            let event: BoardEvent?
            do {
                event = try BoardEvent(kind: line.kind, payloadText: line.payload.canonicalText)
            } catch let error as DecodingError {
                throw ValidationError("\(place): payload.\(FieldError(error, whole: "payload"))")
            } catch {
                throw ValidationError("\(place): payload: \(error)")
            }
            guard let event else {
                throw ValidationError("\(place): kind: '\(line.kind)' is not a fact the record knows")
            }
            let submission = Ledger.Submission(event: event, day: line.effectiveDate, source: line.source, supersedes: line.supersedes)
            if let last = batches.last, last.0 == principal {
                batches[batches.count - 1].1.append(submission)
            } else {
                batches.append((principal, [submission]))
            }
        }
        return batches
    }

    /// Records the batches in order; each batch is all or nothing. Returns the number of entries.
    static func record(_ batches: [(Principal, [Ledger.Submission])], into ledger: Ledger, name: String) async throws -> Int {
        var count = 0
        for (principal, submissions) in batches {
            do {
                count += try await ledger.record(submissions, by: principal).count
            } catch let error as RecordError {
                throw ValidationError("\(name): after \(count) entries, as \(principal.author): \(error)")
            }
        }
        return count
    }
}
