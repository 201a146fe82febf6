import Foundation
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// An incremental ingest after any sequence of edits, deletions, copies and renames gives the store a fresh ingest of
/// the final files gives (compared by `StoreInvariants.fingerprint`), and every intermediate store keeps the invariants.
///
/// CI runs a fixed seed. `NEWSGRAPH_INCREMENTAL_MINUTES=10 swift test --filter RobustnessIncrementalTests` runs random
/// seeds for that long and prints the seed of a failing run (`NEWSGRAPH_INCREMENTAL_SEED=N` replays one).
@Suite struct RobustnessIncrementalTests {
    /// A small deterministic generator (SplitMix64), so a seed replays a run exactly.
    struct Generator {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(n))
        }
        mutating func pick<T>(_ items: [T]) -> T { items[next(items.count)] }
    }

    /// An article of a few sentences naming people, places and organizations from a small pool, so articles share
    /// entities and relations (the weights an edit must recount).
    static func article(_ g: inout Generator, date: Bool) -> String {
        let people = ["Angela Merkel", "Emmanuel Macron", "Olaf Scholz", "Ruth Ingram", "Li Wei", "Maria Garcia"]
        let places = ["Paris", "Berlin", "Warsaw", "London", "Almaty"]
        let groups = ["Reuters", "the United Nations", "Amnesty International"]
        var text = date ? "2024-0\(1 + g.next(9))-1\(g.next(10))\n" : ""
        for _ in 0..<(2 + g.next(4)) {
            switch g.next(3) {
            case 0: text += "\(g.pick(people)) met \(g.pick(people)) in \(g.pick(places)). "
            case 1: text += "\(g.pick(people)), director of \(g.pick(groups)), spoke in \(g.pick(places)). "
            default: text += "\(g.pick(groups)) said \(g.pick(people)) visited \(g.pick(places)). "
            }
            if g.next(3) == 0 { text += "\n\n" }
        }
        return text + "\n"
    }

    /// One run: `steps` random operations on a corpus folder, an incremental ingest after each (with the folder's path
    /// spelt one of several ways), then a fresh ingest of the final files; returns a description of the first problem.
    static func run(seed: UInt64, steps: Int, folder: TemporaryFolder) throws -> String? {
        var g = Generator(state: seed)
        let fm = FileManager.default
        let corpus = folder.file("corpus")
        try fm.createDirectory(atPath: corpus + "/sub", withIntermediateDirectories: true)
        var names: [String] = []
        func write(_ name: String, _ text: String) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: corpus + "/" + name))
            if !names.contains(name) { names.append(name) }
        }
        func lines(_ g: inout Generator) -> String {
            (0..<(1 + g.next(4))).map { i in
                let text = article(&g, date: false).replacingOccurrences(of: "\n", with: "\\n")
                return "{\"id\": \"r\(g.next(6))-\(i)\", \"text\": \"\(text)\"}"
            }.joined(separator: "\n") + "\n"
        }
        for i in 0..<4 { try write("a\(i).txt", article(&g, date: g.next(2) == 0)) }
        try write("sub/records.jsonl", lines(&g))
        let incremental = folder.file("incremental-\(seed).sqlite")
        let ingestor = Ingestor(batchSize: 3, transactionSize: 4)
        for step in 0..<steps {
            var log = "step \(step): "
            switch g.next(7) {
            case 0 where !names.isEmpty:
                let name = g.pick(names)
                log += "edit \(name)"
                try write(name, name.hasSuffix(".jsonl") ? lines(&g) : article(&g, date: g.next(2) == 0))
            case 1 where names.count > 1:
                let name = g.pick(names)
                log += "delete \(name)"
                try fm.removeItem(atPath: corpus + "/" + name)
                names.removeAll { $0 == name }
            case 2 where !names.isEmpty:
                let name = g.pick(names)
                let copy = (g.next(2) == 0 ? "sub/" : "") + "c\(step)." + (name as NSString).pathExtension
                log += "copy \(name) to \(copy)"
                try write(
                    copy,
                    String(decoding: try Data(contentsOf: URL(fileURLWithPath: corpus + "/" + name)), as: UTF8.self))
            case 3 where !names.isEmpty:
                let name = g.pick(names)
                let target = "m\(step)." + (name as NSString).pathExtension
                log += "rename \(name) to \(target)"
                try fm.moveItem(atPath: corpus + "/" + name, toPath: corpus + "/" + target)
                names.removeAll { $0 == name }
                names.append(target)
            case 4 where names.count > 1:
                // An article edited to equal another one.
                let (a, b) = (g.pick(names), g.pick(names))
                guard a != b, a.hasSuffix(".txt") == b.hasSuffix(".txt") else { log += "nothing"; break }
                log += "make \(a) equal \(b)"
                try write(
                    a, String(decoding: try Data(contentsOf: URL(fileURLWithPath: corpus + "/" + b)), as: UTF8.self))
            default:
                log += "add n\(step).txt"
                try write("n\(step).txt", article(&g, date: g.next(2) == 0))
            }
            let spelling = [corpus, corpus + "/", folder.path + "/./corpus", folder.path + "/corpus/sub/../"][g.next(4)]
            try ingestor.ingest(paths: [spelling], into: GraphStore(path: incremental))
            _ = log
        }
        let fresh = folder.file("fresh-\(seed).sqlite")
        try ingestor.ingest(paths: [corpus], into: GraphStore(path: fresh))
        let a = try StoreInvariants.fingerprint(GraphStore(path: incremental, readOnly: true))
        let b = try StoreInvariants.fingerprint(GraphStore(path: fresh, readOnly: true))
        if a != b { return "seed \(seed): incremental and fresh stores differ\n" + StoreInvariants.difference(a, b) }
        try StoreInvariants.check(incremental)
        return nil
    }

    @Test func incrementalIngestOfRandomEditsEqualsAFreshIngest() throws {
        let environment = ProcessInfo.processInfo.environment
        let seeds: [UInt64] = environment["NEWSGRAPH_INCREMENTAL_SEED"].flatMap(UInt64.init).map { [$0] } ?? [1, 2, 3]
        for seed in seeds {
            let folder = try TemporaryFolder()
            let problem = try Self.run(seed: seed, steps: 12, folder: folder)
            #expect(problem == nil, "\(problem ?? "")")
        }
    }

    /// The long run: random seeds for `NEWSGRAPH_INCREMENTAL_MINUTES` minutes (skipped when unset).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["NEWSGRAPH_INCREMENTAL_MINUTES"] != nil))
    func incrementalIngestOfRandomEditsEqualsAFreshIngestForMinutes() throws {
        let minutes = Double(ProcessInfo.processInfo.environment["NEWSGRAPH_INCREMENTAL_MINUTES"] ?? "") ?? 10
        let deadline = Date().addingTimeInterval(minutes * 60)
        var runs = 0
        while Date() < deadline {
            let seed = UInt64.random(in: 1...UInt64(UInt32.max))
            let folder = try TemporaryFolder()
            if let problem = try Self.run(seed: seed, steps: 25, folder: folder) {
                Issue.record("\(problem)\nreplay with NEWSGRAPH_INCREMENTAL_SEED=\(seed)")
                return
            }
            runs += 1
        }
        print("incremental-vs-fresh: \(runs) random runs of 25 steps in \(minutes) minutes, no difference")
    }
}
