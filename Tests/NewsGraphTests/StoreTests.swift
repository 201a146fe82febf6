import Foundation
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// Builds an analyzed article by hand: each name in `names` becomes a mention wherever it occurs.
func analyzedArticle(_ text: String, source: String, names: [(String, EntityKind)], date: String? = nil)
    -> AnalyzedArticle
{
    var article = Article(source: source, externalID: source, text: text)
    article.date = date
    let buffer = TextBuffer(text)
    let document = Tokenizer.document(text: buffer, blocks: [buffer.fullRange])
    var mentions: [Mention] = []
    let scalars = buffer.scalars
    for (name, kind) in names {
        let needle = Array(name.unicodeScalars)
        var i = 0
        while i + needle.count <= scalars.count {
            if Array(scalars[i..<(i + needle.count)]) == needle {
                let sentence = document.sentences.firstIndex { $0.range.start <= i && i < $0.range.end } ?? 0
                mentions.append(
                    Mention(
                        range: TextRange(i, i + needle.count), text: name, kind: kind,
                        rule: "test.fixture", confidence: 0.9, sentence: sentence))
                i += needle.count
            } else {
                i += 1
            }
        }
    }
    mentions.sort { $0.range < $1.range }
    let relations = RelationFinder().relations(in: document, mentions: mentions).filter { $0.kind == "co-occurrence" }
    return AnalyzedArticle(article: article, document: document, mentions: mentions, aliases: [], relations: relations)
}

/// Store tests run against both an in-memory and a file database.
enum StoreKind: String, CaseIterable, CustomTestStringConvertible {
    case memory, file
    var testDescription: String { rawValue }

    func open() throws -> GraphStore {
        switch self {
        case .memory: try GraphStore(path: ":memory:")
        case .file: try GraphStore(path: TemporaryFolder.untilExit("store").appendingPathComponent("kg.sqlite").path)
        }
    }
}

@Suite struct StoreTests {
    let first = analyzedArticle(
        "Ana Souza met Rui Lima in Lisbon. Ana Souza left Lisbon.", source: "a.txt",
        names: [("Ana Souza", .person), ("Rui Lima", .person), ("Lisbon", .place)], date: "2024-01-02")
    let second = analyzedArticle(
        "Rui Lima returned to Lisbon.", source: "b.txt",
        names: [("Rui Lima", .person), ("Lisbon", .place)], date: "2024-03-04")

    func weight(_ graph: Graph, _ a: String, _ b: String) -> Double? {
        let ids = Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.label, $0.id) })
        return graph.edges.first { Set([$0.source, $0.target]) == Set([ids[a], ids[b]]) }?.weight
    }

    @Test(arguments: StoreKind.allCases)
    func ingestingTwiceChangesNothing(_ kind: StoreKind) throws {
        let store = try kind.open()
        let summary = try store.ingest([first, second])
        #expect(summary.new == 2)
        let stats = try store.stats()
        let graph = try store.graph()
        let again = try store.ingest([first, second])
        #expect(again.new == 0 && again.unchanged == 2 && again.replaced == 0)
        #expect(try store.stats() == stats)
        #expect(try store.graph() == graph)
    }

    @Test(arguments: StoreKind.allCases)
    func weightsCountSentencesAndArticles(_ kind: StoreKind) throws {
        let store = try kind.open()
        try store.ingest([first, second])
        let graph = try store.graph()
        #expect(weight(graph, "Ana Souza", "Lisbon") == 2)
        #expect(weight(graph, "Rui Lima", "Lisbon") == 2)
        let edge = try #require(graph.edges.first { $0.weight == 2 && $0.articles == 2 })
        #expect(edge.firstDate == "2024-01-02" && edge.lastDate == "2024-03-04")
        #expect(try store.stats().entitiesByKind == ["person": 2, "place": 1, "organization": 0, "group": 0])
    }

    @Test(arguments: StoreKind.allCases)
    func changedArticleReplacesItsMentionsAndWeights(_ kind: StoreKind) throws {
        let store = try kind.open()
        try store.ingest([first, second])
        let edited = analyzedArticle("Rui Lima stayed home.", source: "b.txt", names: [("Rui Lima", .person)])
        let summary = try store.ingest([edited])
        #expect(summary.replaced == 1)
        let graph = try store.graph()
        #expect(weight(graph, "Rui Lima", "Lisbon") == 1)
        #expect(try store.stats().articles == 2)
        // Removing the only article of an entity removes the entity.
        let bare = analyzedArticle("Nothing here.", source: "a.txt", names: [])
        try store.ingest([bare])
        #expect(try store.graph().nodes.map(\.label) == ["Rui Lima"])
    }

    @Test(arguments: StoreKind.allCases)
    func incrementalWeightsEqualWeightsRecountedFromEvidence(_ kind: StoreKind) throws {
        let store = try kind.open()
        let third = analyzedArticle(
            // Not `Ana Souza and Rui Lima`: two names joined by `and` pair as `co-list` (docs/relations.md).
            "Ana Souza met Rui Lima in Lisbon. Rui Lima thanked Ana Souza.", source: "c.txt",
            names: [("Ana Souza", .person), ("Rui Lima", .person), ("Lisbon", .place)], date: "2023-12-31")
        try store.ingest([first, second])
        try store.ingest([third])
        let edited = analyzedArticle(
            "Rui Lima met Ana Souza.", source: "a.txt",
            names: [("Ana Souza", .person), ("Rui Lima", .person)], date: "2024-06-01")
        try store.ingest([edited])
        let incremental = try store.graph()
        try store.database.transaction { try GraphStore.refreshRelations(store.database, ids: nil) }
        #expect(try store.graph() == incremental)
        #expect(weight(incremental, "Ana Souza", "Rui Lima") == 3)
        let edge = try #require(incremental.edges.first { $0.weight == 3 })
        #expect(edge.firstDate == "2023-12-31" && edge.lastDate == "2024-06-01")
    }

    @Test func storeStatusTellsNewUnchangedAndChanged() throws {
        let store = try GraphStore(path: ":memory:")
        #expect(try store.status(of: first.article) == .new)
        try store.ingest([first])
        #expect(try store.status(of: first.article) == .unchanged)
        let changed = Article(source: "a.txt", externalID: "a", text: "Other text.")
        #expect(try store.status(of: changed) == .changed)
    }

    @Test func foreignFilesAreRefusedAndLeftUntouched() throws {
        let folder = TemporaryFolder.untilExit()
        let text = folder.appendingPathComponent("notes.sqlite")
        try "just some notes".write(to: text, atomically: true, encoding: .utf8)
        #expect(throws: StoreError.notAStore(path: text.path, reason: "not an SQLite database")) {
            try GraphStore(path: text.path)
        }
        #expect(try String(contentsOf: text, encoding: .utf8) == "just some notes")

        let other = folder.appendingPathComponent("other.sqlite").path
        do {
            let db = try Database(path: other)
            try db.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY)")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: other))
        #expect(throws: StoreError.notAStore(path: other, reason: "no table 'entity'")) { try GraphStore(path: other) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: other)) == before)
    }

    @Test func newerSchemaIsRefused() throws {
        let path = TemporaryFolder.untilExit().appendingPathComponent("kg.sqlite").path
        do {
            let store = try GraphStore(path: path)
            try store.database.execute("PRAGMA user_version = 99")
        }
        #expect(throws: StoreError.newerSchema(path: path, found: 99, supported: Schema.currentVersion)) {
            try GraphStore(path: path)
        }
    }

    @Test func missingStoreForReadingSaysHowToCreateOne() {
        #expect(throws: StoreError.missing(path: "/nonexistent/kg.sqlite")) {
            try GraphStore(path: "/nonexistent/kg.sqlite", readOnly: true)
        }
        #expect(
            StoreError.missing(path: "x.sqlite").description
                == "'x.sqlite': no such store. Create one with 'newsgraph ingest --db x.sqlite <articles>'")
    }

    @Test(arguments: StoreKind.allCases)
    func curationSurvivesReingestAndNewArticles(_ kind: StoreKind) throws {
        let store = try kind.open()
        try store.ingest([first])
        try Curator(store).record(
            .init(action: .merge, name: "Rui Lima", kind: .person, argument: "Ana Souza\u{1F}person"),
            note: "same person")
        try Curator(store).record(.init(action: .reject, name: "Lisbon"))
        #expect(try store.graph().nodes.map(\.label) == ["Ana Souza"])
        try store.ingest([first, second])
        let nodes = try store.graph().nodes
        #expect(nodes.map(\.label) == ["Ana Souza"])
        #expect(nodes[0].aliases == ["Rui Lima"])
        #expect(nodes[0].mentions == 4)
    }
}
