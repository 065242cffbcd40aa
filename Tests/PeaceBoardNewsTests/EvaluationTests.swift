import Foundation
import PeaceBoardCore
import Testing
@testable import PeaceBoardNews

/// The reader's measured quality on the hand-written test sets (`peaceboard eval` prints the same).
@Suite struct EvaluationTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("ReaderEvaluation")

    func evaluate(_ set: String) throws -> [ReaderEvaluation.Kind: ReaderEvaluation.Counts] {
        let directory = Self.root.appendingPathComponent(set)
        var totals: [ReaderEvaluation.Kind: ReaderEvaluation.Counts] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name.hasSuffix(ReaderExpectation.fileSuffix) {
            let expectation = try JSONDecoder().decode(ReaderExpectation.self, from: Data(contentsOf: directory.appendingPathComponent(name)))
            let report = directory.appendingPathComponent(expectation.reportFile(besides: name))
            let text = try ReportInput.text(from: Array(try Data(contentsOf: report)))
            for (kind, counts) in ReaderEvaluation.score(NewsReader.read(text, reportDate: expectation.date), against: expectation).counts {
                totals[kind, default: .init()] = totals[kind, default: .init()] + counts
            }
        }
        return totals
    }

    @Test(arguments: ["seeds", "own"])
    func precisionAndRecallReachNinetyPercent(set: String) throws {
        let totals = try evaluate(set)
        for kind in ReaderEvaluation.Kind.allCases {
            let counts = try #require(totals[kind])
            #expect(counts.expected > 0, "\(set) \(kind) has no expectations")
            #expect(counts.precision >= 0.9, "\(set) \(kind) precision \(counts.precision)")
            #expect(counts.recall >= 0.9, "\(set) \(kind) recall \(counts.recall)")
        }
    }

    @Test func theOwnSetHasAtLeastTwentyReportsAboutOtherProcesses() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("own").path)
        #expect(names.filter { $0.hasSuffix(ReaderExpectation.fileSuffix) }.count >= 20)
    }

    @Test func aMissedFindingLowersRecall() {
        let reading = NewsReader.read("Talks\nTurkey offered to host the talks.")
        var expectation = ReaderExpectation(
            report: nil, date: nil, people: [], quotes: [], events: [.init(kind: .offerToHost, actor: "TUR", target: nil, negated: nil, hedged: nil)],
            provisions: [])
        #expect(ReaderEvaluation.score(reading, against: expectation).counts[.events]?.recall == 1)
        expectation.events.append(.init(kind: .reject, actor: "RUS", target: nil, negated: nil, hedged: nil))
        let counts = ReaderEvaluation.score(reading, against: expectation).counts[.events]
        #expect(counts?.recall == 0.5 && counts?.precision == 1)
    }

    @Test func aKnownPersonWrittenAnotherWayIsTheSamePerson() {
        let reading = NewsReader.read("Talks\nThe deal was signed by Taliban political chief Mullah Abdul Ghani Baradar and Vice President J.D. Vance.")
        #expect(reading.people.map(\.name) == ["Abdul Ghani Baradar", "JD Vance"])
        let expectation = ReaderExpectation(report: nil, date: nil, people: ["Mullah Baradar", "J.D. Vance"], quotes: [], events: [], provisions: [])
        #expect(ReaderEvaluation.score(reading, against: expectation).counts[.people]?.recall == 1)
        let someoneElse = ReaderExpectation(report: nil, date: nil, people: ["Mullah Omar", "J.D. Vance"], quotes: [], events: [], provisions: [])
        #expect(ReaderEvaluation.score(reading, against: someoneElse).counts[.people]?.recall == 0.5)
    }

    @Test func aSpeakerWrittenAnotherWayOrWithoutAHyphenIsTheSameSpeaker() {
        let reading = NewsReader.read("Talks\n\"Peace has started,\" Sudanese President Omar Hassan al-Bashir said.")
        #expect(reading.quotes.map(\.speaker) == ["Omar al-Bashir"])
        for speaker in ["Omar Al Bashir", "Omar Hassan al-Bashir"] {
            let expectation = ReaderExpectation(
                report: nil, date: nil, people: [speaker], quotes: [.init(speaker: speaker, text: "Peace has started")], events: [], provisions: [])
            let counts = ReaderEvaluation.score(reading, against: expectation).counts
            #expect(counts[.quotes]?.recall == 1)
            #expect(counts[.people]?.recall == 1)
        }
        let other = ReaderExpectation(report: nil, date: nil, people: [], quotes: [.init(speaker: "Salva Kiir", text: "Peace has started")], events: [], provisions: [])
        #expect(ReaderEvaluation.score(reading, against: other).counts[.quotes]?.recall == 0)
    }
}
