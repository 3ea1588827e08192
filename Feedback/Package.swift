// swift-tools-version:6.0
import PackageDescription

// The feedback collector and report (issue 16), a package of its own beside sitegen's: its
// dependencies (SwiftNIO, SQLite, PostgreSQL) are neither resolved nor built by `swift run sitegen`.
let package = Package(
    name: "SiteGenFeedback",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sitegen-feedback", targets: ["FeedbackCLI"]),
        .library(name: "FeedbackKit", targets: ["FeedbackKit"]),
    ],
    dependencies: [
        .package(name: "SiteGen", path: ".."),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        // Already built for postgres-nio; the collector's keyed client hashes use its HMAC.
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        // Votes, their validation against the published site, storage (SQLite or PostgreSQL),
        // the HTTP collector, the report and a load client.
        .target(
            name: "FeedbackKit",
            dependencies: [
                .product(name: "SiteGenKit", package: "SiteGen"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "FeedbackCLI",
            dependencies: ["FeedbackKit"]
        ),
        .testTarget(
            name: "FeedbackKitTests",
            dependencies: ["FeedbackKit", "FeedbackCLI", .product(name: "SiteGenKit", package: "SiteGen")]
        ),
    ]
)
