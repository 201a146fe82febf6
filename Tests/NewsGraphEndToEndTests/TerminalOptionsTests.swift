import Foundation
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// End-to-end: what a user sees on standard error. The progress line on a terminal only (a pseudo-terminal made by
/// `script`, against the plain pipes and files of `NewsGraphBinary.run`), `--quiet` and `--verbose` on the query
/// commands, `build --no-render` and `--version`.
@Suite struct TerminalOptionsTests {
    /// A file store holding the query fixture (no curation: `log` says so).
    func storePath() throws -> String {
        let path = TemporaryFolder.untilExit().appendingPathComponent("kg.sqlite").path
        let store = try GraphStore(path: path)
        try store.ingest([Fixture.camps.analyzed, Fixture.paris.analyzed, Fixture.misspelled.analyzed])
        return path
    }

    func run(_ arguments: [String]) throws -> NewsGraphBinary.Result {
        try NewsGraphBinary.run(arguments, in: TemporaryFolder.processRoot)
    }

    /// Runs the binary on a pseudo-terminal (standard input, output and error all on it, as in a shell) and returns
    /// what the terminal received, with `script`'s exit status (the binary's).
    func runOnTerminal(_ arguments: [String], in folder: URL) throws -> NewsGraphBinary.Result {
        try NewsGraphBinary.require()
        let command = ([NewsGraphBinary.url.path] + arguments).map { "'" + $0 + "'" }.joined(separator: " ")
        return try ExternalTool.run("script", ["-qfec", command, "/dev/null"], currentDirectory: folder.path)
    }

    /// `cmd: 0.012 s (open 0.003 s, lookup 0.001 s, query 0.008 s)`: the steps in order, each with its seconds.
    func isTimingLine(_ line: Substring, command: String, steps: [String]) -> Bool {
        let seconds = #"\d+\.\d{3} s"#
        let pattern =
            "^\(command): \(seconds) \\(" + steps.map { "\($0) \(seconds)" }.joined(separator: ", ") + "\\)$"
        return line.range(of: pattern, options: .regularExpression) != nil
    }

    // MARK: --quiet and --verbose on the queries

    /// Each query command: its arguments and the steps `--verbose` times.
    static let queries: [(arguments: [String], steps: [String])] = [
        (["links", "Zhumatai"], ["open", "lookup", "query"]),
        (["path", "Zhumatai", "Xinjiang Police"], ["open", "lookup", "query"]),
        (["why", "Urumqi", "Zhumatai"], ["open", "lookup", "query"]),
        (["show", "Zhumatai"], ["open", "lookup", "query"]),
        (["entities", "--kind", "person"], ["open", "query"]),
        (["stats"], ["open", "query"]),
        (["log"], ["open", "query"]),
    ]

    @Test(arguments: 0..<queries.count)
    func queriesTakeQuietAndVerboseWithoutChangingTheirResults(_ index: Int) throws {
        let (arguments, steps) = Self.queries[index]
        let db = try storePath()
        let plain = try run(arguments + ["--db", db])
        #expect(plain.status == 0, "\(plain)")
        let quiet = try run(arguments + ["--db", db, "--quiet"])
        let verbose = try run(arguments + ["--db", db, "-v"])
        #expect(quiet.status == 0 && verbose.status == 0)
        // The results are the same; only standard error changes.
        #expect(quiet.stdout == plain.stdout)
        #expect(verbose.stdout == plain.stdout)
        #expect(quiet.stderr == "", "\(quiet)")
        let lines = verbose.stderr.split(separator: "\n")
        let last = try #require(lines.last)
        #expect(isTimingLine(last, command: arguments[0], steps: steps), "\(verbose)")
        // Everything plain standard error said, verbose says too.
        for line in plain.stderr.split(separator: "\n") { #expect(lines.contains(line)) }
        if steps.contains("lookup") {
            // Zhumatai is an alias of Zhanargul Zhumatai: plain says so in a note, verbose how the name was resolved.
            #expect(plain.stderr.contains("note: 'Zhumatai' is an alias of 'Zhanargul Zhumatai'"), "\(plain)")
            #expect(
                lines.contains {
                    $0.hasPrefix("'Zhumatai' -> Zhanargul Zhumatai (person), entity ") && $0.hasSuffix(": by alias")
                },
                "\(verbose)")
        }
    }

    @Test func verboseSaysHowEachNameWasResolved() throws {
        let db = try storePath()
        let exact = try run(["why", "Urumqi", "zhanargul zhumatai", "--db", db, "--verbose"])
        #expect(exact.status == 0)
        let lines = exact.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(exact)")
        #expect(
            lines.first?.range(
                of: #"^'Urumqi' -> Urumqi \(place\), entity \d+, 3 mentions: by exact name$"#,
                options: .regularExpression) != nil, "\(exact)")
        #expect(
            lines.dropFirst().first?.range(
                of:
                    #"^'zhanargul zhumatai' -> Zhanargul Zhumatai \(person\), entity \d+, \d+ mentions: by name in another case$"#,
                options: .regularExpression) != nil, "\(exact)")
    }

    @Test func quietLeavesTheExitStatusToSayThatNothingLinksTwoEntities() throws {
        let db = try storePath()
        let plain = try run(["path", "Zhanargul Zhumatai", "Anna Berg", "--db", db])
        #expect(plain.status == 1)
        #expect(plain.stderr == "no path between 'Zhanargul Zhumatai' and 'Anna Berg' within 6 hops\n")
        let quiet = try run(["path", "Zhanargul Zhumatai", "Anna Berg", "--db", db, "-q"])
        #expect(quiet.status == 1)
        #expect(quiet.stdout == "" && quiet.stderr == "")
        let why = try run(["why", "Urumqi", "Anna Berg", "--db", db, "--quiet"])
        #expect(why.status == 1)
        #expect(why.stderr == "")
        // Errors are never quiet.
        let missing = try run(["links", "Zhanargul Zhumatau", "--db", db, "--quiet"])
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("Error: no entity 'Zhanargul Zhumatau'; did you mean"))
        let both = try run(["stats", "--db", db, "--quiet", "--verbose"])
        #expect(both.status != 0)
        #expect(both.stderr.hasPrefix("Error: --quiet and --verbose cannot be used together"))
    }

    // MARK: progress on a terminal only

    @Test(.enabled(if: ExternalTool.isAvailable("script")))
    func theProgressLineIsDrawnOnATerminalAndNeverIntoAPipe() throws {
        let db = try storePath()
        let folder = try TemporaryFolder()
        let terminal = try runOnTerminal(["audit", "--db", db, "--output", folder.file("a.txt")], in: folder.url)
        #expect(terminal.status == 0, "\(terminal)")
        // A step with no count is drawn at once, then cleared (carriage return, erase line) before the summary.
        #expect(terminal.stdout.contains("\r\u{1B}[Kaudit: scoring every entity"), "\(terminal)")
        #expect(terminal.stdout.contains("\r\u{1B}[K\(folder.file("a.txt")): "), "\(terminal)")
        let quiet = try runOnTerminal(["audit", "--db", db, "--output", folder.file("b.txt"), "-q"], in: folder.url)
        #expect(quiet.status == 0)
        #expect(quiet.stdout == "", "\(quiet)")
        let piped = try run(["audit", "--db", db, "--output", folder.file("c.txt")])
        #expect(piped.status == 0)
        #expect(piped.stderr.range(of: #"^\S+c\.txt: \d+ rows\n$"#, options: .regularExpression) != nil, "\(piped)")
        #expect(!piped.stderr.contains("\u{1B}"))
    }

    /// A job that runs for seconds shows its count, rate, share done and time left, redrawn in place.
    @Test(.enabled(if: ExternalTool.isAvailable("script")))
    func aLongIngestShowsItsRateAndTheTimeLeftOnATerminalOnly() throws {
        let folder = try TemporaryFolder()
        let corpus = folder.file("corpus.jsonl")
        try Corpus.jsonLines(count: Self.longIngestArticles, prefix: "p", seed: 7, sentences: 4).write(
            toFile: corpus, atomically: true, encoding: .utf8)
        let terminal = try runOnTerminal(["ingest", corpus, "--db", folder.file("t.sqlite")], in: folder.url)
        #expect(terminal.status == 0, "\(terminal)")
        let progress = terminal.stdout.components(separatedBy: "\r\u{1B}[K").filter {
            $0.range(of: #"^ingest: [\d,]+ articles, [\d,]+/s, \d+%, about \d+ s left"#, options: .regularExpression)
                != nil
        }
        #expect(!progress.isEmpty, "\(terminal.stdout.suffix(2000))")
        // The counts grow from one drawing to the next.
        let counts = progress.compactMap { line in
            line.dropFirst("ingest: ".count).prefix { $0 != " " }.filter(\.isNumber).description
        }.compactMap { Int($0) }
        #expect(counts == counts.sorted())
        // Off a terminal nothing is drawn, not even the first step, which a terminal gets at once: a short corpus shows it.
        let short = folder.file("short.jsonl")
        try Corpus.jsonLines(count: 50, prefix: "s", seed: 7, sentences: 4).write(
            toFile: short, atomically: true, encoding: .utf8)
        let piped = try run(["ingest", short, "--db", folder.file("p.sqlite")])
        #expect(piped.status == 0)
        #expect(!piped.stderr.contains("ingest:") && !piped.stderr.contains("\u{1B}"), "\(piped)")
    }

    /// Five batches of the ingestor (256 articles each), so counts are reported four times before the last batch, each
    /// after a batch's analysis (about a second each in the debug binary at load 14), while the line waits half a second
    /// before its first drawing and a quarter second between two: a machine many times faster still sees some.
    static let longIngestArticles = 1200

    // MARK: build --no-render and --version

    @Test func buildWithNoRenderWritesEveryFileButThePicture() throws {
        let folder = try TemporaryFolder()
        let out = folder.file("out")
        let built = try run(["build", Fixtures.seedFolder.path, "--out", out, "--no-render"])
        #expect(built.status == 0, "\(built)")
        for name in ["graph.sqlite", "graph.graphml", "graph.dot", "graph.gexf", "graph.cytoscape.json"] {
            #expect(FileManager.default.fileExists(atPath: out + "/" + name), "\(name)")
        }
        #expect(!FileManager.default.fileExists(atPath: out + "/graph.svg"))
        // Neither a picture nor the hint to install Graphviz: the user asked for no picture.
        #expect(!built.stdout.contains("graph.svg"), "\(built)")
        #expect(built.stdout.contains("wrote \(out)/graph.dot"), "\(built)")
    }

    @Test(.enabled(if: ExternalTool.isAvailable("dot")))
    func buildWithoutNoRenderDrawsThePicture() throws {
        try ExternalTool.require("dot")
        let folder = try TemporaryFolder()
        let out = folder.file("out")
        let built = try run(["build", Fixtures.seedFolder.path, "--out", out])
        #expect(built.status == 0, "\(built)")
        #expect(FileManager.default.fileExists(atPath: out + "/graph.svg"))
        #expect(built.stdout.contains("wrote \(out)/graph.svg"), "\(built)")
    }

    @Test func versionPrintsTheVersionAndNothingElse() throws {
        let version = try run(["--version"])
        #expect(version.status == 0)
        #expect(version.stderr == "")
        #expect(
            version.stdout.range(of: #"^newsgraph \d+\.\d+\.\d+( \(unreleased\))?\n$"#, options: .regularExpression)
                != nil, "\(version)")
        // The same on any subcommand, as argument-parser gives it.
        #expect(try run(["links", "--version"]).stdout == version.stdout)
    }
}
