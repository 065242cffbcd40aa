import Benchmark
import Foundation
import PeaceBoardCore
import PeaceBoardStore
import PeaceBoardStorePostgres
import PeaceBoardStoreSQLite

// Targets (issue "The Board of Peace ledger"): appends ≥ 20,000 entries/s in batches on SQLite;
// standing over 1,000,000 entries < 1 s cold and < 5 ms warm.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .peakMemoryResident], timeUnits: .milliseconds,
        maxDuration: .seconds(15), maxIterations: 50)

    Benchmark("Append 1,000-entry batches through the ledger (SQLite file)") { benchmark in
        try await appendBatches(benchmark, to: try SQLiteLedgerStore(path: Fixtures.temporaryPath("append")))
    }

    // Point PEACEBOARD_BENCH_POSTGRES_URL at an empty database of its own.
    if let url = ProcessInfo.processInfo.environment["PEACEBOARD_BENCH_POSTGRES_URL"] {
        Benchmark("Append 1,000-entry batches through the ledger (PostgreSQL)") { benchmark in
            let store = try await PostgresLedgerStore(url: url)
            try await appendBatches(benchmark, to: store)
            await store.close()
        }
    }

    Benchmark(
        "Standing over 1,000,000 entries, cold start (open the file, restore the snapshot, answer)",
        configuration: .init(metrics: [.wallClock, .peakMemoryResident], timeUnits: .milliseconds, maxDuration: .seconds(60), maxIterations: 10)
    ) { benchmark in
        let path = try await Fixtures.millionEntryDatabase()
        // The first open of a ledger writes the snapshot that later starts restore.
        _ = try await Ledger(store: try SQLiteLedgerStore(path: path))
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let ledger = try await Ledger(store: try SQLiteLedgerStore(path: path))
            blackHole(try await ledger.standing(asOf: LocalDate(iso8601: "2030-06-01")!))
        }
        benchmark.stopMeasurement()
    }

    Benchmark(
        "Standing over 1,000,000 entries, first open without a snapshot (full replay)",
        configuration: .init(metrics: [.wallClock, .peakMemoryResident], timeUnits: .milliseconds, maxDuration: .seconds(60), maxIterations: 3)
    ) { benchmark in
        let path = try await Fixtures.millionEntryDatabase()
        for _ in benchmark.scaledIterations {
            let copy = try Fixtures.copyWithoutSnapshot(path)
            benchmark.startMeasurement()
            let ledger = try await Ledger(store: try SQLiteLedgerStore(path: copy), snapshotInterval: .max)
            blackHole(try await ledger.standing(asOf: LocalDate(iso8601: "2030-06-01")!))
            benchmark.stopMeasurement()
            try? FileManager.default.removeItem(atPath: copy)
        }
    }

    Benchmark(
        "Standing over 1,000,000 entries, warm",
        configuration: .init(metrics: [.wallClock, .throughput], timeUnits: .microseconds, maxDuration: .seconds(10), maxIterations: 2000)
    ) { benchmark in
        let ledger = try await Fixtures.millionEntryLedger()
        var day = LocalDate(iso8601: "2026-06-01")!
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try await ledger.standing(asOf: day))
            day = day.adding(days: 3)
        }
        benchmark.stopMeasurement()
    }

    processBenchmarks()
    readerBenchmarks()
}

/// Each iteration records one batch of 1,000 payments: checked, sealed, stored in one transaction.
func appendBatches(_ benchmark: Benchmark, to store: any LedgerStore) async throws {
    let ledger = try await Fixtures.emptyLedger(store: store)
    var day = LocalDate(iso8601: "2026-03-01")!
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
        _ = try await ledger.record(Fixtures.payments(count: 1000, on: day), by: Fixtures.secretariat)
        day = day.adding(days: 1)
    }
    benchmark.stopMeasurement()
}
