// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "SiteGen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sitegen", targets: ["SiteGenCLI"]),
        .executable(name: "sitegen-bench", targets: ["SiteGenBenchmark"]),
        .library(name: "SiteGenKit", targets: ["SiteGenKit"]),
        // The feedback collector and report (issue 16). Its dependencies (SwiftNIO's HTTP,
        // SQLite, PostgreSQL) are only built for this product: `swift run sitegen` never compiles them.
        .executable(name: "sitegen-feedback", targets: ["FeedbackCLI"]),
        .library(name: "FeedbackKit", targets: ["FeedbackKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        // Already built for postgres-nio; the collector's keyed client hashes use its HMAC.
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        // libcmark from the system (Debian: libcmark-dev). Only Parse/CMarkParser.swift imports it.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        .target(
            name: "SiteGenKit",
            dependencies: [
                "CCmark",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "SiteGenCLI",
            dependencies: ["SiteGenKit"]
        ),
        // The benchmark (issue: speed): generates a synthetic help centre and times sitegen,
        // Hugo and the cmark CLI on it. Run in release mode; see README.
        .executableTarget(
            name: "SiteGenBenchmark",
            dependencies: ["SiteGenKit"]
        ),
        .testTarget(
            name: "SiteGenKitTests",
            dependencies: ["SiteGenKit"]
        ),
        // Votes, their validation against the published site, storage (SQLite or PostgreSQL),
        // the HTTP collector and the report.
        .target(
            name: "FeedbackKit",
            dependencies: [
                "SiteGenKit",
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
            dependencies: ["FeedbackKit", "FeedbackCLI", "SiteGenKit"]
        ),
    ]
)
