import Foundation
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// `newsgraph ingest` end to end on a batch mixing good and bad inputs: the good ones are stored, each bad one
/// is named on stderr, the summary counts what was skipped, and the exit code says whether anything was read.
@Suite struct RobustnessIngestTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    /// Two good articles, one good JSON line, and one of every kind of bad input.
    private func writeMixedBatch() throws {
        try folder.write("in/good.txt", "Weather.\nAngela Merkel met Emmanuel Macron in Paris.\n")
        try folder.write("in/crlf.md", "Report.\r\nOlaf Scholz visited Warsaw.\r\n")
        try folder.write("in/lines.jsonl", "{\"id\": 1, \"text\": \"Boris Johnson spoke.\"}\nnot json\n")
        try folder.write("in/empty.txt", "")
        try folder.write("in/photo.html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D])
        try folder.write("in/latin1.txt", Array("Caf".utf8) + [0xE9])
        // 100 MB on one line: refused from its size, without reading it.
        FileManager.default.createFile(atPath: folder.path + "/in/huge.txt", contents: nil)
        let handle = try FileHandle(forWritingTo: folder.url.appendingPathComponent("in/huge.txt"))
        let chunk = Data(repeating: 0x61, count: 1 << 20)
        for _ in 0..<100 { handle.write(chunk) }
        try handle.close()
        #expect(mkfifo(folder.path + "/in/pipe.txt", 0o644) == 0)
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/in/loop.txt", withDestinationPath: "loop.txt")
    }

    private let expectedSkips = """
        skipped: in/empty.txt: empty file; expected article text
        skipped: in/huge.txt: 104857600 bytes, more than the 16777216-byte limit for one article. Split it into articles
        skipped: in/latin1.txt: not UTF-8 text (invalid byte 0xE9 at offset 3); it looks like Latin-1 or Windows-1252. Convert it first, e.g. 'iconv -f WINDOWS-1252 -t UTF-8'
        skipped: in/lines.jsonl:2: not valid JSON; expected one JSON object {"id", "text"} per line
        skipped: in/photo.html: binary data (PNG image), not text
        skipped: in/pipe.txt: cannot be read (not a regular file (a FIFO))
        skipped: in/loop.txt: cannot be read (symbolic link loop)

        """

    @Test func badInputsAreReportedAndTheRestIsIngested() throws {
        try writeMixedBatch()
        let start = Date()
        let result = try NewsGraphBinary.run(["ingest", "in", "--db", "kg.sqlite"], in: folder.url)
        #expect(Date().timeIntervalSince(start) < 30)
        #expect(result.status == 0, "\(result)")
        #expect(
            result.stdout.hasPrefix("articles: 3 new, 0 unchanged, 0 replaced; 7 skipped (6 files, 1 JSON line)\n"),
            "\(result)")
        #expect(sortedLines(result.stderr) == sortedLines(expectedSkips), "\(result)")
        let store = try GraphStore(path: folder.path + "/kg.sqlite", readOnly: true)
        #expect(try store.stats().articles == 3)
    }

    @Test func strictMakesAnySkipAnError() throws {
        try folder.write("in/good.txt", "Angela Merkel met Emmanuel Macron in Paris.\n")
        try folder.write("in/empty.txt", "")
        let result = try NewsGraphBinary.run(["ingest", "in", "--db", "kg.sqlite", "--strict"], in: folder.url)
        #expect(result.status != 0, "\(result)")
        #expect(result.stdout.hasPrefix("articles: 1 new, 0 unchanged, 0 replaced; 1 skipped (1 file)\n"), "\(result)")
        #expect(
            result.stderr
                == "skipped: in/empty.txt: empty file; expected article text\nError: 1 input(s) skipped (--strict)\n")
    }

    @Test func nothingReadableIsAnError() throws {
        try folder.write("in/empty.txt", "")
        try folder.write("in/tool.md", [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0])
        let result = try NewsGraphBinary.run(["ingest", "in", "missing.txt", "--db", "kg.sqlite"], in: folder.url)
        #expect(result.status == 1, "\(result)")
        #expect(
            result.stdout
                == "articles: 0 new, 0 unchanged, 0 replaced; 3 skipped (3 files)\nstore: 0 articles, 0 mentions, 0 entities, 0 relations\n"
        )
        #expect(
            result.stderr == """
                skipped: missing.txt: no such file or folder
                skipped: in/empty.txt: empty file; expected article text
                skipped: in/tool.md: binary data (ELF executable), not text
                Error: no article could be read

                """)
    }

    @Test func extractKeepsGoodJSONLinesAndReportsBadOnes() throws {
        try folder.write(
            "in.jsonl",
            "{\"id\": 1, \"text\": \"Boris Johnson spoke.\"}\n{\"id\": 2\n{\"id\": 3, \"text\": \"Then Angela Merkel left.\"}\n"
        )
        let result = try NewsGraphBinary.run(["extract", "in.jsonl"], in: folder.url)
        #expect(result.status == 1)
        #expect(
            result.stderr == "error: in.jsonl:2: not valid JSON; expected one JSON object {\"id\", \"text\"} per line\n"
        )
        let ids = try result.stdout.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["id"] as? String
        }
        #expect(ids == ["1", "3"])
    }

    /// Parallel analysis gives each article its own result, in order (the thread sanitizer run covers the race
    /// this once had in `UnsafeResults`).
    @Test func parallelAnalysisKeepsOrderAndResults() throws {
        let articles = Corpus.jsonLines(count: 300, prefix: "p", seed: 3, sentences: 3).split(separator: "\n")
            .enumerated().map {
                Article(source: "p\($0.offset)", externalID: "p\($0.offset)", text: String($0.element))
            }
        let analyzer = Analyzer()
        let parallel = analyzer.analyzeAll(articles)
        #expect(parallel.map(\.article) == articles)
        #expect(parallel.map(\.mentions) == articles.map { analyzer.analyze($0).mentions })
    }

    private func sortedLines(_ s: String) -> [Substring] { s.split(separator: "\n").sorted() }
}
