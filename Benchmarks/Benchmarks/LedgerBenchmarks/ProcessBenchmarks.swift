import Benchmark
import Foundation
import PeaceBoardCore
import PeaceBoardStore
import PeaceBoardStoreSQLite

// Targets (issue "Peace processes on the record"): a dossier timeline or a position matrix as of
// a date over 1,000,000 entries, p99 under 10 ms warm; the memory of the loaded record under 1 GiB.
// Each query goes through `currentHistory()` (the catch-up read a server does per request).
func processBenchmarks() {
    let warm = Benchmark.Configuration(
        metrics: [.wallClock, .throughput, .peakMemoryResident], timeUnits: .microseconds, maxDuration: .seconds(10), maxIterations: 2000)

    Benchmark("Dossier timeline as of a day (latest 200 facts), 1,000,000-entry process record, warm", configuration: warm) { benchmark in
        let ledger = try await ProcessFixtures.millionEntryLedger()
        var day = LocalDate(iso8601: "2027-06-01")!
        var dossier = 0
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let history = try await ledger.currentHistory()
            blackHole(history.process.timeline(ProcessFixtures.dossiers[dossier], through: day, limit: 200))
            day = day.adding(days: 1)
            dossier = (dossier + 1) % ProcessFixtures.dossiers.count
        }
        benchmark.stopMeasurement()
    }

    Benchmark("Dossier changes between two days, 1,000,000-entry process record, warm", configuration: warm) { benchmark in
        let ledger = try await ProcessFixtures.millionEntryLedger()
        var day = LocalDate(iso8601: "2026-03-01")!
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let history = try await ledger.currentHistory()
            blackHole(history.process.timeline(ProcessFixtures.dossiers[3], since: day, through: day.adding(days: 19), limit: 5000))
            day = day.adding(days: 1)
        }
        benchmark.stopMeasurement()
    }

    Benchmark("Position matrix as of a day, 1,000,000-entry process record, warm", configuration: warm) { benchmark in
        let ledger = try await ProcessFixtures.millionEntryLedger()
        var day = LocalDate(iso8601: "2027-06-01")!
        var number = 0
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let history = try await ledger.currentHistory()
            blackHole(history.process.positions(ProcessFixtures.proposal(number % 20, number % 100), asOf: day))
            day = day.adding(days: 1)
            number += 7
        }
        benchmark.stopMeasurement()
    }

    Benchmark("Dossier state as of a day (fold of ~50,000 facts), 1,000,000-entry process record, warm", configuration: warm) { benchmark in
        let ledger = try await ProcessFixtures.millionEntryLedger()
        var day = LocalDate(iso8601: "2027-06-01")!
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let history = try await ledger.currentHistory()
            blackHole(history.process.dossierState(ProcessFixtures.dossiers[5], asOf: day))
            day = day.adding(days: 1)
        }
        benchmark.stopMeasurement()
    }

    Benchmark(
        "Open a 1,000,000-entry process record (SQLite, snapshot) and answer a position matrix",
        configuration: .init(metrics: [.wallClock, .peakMemoryResident], timeUnits: .milliseconds, maxDuration: .seconds(120), maxIterations: 2)
    ) { benchmark in
        let path = try await ProcessFixtures.millionEntryDatabase()
        for _ in benchmark.scaledIterations {
            let ledger = try await Ledger(store: try SQLiteLedgerStore(path: path))
            blackHole(try await ledger.currentHistory().process.positions(ProcessFixtures.proposal(1, 1), asOf: LocalDate(iso8601: "2028-01-01")!))
        }
    }
}
