import Foundation
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// Curation applied and undone incrementally (only the entities a decision reaches are derived again) leaves the
/// store exactly as a fresh full derivation of the same articles and the same decisions in force: same entities
/// (name, kind, key), same entity for every mention and alias, same relations with the same weights, article counts,
/// dates and scores, same merge reasons.
@Suite struct CurationIncrementalTests {
    /// Wire-style articles analysed for real: a company written three ways, people with surnames used alone, places
    /// in datelines and text, so decisions reach entities with many names and many relations.
    static func corpus() -> String {
        let people = ["James Baker", "Paul Volcker", "Kiichi Miyazawa", "Nigel Lawson"]
        let places = ["Tokyo", "London", "Washington", "Paris"]
        var lines: [String] = []
        for index in 0..<24 {
            let person = people[index % people.count]
            let other = people[(index + 1) % people.count]
            let place = places[index % places.count]
            let surname = person.split(separator: " ").last.map(String.init) ?? person
            let text = """
                SALOMON BROTHERS INC SAYS RATES WILL RISE

                \(place.uppercased()), March \(index % 28 + 1) - Salomon Brothers Ltd said \(person) met \(other) \
                in \(place) on Tuesday. \(surname) said the Federal Reserve would act. Salomon Brothers Inc \
                economists and the Bank of Japan agreed, \(surname) told reporters in \(place).

                """
            lines.append("{\"id\": \"wire-\(index)\", \"text\": \(JSONText.quote(text))}")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Everything derived, by names rather than row ids (ids of entities created again differ, as they may).
    static func snapshot(_ store: GraphStore) throws -> [String] {
        let queries = [
            """
            SELECT 'entity', e.name, e.kind, e.key, (SELECT count(*) FROM mention m WHERE m.entity_id = e.id)
            FROM entity e
            """,
            """
            SELECT 'mention', a.key, m.start, m.end, m.extracted_name, coalesce(e.name, 'NULL'), coalesce(e.kind, '')
            FROM mention m JOIN article a ON a.id = m.article_id LEFT JOIN entity e ON e.id = m.entity_id
            """,
            """
            SELECT 'alias', a.key, l.name, l.extracted_name, l.reason, coalesce(e.name, 'NULL')
            FROM alias l JOIN article a ON a.id = l.article_id LEFT JOIN entity e ON e.id = l.entity_id
            """,
            """
            SELECT 'relation',
                   CASE WHEN r.directed OR s.key <= t.key THEN s.name ELSE t.name END,
                   CASE WHEN r.directed OR s.key <= t.key THEN t.name ELSE s.name END,
                   r.kind, r.label, r.directed, r.weight, r.articles, coalesce(r.first_date, ''),
                   coalesce(r.last_date, ''), coalesce(r.score, 'NULL'),
                   (SELECT count(*) FROM evidence v WHERE v.relation_id = r.id)
            FROM relation r JOIN entity s ON s.id = r.source_id JOIN entity t ON t.id = r.target_id
            """,
            "SELECT 'unattached evidence', count(*) FROM evidence WHERE relation_id IS NULL",
            """
            SELECT 'name_join', e.name, n.name, n.reason, n.detail, n.mentions
            FROM name_join n JOIN entity e ON e.id = n.entity_id
            """,
        ]
        var lines: [String] = []
        for sql in queries {
            for row in try store.database.prepare(sql).rows() {
                lines.append(
                    row.map { value in
                        switch value {
                        case .null: "NULL"
                        case .integer(let v): String(v)
                        case .real(let v): String(v)
                        case .text(let v): v
                        }
                    }.joined(separator: "\t"))
            }
        }
        return lines.sorted()
    }

    /// A store with the corpus ingested (the same steps every time, so two of them hold the same rows).
    static func ingested(_ location: StoreLocation, _ folder: TemporaryFolder) throws -> GraphStore {
        let corpus = folder.url.appendingPathComponent("corpus.jsonl")
        if !FileManager.default.fileExists(atPath: corpus.path) {
            try Data(CurationIncrementalTests.corpus().utf8).write(to: corpus)
        }
        let store = try location.open()
        _ = try Ingestor().ingest(paths: [corpus.path], into: store)
        return store
    }

    /// The fresh full derivation: the same articles, the decisions in force written straight into the curation
    /// table, every entity derived from scratch.
    static func derivedFromScratch(
        _ location: StoreLocation, _ folder: TemporaryFolder, decisions: [CurationMap.Decision]
    ) throws -> [String] {
        let store = try ingested(location, folder)
        try store.database.transaction {
            let insert = try store.database.prepare(
                "INSERT INTO curation (action, name, kind, argument, created_at) VALUES (?, ?, ?, ?, '2026-01-01')")
            for decision in decisions {
                try insert.run(decision.action.rawValue, decision.name, decision.kind?.rawValue, decision.argument)
            }
            try store.reapplyCuration()
        }
        return try snapshot(store)
    }

    static func check(
        _ store: GraphStore, _ location: StoreLocation, _ folder: TemporaryFolder, _ step: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let incremental = try snapshot(store)
        let scratch = try derivedFromScratch(location, folder, decisions: try store.curationMap().decisions)
        // Compared outside the expectation, which would print both stores whole.
        let same = incremental == scratch
        #expect(
            same, "\(step): incremental vs scratch \(StoreInvariants.difference(incremental, scratch))",
            sourceLocation: sourceLocation)
    }

    @Test(arguments: StoreLocation.allCases)
    func splitAndUndoEqualAFreshFullDerivation(_ location: StoreLocation) throws {
        let folder = try TemporaryFolder()
        let store = try Self.ingested(location, folder)
        let curator = Curator(store)
        let query = GraphQuery(store)
        // Two kinds of legal form: two companies for identity (the London and the New York house), one for this analyst.
        let salomon = try query.entity(named: "Salomon Brothers Ltd").entity
        let salomonInc = try query.entity(named: "Salomon Brothers Inc").entity
        #expect(salomon.id != salomonInc.id, "the fixture keeps the two spellings apart")
        let baker = try query.entity(named: "James Baker").entity

        try curator.record(.merge(salomon, into: salomonInc))
        try Self.check(store, location, folder, "merge")
        try curator.split("Salomon Brothers Ltd")
        try Self.check(store, location, folder, "split")
        #expect(try query.entity(named: "Salomon Brothers Ltd").entity.name == "Salomon Brothers Ltd")

        // Decisions that build on each other: a rename, a merge into the renamed entity, a retype, a reject.
        let renamed = try #require(try curator.record(.rename(baker, to: "James A. Baker")))
        try Self.check(store, location, folder, "rename")
        let volcker = try query.entity(named: "Paul Volcker").entity
        let merged = try #require(
            try curator.record(.merge(volcker, into: EntityRef(id: 0, name: "James A. Baker", kind: .person))))
        try Self.check(store, location, folder, "merge into a renamed entity")
        let tokyo = try query.entity(named: "Tokyo").entity
        let retyped = try #require(try curator.record(.retype(tokyo, to: .organization)))
        try Self.check(store, location, folder, "retype")
        let fed = try query.entity(named: "Federal Reserve").entity
        let rejected = try #require(try curator.record(.reject(fed)))
        try Self.check(store, location, folder, "reject")

        // Undone in an order other than they were made: each undo touches entities another decision built on.
        for (id, step) in [(renamed, "undo rename"), (rejected, "undo reject"), (merged, "undo merge")] {
            try curator.undo(entry: id)
            try Self.check(store, location, folder, step)
        }
        try curator.undo(entry: retyped)
        try Self.check(store, location, folder, "undo retype")
        #expect(try store.curationMap().isEmpty)
        let undone = try Self.snapshot(store) == Self.snapshot(try Self.ingested(location, folder))
        #expect(undone, "undoing every decision gives the store as ingested")
    }

    @Test func aliasDecisionsAreNotBoundedByKeysAndReDeriveEverything() {
        let merge = CurationMap.Decision.merge(
            EntityRef(id: 0, name: "Baker", kind: .person), into: EntityRef(id: 0, name: "James Baker", kind: .person))
        let map = CurationMap(decisions: [merge])
        #expect(map.component(of: [merge]) == [NameVariants.key("Baker"), NameVariants.key("James Baker")])
        let alias = CurationMap.Decision.addAlias("Jim", to: EntityRef(id: 0, name: "James Baker", kind: .person))
        #expect(map.component(of: [alias]) == nil)
        #expect(CurationMap(decisions: [alias]).component(of: [merge]) == nil)
        // A chain of decisions is one component: undoing the first reaches the names of the second.
        let rename = CurationMap.Decision.rename(
            EntityRef(id: 0, name: "James Baker", kind: .person), to: "James A. Baker")
        let chained = CurationMap(decisions: [merge, rename])
        #expect(chained.component(of: [merge])?.contains(NameVariants.key("James A. Baker")) == true)
        #expect(chained.component(of: [merge])?.contains(NameVariants.key("Tokyo")) == false)
    }
}
