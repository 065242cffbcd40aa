import ArgumentParser
import Foundation
import PeaceBoardCore
import PeaceBoardNews

struct Read: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print what the reading engine finds in news reports: title, people, quotations (a first slice of the reader).")

    @Argument(help: "Report files (UTF-8 text).")
    var files: [String]

    @Flag(name: .long, help: "Print one JSON object per report instead of text.")
    var json = false

    @Option(name: .long, help: "The reports' publication day (YYYY-MM-DD), for \"on Monday\" and \"May 15\".")
    var date: String?

    struct Output: Encodable {
        var file: String
        var title: String?
        var sentences: Int
        var people: [PersonMention]
        var states: [StateMention]
        var organisations: [OrganisationMention]
        var quotes: [Quote]
        var amounts: [Amount]
        var dates: [DateFound]
        var events: [EventMention]
        var provisions: [ProvisionMention]
        var notRead: [ForeignPassage]
        var furniture: [String]

        struct Amount: Encodable {
            var minorUnits: Int64
            var currency: String
            var span: TextSpan
        }

        struct DateFound: Encodable {
            var date: String
            var precision: String
            var span: TextSpan
        }
    }

    func run() async throws {
        let reportDate = try date.map { text in
            guard let day = LocalDate(iso8601: text) else { throw ValidationError("--date: '\(text)' is not a date (YYYY-MM-DD)") }
            return day
        }
        var failures = 0
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                printError("\(file): cannot be read")
                failures += 1
                continue
            }
            let text: String
            do {
                text = try ReportInput.text(from: Array(data))
            } catch {
                printError("\(file): \(error)")
                failures += 1
                continue
            }
            let reading = NewsReader.read(text, reportDate: reportDate)
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                let output = Output(
                    file: file, title: reading.title, sentences: reading.sentences.count, people: reading.people,
                    states: reading.states, organisations: reading.organisations, quotes: reading.quotes,
                    amounts: reading.amounts.map { .init(minorUnits: $0.amount.minorUnits, currency: $0.amount.currency.rawValue, span: $0.span) },
                    dates: reading.dates.map { .init(date: $0.date.description, precision: $0.precision.rawValue, span: $0.span) },
                    events: reading.events, provisions: reading.provisions, notRead: reading.foreignPassages, furniture: reading.furniture)
                print(String(decoding: try encoder.encode(output), as: UTF8.self))
            } else {
                print(render(reading, file: file))
            }
        }
        if failures > 0 { throw ExitCode(1) }
    }

    private func render(_ reading: Reading, file: String) -> String {
        var lines = ["== \(file)", "Title: \(reading.title ?? "(none)")", "Sentences: \(reading.sentences.count)"]
        var seen = Set<String>()
        let people = reading.people.filter { seen.insert($0.name).inserted }
        lines.append(
            "People: "
                + people.map { person in
                    let role = [person.state, person.office].compactMap { $0 }.joined(separator: " ")
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
                participant.state.map { "\(participant.name) [\($0)]" } ?? participant.name
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
