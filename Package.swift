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
        .executable(name: "newsgraph-query-bench", targets: ["newsgraph-query-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        // The system libsqlite3 (Debian package libsqlite3-dev), through <sqlite3.h>.
        .systemLibrary(
            name: "CSQLite",
            path: "Sources/CSQLite",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // The system zlib (Debian package zlib1g-dev), through <zlib.h>: reading `.gz` input.
        .systemLibrary(
            name: "CZlib",
            path: "Sources/CZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // The library: one target per pipeline stage, each depending only on the stages upstream of it, so a
        // wrong-direction import fails the build. `NewsGraph` re-exports them all for users of the library.
        .target(name: "NewsGraphCore", path: "Sources/Core"),
        .target(name: "NewsGraphReading", dependencies: ["NewsGraphCore", "CZlib"], path: "Sources/Reading"),
        .target(name: "NewsGraphText", dependencies: ["NewsGraphCore"], path: "Sources/Text"),
        .target(
            name: "NewsGraphExtraction",
            dependencies: ["NewsGraphCore", "NewsGraphText"],
            path: "Sources/Extraction",
            resources: [.copy("Resources/Gazetteers")]
        ),
        .target(
            name: "NewsGraphResolution",
            dependencies: ["NewsGraphCore", "NewsGraphText", "NewsGraphExtraction"],
            path: "Sources/Resolution"
        ),
        .target(
            name: "NewsGraphRelations", dependencies: ["NewsGraphCore", "NewsGraphText"], path: "Sources/Relations"),
        .target(
            name: "NewsGraphStore", dependencies: ["NewsGraphCore", "NewsGraphResolution", "CSQLite"],
            path: "Sources/Store"),
        .target(
            name: "NewsGraphPipeline",
            dependencies: [
                "NewsGraphCore", "NewsGraphReading", "NewsGraphText", "NewsGraphExtraction", "NewsGraphResolution",
                "NewsGraphRelations", "NewsGraphStore",
            ],
            path: "Sources/Pipeline"
        ),
        .target(name: "NewsGraphQuery", dependencies: ["NewsGraphCore", "NewsGraphStore"], path: "Sources/Query"),
        .target(
            name: "NewsGraphAudit",
            dependencies: ["NewsGraphCore", "NewsGraphStore", "NewsGraphQuery"],
            path: "Sources/Audit"
        ),
        .target(name: "NewsGraphExport", dependencies: ["NewsGraphCore"], path: "Sources/Export"),
        .target(name: "NewsGraphEvaluation", dependencies: ["NewsGraphCore"], path: "Sources/Evaluation"),
        .target(
            name: "NewsGraph",
            dependencies: [
                "NewsGraphCore", "NewsGraphReading", "NewsGraphText", "NewsGraphExtraction", "NewsGraphResolution",
                "NewsGraphRelations", "NewsGraphStore", "NewsGraphPipeline", "NewsGraphQuery", "NewsGraphAudit",
                "NewsGraphExport", "NewsGraphEvaluation",
            ],
            path: "Sources/NewsGraph"
        ),
        .executableTarget(
            name: "newsgraph",
            dependencies: [
                "NewsGraph",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/newsgraph"
        ),
        // Developer tools, not part of the library product: synthetic stores and graphs for benchmarks and tests.
        .target(
            name: "NewsGraphBenchSupport",
            dependencies: ["NewsGraphCore", "NewsGraphStore", "NewsGraphExport"],
            path: "Sources/BenchSupport"
        ),
        .executableTarget(
            name: "newsgraph-query-bench",
            dependencies: [
                "NewsGraph", "NewsGraphBenchSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/newsgraph-query-bench"
        ),
        .executableTarget(
            name: "newsgraph-bench",
            dependencies: ["NewsGraph"],
            path: "Sources/newsgraph-bench"
        ),
        // Times the exporters on a generated graph of 100,000 nodes and 1,000,000 edges.
        .executableTarget(
            name: "newsgraph-export-bench",
            dependencies: ["NewsGraph", "NewsGraphBenchSupport"],
            path: "Sources/newsgraph-export-bench"
        ),
        // libFuzzer targets (Scripts/fuzz.sh); built normally they replay inputs, so `swift build` still works. Their one
        // `main`, for both ways, is FuzzDriver.
        .target(name: "NewsGraphFuzzDriver", path: "Sources/FuzzDriver"),
        .executableTarget(
            name: "newsgraph-fuzz-text",
            dependencies: ["NewsGraph", "NewsGraphFuzzDriver"],
            path: "Sources/newsgraph-fuzz-text"
        ),
        .executableTarget(
            name: "newsgraph-fuzz-export",
            dependencies: ["NewsGraph", "NewsGraphFuzzDriver", "NewsGraphBenchSupport"],
            path: "Sources/newsgraph-fuzz-export"
        ),
        .executableTarget(
            name: "newsgraph-fuzz-parsers",
            dependencies: ["NewsGraph", "NewsGraphFuzzDriver"],
            path: "Sources/newsgraph-fuzz-parsers"
        ),
        // What both test targets share: the package's paths, one runner for the built binary and other programs, one
        // golden-file helper, one temporary folder, and the fixtures many suites use.
        .target(
            name: "NewsGraphTestSupport",
            dependencies: ["NewsGraph"],
            path: "Tests/NewsGraphTestSupport"
        ),
        // The fast half: the library in-process, no binary, no external program
        // (`swift test --skip NewsGraphEndToEndTests` runs only these).
        .testTarget(
            name: "NewsGraphTests",
            // NewsGraphExtraction: the rule table tests read its package-level rule declarations. CSQLite: result codes.
            dependencies: [
                "NewsGraph", "NewsGraphTestSupport", "NewsGraphBenchSupport", "NewsGraphExtraction", "CSQLite",
            ],
            path: "Tests/NewsGraphTests"
        ),
        // The slow half: tests that run the built binaries (newsgraph, the fuzz replays), Graphviz, Chromium, xmllint or
        // NetworkX, kill processes, or run long randomized sequences.
        .testTarget(
            name: "NewsGraphEndToEndTests",
            // CSQLite: the store tests damage pages and headers through SQLite itself.
            dependencies: ["NewsGraph", "NewsGraphTestSupport", "NewsGraphBenchSupport", "CSQLite"],
            path: "Tests/NewsGraphEndToEndTests"
        ),
    ],
    swiftLanguageModes: [.v6]
)
