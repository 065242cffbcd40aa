import Foundation
import Testing

@testable import PeaceBoardNews

/// Every finding's offsets point at its own text in the report, however the report is written:
/// the evaluation reports, cut and spliced with characters from other scripts, beyond U+FFFF,
/// combining marks, quotation marks and line breaks.
@Suite struct EvidenceTests {
    /// A fixed generator, so a failure can be reproduced.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let inserts = ["“", "”", "\"", "’s", " — ", ".", ",", "\n", "\n\n", "🕊", "𝕏", "é", "Мир", "سلام", "和平", "\u{00A0}", "a\u{0301}", "$", "€", "30-day", "U.S.", "Gen.", " said ", "\r\n", "…", "\u{FEFF}"]

    static func spliced(_ text: String, using generator: inout SplitMix) -> String {
        var result = ""
        var rest = Substring(text)
        while !rest.isEmpty {
            let take = Int.random(in: 1...40, using: &generator)
            result += rest.prefix(take)
            rest = rest.dropFirst(take)
            switch Int.random(in: 0..<100, using: &generator) {
            case 0..<3: result += inserts.randomElement(using: &generator)!
            case 3..<4: rest = rest.dropFirst(Int.random(in: 1...30, using: &generator))
            default: break
            }
        }
        return result
    }

    static func located(_ span: TextSpan, in text: String) -> Bool {
        let units = Array(text.utf16)
        guard 0 <= span.start, span.start <= span.end, span.end <= units.count else { return false }
        return String(decoding: units[span.start..<span.end], as: UTF16.self) == span.text
    }

    @Test func everySpanIsTheTextAtItsOffsets() throws {
        let directory = EvaluationTests.root.appendingPathComponent("own")
        let reports = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }.sorted()
            .map { try String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8) }
        var generator = SplitMix(state: 2026)
        for round in 0..<4 {
            for report in reports {
                let text = round == 0 ? report : Self.spliced(report, using: &generator)
                let reading = NewsReader.read(text)
                var spans = reading.sentences + reading.people.map(\.span) + reading.states.map(\.span) + reading.quotes.map(\.span)
                spans += reading.amounts.map(\.span) + reading.dates.map(\.span) + reading.foreignPassages.map(\.span)
                spans += reading.events.flatMap { [$0.trigger, $0.sentence] } + reading.provisions.flatMap { [$0.cue, $0.sentence] }
                let misplaced = spans.filter { !Self.located($0, in: text) }
                #expect(misplaced.isEmpty, "round \(round): \(misplaced.prefix(3).map { "\($0.start)-\($0.end) “\($0.text)”" })")
            }
        }
    }
}
