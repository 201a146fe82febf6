import Foundation
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// `extract` with no path, `extract -` and `ingest -` read standard input, as the README shows.
@Suite struct StandardInputTests {
    static let lines = """
        {"id": "a1", "text": "Angela Merkel met Emmanuel Macron in Berlin on Monday."}
        {"id": "a2", "text": "Emmanuel Macron returned to Paris."}

        """

    /// Runs the built binary in `folder` with `input` on standard input.
    static func run(_ arguments: [String], input: String, in folder: TemporaryFolder) throws -> (Int32, String, String)
    {
        let result = try NewsGraphBinary.run(arguments, in: folder.url, input: input)
        return (result.status, result.stdout, result.stderr)
    }

    @Test(arguments: [["extract"], ["extract", "-"]])
    func extractReadsJSONLinesFromStandardInput(_ arguments: [String]) throws {
        let folder = try TemporaryFolder()
        let (status, stdout, stderr) = try Self.run(arguments, input: Self.lines, in: folder)
        #expect(status == 0, "\(stderr)")
        let records = stdout.split(separator: "\n")
        #expect(records.count == 2)
        #expect(records.first?.hasPrefix("{\"id\": \"a1\"") == true, "\(stdout)")
        #expect(stdout.contains("Emmanuel Macron"))
    }

    @Test func ingestDashStoresTheArticlesOfStandardInput() throws {
        let folder = try TemporaryFolder()
        let (status, stdout, stderr) = try Self.run(
            ["ingest", "-", "--db", "kg.sqlite"], input: Self.lines, in: folder)
        #expect(status == 0, "\(stderr)")
        #expect(stdout.hasPrefix("articles: 2 new, 0 unchanged, 0 replaced\n"), "\(stdout)")
    }

    @Test func anArticleReadTwiceInOneIngestIsADuplicateNotUnchanged() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.jsonl", Self.lines)
        let result = try NewsGraphBinary.run(["ingest", "a.jsonl", "a.jsonl", "--db", "kg.sqlite"], in: folder.url)
        #expect(result.status == 0, "\(result)")
        #expect(
            result.stdout.hasPrefix(
                "articles: 2 new, 0 unchanged, 0 replaced, 2 duplicates in the input (same source read again; the first kept)\n"
            ), "\(result)")
    }

    @Test func plainTextOnStandardInputIsOneArticle() throws {
        let folder = try TemporaryFolder()
        let (status, stdout, stderr) = try Self.run(
            ["extract", "-"], input: "Angela Merkel spoke in Berlin.\n", in: folder)
        #expect(status == 0, "\(stderr)")
        #expect(stdout.split(separator: "\n").count == 1)
        #expect(stdout.contains("Angela Merkel"))
    }
}

/// Every HTML5 named character reference decodes (the reader knew 31 before).
@Suite struct HTMLEntityTests {
    @Test(arguments: [
        ("S&atilde;o Paulo", "São Paulo"), ("Bogot&aacute;", "Bogotá"), ("&Scaron;koda", "Škoda"),
        ("&CounterClockwiseContourIntegral;", "∳"), ("a &amp; b", "a & b"), ("&notanentity; x", "&notanentity; x"),
        ("&fjlig;", "fj"),
    ])
    func namedReferencesDecode(_ html: String, _ text: String) {
        #expect(HTMLText.decodeEntities(html) == text)
    }

    @Test func theTableHasEveryHTML5Name() {
        #expect(HTMLEntities.named.count == 2125)
        #expect(HTMLEntities.named["nbsp"] == "\u{A0}")
    }
}
