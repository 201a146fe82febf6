import Foundation
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// Real child processes measured or killed: peak memory of an ingest against the number of large articles, and
/// `export --output` killed at many moments. Serialized: both are sensitive to the other tests' load.
@Suite(.serialized) struct RobustnessResourceTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    /// Runs the binary (absolute paths only) and returns its exit status and peak resident memory in KiB, read by
    /// `wait4` for this child alone (`getrusage(RUSAGE_CHILDREN)` would mix in every other child of the test run).
    private func peakMemory(_ arguments: [String]) throws -> (status: Int32, kilobytes: Int) {
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([NewsGraphBinary.url.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, NewsGraphBinary.url.path, &actions, nil, argv, environ)
        try #require(rc == 0, "posix_spawn failed: \(rc)")
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        return ((status >> 8) & 0xFF, usage.ru_maxrss)
    }

    /// Articles of real sentences (so analysis builds tokens, mentions and relations for every word).
    private func jsonLines(count: Int, bytes: Int) -> String {
        var g = RobustnessIncrementalTests.Generator(state: 42)
        return (0..<count).map { i in
            var text = ""
            while text.utf8.count < bytes { text += RobustnessIncrementalTests.article(&g, date: false) }
            return "{\"id\": \"\(i)\", \"text\": \"\(text.replacingOccurrences(of: "\n", with: "\\n"))\"}"
        }.joined(separator: "\n") + "\n"
    }

    /// Memory follows the largest article, not the number of articles: 20 articles of 120 KB need no more than 3 of
    /// them, plus SQLite's page cache, which holds what was written (bounded by the store's size and 128 MB). Before
    /// batches were capped by bytes, one batch held every article of the file with its analysis: 52.7 MB more for 12
    /// articles than for 3 where the store grew by 20 MB (after: 31 MB more).
    @Test func memoryFollowsTheLargestArticleNotTheNumberOfArticles() throws {
        var measured: [(kilobytes: Int, store: Int)] = []
        for count in [3, 20] {
            try folder.write("big\(count).jsonl", jsonLines(count: count, bytes: 120_000))
            let store = folder.file("big\(count).sqlite")
            let run = try peakMemory(["ingest", folder.file("big\(count).jsonl"), "--db", store])
            #expect(run.status == 0)
            let size = (try FileManager.default.attributesOfItem(atPath: store)[.size] as? Int) ?? 0
            measured.append((run.kilobytes, size / 1024))
            try StoreInvariants.check(store)
        }
        let growth = measured[1].kilobytes - measured[0].kilobytes
        let storeGrowth = measured[1].store - measured[0].store
        #expect(
            growth < storeGrowth + 20 * 1024,
            "peak memory grew by \(growth) KiB from 3 to 20 articles of 120 KB (store: \(storeGrowth) KiB)")
    }

    /// `export --output` killed at moments spread over a whole run leaves the old file or the new one, byte for byte.
    @Test func exportKilledAtAnyMomentLeavesTheOldOrTheNewFile() throws {
        try folder.write("corpus.jsonl", Corpus.jsonLines(count: 250, prefix: "x", seed: 11))
        #expect(try NewsGraphBinary.run(["ingest", "corpus.jsonl", "--db", "kg.sqlite"], in: folder.url).status == 0)
        let target = folder.file("graph.graphml")
        let full = ["export", "--db", "kg.sqlite", "--format", "graphml", "--output", "graph.graphml"]
        #expect(try NewsGraphBinary.run(full, in: folder.url).status == 0)
        let new = try Data(contentsOf: URL(fileURLWithPath: target))
        #expect(try NewsGraphBinary.run(full + ["--top", "5"], in: folder.url).status == 0)
        let old = try Data(contentsOf: URL(fileURLWithPath: target))
        try #require(old != new && new.count > 50_000)
        // How long a whole export takes here, to spread the kills over it.
        let started = Date()
        #expect(try NewsGraphBinary.run(full + ["--top", "5"], in: folder.url).status == 0)
        let duration = Date().timeIntervalSince(started) * 2
        var outcomes: [String: Int] = [:]
        let fm = FileManager.default
        for attempt in 0..<12 {
            let process = try NewsGraphBinary.start(full, in: folder.url, name: "kill\(attempt)")
            if attempt < 6 {
                // At moments spread over a whole run.
                usleep(UInt32(duration * 1_000_000 * Double(attempt) / 6))
            } else {
                // As soon as writing shows: the target changed, or a temporary file appeared beside it.
                let deadline = Date().addingTimeInterval(60)
                while process.isRunning && Date() < deadline {
                    let names = (try? fm.contentsOfDirectory(atPath: folder.path)) ?? []
                    if names.contains(where: { $0.hasPrefix(".graph.graphml.newsgraph-") }) { break }
                    if let size = try? fm.attributesOfItem(atPath: target)[.size] as? Int, size != old.count { break }
                    usleep(200)
                }
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = try Data(contentsOf: URL(fileURLWithPath: target))
            #expect(now == old || now == new, "attempt \(attempt): a fragment of \(now.count) bytes")
            outcomes[now == new ? "new" : now == old ? "old" : "fragment", default: 0] += 1
            // Back to the old file for the next attempt.
            if now != old { #expect(try NewsGraphBinary.run(full + ["--top", "5"], in: folder.url).status == 0) }
        }
        #expect(outcomes["old", default: 0] > 0, "no kill landed before the rename: \(outcomes)")
    }
}
