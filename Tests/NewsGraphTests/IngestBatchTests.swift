import Foundation
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// The bulk paths of ingest: relations first seen in a batch are written once with the batch's weight, and an
/// ingest into an empty store builds its random-order indexes at the end. Neither may change what is stored.
@Suite struct IngestBatchTests {
    let articles = [
        analyzedArticle(
            "Ana Souza met Rui Lima in Lisbon. Ana Souza left Lisbon.", source: "a.txt",
            names: [("Ana Souza", .person), ("Rui Lima", .person), ("Lisbon", .place)], date: "2024-01-02"),
        analyzedArticle(
            "Rui Lima returned to Lisbon. Rui Lima met Ana Souza.", source: "b.txt",
            names: [("Rui Lima", .person), ("Lisbon", .place), ("Ana Souza", .person)], date: "2023-03-04"),
        analyzedArticle(
            "Lisbon and Porto signed a deal. Rui Lima praised Porto.", source: "c.txt",
            names: [("Lisbon", .place), ("Porto", .place), ("Rui Lima", .person)]),
        analyzedArticle(
            "Ana Souza visited Porto and Lisbon.", source: "d.txt",
            names: [("Ana Souza", .person), ("Porto", .place), ("Lisbon", .place)], date: "2025-05-05"),
    ]

    /// Every relation row as text, in a stable order, with the evidence count of each.
    func relationRows(_ store: GraphStore) throws -> [String] {
        try store.database.prepare(
            """
            SELECT s.name, t.name, r.kind, r.label, r.directed, r.weight, r.articles, r.first_date, r.last_date,
                   (SELECT count(*) FROM evidence e WHERE e.relation_id = r.id)
            FROM relation r JOIN entity s ON s.id = r.source_id JOIN entity t ON t.id = r.target_id
            ORDER BY s.name, t.name, r.kind, r.label
            """
        ).rows().map { row in
            row.map { value in value.string ?? value.int.map(String.init) ?? "NULL" }.joined(separator: "|")
        }
    }

    @Test(arguments: StoreKind.allCases)
    func oneBatchStoresWhatOneArticleABatchStores(_ kind: StoreKind) throws {
        let together = try kind.open()
        try together.ingest(articles)
        let apart = try kind.open()
        for article in articles { try apart.ingest([article]) }
        let rows = try relationRows(together)
        #expect(rows == (try relationRows(apart)))
        // The same weights as recounted from the evidence.
        try together.database.transaction { try GraphStore.refreshRelations(together.database, ids: nil) }
        #expect(try relationRows(together) == rows)
        let lisbon = try #require(rows.first { $0.hasPrefix("Ana Souza|Lisbon|co-occurrence|") })
        // Two sentences of a, one of d (the first batch's relation grows in the fourth): weight 3, two articles.
        #expect(lisbon == "Ana Souza|Lisbon|co-occurrence||0|3|2|2024-01-02|2025-05-05|3")
    }

    @Test(arguments: StoreKind.allCases)
    func aBatchThatFailsLeavesNoRelationBehind(_ kind: StoreKind) throws {
        let store = try kind.open()
        try store.ingest([articles[0]])
        let before = try relationRows(store)
        // The batch fails part-way, after new relations were given ids: it is rolled back whole.
        try store.database.execute(
            """
            CREATE TRIGGER refuse_porto BEFORE INSERT ON entity WHEN NEW.name = 'Porto'
            BEGIN SELECT RAISE(ABORT, 'refused'); END
            """)
        #expect(throws: StoreError.self) { try store.ingest([articles[1], articles[2]]) }
        #expect(try relationRows(store) == before)
        try store.database.execute("DROP TRIGGER refuse_porto")
        // The ids handed out in the failed batch were forgotten with it: the retry stores what a clean run does.
        try store.ingest([articles[1], articles[2]])
        let clean = try kind.open()
        try clean.ingest([articles[0]])
        try clean.ingest([articles[1], articles[2]])
        #expect(try relationRows(store) == (try relationRows(clean)))
    }

    func indexNames(_ store: GraphStore) throws -> Set<String> {
        Set(
            try store.database.prepare(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'"
            )
            .rows().compactMap { $0.first?.string })
    }

    @Test func deferrableIndexesAreTheOnesTheSchemaCreates() throws {
        let store = try GraphStore(path: ":memory:")
        let names = try indexNames(store)
        for index in Schema.deferrableIndexes {
            #expect(names.contains(index.name), "\(index.name) is not created by the migrations")
            #expect(index.sql.contains(" \(index.name) ON "))
        }
    }

    @Test func ingestIntoAnEmptyStoreEndsWithEveryIndex() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write(
            "news.jsonl",
            Array(
                """
                {"id": "1", "text": "Ana Souza met Rui Lima in Lisbon."}
                {"id": "2", "text": "Rui Lima returned to Lisbon on Monday."}

                """.utf8))
        let path = folder.path + "/kg.sqlite"
        let store = try GraphStore(path: path)
        let all = try indexNames(store)
        let report = try Ingestor(batchSize: 1).ingest(paths: [input.path], into: store)
        #expect(report.summary.new == 2)
        #expect(try indexNames(store) == all)
        // Lookups still find what the deferred indexes serve.
        #expect(try GraphQuery(store).entity(named: "rui lima").entity.name == "Rui Lima")
        #expect(try store.database.scalar("PRAGMA foreign_key_check") == nil)
        #expect(try store.database.scalar("PRAGMA integrity_check")?.string == "ok")
    }

    @Test func aStoreLeftWithoutItsIndexesGetsThemBackWhenOpenedForWriting() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/kg.sqlite"
        let all: Set<String>
        do {
            let store = try GraphStore(path: path)
            try store.ingest(articles)
            all = try indexNames(store)
            // What an ingest killed between dropping and rebuilding them leaves.
            #expect(try store.deferIndexesIfEmpty() == false)
            for index in Schema.deferrableIndexes { try store.database.execute("DROP INDEX \(index.name)") }
        }
        let reader = try GraphStore(path: path, readOnly: true)
        #expect(try indexNames(reader) != all)
        #expect(try GraphQuery(reader).entity(named: "ana souza").entity.name == "Ana Souza")
        let writer = try GraphStore(path: path)
        #expect(try indexNames(writer) == all)
    }

    @Test func ingestIntoAStoreWithArticlesKeepsItsIndexes() throws {
        let store = try GraphStore(path: ":memory:")
        try store.ingest([articles[0]])
        #expect(try store.deferIndexesIfEmpty() == false)
        #expect(try indexNames(store).isSuperset(of: Schema.deferrableIndexes.map(\.name)))
    }
}
