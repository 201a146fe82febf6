import NewsGraphCore
import NewsGraphStore

extension GraphQuery {
    /// Every stored sentence that links `a` and `b` by any relation, in article (date, source) and text order;
    /// paragraph evidence (which need not name both in one sentence) after all the sentences that do.
    ///
    /// ```swift
    /// for item in try GraphQuery(store).evidence(between: a, and: b) { print(item.article, item.text, item.rule) }
    /// ```
    public func evidence(between a: EntityRef, and b: EntityRef) throws -> [EvidenceSentence] {
        // substr counts characters (code points) from 1, as stored offsets count code points from 0.
        let statement = try database.prepare(
            """
            SELECT coalesce(nullif(a.title, ''), a.key), a.key, a.date, e.sentence,
                   coalesce(s.start, e.start), coalesce(s.end, e.end), e.start, e.end,
                   substr(a.text, coalesce(s.start, e.start) + 1, coalesce(s.end, e.end) - coalesce(s.start, e.start)),
                   r.kind, r.label, r.weight, r.articles, r.directed, e.rule, r.source_id = ?1
            FROM relation r
            JOIN evidence e ON e.relation_id = r.id
            JOIN article a ON a.id = e.article_id
            LEFT JOIN sentence s ON s.article_id = e.article_id AND s.position = e.sentence
            WHERE (r.source_id = ?1 AND r.target_id = ?2) OR (r.source_id = ?2 AND r.target_id = ?1)
            ORDER BY e.rule = 'cooccurrence.paragraph', a.date, a.key, e.sentence, e.start, e.end, r.kind, r.label, e.rule
            """)
        try statement.bind([.integer(a.id), .integer(b.id)])
        var result: [EvidenceSentence] = []
        while try statement.step() {
            let directed = statement.int(13) != 0
            let aIsSource = statement.int(15) != 0
            result.append(
                EvidenceSentence(
                    article: statement.text(0), source: statement.text(1), date: statement.optionalText(2),
                    sentence: statement.int(3), start: statement.int(4), end: statement.int(5),
                    matchStart: statement.int(6), matchEnd: statement.int(7), text: statement.text(8),
                    relation: Link.Relation(
                        kind: statement.text(9), label: statement.text(10), weight: statement.int(11),
                        articles: statement.int(12), directed: directed, outgoing: directed && aIsSource),
                    rule: statement.text(14), from: aIsSource ? a : b, to: aIsSource ? b : a))
        }
        return result
    }
}
