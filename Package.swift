// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "NewsGraph",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "NewsGraph", targets: ["NewsGraph"]),
        .executable(name: "newsgraph", targets: ["newsgraph"]),
        .executable(name: "newsgraph-bench", targets: ["newsgraph-bench"]),
        .executable(name: "newsgraph-export-bench", targets: ["newsgraph-export-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The system libsqlite3 (Debian package libsqlite3-dev), through <sqlite3.h>.
        .systemLibrary(
            name: "CSQLite",
            path: "Sources/CSQLite",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(
            name: "NewsGraph",
            dependencies: ["CSQLite"],
            path: "Sources/NewsGraph",
            resources: [.copy("Resources/Gazetteers")]
        ),
        .executableTarget(
            name: "newsgraph",
            dependencies: [
                "NewsGraph",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/newsgraph"
        ),
        .executableTarget(
            name: "newsgraph-bench",
            dependencies: ["NewsGraph"],
            path: "Sources/newsgraph-bench"
        ),
        // Times the exporters on a generated graph of 100,000 nodes and 1,000,000 edges.
        .executableTarget(
            name: "newsgraph-export-bench",
            dependencies: ["NewsGraph"],
            path: "Sources/newsgraph-export-bench"
        ),
        // libFuzzer targets (Scripts/fuzz.sh); built normally they replay inputs, so `swift build` still works.
        .executableTarget(
            name: "newsgraph-fuzz-text",
            dependencies: ["NewsGraph"],
            path: "Sources/newsgraph-fuzz-text"
        ),
        .executableTarget(
            name: "newsgraph-fuzz-export",
            dependencies: ["NewsGraph"],
            path: "Sources/newsgraph-fuzz-export"
        ),
        .testTarget(
            name: "NewsGraphTests",
            dependencies: ["NewsGraph"],
            path: "Tests/NewsGraphTests"
        ),
    ],
    swiftLanguageModes: [.v6]
)
