import ArgumentParser
import Foundation
import PeaceBoardCore
import PeaceBoardNews

struct Read: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print what the reading engine finds in news reports: people, quotations, events, provisions, amounts, dates.")

    @Argument(help: "Report files (UTF-8 text), or directories read recursively (.txt files).")
    var files: [String]

    @Flag(name: .long, help: "Print one JSON object per report instead of text.")
    var json = false

    @Option(name: .long, help: "The reports' publication day (YYYY-MM-DD), for \"on Monday\" and \"May 15\".")
    var date: String?

    /// Reports read at once on all cores before their output is printed, in the order given.
    private static let chunkSize = 256

    func run() async throws {
        let reportDate = try date.map { text in
            guard let day = LocalDate(iso8601: text) else { throw ValidationError("--date: '\(text)' is not a date (YYYY-MM-DD)") }
            return day
        }
        let walk = try ReportFileWalk(files)
        var failures = 0
        while case let chunk = walk.next(upTo: Self.chunkSize), !chunk.isEmpty {
            let json = json
            let outputs = ParallelMap.map(chunk) { file in Self.output(for: file, json: json, reportDate: reportDate) }
            for output in outputs {
                switch output {
                case .success(let text): print(text)
                case .failure(let problem):
                    printError(problem.message)
                    failures += 1
                }
            }
        }
        if failures > 0 { throw ExitCode(1) }
    }

    private struct Problem: Error {
        let message: String
    }

    /// What is printed for one report, or why it could not be read.
    private static func output(for file: String, json: Bool, reportDate: LocalDate?) -> Result<String, Problem> {
        guard let data = FileManager.default.contents(atPath: file) else { return .failure(Problem(message: "\(file): cannot be read")) }
        let text: String
        do {
            text = try ReportInput.text(from: Array(data))
        } catch {
            return .failure(Problem(message: "\(file): \(error)"))
        }
        let reading = NewsReader.read(text, reportDate: reportDate)
        guard json else { return .success(render(reading, file: file)) }
        // The same findings `ingest` stores, with where they were read from.
        var output: [String: JSONValue] = if case .object(let members) = reading.findings { members } else { [:] }
        output["file"] = .string(file)
        output["title"] = reading.title.map(JSONValue.string) ?? .null
        output["sentences"] = .integer(Int64(reading.sentences.count))
        output["furniture"] = .array(reading.furniture.map(JSONValue.string))
        return .success(JSONValue.object(output).canonicalText)
    }

    private static func render(_ reading: Reading, file: String) -> String {
        var lines = ["== \(file)", "Title: \(reading.title ?? "(none)")", "Sentences: \(reading.sentences.count)"]
        var seen = Set<String>()
        let people = reading.people.filter { seen.insert($0.name).inserted }
        lines.append(
            "People: "
                + people.map { person in
                    let role = [person.state ?? person.organisation, person.office].compactMap { $0 }.joined(separator: " ")
                    return role.isEmpty ? person.name : "\(person.name) (\(role))"
                }.joined(separator: "; "))
        lines.append("States: " + Array(Set(reading.states.map(\.state))).sorted().joined(separator: ", "))
        lines.append("Organisations: " + Array(Set(reading.organisations.map(\.name))).sorted().joined(separator: ", "))
        for quote in reading.quotes {
            let kind = quote.isPartial ? "partial" : "quote"
            lines.append("  \(kind) [\(quote.span.start)–\(quote.span.end)] \(quote.speaker ?? "?")\(quote.verb.map { " \($0)" } ?? ""): “\(quote.text)”")
        }
        lines.append("Amounts: " + reading.amounts.map { "\($0.amount) (“\($0.span.text)”)" }.joined(separator: "; "))
        lines.append("Dates: " + reading.dates.map { "\($0.date) \($0.precision.rawValue) (“\($0.span.text)”)" }.joined(separator: "; "))
        for event in reading.events {
            func named(_ participant: EventParticipant) -> String {
                participant.state.map { "\(participant.name) [\($0)]" }
                    ?? participant.organisation.flatMap { $0 == participant.name ? nil : "\(participant.name) [\($0)]" } ?? participant.name
            }
            let actors = event.actors.map(named).joined(separator: ", ")
            let targets = event.targets.map(named).joined(separator: ", ")
            let flags = [event.negated ? "negated" : nil, event.hedged ? "hedged" : nil].compactMap { $0 }.joined(separator: ", ")
            lines.append(
                "  event \(event.kind.rawValue) CAMEO \(event.cameo.code) (\(event.cameo.description), Goldstein \(event.cameo.goldstein)): \(actors.isEmpty ? "?" : actors) → \(targets.isEmpty ? "—" : targets) “\(event.trigger.text)”\(flags.isEmpty ? "" : " [\(flags)]")")
        }
        for provision in reading.provisions {
            lines.append("  provision \(provision.type) \(JSONValue.object(provision.parameters).canonicalText) “\(provision.cue.text)” [\(provision.sentence.start)–\(provision.sentence.end)]")
        }
        for passage in reading.foreignPassages { lines.append("  not read: \(passage.message)") }
        if !reading.furniture.isEmpty { lines.append("Page furniture: " + reading.furniture.joined(separator: " | ")) }
        return lines.joined(separator: "\n")
    }

    private func printError(_ message: String) {
        FileHandle.standardError.write(Data("peaceboard read: \(message)\n".utf8))
    }
}
