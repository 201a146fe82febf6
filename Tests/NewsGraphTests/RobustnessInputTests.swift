import Foundation
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// Hostile and unusual input files: each gets one clear message naming the file (and line or offset), and the
/// rest of a batch is still read.
@Suite struct RobustnessInputTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    /// Reads a file whole, and streamed in chunks of a few bytes (as ingest reads it): both must give the same
    /// articles and the same errors, whatever the chunk boundaries cut.
    private func read(_ name: String, _ bytes: [UInt8], reader: ArticleReader = ArticleReader()) throws -> (
        articles: [Article], errors: [String]
    ) {
        let url = try folder.write(name, bytes)
        let result = reader.read(file: url.path)
        for chunk in [1, 7, 64, 1 << 20] {
            var streaming = reader
            streaming.chunkBytes = chunk
            var streamed: [Article] = []
            let errors = streaming.forEachArticle(inFile: url.path) { streamed.append($0) }
            #expect(streamed == result.articles, "\(name), chunks of \(chunk) bytes")
            #expect(errors == result.errors, "\(name), chunks of \(chunk) bytes")
        }
        return (
            result.articles, result.errors.map { $0.description.replacingOccurrences(of: folder.path + "/", with: "") }
        )
    }

    static let refusals: [(name: String, bytes: [UInt8], message: String)] = [
        ("empty.txt", [], "empty.txt: empty file; expected article text"),
        ("blank.md", Array(" \r\n\t\n".utf8), "blank.md: empty file; expected article text"),
        (
            "photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52],
            "photo.txt: binary data (PNG image), not text"
        ),
        (
            "tool.md", [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0],
            "tool.md: binary data (ELF executable), not text"
        ),
        (
            "nul.txt", Array("text then".utf8) + [0] + Array("more".utf8),
            "nul.txt: binary data, not text (NUL byte at offset 9)"
        ),
        (
            "nobom16.txt", Array("Hi Angela".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
            "nobom16.txt: binary data (UTF-16LE text without a byte-order mark?), not text"
        ),
        (
            "bad.txt", Array("Hello ".utf8) + [0xC3, 0x28, 0x81] + Array(" world".utf8),
            "bad.txt: not UTF-8 text (invalid byte 0xC3 at offset 6)"
        ),
        (
            "latin1.txt", Array("Caf".utf8) + [0xE9] + Array(" in M".utf8) + [0xFC] + Array("nchen.".utf8),
            "latin1.txt: not UTF-8 text (invalid byte 0xE9 at offset 3); it looks like Latin-1 or Windows-1252. Convert it first, e.g. 'iconv -f WINDOWS-1252 -t UTF-8'"
        ),
        (
            "overlong.txt", Array("ab".utf8) + [0xC0, 0xAF],
            "overlong.txt: not UTF-8 text (invalid byte 0xC0 at offset 2); it looks like Latin-1 or Windows-1252. Convert it first, e.g. 'iconv -f WINDOWS-1252 -t UTF-8'"
        ),
        (
            "surrogate.txt", Array("ab".utf8) + [0xED, 0xA0, 0x80, 0x01],
            "surrogate.txt: not UTF-8 text (invalid byte 0xED at offset 2)"
        ),
        (
            "odd16.txt", [0xFF, 0xFE, 0x41, 0x00, 0x42],
            "odd16.txt: not UTF-16LE text despite its byte-order mark (invalid code unit at offset 4)"
        ),
        (
            "lone16.txt", [0xFE, 0xFF, 0x00, 0x41, 0xDC, 0x00],
            "lone16.txt: not UTF-16BE text despite its byte-order mark (invalid code unit at offset 4)"
        ),
        ("blank16.txt", [0xFF, 0xFE, 0x20, 0x00, 0x0A, 0x00], "blank16.txt: empty file; expected article text"),
    ]

    @Test(arguments: refusals)
    func refusedWithMessage(_ name: String, _ bytes: [UInt8], _ message: String) throws {
        let (articles, errors) = try read(name, bytes)
        #expect(articles.isEmpty)
        #expect(errors == [message])
    }

    @Test func utf16WithByteOrderMarkIsDecoded() throws {
        let text = "Angela Merkel met 习近平 in Zürich 🇨🇭.\n"
        var le: [UInt8] = [0xFF, 0xFE]
        var be: [UInt8] = [0xFE, 0xFF]
        for unit in text.utf16 {
            le += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            be += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        #expect(try read("le.txt", le).articles.map(\.text) == [text])
        #expect(try read("be.txt", be).articles.map(\.text) == [text])
        var utf32: [UInt8] = [0xFF, 0xFE, 0, 0]
        for scalar in text.unicodeScalars {
            let v = scalar.value
            utf32 += [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), 0]
        }
        #expect(try read("le32.txt", utf32).articles.map(\.text) == [text])
        // The UTF-8 byte-order mark is dropped; the text is the same article.
        #expect(
            try read("bom8.txt", [0xEF, 0xBB, 0xBF] + Array(text.utf8)).articles.map(\.id) == [
                Article(source: "", externalID: "", text: text).id
            ])
    }

    @Test func crlfLineEndsKeepOffsetsAndSplitJSONLines() throws {
        let text = "Weather report.\r\nAngela Merkel met Emmanuel Macron.\r\n"
        let article = try #require(try read("crlf.txt", Array(text.utf8)).articles.first)
        #expect(article.text == text)
        let analyzed = Analyzer().analyze(article)
        let buffer = TextBuffer(text)
        for mention in analyzed.mentions { #expect(buffer[mention.range] == mention.text) }
        #expect(
            analyzed.mentions.map(\.text).contains("Merkel") || analyzed.mentions.map(\.text).contains("Angela Merkel")
                || !analyzed.mentions.isEmpty)

        let lines = "{\"id\": 1, \"text\": \"One. Angela Merkel spoke.\"}\r\n{\"id\": 2, \"text\": \"Two.\"}\r\n"
        let (articles, errors) = try read("crlf.jsonl", Array(lines.utf8))
        #expect(errors.isEmpty)
        #expect(articles.map(\.externalID) == ["1", "2"])
    }

    @Test func jsonLinesKeepGoodLinesAndReportEachBadOne() throws {
        var lines = [
            "{\"id\": \"a\", \"text\": \"Good one.\"}",
            "{\"id\": \"b\", \"text\": ",
            "{\"id\": \"c\"}",
            "[1, 2]",
            "",
            "{\"id\": \"d\", \"text\": \"Good two.\"}",
            "{\"text\": \"no id\"}",
            "{\"id\": \"e\", \"text\": \"  \"}",
        ].map { Array($0.utf8) }
        lines.append(Array("{\"id\": \"f\", \"text\": \"caf".utf8) + [0xE9] + Array("\"}".utf8))
        lines.append(Array("{\"id\": \"g\", \"text\": \"Good three.\"}".utf8))
        let bytes = Array(lines.joined(separator: [0x0A]))
        let (articles, errors) = try read("mixed.jsonl", bytes)
        #expect(articles.map(\.externalID) == ["a", "d", "g"])
        #expect(
            errors == [
                "mixed.jsonl:2: not valid JSON; expected one JSON object {\"id\", \"text\"} per line",
                "mixed.jsonl:3: no string field \"text\"; expected one JSON object {\"id\", \"text\"} per line",
                "mixed.jsonl:4: not a JSON object; expected one JSON object {\"id\", \"text\"} per line",
                "mixed.jsonl:7: no field \"id\"; expected one JSON object {\"id\", \"text\"} per line",
                "mixed.jsonl:8: empty \"text\"; expected one JSON object {\"id\", \"text\"} per line",
                "mixed.jsonl:9: not UTF-8 text (invalid byte 0xE9 at offset 24 of the line); expected one JSON object {\"id\", \"text\"} per line",
            ])
    }

    @Test func jsonLinesWithARepeatedIdReportTheSecond() throws {
        let lines = "{\"id\": 7, \"text\": \"First text.\"}\n{\"id\": \"7\", \"text\": \"Other text.\"}\n"
        let (articles, errors) = try read("dup.jsonl", Array(lines.utf8))
        #expect(articles.map(\.text) == ["First text."])
        #expect(
            errors == [
                "dup.jsonl:2: id \"7\" already used on line 1; expected one JSON object {\"id\", \"text\"} per line"
            ])
    }

    @Test func jsonLinesThatAreBinaryOrBlankAreOneError() throws {
        #expect(
            try read("blank.jsonl", Array("\n  \n".utf8)).errors == ["blank.jsonl: empty file; expected article text"])
        #expect(
            try read("png.jsonl", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]).errors
                == ["png.jsonl: binary data (PNG image), not text"])
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "{\"id\": 1, \"text\": \"Über Zürich.\"}\n".utf16 {
            utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        #expect(try read("utf16.jsonl", utf16).articles.map(\.text) == ["Über Zürich."])
    }

    @Test func oversizedInputsAreRefusedWithoutReadingThem() throws {
        let reader = ArticleReader(maxArticleBytes: 1000)
        #expect(
            try read("big.txt", Array(repeating: 0x61, count: 1001), reader: reader).errors
                == ["big.txt: 1001 bytes, more than the 1000-byte limit for one article. Split it into articles"])
        let line = "{\"id\": 1, \"text\": \"" + String(repeating: "x", count: 1000) + "\"}"
        let (articles, errors) = try read(
            "big.jsonl", Array(("{\"id\": 0, \"text\": \"Small.\"}\n" + line + "\n").utf8), reader: reader)
        #expect(articles.count == 1)
        #expect(
            errors == [
                "big.jsonl:2: 1021 bytes, more than the 1000-byte limit for one article; expected one JSON object {\"id\", \"text\"} per line"
            ])
    }

    @Test func deeplyNestedAndBrokenHTMLIsReadAndAnalyzed() throws {
        let depth = 50_000
        let html =
            "<html><body>" + String(repeating: "<div>", count: depth) + "Angela Merkel met Emmanuel Macron in Paris."
            + String(repeating: "</div>", count: depth / 2)
            + "<p <b>unclosed <a href=\"x>broken</i></p><!-- never closed <script>if (a<b) {"
        let (articles, errors) = try read("nested.html", Array(html.utf8))
        #expect(errors.isEmpty)
        let article = try #require(articles.first)
        let start = Date()
        let analyzed = Analyzer().analyze(article)
        #expect(Date().timeIntervalSince(start) < 20)
        let buffer = TextBuffer(article.text)
        for mention in analyzed.mentions { #expect(buffer[mention.range] == mention.text) }
    }

    @Test func fifoAndFolderNamedLikeAFileAreReported() throws {
        let fifo = folder.url.appendingPathComponent("in/pipe.txt")
        try FileManager.default.createDirectory(at: fifo.deletingLastPathComponent(), withIntermediateDirectories: true)
        #expect(mkfifo(fifo.path, 0o644) == 0)
        try FileManager.default.createDirectory(
            at: folder.url.appendingPathComponent("in/folder.txt"), withIntermediateDirectories: true)
        try folder.write("in/good.txt", "Angela Merkel spoke.")
        let reader = ArticleReader()
        let (files, listErrors) = reader.files(in: [folder.path + "/in"])
        #expect(listErrors.isEmpty)
        #expect(files.map { ($0 as NSString).lastPathComponent } == ["good.txt", "pipe.txt"])
        // Reading the FIFO would block forever: it is refused from its file type.
        #expect(
            reader.read(file: fifo.path).errors.map(\.description) == [
                "\(fifo.path): cannot be read (not a regular file (a FIFO))"
            ])
        let folderAsFile = folder.path + "/in/folder.txt"
        #expect(
            reader.read(file: folderAsFile).errors.map(\.description) == [
                "\(folderAsFile): cannot be read (a folder, not a file)"
            ])
        #expect(
            reader.files(in: [folderAsFile]).errors.map(\.description)
                == ["\(folderAsFile): no articles found (expected .txt, .md, .html, .htm or .jsonl files)"])
    }

    @Test(
        .enabled(if: getuid() != 0, "root reads any file; the FIFO test covers unreadable inputs when running as root"))
    func fileWithoutPermissionIsReported() throws {
        let url = try folder.write("secret.txt", "Angela Merkel spoke.")
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: url.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: url.path) }
        #expect(
            ArticleReader().read(file: url.path).errors.map(\.description) == [
                "\(url.path): cannot be read (Permission denied)"
            ])
    }

    @Test func symbolicLinkLoopsAndBrokenLinksAreReportedAndFoldersWalkedOnce() throws {
        let root = folder.url.appendingPathComponent("in")
        try folder.write("in/sub/good.txt", "Angela Merkel spoke.")
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: root.path + "/loop.txt", withDestinationPath: "loop.txt")
        try fm.createSymbolicLink(atPath: root.path + "/a.md", withDestinationPath: "b.md")
        try fm.createSymbolicLink(atPath: root.path + "/b.md", withDestinationPath: "a.md")
        try fm.createSymbolicLink(atPath: root.path + "/gone.txt", withDestinationPath: "nowhere.txt")
        try fm.createSymbolicLink(atPath: root.path + "/sub/up", withDestinationPath: "..")
        try fm.createSymbolicLink(atPath: root.path + "/sub/self", withDestinationPath: ".")
        let (files, errors) = ArticleReader().files(in: ["in"].map { folder.path + "/" + $0 })
        #expect(files == [root.path + "/sub/good.txt"])
        #expect(
            errors.map { $0.description.replacingOccurrences(of: folder.path + "/", with: "") } == [
                "in/a.md: cannot be read (symbolic link loop)",
                "in/b.md: cannot be read (symbolic link loop)",
                "in/gone.txt: cannot be read (broken symbolic link)",
                "in/loop.txt: cannot be read (symbolic link loop)",
            ])
        #expect(
            ArticleReader().files(in: [root.path + "/loop.txt"]).errors.map(\.description)
                == ["\(root.path)/loop.txt: cannot be read (symbolic link loop)"])
    }
}
