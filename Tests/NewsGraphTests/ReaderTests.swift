import Foundation
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

@Suite struct ReaderTests {
    @Test func htmlGivesVisibleTextAndMetadata() {
        let html = """
            <!DOCTYPE html><html><head><title>Storm &amp; Rain</title>
            <meta name="author" content="Ana Souza"><meta property="article:published_time" content="2024-05-06T10:00:00Z">
            <script>var x = "<p>Not text</p>";</script><style>p { color: red }</style></head>
            <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <h1>Storm hits Lisbon</h1><p>The storm reached <b>Lisbon</b> on Monday&#8217;s evening.</p>
            <p>Officials in Porto said 3 &lt; 4.</p><footer>Copyright 2024</footer></body></html>
            """
        let article = HTMLText.article(fromHTML: html, source: "a.html", externalID: "a")
        #expect(
            article.text
                == "Storm hits Lisbon\n\nThe storm reached Lisbon on Monday’s evening.\n\nOfficials in Porto said 3 < 4."
        )
        #expect(article.title == "Storm & Rain")
        #expect(article.author == "Ana Souza")
        #expect(article.date == "2024-05-06")
    }

    @Test func brokenAndDeeplyNestedHTMLDoesNotCrash() {
        let deep =
            String(repeating: "<div><span>", count: 50_000) + "Deep text" + String(repeating: "</span>", count: 10)
        let article = HTMLText.article(
            fromHTML: deep + "<p unclosed attr=\"x>y\" <b>bold", source: "d.html", externalID: "d")
        #expect(article.text.contains("Deep text"))
        #expect(article.text.contains("bold"))
    }

    @Test func jsonLinesGiveOneArticlePerLine() throws {
        let folder = TemporaryFolder.untilExit()
        let file = folder.appendingPathComponent("a.jsonl")
        try """
        {"id": "one", "text": "Ada Lovelace lived in London.", "title": "Ada", "date": "1843-01-01"}

        {"id": 2, "text": "Charles Babbage built engines."}
        """.write(to: file, atomically: true, encoding: .utf8)
        let articles = try ArticleReader().articles(inFile: file.path)
        #expect(articles.map(\.externalID) == ["one", "2"])
        #expect(articles[0].title == "Ada")
        #expect(articles[0].date == "1843-01-01")
        #expect(articles[1].source == file.path + "#2")
    }

    @Test func foldersAreWalkedRecursivelyInOrder() throws {
        let folder = TemporaryFolder.untilExit()
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("b/c"), withIntermediateDirectories: true)
        for name in ["z.txt", "b/c/a.md", "b/notes.pdf", "a.html"] {
            try "Text of \(name).".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let (files, errors) = ArticleReader().files(in: [folder.path])
        #expect(errors.isEmpty)
        #expect(files.map { String($0.dropFirst(folder.path.count + 1)) } == ["a.html", "b/c/a.md", "z.txt"])
    }

    @Test func markdownTitleLosesItsHashes() throws {
        let folder = TemporaryFolder.untilExit()
        let file = folder.appendingPathComponent("post.md")
        try "# Floods in Dhaka\n\nHeavy rain fell on Dhaka.".write(to: file, atomically: true, encoding: .utf8)
        let article = try ArticleReader().articles(inFile: file.path)[0]
        #expect(article.title == nil)
        #expect(MetadataSniffer.filling(article).title == "Floods in Dhaka")
        #expect(Analyzer().analyze(article).article.title == "Floods in Dhaka")
    }
}
