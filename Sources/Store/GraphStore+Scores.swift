import Foundation
import NewsGraphCore

extension GraphStore {
    /// Recomputes `relation.score`, the corpus-level association of each relation's two ends (see `associationScore`).
    /// The articles a relation counts are its articles with distinct evidence text: Reuters files many stories twice
    /// word for word, and a pair seen in one story and its repeat is one observation.
    ///
    /// The score of every relation depends on the whole store (the article count and how many articles name each
    /// end), so it is recomputed for all relations, after an ingest and after curation changed the entities. Cost:
    /// one pass over the relation table and one over the mentions (about a second for the Reuters corpus).
    package static func refreshScores(_ db: Database) throws {
        let total = try db.scalar(articleTotalSQL)?.int ?? 0
        var articles: [Int64: Int] = [:]
        let counts = try db.prepare(
            "SELECT entity_id, count(DISTINCT article_id) FROM mention WHERE entity_id IS NOT NULL GROUP BY entity_id")
        try counts.bind([])
        while try counts.step() { articles[Int64(counts.int(0))] = counts.int(1) }
        // A wire story filed twice (a repeat, a correction) is one observation, not two: a relation counts at most
        // as many articles as it has distinct evidence texts.
        var texts: [Int64: Int] = [:]
        let distinct = try db.prepare(
            "SELECT e.relation_id, count(\(distinctEvidenceSQL)) \(evidenceSQL) IS NOT NULL GROUP BY e.relation_id")
        try distinct.bind([])
        while try distinct.step() { texts[Int64(distinct.int(0))] = distinct.int(1) }
        var scores: [(Int64, Double)] = []
        let relations = try db.prepare("SELECT id, source_id, target_id, articles FROM relation ORDER BY id")
        try relations.bind([])
        while try relations.step() {
            let id = Int64(relations.int(0))
            let score = relationScore(
                articles: relations.int(3), distinctTexts: texts[id], source: articles[Int64(relations.int(1))] ?? 0,
                target: articles[Int64(relations.int(2))] ?? 0, total: total)
            scores.append((id, score))
        }
        let update = try db.prepare("UPDATE relation SET score = ?2 WHERE id = ?1")
        for (id, score) in scores {
            update.begin()
            try update.set(1, id)
            try update.set(2, score)
            try update.finishRow()
        }
    }

    /// The store's article count, the `total` of `associationScore`.
    static let articleTotalSQL = "SELECT count(DISTINCT article_id) FROM mention"
    /// A relation's evidence texts (with `evidenceSQL`): two articles with the same sentence are one observation.
    static let distinctEvidenceSQL = "DISTINCT substr(a.text, e.start + 1, e.end - e.start)"
    /// The evidence rows of relations, ending in the `e.relation_id` condition the caller completes.
    static let evidenceSQL = "FROM evidence e JOIN article a ON a.id = e.article_id WHERE e.relation_id"

    /// A relation's score from its article count, how many distinct evidence texts those articles hold (nil when
    /// unknown), the articles of each end and the store's: the one formula of the store-wide and the scoped refresh.
    static func relationScore(articles: Int, distinctTexts: Int?, source: Int, target: Int, total: Int) -> Double {
        associationScore(both: min(articles, distinctTexts ?? articles), source: source, target: target, total: total)
    }

    /// Recomputes the association score (`GraphStore.refreshScores`) of the relations with an end in `entityIDs`,
    /// the only ones a curation change alters: a score depends on the relation's articles, the articles of its two
    /// ends and the store's article count, and curation moves mentions between entities without adding or removing
    /// any (rejected mentions stay stored and counted). The store-wide pass took 0.5 of the 0.75 s of CPU of a
    /// single decision on the Reuters store. The equality with the store-wide pass is tested
    /// (`CurationIncrementalTests`).
    package func refreshScores(around entityIDs: Set<Int64>) throws {
        let db = database
        guard !entityIDs.isEmpty else { return }
        try db.fillTemporaryIDTable("rescore_entity", with: entityIDs)
        let total = try db.scalar(GraphStore.articleTotalSQL)?.int ?? 0
        let relations = try db.prepare(
            """
            SELECT id, source_id, target_id, articles FROM relation WHERE source_id IN (SELECT id FROM temp.rescore_entity)
            UNION SELECT id, source_id, target_id, articles FROM relation
            WHERE target_id IN (SELECT id FROM temp.rescore_entity)
            """)
        var rows: [(id: Int64, source: Int64, target: Int64, articles: Int)] = []
        try relations.bind([])
        while try relations.step() {
            rows.append(
                (Int64(relations.int(0)), Int64(relations.int(1)), Int64(relations.int(2)), relations.int(3)))
        }
        let entityArticles = try db.prepare(
            "SELECT count(DISTINCT article_id) FROM mention WHERE entity_id = ?")
        var articles: [Int64: Int] = [:]
        func articleCount(_ id: Int64) throws -> Int {
            if let count = articles[id] { return count }
            try entityArticles.bind(id)
            let count = try entityArticles.step() ? entityArticles.int(0) : 0
            entityArticles.reset()
            articles[id] = count
            return count
        }
        // As the store-wide pass counts them: a relation's articles with distinct evidence text.
        let texts = try db.prepare("SELECT count(\(GraphStore.distinctEvidenceSQL)) \(GraphStore.evidenceSQL) = ?")
        let update = try db.prepare("UPDATE relation SET score = ?2 WHERE id = ?1")
        for row in rows {
            try texts.bind(row.id)
            let distinct = try texts.step() ? texts.int(0) : 0
            texts.reset()
            let score = GraphStore.relationScore(
                articles: row.articles, distinctTexts: distinct == 0 ? nil : distinct,
                source: try articleCount(row.source), target: try articleCount(row.target), total: total)
            try update.run(row.id, score)
        }
    }

    /// Dunning's log-likelihood ratio G² (1993) for two ends named together in `both` of `total` articles, one in
    /// `source`, the other in `target` articles; negative when they meet less often than chance would have them.
    /// Rounded to 3 decimals so stores compare equal across platforms.
    ///
    /// G² = 2 Σ O ln(O / E) over the four cells of the 2x2 table (both, only source, only target, neither), with
    /// E = row total x column total / `total`. It is large when the pair meets much more often than chance and the
    /// count is large enough to trust: a pair of frequent names that meet in proportion to their frequency (`U.S.`
    /// and `Japan`) scores low, a rare name always with the same partner scores high, and one chance meeting of two
    /// rare names scores far less than a pattern repeated over many articles.
    public static func associationScore(both: Int, source: Int, target: Int, total: Int) -> Double {
        let k11 = Double(both)
        let n1 = Double(max(source, both))
        let n2 = Double(max(target, both))
        let n = Double(max(total, Int(n1 + n2 - k11)))
        guard n > 0, k11 > 0 else { return 0 }
        let cells = [
            (k11, n1 * n2 / n),
            (n1 - k11, n1 * (n - n2) / n),
            (n2 - k11, (n - n1) * n2 / n),
            (n - n1 - n2 + k11, (n - n1) * (n - n2) / n),
        ]
        var g2 = 0.0
        for (observed, expected) in cells where observed > 0 && expected > 0 {
            g2 += observed * log(observed / expected)
        }
        g2 = max(0, 2 * g2)
        let signed = k11 < n1 * n2 / n ? -g2 : g2
        return (signed * 1000).rounded() / 1000
    }

    /// Recomputes every relation's association score (`refreshScores`) in one transaction.
    public func refreshScores() throws {
        let opened = !database.isInTransaction
        if opened { try database.begin() }
        do {
            try GraphStore.refreshScores(database)
            if opened { try database.commit() }
        } catch {
            if opened { database.rollback() }
            throw error
        }
    }
}
