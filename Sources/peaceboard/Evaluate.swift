import ArgumentParser
import Foundation
import PeaceBoardCore
import PeaceBoardNews

/// `peaceboard eval DIR`: runs the reader over a test set of reports with hand-written
/// expectations (`NAME.expected.json` beside `NAME.txt`) and prints precision and recall per
/// kind of finding.
struct Evaluate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval", abstract: "Measure the news reader's precision and recall against a directory of expected findings.")

    @Argument(help: "Directories holding NAME.txt and NAME.expected.json files.")
    var directories: [String]

    @Flag(name: .long, help: "List what was missed and what was found but not expected, report by report.")
    var verbose = false

    @Option(name: .long, help: "Exit with status 1 when a precision or recall is below this (0 to 1).")
    var minimum: Double?

    func run() async throws {
        var totals: [ReaderEvaluation.Kind: ReaderEvaluation.Counts] = [:]
        var reports = 0
        for directory in directories {
            let url = URL(fileURLWithPath: directory)
            let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(ReaderExpectation.fileSuffix) }.sorted()
            guard !names.isEmpty else { throw ValidationError("\(directory): no NAME.expected.json files") }
            for name in names {
                let expectationURL = url.appendingPathComponent(name)
                let expectation: ReaderExpectation
                do {
                    expectation = try JSONDecoder().decode(ReaderExpectation.self, from: try Data(contentsOf: expectationURL))
                } catch let error as DecodingError {
                    throw ValidationError("\(expectationURL.path): \(FieldError(error, whole: "file"))")
                }
                let reportURL = url.appendingPathComponent(expectation.reportFile(besides: name))
                guard let data = FileManager.default.contents(atPath: reportURL.path) else {
                    throw ValidationError("\(expectationURL.path): cannot read the report \(reportURL.path)")
                }
                let text = try ReportInput.text(from: Array(data))
                let result = ReaderEvaluation.score(NewsReader.read(text, reportDate: expectation.date), against: expectation)
                for (kind, counts) in result.counts { totals[kind, default: .init()] = totals[kind, default: .init()] + counts }
                reports += 1
                if verbose, !(result.missed.isEmpty && result.unexpected.isEmpty) {
                    print("== \(reportURL.lastPathComponent)")
                    for line in result.missed { print("  missed      \(line)") }
                    for line in result.unexpected { print("  unexpected  \(line)") }
                }
            }
        }
        print("\(reports) reports")
        print("kind         expected  found  precision  recall")
        var belowMinimum = false
        for kind in ReaderEvaluation.Kind.allCases {
            let counts = totals[kind] ?? .init()
            print(
                kind.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0) + String(format: " %8d  %5d  %9.3f  %6.3f", counts.expected, counts.found, counts.precision, counts.recall))
            if let minimum, counts.precision < minimum || counts.recall < minimum { belowMinimum = true }
        }
        if belowMinimum { throw ExitCode(1) }
    }
}
