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
        let total = try db.scalar("SELECT count(DISTINCT article_id) FROM mention")?.int ?? 0
        var articles: [Int64: Int] = [:]
        let counts = try db.prepare(
            "SELECT entity_id, count(DISTINCT article_id) FROM mention WHERE entity_id IS NOT NULL GROUP BY entity_id")
        try counts.bind([])
        while try counts.step() { articles[Int64(counts.int(0))] = counts.int(1) }
        // A wire story filed twice (a repeat, a correction) is one observation, not two: a relation counts at most
        // as many articles as it has distinct evidence texts.
        var texts: [Int64: Int] = [:]
        let distinct = try db.prepare(
            """
            SELECT e.relation_id, count(DISTINCT substr(a.text, e.start + 1, e.end - e.start))
            FROM evidence e JOIN article a ON a.id = e.article_id
            WHERE e.relation_id IS NOT NULL GROUP BY e.relation_id
            """)
        try distinct.bind([])
        while try distinct.step() { texts[Int64(distinct.int(0))] = distinct.int(1) }
        var scores: [(Int64, Double)] = []
        let relations = try db.prepare("SELECT id, source_id, target_id, articles FROM relation ORDER BY id")
        try relations.bind([])
        while try relations.step() {
            let id = Int64(relations.int(0))
            let both = min(relations.int(3), texts[id] ?? relations.int(3))
            let score = associationScore(
                both: both, source: articles[Int64(relations.int(1))] ?? 0,
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
