import Foundation
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// Text built to break things: names that close XML, DOT, CSV, JSON and SQL syntax, control characters,
/// megabyte-long names and sentences with thousands of entities. It must go through without a crash, come back
/// out exactly as it went in, and not make relations grow without bound.
@Suite struct RobustnessHostileTextTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    static let hostileNames: [String] = [
        "</node><node id=\"evil\">", "AT&T &amp; &#x41; <![CDATA[x]]>", "\"]; evil -> x; // \\", "node", "graph {",
        "a,b\"c\nd", "\"}, {\"id\": \"forged\"", "'); DROP TABLE entity; --", "Robert'); --", "%s %n \\u0000",
        "bell\u{7}escape\u{1B}[31mred", "line\u{2028}separator\u{2029}", "tab\there\rreturn", "right\u{202E}to left",
        "nul\u{0}inside", "Zhanargul Zhumatai", "习近平", "Ürümqi", "e\u{301}\u{302}\u{303}", "👩‍👩‍👧‍👦 family",
        " leading space", "trailing space ", String(repeating: "Long", count: 262_144),
    ]

    /// An article whose text holds every hostile name, with one mention each (as a future extractor might find them).
    private func hostileArticle() -> AnalyzedArticle {
        var text = "Hostile names. "
        var mentions: [Mention] = []
        for name in Self.hostileNames {
            let start = text.unicodeScalars.count
            text += name
            mentions.append(
                Mention(
                    range: TextRange(start, text.unicodeScalars.count), text: name, kind: .person,
                    rule: "test.hostile", confidence: 0.5, sentence: 0))
            text += " and "
        }
        let article = Article(source: "hostile.txt", externalID: "hostile \"<&>\"", text: text)
        let buffer = TextBuffer(text)
        let document = Tokenizer.document(text: buffer, blocks: [buffer.fullRange])
        let relations = RelationFinder().relations(in: document, mentions: mentions)
        return AnalyzedArticle(
            article: article, document: document, mentions: mentions, aliases: [], relations: relations)
    }

    @Test(arguments: hostileNames)
    func jsonQuoteRoundTrips(_ name: String) throws {
        let quoted = JSONText.quote(name)
        let parsed = try JSONSerialization.jsonObject(with: Data(quoted.utf8), options: [.fragmentsAllowed]) as? String
        #expect(parsed == name)
        #expect(!quoted.unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{2028}" || $0 == "\u{2029}" })
    }

    @Test func hostileNamesSurviveTheStoreAndEveryListingFormat() throws {
        let path = folder.path + "/kg.sqlite"
        let store = try GraphStore(path: path)
        try store.ingest([hostileArticle()])
        let expected = Set(Self.hostileNames)
        #expect(try Set(store.entities().map(\.name)) == expected)
        #expect(try Set(store.graph().nodes.map(\.label)) == expected)
        #expect(try store.database.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'entity'")?.int == 1)

        let json = try NewsGraphBinary.run(["entities", "--db", "kg.sqlite", "--format", "json"], in: folder.url)
        #expect(json.status == 0)
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(Set(listed.compactMap { $0["name"] as? String }) == expected)

        let csv = try NewsGraphBinary.run(["entities", "--db", "kg.sqlite", "--format", "csv"], in: folder.url)
        #expect(csv.status == 0)
        let rows = parseCSV(csv.stdout)
        #expect(rows.first == ["name", "kind", "mentions", "articles", "aliases"])
        #expect(rows.dropFirst().allSatisfy { $0.count == 5 })
        #expect(Set(rows.dropFirst().map { $0[0] }) == expected)

        let table = try NewsGraphBinary.run(["entities", "--db", "kg.sqlite"], in: folder.url)
        #expect(table.status == 0)
        #expect(
            table.stdout.split(separator: "\n", omittingEmptySubsequences: false).count == Self.hostileNames.count + 3)
        let stats = try NewsGraphBinary.run(["stats", "--db", "kg.sqlite", "--format", "json"], in: folder.url)
        #expect(stats.status == 0)
    }

    @Test func sentenceWithThousandsOfNamesIsQuickAndCapped() throws {
        // 5,000 distinct people in one sentence: common given names with made-up surnames ("John Kaazol, Mary Kbazol, ...").
        var names: [String] = []
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let given = ["John", "Mary", "Anna", "Peter", "Maria", "David", "Ahmed", "Olga", "Ivan", "Sara"]
        for i in 0..<5000 {
            names.append(
                given[i % given.count] + " K" + String(letters[i % 26]) + String(letters[i / 26 % 26])
                    + String(letters[i / 676 % 26]) + "zol")
        }
        let text =
            "A list follows. Yesterday " + names.joined(separator: ", ")
            + " met in one hall. Then Angela Merkel met Emmanuel Macron.\n"
        try folder.write("crowd.txt", text)
        let store = try GraphStore(path: ":memory:")
        let start = Date()
        let report = try Ingestor().ingest(paths: [folder.path + "/crowd.txt"], into: store)
        #expect(Date().timeIntervalSince(start) < 20)
        #expect(report.skipped.isEmpty)
        let cap = RelationFinder().maxEntitiesPerSentence
        let stats = try store.stats()
        #expect(stats.entities >= 5000)
        // Each sentence contributes at most cap * (cap - 1) / 2 co-occurrence pairs; the article has three sentences.
        #expect(stats.relations <= 3 * cap * (cap - 1) / 2, "\(stats.relations) relations")
        #expect(stats.relations < 1000)

        let extract = try NewsGraphBinary.run(["extract", "crowd.txt"], in: folder.url)
        #expect(extract.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(extract.stdout.utf8)) as? [String: Any])
        #expect(((object["entities"] as? [Any])?.count ?? 0) >= 5000)
    }

    @Test func hostileTextGoesThroughExtractAndIngest() throws {
        let megabyteName = Array(repeating: "Xylo", count: 250_000).joined(separator: " ")
        let lines = [
            "Hostile text. Then </node><node id=\"evil\"> said \"]; evil -> x; // \\ and Robert'); DROP TABLE entity; --",
            "Control \u{1}\u{7}\u{1B}[31m characters and a line\u{2028}separator met Angela Merkel\u{2029}today.",
            "Names like Zhanargul Zhumatai, 习近平 and Ürümqi, e\u{301}\u{302} and 👩‍👩‍👧‍👦 met Emmanuel Macron.",
            "A megabyte name: then " + megabyteName + " arrived.",
            String(repeating: "(((", count: 10_000) + " Deep Brackets " + String(repeating: ")))", count: 10_000),
        ]
        let text = lines.joined(separator: "\r\n") + "\n"
        try folder.write("hostile.txt", text)
        try folder.write("hostile.jsonl", "{\"id\": \"\\\"<&>\\\"\", \"text\": " + JSONText.quote(text) + "}\n")

        for input in ["hostile.txt", "hostile.jsonl"] {
            let extract = try NewsGraphBinary.run(["extract", input], in: folder.url)
            #expect(extract.status == 0, "\(extract.stderr)")
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(extract.stdout.utf8)) as? [String: Any])
            let entities = try #require(object["entities"] as? [[String: Any]])
            #expect(!entities.isEmpty)
            let buffer = TextBuffer(text)
            for entity in entities {
                let start = try #require(entity["start"] as? Int), end = try #require(entity["end"] as? Int)
                #expect(buffer[TextRange(start, end)] == entity["text"] as? String)
            }
            // The megabyte run of one word is not a name; whatever is found in it stays inside it.
            let megabyteLine = try #require(text.range(of: megabyteName))
            let lineStart = text.unicodeScalars.distance(
                from: text.unicodeScalars.startIndex, to: megabyteLine.lowerBound)
            #expect(
                entities.allSatisfy { entity in
                    let start = entity["start"] as? Int ?? 0
                    return start < lineStart || start >= lineStart + megabyteName.unicodeScalars.count
                        || (entity["end"] as? Int ?? 0) <= lineStart + megabyteName.unicodeScalars.count
                })
            guard input == "hostile.txt" else { continue }
            let tsv = try NewsGraphBinary.run(["extract", input, "--format", "tsv"], in: folder.url)
            #expect(tsv.status == 0)
            #expect(
                tsv.stdout.split(separator: "\n").allSatisfy {
                    $0.split(separator: "\t", omittingEmptySubsequences: false).count == 8
                })
        }
        let ingest = try NewsGraphBinary.run(
            ["ingest", "hostile.txt", "hostile.jsonl", "--db", "kg.sqlite"], in: folder.url)
        #expect(ingest.status == 0, "\(ingest)")
        let store = try GraphStore(path: folder.path + "/kg.sqlite", readOnly: true)
        #expect(try Set(store.database.prepare("SELECT text FROM article").rows().map { $0[0].string }) == [text])
    }

    /// RFC 4180: fields separated by commas, quoted fields may hold commas, quotes ("") and line breaks.
    private func parseCSV(_ s: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var scalars = s.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let c = pending ?? scalars.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = scalars.next() {
                        if next == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = next }
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" && field.isEmpty {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\n" {
                row.append(field); rows.append(row); row = []; field = ""
            } else {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
