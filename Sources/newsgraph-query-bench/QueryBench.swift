import ArgumentParser
import Foundation
import NewsGraph
import NewsGraphBenchSupport

/// newsgraph-query-bench: median times of `links` (1 and 2 hops) and `path` on a synthetic store.
@main
struct QueryBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsgraph-query-bench",
        abstract: "Build a synthetic store and print median times of links (1 and 2 hops) and path queries.",
        discussion: """
            Measure with a release build:
              swift build -c release && .build/release/newsgraph-query-bench
            """
    )

    @Option(help: "Entities in the synthetic store.") var entities = 100_000
    @Option(help: "Relations in the synthetic store.") var relations = 1_000_000
    @Option(help: "Queries of each sort.") var samples = 200
    @Option(help: "Random seed.") var seed: UInt64 = 42
    @Option(help: "Where to build the store (a temporary file, removed afterwards, by default).") var db: String?

    func run() throws {
        let path =
            db
            ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("newsgraph-bench-\(ProcessInfo.processInfo.processIdentifier).sqlite").path
        defer {
            if db == nil {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            }
        }
        if FileManager.default.fileExists(atPath: path) {
            throw ValidationError("'\(path)' exists; give a new file to --db")
        }
        let store = try GraphStore(path: path)
        let clock = ContinuousClock()
        var ids: [Int64] = []
        let built = try clock.measure {
            ids = try SyntheticStore(entities: entities, relations: relations, seed: seed).write(into: store)
        }
        print("built \(entities) entities, \(relations) relations in \(format(built))")
        var generator = SyntheticStore.Generator(seed: seed &+ 1)
        func randomEntity() throws -> EntityRef {
            guard let entity = try GraphQuery(store).entity(id: ids[Int(generator.next() % UInt64(ids.count))]) else {
                throw ValidationError("synthetic store lost an entity")
            }
            return entity
        }
        var one: [Duration] = [], two: [Duration] = [], paths: [Duration] = []
        var rows1 = 0, rows2 = 0, found = 0, hops = 0
        for _ in 0..<samples {
            let entity = try randomEntity()
            one.append(try clock.measure { rows1 += try GraphQuery(store).links(of: entity, depth: 1).count })
            two.append(try clock.measure { rows2 += try GraphQuery(store).links(of: entity, depth: 2).count })
            let (a, b) = (try randomEntity(), try randomEntity())
            paths.append(
                try clock.measure {
                    let result = try GraphQuery(store).paths(from: a, to: b, maxDepth: 6, limit: 10)
                    if let first = result.first { found += 1; hops += first.hops.count }
                })
        }
        print("links depth 1: median \(format(median(one))) (mean \(rows1 / max(samples, 1)) rows), target < 5 ms")
        print("links depth 2: median \(format(median(two))) (mean \(rows2 / max(samples, 1)) rows), target < 50 ms")
        print(
            "path:          median \(format(median(paths))) (\(found)/\(samples) connected, mean \(String(format: "%.1f", Double(hops) / Double(max(found, 1)))) hops), target < 100 ms"
        )
    }

    private func median(_ values: [Duration]) -> Duration {
        let sorted = values.sorted()
        return sorted.isEmpty ? .zero : sorted[sorted.count / 2]
    }

    private func format(_ duration: Duration) -> String {
        let ms = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        return String(format: "%.3f ms", ms)
    }
}
