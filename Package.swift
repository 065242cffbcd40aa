// swift-tools-version:6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "PeaceBoard",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "peaceboard", targets: ["peaceboard"]),
        .library(name: "PeaceBoardCore", targets: ["PeaceBoardCore"]),
        .library(name: "PeaceBoardNews", targets: ["PeaceBoardNews"]),
        .library(name: "PeaceBoardStore", targets: ["PeaceBoardStore"]),
        .library(name: "PeaceBoardStoreSQLite", targets: ["PeaceBoardStoreSQLite"]),
        .library(name: "PeaceBoardStorePostgres", targets: ["PeaceBoardStorePostgres"]),
        .library(name: "PeaceBoardServer", targets: ["PeaceBoardServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-openapi-generator", from: "1.14.3"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-openapi-hummingbird", from: "2.1.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        // Pure domain: facts, charter rules, projections. No I/O.
        .target(
            name: "PeaceBoardCore",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings
        ),
        // Reading news reports: cleaning, sentences, people, quotations. No I/O.
        .target(name: "PeaceBoardNews", dependencies: ["PeaceBoardCore"], swiftSettings: swiftSettings),
        // The store protocol, the in-memory store, and the ledger service that validates appends.
        .target(
            name: "PeaceBoardStore",
            dependencies: ["PeaceBoardCore"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "PeaceBoardStoreSQLite",
            dependencies: ["PeaceBoardStore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "PeaceBoardStorePostgres",
            dependencies: [
                "PeaceBoardStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOFoundationCompat", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "PeaceBoardServer",
            dependencies: [
                "PeaceBoardCore",
                "PeaceBoardNews",
                "PeaceBoardStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "CSV", package: "CSV.swift"),
            ],
            resources: [.copy("openapi.yaml")],
            swiftSettings: swiftSettings,
            plugins: [.plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")]
        ),
        .executableTarget(
            name: "peaceboard",
            dependencies: [
                "PeaceBoardCore",
                "PeaceBoardNews",
                "PeaceBoardStore",
                "PeaceBoardStoreSQLite",
                "PeaceBoardStorePostgres",
                "PeaceBoardServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        // Helpers shared by the test targets (the throwaway PostgreSQL cluster, the built executable).
        .target(
            name: "PeaceBoardTestSupport",
            dependencies: [
                "PeaceBoardCore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/Support",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PeaceBoardCoreTests", dependencies: ["PeaceBoardCore", "PeaceBoardTestSupport"], swiftSettings: swiftSettings),
        .testTarget(
            name: "PeaceBoardNewsTests", dependencies: ["PeaceBoardNews", "PeaceBoardCore"], swiftSettings: swiftSettings),
        .testTarget(
            name: "PeaceBoardStoreTests",
            dependencies: [
                "PeaceBoardStore",
                "PeaceBoardStoreSQLite",
                "PeaceBoardStorePostgres",
                "PeaceBoardTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PeaceBoardServerTests",
            dependencies: [
                "PeaceBoardServer",
                "PeaceBoardStoreSQLite",
                "peaceboard",
                "PeaceBoardTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
