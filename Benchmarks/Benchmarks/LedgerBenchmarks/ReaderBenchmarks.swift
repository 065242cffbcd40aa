import Benchmark
import Foundation
import PeaceBoardCore
import PeaceBoardNews

// Targets (issue "Reading the news"): at least 20 MB of report text per second per core, near-
// linear speed-up on both cores, and memory flat while streaming 100,000 reports.
func readerBenchmarks() {
    Benchmark(
        "Read reports on one core (the five seeds, 1,000 reports per iteration)",
        configuration: .init(metrics: [.wallClock, .throughput, .peakMemoryResident], timeUnits: .milliseconds, maxDuration: .seconds(15), maxIterations: 50)
    ) { benchmark in
        let reports = ReaderFixtures.reports(count: 1_000)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            for report in reports { blackHole(NewsReader.read(report).findings) }
        }
        benchmark.stopMeasurement()
    }

    Benchmark(
        "Read reports on every core (1,000 reports per iteration, one task per core)",
        configuration: .init(metrics: [.wallClock, .throughput, .peakMemoryResident], timeUnits: .milliseconds, maxDuration: .seconds(15), maxIterations: 50)
    ) { benchmark in
        let reports = ReaderFixtures.reports(count: 1_000)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            DispatchQueue.concurrentPerform(iterations: cores) { core in
                for index in stride(from: core, to: reports.count, by: cores) { blackHole(NewsReader.read(reports[index]).findings) }
            }
        }
        benchmark.stopMeasurement()
    }

    Benchmark(
        "Stream 100,000 report files from disk through the reader in batches of 500 (every core)",
        configuration: .init(metrics: [.wallClock, .peakMemoryResident], timeUnits: .seconds, maxDuration: .seconds(600), maxIterations: 1)
    ) { benchmark in
        let directory = try ReaderFixtures.reportDirectory(count: 100_000)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        benchmark.startMeasurement()
        var start = 0
        while start < names.count {
            let batch = names[start..<min(names.count, start + 500)]
            let base = batch.startIndex
            DispatchQueue.concurrentPerform(iterations: batch.count) { offset in
                let path = (directory as NSString).appendingPathComponent(batch[base + offset])
                if let data = FileManager.default.contents(atPath: path), let text = try? ReportInput.text(from: Array(data)) {
                    blackHole(ReportIngested.digest(of: Array(data)))
                    blackHole(NewsReader.read(text).findings)
                }
            }
            start += batch.count
        }
        benchmark.stopMeasurement()
    }
}

/// Reports generated from the seeds: each a seed with a numbered line, so no two are the same.
enum ReaderFixtures {
    static let seeds: [String] = {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/seeds")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()) ?? []
        return names.compactMap { try? String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8) }
    }()

    static func reports(count: Int) -> [String] {
        precondition(!seeds.isEmpty, "the seeds are missing from ../shared/seeds")
        return (0..<count).map { seeds[$0 % seeds.count] + "\nReport \($0) of the generated set.\n" }
    }

    static var bytesPerReport: Int { reports(count: seeds.count).map(\.utf8.count).reduce(0, +) / seeds.count }

    /// A directory of `count` report files, written once and kept in the temporary folder.
    static func reportDirectory(count: Int) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pb-bench-reports-\(count)").path
        if let existing = try? FileManager.default.contentsOfDirectory(atPath: directory), existing.count == count { return directory }
        try? FileManager.default.removeItem(atPath: directory)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for (index, report) in reports(count: count).enumerated() {
            try Data(report.utf8).write(to: URL(fileURLWithPath: directory).appendingPathComponent(String(format: "report-%06d.txt", index)))
        }
        return directory
    }
}
