import Foundation
import NewsGraphCore
import NewsGraphResolution

/// Writes analyzed articles inside one transaction.
///
/// Statements are prepared once per batch and bound value by value. A relation first seen in the batch gets its
/// id at once but its row is written by `finish`, with the weight, article count and dates the whole batch gives
/// it: one insert instead of an insert and an update. The batch's evidence rows, which refer to relations, are kept
/// until then and written after them, so every foreign key holds when its row is written.
package struct IngestWriter {
    package let db: Database
    package let curation: CurationMap
    package let ids: IDCache
    package var summary = IngestSummary()
    private var entityIDs: [EntityKey: Int64?] = [:]
    private var touchedRelations: Set<Int64> = []
    private var touchedEntities: Set<Int64> = []
    /// Weight, article count and date span each relation gains in this batch, applied by `finish`.
    private var growth: [Int64: Growth] = [:]
    /// Relations first seen in this batch, by id: their rows are inserted by `finish`.
    private var newRelations: [Int64: (key: RelationKey, directed: Bool)] = [:]
    /// The batch's evidence, in article order, written by `finish` once its relations exist.
    private var evidence: [PendingEvidence] = []

    package struct PendingEvidence {
        package var articleID: Int64
        package var relationID: Int64?
        package var evidence: Evidence
        package var relation: Relation
    }

    private let findArticle: Statement
    private let insertArticle: Statement
    private let insertSentence: Statement
    private let insertMention: Statement
    private let insertAlias: Statement
    private let insertEvidence: Statement

    package struct Growth {
        package var weight = 0
        package var articles = 0
        package var first: String?
        package var last: String?
    }

    package struct EntityKey: Hashable {
        package var text: String
        package var name: String
        package var kind: EntityKind
    }

    package struct RelationKey: Hashable {
        package var source: Int64
        package var target: Int64
        package var kind: String
        package var label: String
    }

    package init(store: GraphStore, ids: IDCache) throws {
        db = store.database
        curation = try store.curationMap()
        self.ids = ids
        findArticle = try db.prepare("SELECT id, hash FROM article WHERE key = ?")
        insertArticle = try db.prepare(
            """
            INSERT INTO article (key, hash, external_id, title, author, date, url, text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertSentence = try db.prepare("INSERT INTO sentence (article_id, position, start, end) VALUES (?, ?, ?, ?)")
        insertMention = try db.prepare(
            """
            INSERT INTO mention (article_id, entity_id, sentence, start, end, text, rule, confidence,
                                 extracted_name, extracted_kind)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertAlias = try db.prepare(
            """
            INSERT INTO alias (article_id, entity_id, name, reason, extracted_name, extracted_kind)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        insertEvidence = try db.prepare(
            """
            INSERT INTO evidence (article_id, relation_id, sentence, start, end, rule, kind, label, directed,
                                  source_name, source_kind, target_name, target_kind)
            VALUES (:article_id, :relation_id, :sentence, :start, :end, :rule, :kind, :label, :directed,
                    :source_name, :source_kind, :target_name, :target_kind)
            """)
    }

    package mutating func add(_ analyzed: AnalyzedArticle) throws {
        let article = analyzed.article
        findArticle.begin()
        try findArticle.set(1, article.source)
        if try findArticle.step() {
            let id = Int64(findArticle.int(0))
            let same = findArticle.text(1) == article.id
            findArticle.begin()
            if same {
                summary.unchanged += 1
                return
            }
            try remove(articleID: id)
            summary.replaced += 1
        } else {
            findArticle.begin()
            summary.new += 1
        }
        summary.cappedSentences += analyzed.cappedSentences
        summary.cappedParagraphs += analyzed.cappedParagraphs

        insertArticle.begin()
        try insertArticle.set(1, article.source)
        try insertArticle.set(2, article.id)
        try insertArticle.set(3, article.externalID)
        try insertArticle.set(4, article.title)
        try insertArticle.set(5, article.author)
        try insertArticle.set(6, article.date)
        try insertArticle.set(7, article.url)
        try insertArticle.set(8, article.text)
        try insertArticle.finishRow()
        let articleID = db.lastInsertRowID

        for (position, sentence) in analyzed.document.sentences.enumerated() {
            insertSentence.begin()
            try insertSentence.set(1, articleID)
            try insertSentence.set(2, position)
            try insertSentence.set(3, sentence.range.start)
            try insertSentence.set(4, sentence.range.end)
            try insertSentence.finishRow()
        }

        for mention in analyzed.mentions {
            let entityID = try entity(text: mention.text, name: mention.entity, kind: mention.kind)
            insertMention.begin()
            try insertMention.set(1, articleID)
            try insertMention.set(2, entityID)
            try insertMention.set(3, mention.sentence)
            try insertMention.set(4, mention.range.start)
            try insertMention.set(5, mention.range.end)
            try insertMention.set(6, mention.text)
            try insertMention.set(7, mention.rule)
            try insertMention.set(8, mention.confidence)
            try insertMention.set(9, mention.entity)
            try insertMention.set(10, mention.kind.rawValue)
            try insertMention.finishRow()
            summary.mentions += 1
        }

        for alias in analyzed.aliases {
            let entityID = try entity(text: alias.name, name: alias.entity, kind: alias.kind)
            insertAlias.begin()
            try insertAlias.set(1, articleID)
            try insertAlias.set(2, entityID)
            try insertAlias.set(3, alias.name)
            try insertAlias.set(4, alias.reason)
            try insertAlias.set(5, alias.entity)
            try insertAlias.set(6, alias.kind.rawValue)
            try insertAlias.finishRow()
        }

        // Weights grow by this article's distinct evidence sentences, so a relation seen in thousands of
        // articles is never recounted from all its evidence.
        var sentencesByRelation: [Int64: Set<Int>] = [:]
        for relation in analyzed.relations {
            let relationID = try self.relation(relation)
            for item in relation.evidence {
                evidence.append(
                    PendingEvidence(articleID: articleID, relationID: relationID, evidence: item, relation: relation))
                if let relationID { sentencesByRelation[relationID, default: []].insert(item.sentence) }
            }
        }
        for (relationID, sentences) in sentencesByRelation {
            var g = growth[relationID, default: Growth()]
            g.weight += sentences.count
            g.articles += 1
            if let date = article.date {
                if g.first.map({ date < $0 }) ?? true { g.first = date }
                if g.last.map({ date > $0 }) ?? true { g.last = date }
            }
            growth[relationID] = g
        }
    }

    /// Deletes the article stored under `key`, if any (see `remove(articleID:)`); true when there was one.
    package mutating func remove(key: String) throws -> Bool {
        findArticle.begin()
        try findArticle.set(1, key)
        guard try findArticle.step() else { return false }
        let id = Int64(findArticle.int(0))
        findArticle.begin()
        try remove(articleID: id)
        summary.removed += 1
        return true
    }

    /// Deletes an article's rows (its mentions, aliases, evidence and sentences go with it).
    private mutating func remove(articleID: Int64) throws {
        let relations = try db.prepare(
            "SELECT DISTINCT relation_id FROM evidence WHERE article_id = ? AND relation_id IS NOT NULL")
        try relations.bind(articleID)
        while try relations.step() { touchedRelations.insert(Int64(relations.int(0))) }
        let entities = try db.prepare(
            "SELECT DISTINCT entity_id FROM mention WHERE article_id = ? AND entity_id IS NOT NULL")
        try entities.bind(articleID)
        while try entities.step() { touchedEntities.insert(Int64(entities.int(0))) }
        try db.prepare("DELETE FROM article WHERE id = ?").run(articleID)
    }

    /// The id of the curated entity for a mention (created when new), or nil when curation rejects it.
    private mutating func entity(text: String, name: String, kind: EntityKind) throws -> Int64? {
        let key = EntityKey(text: curation.isEmpty ? "" : text, name: name, kind: kind)
        if let cached = entityIDs[key] { return cached }
        var id: Int64?
        let joined = ids.joined(name)
        if let target = curation.entity(text: text, name: joined.name, kind: kind) {
            let targetKey = target.name == joined.name ? joined.key : ids.key(target.name)
            id = try ids.entityID(db, key: targetKey, name: target.name, kind: target.kind)
        }
        entityIDs[key] = id
        return id
    }

    /// The id of the stored relation for `relation`'s curated ends (given now, stored by `finish` when new); nil when
    /// an end is rejected.
    private mutating func relation(_ relation: Relation) throws -> Int64? {
        guard
            var source = try entity(text: relation.source.name, name: relation.source.name, kind: relation.source.kind),
            var target = try entity(text: relation.target.name, name: relation.target.name, kind: relation.target.kind),
            source != target
        else { return nil }
        if !relation.directed && source > target { swap(&source, &target) }
        let key = RelationKey(source: source, target: target, kind: relation.kind, label: relation.label ?? "")
        if let id = ids.relations[key] { return id }
        let id = ids.nextRelationID
        ids.nextRelationID += 1
        ids.relations[key] = id
        newRelations[id] = (key, relation.directed)
        return id
    }

    /// Stores the batch's new relations and the growth of known ones, recomputes the weights of relations that lost
    /// evidence (replaced articles) and drops what no longer has evidence or mentions.
    package mutating func finish() throws {
        let insert = try db.prepare(
            """
            INSERT INTO relation (id, source_id, target_id, kind, label, directed, weight, articles, first_date, last_date)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (id, new) in newRelations.sorted(by: { $0.key < $1.key }) {
            let g = growth[id] ?? Growth()
            insert.begin()
            try insert.set(1, id)
            try insert.set(2, new.key.source)
            try insert.set(3, new.key.target)
            try insert.set(4, new.key.kind)
            try insert.set(5, new.key.label)
            try insert.set(6, new.directed)
            try insert.set(7, g.weight)
            try insert.set(8, g.articles)
            try insert.set(9, g.first)
            try insert.set(10, g.last)
            try insert.finishRow()
        }
        for pending in evidence {
            let relation = pending.relation
            insertEvidence.begin()
            try insertEvidence.set(":article_id", pending.articleID)
            try insertEvidence.set(":relation_id", pending.relationID)
            try insertEvidence.set(":sentence", pending.evidence.sentence)
            try insertEvidence.set(":start", pending.evidence.range.start)
            try insertEvidence.set(":end", pending.evidence.range.end)
            try insertEvidence.set(":rule", pending.evidence.rule)
            try insertEvidence.set(":kind", relation.kind)
            try insertEvidence.set(":label", relation.label ?? "")
            try insertEvidence.set(":directed", relation.directed)
            try insertEvidence.set(":source_name", relation.source.name)
            try insertEvidence.set(":source_kind", relation.source.kind.rawValue)
            try insertEvidence.set(":target_name", relation.target.name)
            try insertEvidence.set(":target_kind", relation.target.kind.rawValue)
            try insertEvidence.finishRow()
        }
        let grow = try db.prepare(
            """
            UPDATE relation SET weight = weight + ?1, articles = articles + ?2,
                first_date = CASE WHEN ?3 IS NULL OR (first_date IS NOT NULL AND first_date <= ?3) THEN first_date ELSE ?3 END,
                last_date = CASE WHEN ?4 IS NULL OR (last_date IS NOT NULL AND last_date >= ?4) THEN last_date ELSE ?4 END
            WHERE id = ?5
            """)
        for (relationID, g) in growth.sorted(by: { $0.key < $1.key }) where newRelations[relationID] == nil {
            grow.begin()
            try grow.set(1, g.weight)
            try grow.set(2, g.articles)
            try grow.set(3, g.first)
            try grow.set(4, g.last)
            try grow.set(5, relationID)
            try grow.finishRow()
        }
        if !touchedRelations.isEmpty || !touchedEntities.isEmpty {
            // Rows may be deleted below: the id cache is rebuilt on the next batch.
            ids.dataVersion = -1
        }
        try GraphStore.refreshRelations(db, ids: touchedRelations)
        try GraphStore.dropOrphans(db, entityIDs: touchedEntities)
    }
}
