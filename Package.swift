// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "SiteGen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sitegen", targets: ["SiteGenCLI"]),
        .executable(name: "sitegen-bench", targets: ["SiteGenBenchmark"]),
        .library(name: "SiteGenKit", targets: ["SiteGenKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        // `sitegen serve` runs its small HTTP server on FlyingSocks, this package's socket layer
        // (its HTTP module, FlyingFox, would double what the dependency costs to compile).
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        // libcmark from the system (Debian: libcmark-dev). Only Parse/CMarkParser.swift imports it.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        // The few system calls Swift's Glibc module does not expose (atomic swap of two folders).
        .target(name: "CSiteGenSystem"),
        .target(
            name: "SiteGenKit",
            dependencies: [
                "CCmark",
                "CSiteGenSystem",
                .product(name: "Yams", package: "Yams"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
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
        // swift-mustache is for tests only: a differential test checks that sitegen's own engine
        // renders the default theme exactly as it does.
        .testTarget(
            name: "SiteGenKitTests",
            dependencies: ["SiteGenKit", .product(name: "Mustache", package: "swift-mustache"), .product(name: "FlyingSocks", package: "FlyingFox")]
        ),
    ]
)
