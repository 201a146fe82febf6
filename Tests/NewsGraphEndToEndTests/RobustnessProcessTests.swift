import Foundation
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// Real child processes: `kill -9` in the middle of an ingest, and several ingests and queries on one store at once.
/// Serialized, so the two do not compete for the same cores and their timing stays predictable.
@Suite(.serialized) struct RobustnessProcessTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    private func stats(_ db: String) throws -> String {
        let result = try NewsGraphBinary.run(["stats", "--db", db, "--format", "json"], in: folder.url)
        #expect(result.status == 0, "\(result)")
        return result.stdout
    }

    /// Articles in the store, or nil while it cannot be opened yet (being created by another process).
    private func storedArticles(_ path: String) -> Int? {
        guard FileManager.default.fileExists(atPath: path), let store = try? GraphStore(path: path, readOnly: true)
        else { return nil }
        return try? store.stats().articles
    }

    /// Waits for `process`, killing it after `seconds` so that a hang fails the test instead of the whole run.
    private func wait(_ process: Process, seconds: Double = 120) {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            Issue.record("newsgraph \(process.arguments ?? []) still running after \(seconds) s; killed")
            kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
    }

    /// The store passes SQLite's own checks, and each article in it is whole: its sentences and mentions are
    /// exactly what analysis gives for its text.
    private func checkConsistent(_ path: String) throws {
        let store = try GraphStore(path: path)
        let db = store.database
        #expect(try db.prepare("PRAGMA integrity_check").rows() == [[.text("ok")]])
        #expect(try db.prepare("PRAGMA foreign_key_check").rows().isEmpty)
        let rows = try db.prepare(
            """
            SELECT a.key, a.external_id, a.text,
                   (SELECT count(*) FROM sentence s WHERE s.article_id = a.id),
                   (SELECT count(*) FROM mention m WHERE m.article_id = a.id)
            FROM article a
            """
        ).rows()
        let analyzer = Analyzer()
        for row in rows {
            let article = Article(source: row[0].string!, externalID: row[1].string!, text: row[2].string!)
            let analyzed = analyzer.analyze(article)
            #expect(row[3].int == analyzed.document.sentences.count, "sentences of \(article.source)")
            #expect(row[4].int == analyzed.mentions.count, "mentions of \(article.source)")
        }
        #expect(try db.scalar("SELECT count(*) FROM relation WHERE weight = 0")?.int == 0)
        #expect(try db.scalar("SELECT count(*) FROM evidence WHERE relation_id IS NULL")?.int == 0)
    }

    @Test func killDuringIngestLeavesAConsistentStoreAndARerunCompletesIt() throws {
        let total = 900
        try folder.write("corpus.jsonl", Corpus.jsonLines(count: total, prefix: "k", seed: 7))
        let store = folder.path + "/killed.sqlite"
        // One transaction per batch of 256, so that the kill lands between commits.
        let process = try NewsGraphBinary.start(
            ["ingest", "corpus.jsonl", "--db", "killed.sqlite", "--transaction-size", "256"],
            in: folder.url, name: "killed")
        // Kill once at least one batch of 256 is committed, while the rest is still being written.
        var committed = 0
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning && Date() < deadline {
            committed = storedArticles(store) ?? 0
            if committed >= 256 { break }
            usleep(10_000)
        }
        let killedEarly = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(killedEarly, "ingest finished before it could be killed; make the corpus larger")
        #expect(process.terminationReason == .uncaughtSignal)
        let afterKill = try #require(storedArticles(store))
        #expect(afterKill >= 256 && afterKill < total, "\(afterKill) articles after kill")
        #expect(afterKill % 256 == 0, "only whole batches are committed: \(afterKill)")
        try checkConsistent(store)

        let rerun = try NewsGraphBinary.run(["ingest", "corpus.jsonl", "--db", "killed.sqlite"], in: folder.url)
        #expect(rerun.status == 0, "\(rerun)")
        #expect(
            rerun.stdout.hasPrefix("articles: \(total - afterKill) new, \(afterKill) unchanged, 0 replaced\n"),
            "\(rerun)")
        try checkConsistent(store)

        let clean = try NewsGraphBinary.run(["ingest", "corpus.jsonl", "--db", "clean.sqlite"], in: folder.url)
        #expect(clean.status == 0, "\(clean)")
        #expect(try stats("killed.sqlite") == stats("clean.sqlite"))
    }

    @Test func twoIngestsAtOnceMatchOneAfterTheOtherAndQueriesWorkMeanwhile() throws {
        // B repeats 60 of A's texts under other ids: whichever ingest stores them first, the other finds them unchanged.
        let a = Corpus.jsonLines(count: 300, prefix: "a", seed: 1)
        let b =
            Corpus.jsonLines(count: 300, prefix: "b", seed: 2)
            + a.split(separator: "\n").prefix(60).map {
                $0.replacingOccurrences(of: "\"id\": \"a", with: "\"id\": \"dup-a") + "\n"
            }.joined()
        try folder.write("a.jsonl", a)
        try folder.write("b.jsonl", b)

        let first = try NewsGraphBinary.start(["ingest", "a.jsonl", "--db", "both.sqlite"], in: folder.url, name: "a")
        let second = try NewsGraphBinary.start(["ingest", "b.jsonl", "--db", "both.sqlite"], in: folder.url, name: "b")
        // Queries while both write: once the store exists, `stats` and `entities` must answer.
        var queries = 0
        while (first.isRunning || second.isRunning) && queries < 6 {
            if storedArticles(folder.path + "/both.sqlite") != nil {
                let stats = try NewsGraphBinary.run(["stats", "--db", "both.sqlite"], in: folder.url)
                #expect(stats.status == 0, "\(stats)")
                let entities = try NewsGraphBinary.run(
                    ["entities", "--db", "both.sqlite", "--format", "json"], in: folder.url)
                #expect(entities.status == 0, "\(entities)")
                #expect((try? JSONSerialization.jsonObject(with: Data(entities.stdout.utf8))) is [Any], "\(entities)")
                queries += 1
            }
            usleep(100_000)
        }
        wait(first)
        wait(second)
        let resultA = NewsGraphBinary.result(of: first, in: folder.url, name: "a")
        let resultB = NewsGraphBinary.result(of: second, in: folder.url, name: "b")
        #expect(resultA.status == 0, "\(resultA)")
        #expect(resultB.status == 0, "\(resultB)")
        #expect(queries > 0, "no query ran while the ingests did")
        try checkConsistent(folder.path + "/both.sqlite")

        for input in ["a.jsonl", "b.jsonl"] {
            let result = try NewsGraphBinary.run(["ingest", input, "--db", "sequential.sqlite"], in: folder.url)
            #expect(result.status == 0, "\(result)")
        }
        #expect(try stats("both.sqlite") == stats("sequential.sqlite"))
    }

    @Test func processesCreatingOneStoreAtOnceAllSucceed() throws {
        try folder.write("a.txt", "Weather. Angela Merkel met Emmanuel Macron in Paris.")
        for round in 0..<8 {
            let db = "fresh\(round).sqlite"
            let processes = try (0..<3).map { n in
                try NewsGraphBinary.start(["ingest", "a.txt", "--db", db], in: folder.url, name: "r\(round)-\(n)")
            }
            for (n, process) in processes.enumerated() {
                wait(process)
                let result = NewsGraphBinary.result(of: process, in: folder.url, name: "r\(round)-\(n)")
                #expect(result.status == 0, "\(result)")
            }
            let store = try GraphStore(path: folder.path + "/" + db, readOnly: true)
            #expect(try store.stats().articles == 1)
            #expect(store.schemaVersion == Schema.currentVersion)
        }
    }
}
