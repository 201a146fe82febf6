import Foundation
import NewsGraph
import Testing

/// What must hold in every store, whatever happened to it: the property test that the robustness tests run on every
/// store they leave behind.
package enum StoreInvariants {
    /// SQLite's own checks; every relation's weight, article count and dates equal what its evidence says; no entity
    /// without a mention or a relation; and replaying the curation changes nothing.
    package static func check(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let store = try GraphStore(path: path)
        let db = store.database
        #expect(try db.prepare("PRAGMA integrity_check").rows() == [[.text("ok")]], sourceLocation: sourceLocation)
        #expect(try db.prepare("PRAGMA foreign_key_check").rows().isEmpty, sourceLocation: sourceLocation)
        let wrong = try db.prepare(
            """
            SELECT r.id, r.weight, r.articles, r.first_date, r.last_date FROM relation r
            WHERE r.weight IS NOT (SELECT count(*) FROM (SELECT DISTINCT article_id, sentence FROM evidence
                                                        WHERE relation_id = r.id))
               OR r.articles IS NOT (SELECT count(DISTINCT article_id) FROM evidence WHERE relation_id = r.id)
               OR r.first_date IS NOT (SELECT min(a.date) FROM evidence e JOIN article a ON a.id = e.article_id
                                       WHERE e.relation_id = r.id)
               OR r.last_date IS NOT (SELECT max(a.date) FROM evidence e JOIN article a ON a.id = e.article_id
                                      WHERE e.relation_id = r.id)
               OR r.weight = 0
            """
        ).rows()
        #expect(
            wrong.isEmpty, "relations that disagree with their evidence: \(wrong.prefix(5))",
            sourceLocation: sourceLocation)
        let orphans = try db.prepare(
            """
            SELECT name, kind FROM entity
            WHERE NOT EXISTS (SELECT 1 FROM mention WHERE entity_id = entity.id)
              AND NOT EXISTS (SELECT 1 FROM relation WHERE source_id = entity.id OR target_id = entity.id)
            """
        ).rows()
        #expect(orphans.isEmpty, "orphan entities: \(orphans.prefix(5))", sourceLocation: sourceLocation)
        let before = try fingerprint(store)
        try db.transaction { try store.reapplyCuration() }
        let after = try fingerprint(store)
        #expect(before == after, "replaying the curation changed the store", sourceLocation: sourceLocation)
    }

    /// What identity decided, by names: entities (name, kind, mentions), relations (ends in name order, kind, weight,
    /// articles) and the name joins with their reasons; for comparing stores built in another order or in batches.
    package static func identitySnapshot(_ store: GraphStore) throws -> [String] {
        let entities = try store.database.prepare(
            """
            SELECT e.name || '|' || e.kind || '|' || count(m.id) FROM entity e LEFT JOIN mention m ON m.entity_id = e.id
            GROUP BY e.id ORDER BY 1
            """
        ).rows().map { $0[0].string ?? "" }
        let relations = try store.database.prepare(
            """
            SELECT min(s.name, t.name) || '|' || max(s.name, t.name) || '|' || r.kind || '|' || r.weight || '|' || r.articles
            FROM relation r JOIN entity s ON s.id = r.source_id JOIN entity t ON t.id = r.target_id ORDER BY 1
            """
        ).rows().map { $0[0].string ?? "" }
        let reasons = try store.database.prepare(
            "SELECT n.name || '|' || e.name || '|' || n.reason FROM name_join n JOIN entity e ON e.id = n.entity_id ORDER BY 1"
        ).rows().map { $0[0].string ?? "" }
        return entities + ["--"] + relations + ["--"] + reasons
    }

    /// The store as content, independent of row ids and insertion order: articles (key, hash, title, date, counts),
    /// entities (name, kind, mentions), relations (ends by name, kind, label, weight, articles, dates).
    package static func fingerprint(_ store: GraphStore) throws -> [String] {
        let db = store.database
        var lines: [String] = []
        let queries = [
            """
            SELECT 'article', key, hash, coalesce(title, ''), coalesce(date, ''),
                   (SELECT count(*) FROM mention m WHERE m.article_id = a.id),
                   (SELECT count(*) FROM evidence e WHERE e.article_id = a.id),
                   (SELECT count(*) FROM sentence s WHERE s.article_id = a.id)
            FROM article a
            """,
            """
            SELECT 'entity', name, kind, (SELECT count(*) FROM mention m WHERE m.entity_id = entity.id),
                   (SELECT count(*) FROM alias l WHERE l.entity_id = entity.id)
            FROM entity
            """,
            // An undirected relation's ends are stored in entity id order, which depends on the order of ingest: the
            // fingerprint puts them in name order.
            """
            SELECT 'relation',
                   CASE WHEN r.directed OR s.name || s.kind <= t.name || t.kind THEN s.name || '/' || s.kind
                        ELSE t.name || '/' || t.kind END,
                   CASE WHEN r.directed OR s.name || s.kind <= t.name || t.kind THEN t.name || '/' || t.kind
                        ELSE s.name || '/' || s.kind END,
                   r.kind, r.label, r.directed, r.weight, r.articles, coalesce(r.first_date, ''), coalesce(r.last_date, '')
            FROM relation r JOIN entity s ON s.id = r.source_id JOIN entity t ON t.id = r.target_id
            """,
        ]
        for sql in queries {
            for row in try db.prepare(sql).rows() {
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

    /// `graph` as content: each node's store row id (`entityID`, which depends on the store's ingest and curation
    /// history) removed, so graphs of two stores holding the same entities compare equal.
    package static func content(_ graph: Graph) -> Graph {
        var graph = graph
        for index in graph.nodes.indices { graph.nodes[index].entityID = nil }
        return graph
    }

    /// The lines of two fingerprints that differ (for a readable failure).
    package static func difference(_ a: [String], _ b: [String]) -> String {
        let onlyA = Set(a).subtracting(b).sorted().prefix(10)
        let onlyB = Set(b).subtracting(a).sorted().prefix(10)
        return "only in the first:\n" + onlyA.joined(separator: "\n") + "\nonly in the second:\n"
            + onlyB.joined(separator: "\n")
    }
}
