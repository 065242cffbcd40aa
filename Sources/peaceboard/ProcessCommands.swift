import ArgumentParser
import Foundation
import PeaceBoardCore
import PeaceBoardServer

/// How a list is printed: for people (text), for programs (json), for spreadsheets (csv).
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv
}

/// `--as-of`, read as an ISO 8601 day; today (UTC) when omitted.
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: "The day (YYYY-MM-DD) to answer as of; today when omitted.")
    var asOf: String?

    var day: LocalDate {
        get throws {
            guard let asOf else { return Timestamp(Date()).day }
            guard let day = LocalDate(iso8601: asOf) else { throw ValidationError("--as-of: '\(asOf)' is not an ISO 8601 date (YYYY-MM-DD)") }
            return day
        }
    }
}

enum Printing {
    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func name(_ text: String, option: String) throws -> RecordName {
        guard let name = RecordName(text: text) else { throw ValidationError("\(option): '\(text)' is not \(RecordName.expectedText)") }
        return name
    }

    static func date(_ text: String?, option: String) throws -> LocalDate? {
        guard let text else { return nil }
        guard let day = LocalDate(iso8601: text) else { throw ValidationError("\(option): '\(text)' is not an ISO 8601 date (YYYY-MM-DD)") }
        return day
    }

    /// Prints a list in the chosen format; `text` renders one line per row.
    static func list<Row: Tabular & Encodable>(_ rows: [Row], format: OutputFormat, text: (Row) -> String) throws {
        switch format {
        case .json: print(try json(rows))
        case .csv: print(try CSVTable.render(rows), terminator: "")
        case .text: for row in rows { print(text(row)) }
        }
    }
}

struct Dossiers: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the dossiers on the record.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var asOf: AsOfOption
    @Option(help: "text, json or csv.") var format: OutputFormat = .text

    func run() async throws {
        let day = try asOf.day
        let summaries = try await database.withLedger { try await $0.currentHistory().process.dossierSummaries(asOf: day) }
        try Printing.list(summaries, format: format) { "\($0.dossier)  \($0.status.rawValue)  \($0.title)  (parties \($0.parties.map(\.text).joined(separator: ", ")); \($0.facts) facts)" }
    }
}

struct DossierCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "dossier", abstract: "Show a dossier as it stood on a day.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var asOf: AsOfOption
    @Argument(help: "The dossier, e.g. ukraine-russia.") var dossier: String
    @Option(help: "text or json.") var format: OutputFormat = .text

    func run() async throws {
        let name = try Printing.name(dossier, option: "dossier")
        let day = try asOf.day
        guard let state = try await database.withLedger({ try await $0.currentHistory().process.dossierState(name, asOf: day) }) else {
            throw ValidationError("dossier: there is no dossier '\(name)'")
        }
        if format != .text { return print(try Printing.json(state)) }
        print(DossierText.render(state))
    }
}

struct Timeline: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "A dossier's facts in date order, up to a day.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var asOf: AsOfOption
    @Option(help: "The dossier, e.g. ukraine-russia.") var dossier: String
    @Option(help: "At most this many facts, the latest.") var limit: Int = 1000
    @Option(help: "text, json or csv.") var format: OutputFormat = .text

    func run() async throws {
        try await TimelinePrinter.print(database: database, dossier: dossier, since: nil, through: try asOf.day, limit: limit, format: format)
    }
}

struct Changes: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "What changed in a dossier between two days.")

    @OptionGroup var database: DatabaseOptions
    @Option(help: "The dossier, e.g. ukraine-russia.") var dossier: String
    @Option(help: "Facts dated after this day (YYYY-MM-DD)…") var since: String
    @Option(help: "…and on or before this day; today when omitted.") var until: String?
    @Option(help: "At most this many facts, the latest.") var limit: Int = 1000
    @Option(help: "text, json or csv.") var format: OutputFormat = .text

    func run() async throws {
        let since = try Printing.date(since, option: "--since")!
        let until = try Printing.date(until, option: "--until") ?? Timestamp(Date()).day
        guard since <= until else { throw ValidationError("--until: must not be before --since") }
        try await TimelinePrinter.print(database: database, dossier: dossier, since: since, through: until, limit: limit, format: format)
    }
}

enum TimelinePrinter {
    static func print(
        database: DatabaseOptions, dossier: String, since: LocalDate?, through: LocalDate, limit: Int, format: OutputFormat
    ) async throws {
        let name = try Printing.name(dossier, option: "--dossier")
        guard limit >= 1 else { throw ValidationError("--limit: must be at least 1") }
        guard let page = try await database.withLedger({ try await $0.currentHistory().process.timeline(name, since: since, through: through, limit: limit) })
        else { throw ValidationError("--dossier: there is no dossier '\(name)'") }
        if format == .json { return Swift.print(try Printing.json(page)) }
        if format == .text, page.truncated { Swift.print("(the latest \(page.items.count) of \(page.total) facts)") }
        try Printing.list(page.items, format: format) { item in
            let quote = item.statement.map { "\n      “\($0.text)”\($0.speaker.map { " — \($0)" } ?? "")\($0.speaksFor.isEmpty ? "" : " for \($0.speaksFor.map(\.text).joined(separator: ", "))")" } ?? ""
            return "\(item.date)  #\(item.sequence)  \(item.summary)  [\(item.basis.rawValue)]\(item.source.map { "\n      source: \($0)" } ?? "")\(quote)"
        }
    }
}

struct Positions: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The position matrix of a proposal (parties × provisions), or every stance on one issue across proposals.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var asOf: AsOfOption
    @Argument(help: "The proposal, e.g. european-30-day-ceasefire.") var proposal: String?
    @Option(help: "Instead of a proposal: a provision type, e.g. membership-postponement.") var issue: String?
    @Option(help: "With --issue: only this dossier's proposals.") var dossier: String?
    @Option(help: "text, json or csv.") var format: OutputFormat = .text

    func validate() throws {
        guard (proposal == nil) != (issue == nil) else { throw ValidationError("name a proposal or an --issue, not both") }
    }

    func run() async throws {
        let day = try asOf.day
        let process = try await database.withLedger { try await $0.currentHistory().process }
        if let issue {
            let type = try Printing.name(issue, option: "--issue")
            guard process.catalogues.contains(where: { $0.type(type) != nil }) else {
                throw ValidationError("--issue: '\(type)' is not a provision type of any catalogue")
            }
            let positions = process.positions(onIssue: type, dossier: try dossier.map { try Printing.name($0, option: "--dossier") }, asOf: day)
            return try Printing.list(positions, format: format) {
                "\($0.date)  \($0.party)  \($0.stance.rawValue)  \($0.proposal)/\($0.provision) \(JSONValue.object($0.parameters).canonicalText)\($0.fromWholeProposal ? " (answering the whole proposal)" : "")  [\($0.basis.rawValue)]"
            }
        }
        let name = try Printing.name(proposal!, option: "proposal")
        guard let matrix = process.positions(name, asOf: day) else {
            throw ValidationError("proposal: there is no proposal '\(name)' as of \(day)")
        }
        switch format {
        case .json: print(try Printing.json(matrix))
        case .csv: print(try CSVTable.render(matrix.cells), terminator: "")
        case .text: print(MatrixText.render(matrix))
        }
    }
}

struct Show: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show a meeting, proposal, person, resolution or mandate as of a day (JSON).")

    enum What: String, ExpressibleByArgument, CaseIterable { case meeting, proposal, person, resolution, mandate }

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var asOf: AsOfOption
    @Argument(help: "meeting, proposal, person, resolution or mandate.") var what: What
    @Argument(help: "Its name, e.g. istanbul-talks-2025.") var name: String

    func run() async throws {
        let name = try Printing.name(name, option: "name")
        let day = try asOf.day
        let history = try await database.withLedger { try await $0.currentHistory() }
        let process = history.process
        let found: (any Encodable)? =
            switch what {
            case .meeting: process.meeting(name, asOf: day)
            case .proposal: process.proposal(name, asOf: day)
            case .person: process.person(name, asOf: day)
            case .resolution: process.resolution(name, asOf: day) { history.charter(on: $0)?.decisionRule }
            case .mandate: process.mandate(name)?.0
            }
        guard let found else { throw ValidationError("there is no \(what.rawValue) '\(name)' as of \(day)") }
        print(try Printing.json(found))
    }
}
