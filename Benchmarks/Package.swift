// swift-tools-version:6.1
import PackageDescription

// Benchmarks live in their own package so that `swift test` at the root never builds the
// benchmark harness. Run from this folder: `swift package benchmark`.
let package = Package(
    name: "PeaceBoardBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "PeaceBoard", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .executableTarget(
            name: "LedgerBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PeaceBoardCore", package: "PeaceBoard"),
                .product(name: "PeaceBoardNews", package: "PeaceBoard"),
                .product(name: "PeaceBoardStore", package: "PeaceBoard"),
                .product(name: "PeaceBoardStoreSQLite", package: "PeaceBoard"),
                .product(name: "PeaceBoardStorePostgres", package: "PeaceBoard"),
            ],
            path: "Benchmarks/LedgerBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    ]
)
