import Foundation
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// `.gz` input: a gzipped file reads as the file it holds (the format from the name before `.gz`), in folders too and
/// on standard input; a damaged one is refused with one line naming it, and the store keeps what it had. The gzip
/// files are made by the system `gzip`, so the reader is checked against the real tool, not against itself.
@Suite struct GzipInputTests {
    static let lines = Corpus.jsonLines(count: 40, prefix: "gz", seed: 16)

    /// `name` gzipped into `name.gz` by the system gzip (`members` copies one after the other, as `cat a.gz b.gz`).
    static func gzip(_ name: String, in folder: TemporaryFolder, members: Int = 1) throws -> String {
        var compressed: [UInt8] = []
        for _ in 0..<members {
            let result = try ExternalTool.run(
                "sh", ["-c", "gzip -c '\(name)' > '\(name).part'"], currentDirectory: folder.path)
            #expect(result.status == 0, "\(result)")
            compressed += try folder.bytes(name + ".part")
        }
        try FileManager.default.removeItem(atPath: folder.file(name + ".part"))
        _ = try folder.write(name + ".gz", compressed)
        return name + ".gz"
    }

    static func ingest(_ arguments: [String], in folder: TemporaryFolder) throws -> ProcessResult {
        let result = try NewsGraphBinary.run(["ingest"] + arguments + ["--db", "kg.sqlite"], in: folder.url)
        return ProcessResult(status: result.status, stdout: result.stdout, stderr: result.stderr)
    }

    static func entities(in folder: TemporaryFolder, db: String = "kg.sqlite") throws -> String {
        try NewsGraphBinary.run(["entities", "--db", db, "--format", "csv"], in: folder.url).stdout
    }

    @Test func aGzippedJSONLinesFileIngestsLikeThePlainFile() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write("a.jsonl", Self.lines)
        let gz = try Self.gzip("a.jsonl", in: folder)
        let plain = try NewsGraphBinary.run(["ingest", "a.jsonl", "--db", "plain.sqlite"], in: folder.url)
        let zipped = try NewsGraphBinary.run(["ingest", gz, "--db", "kg.sqlite"], in: folder.url)
        #expect(plain.status == 0 && zipped.status == 0, "\(plain)\n\(zipped)")
        #expect(zipped.stdout == plain.stdout)
        #expect(zipped.stdout.hasPrefix("articles: 40 new"), "\(zipped)")
        let entities = try Self.entities(in: folder)
        #expect(entities.split(separator: "\n").count > 10)
        #expect(entities == (try Self.entities(in: folder, db: "plain.sqlite")))
    }

    /// The reader streams a `.jsonl.gz` chunk by chunk: tiny chunks split lines and gzip blocks anywhere, and two gzip
    /// members one after the other (`cat a.gz b.gz`) read as one stream, as `gzip -d` reads them.
    @Test(arguments: [1, 7, 4096]) func streamingInSmallChunksGivesTheSameArticles(_ chunk: Int) throws {
        let folder = try TemporaryFolder()
        _ = try folder.write("a.jsonl", Self.lines)
        _ = try folder.write("b.jsonl", Corpus.jsonLines(count: 5, prefix: "second", seed: 3))
        let first = try folder.bytes(try Self.gzip("a.jsonl", in: folder))
        let second = try folder.bytes(try Self.gzip("b.jsonl", in: folder))
        _ = try folder.write("ab.jsonl.gz", first + second)
        let reader = ArticleReader(chunkBytes: chunk)
        var plain: [Article] = []
        _ = reader.forEachArticle(inFile: folder.file("a.jsonl")) { plain.append($0) }
        _ = reader.forEachArticle(inFile: folder.file("b.jsonl")) { plain.append($0) }
        var zipped: [Article] = []
        let errors = reader.forEachArticle(inFile: folder.file("ab.jsonl.gz")) { zipped.append($0) }
        #expect(errors.isEmpty, "\(errors.prefix(2))")
        #expect(plain.count == 45)
        #expect(zipped.map(\.externalID) == plain.map(\.externalID))
        #expect(zipped.map(\.text) == plain.map(\.text), "texts differ")
    }

    @Test func gzippedTextAndHTMLInAFolderReadAsTheirInnerKind() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.file("in"), withIntermediateDirectories: true)
        _ = try folder.write("in/note.txt", "Angela Merkel met Emmanuel Macron in Berlin on Monday.\n")
        _ = try folder.write(
            "in/page.html",
            "<html><head><title>Visit</title></head><body><p>Emmanuel Macron returned to Paris.</p></body></html>")
        _ = try Self.gzip("in/note.txt", in: folder)
        _ = try Self.gzip("in/page.html", in: folder)
        try FileManager.default.removeItem(atPath: folder.file("in/note.txt"))
        try FileManager.default.removeItem(atPath: folder.file("in/page.html"))
        _ = try folder.write("in/other.gz", [0x1F, 0x8B])  // no inner kind: skipped in a folder, as other files are
        let (articles, errors) = ArticleReader().read(file: folder.file("in/page.html.gz"))
        #expect(errors.isEmpty)
        #expect(articles.first?.externalID == "page")
        #expect(articles.first?.text.contains("<p>") == false, "HTML read as HTML, not as text")
        let result = try Self.ingest(["in"], in: folder)
        #expect(result.status == 0, "\(result)")
        let entities = try Self.entities(in: folder)
        #expect(entities.contains("Angela Merkel") && entities.contains("Paris"), "\(entities)")
    }

    @Test func gzipOnStandardInputIsDecompressed() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write("a.jsonl", Self.lines)
        let newsgraph = NewsGraphBinary.url.path
        let result = try ExternalTool.run(
            "sh", ["-c", "gzip -c a.jsonl | '\(newsgraph)' ingest - --db kg.sqlite"], currentDirectory: folder.path)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("articles: 40 new"), "\(result)")
    }

    /// A download cut short: one line naming the file and what was expected, a failing exit, the store unchanged.
    @Test func aTruncatedGzipFailsCleanlyAndKeepsTheStore() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write("a.jsonl", Self.lines)
        _ = try folder.write("b.jsonl", Corpus.jsonLines(count: 40, prefix: "other", seed: 17))
        let gz = try Self.gzip("b.jsonl", in: folder)
        let bytes = try folder.bytes(gz)
        _ = try folder.write("cut.jsonl.gz", Array(bytes.prefix(bytes.count / 2)))
        #expect(try Self.ingest(["a.jsonl"], in: folder).status == 0)
        let before = try Self.entities(in: folder)
        let result = try Self.ingest(["cut.jsonl.gz"], in: folder)
        #expect(result.status != 0)
        #expect(
            result.stderr.contains(
                "cut.jsonl.gz: cannot be read (truncated gzip data: the file ends inside its compressed stream; "
                    + "expected a complete gzip file)"), "\(result)")
        #expect(
            result.stderr.split(separator: "\n").allSatisfy { $0.hasPrefix("skipped: ") || $0.hasPrefix("Error: ") })
        #expect(!result.stderr.contains("Fatal") && !result.stderr.contains("badJSONLine"))
        #expect(try Self.entities(in: folder) == before)
    }

    @Test func aCorruptGzipIsRefusedNamingTheFile() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write("a.txt", String(repeating: "Angela Merkel met Emmanuel Macron in Berlin. ", count: 50))
        let gz = try Self.gzip("a.txt", in: folder)
        var bytes = try folder.bytes(gz)
        bytes[bytes.count - 6] ^= 0xFF  // the CRC-32 of the trailer
        _ = try folder.write(gz, bytes)
        let result = try Self.ingest([gz], in: folder)
        #expect(result.status != 0)
        #expect(
            result.stderr.contains(
                "a.txt.gz: cannot be read (corrupt gzip data: incorrect data check after 2250 "
                    + "decompressed bytes; expected a valid gzip file)"), "\(result)")
        _ = try folder.write("e.txt.gz", [])
        #expect(
            try Self.ingest(["e.txt.gz"], in: folder).stderr.contains(
                "e.txt.gz: cannot be read (empty file; expected gzip-compressed data)"))
    }
}
