import Foundation
import NewsGraphCore
import NewsGraphResolution

/// What one ingest did.
public struct IngestSummary: Sendable, Equatable {
    public var new = 0
    public var unchanged = 0
    public var replaced = 0
    /// Articles deleted because their file, or their record in a JSON Lines file, is gone (see `removeArticles`).
    public var removed = 0
    public var mentions = 0
    /// Sentences too crowded with entities for co-occurrence pairs (a list, not a statement).
    public var cappedSentences = 0
    public var cappedParagraphs = 0

    public init() {}

    public static func += (lhs: inout IngestSummary, rhs: IngestSummary) {
        lhs.new += rhs.new
        lhs.unchanged += rhs.unchanged
        lhs.replaced += rhs.replaced
        lhs.removed += rhs.removed
        lhs.mentions += rhs.mentions
        lhs.cappedSentences += rhs.cappedSentences
        lhs.cappedParagraphs += rhs.cappedParagraphs
    }
}

/// What the store holds for an article's source: nothing, the same content, or other content.
public enum ArticleStatus: Sendable, Equatable {
    case new
    case unchanged
    case changed
}

extension GraphStore {
    /// Whether `article` is new, already stored as it is, or stored with other content, at its key (`source`).
    ///
    /// Only the key identifies an article; the content hash only tells whether it changed. Two files with the same
    /// text are two articles: deduplicating them by hash lost the text of one when the other was edited.
    public func status(of article: Article) throws -> ArticleStatus {
        let statement = try database.prepare("SELECT hash FROM article WHERE key = ?")
        try statement.bind(article.source)
        guard try statement.step() else { return .new }
        defer { statement.reset() }
        return statement.text(0) == article.id ? .unchanged : .changed
    }

    /// The keys of the stored articles that start with `prefix`, sorted.
    public func articleKeys(withPrefix prefix: String) throws -> [String] {
        // A range on the unique key index rather than LIKE, whose `%` and `_` a path may contain.
        let statement = try database.prepare("SELECT key FROM article WHERE key >= ?1 AND key < ?1 || char(1114111)")
        try statement.bind(prefix)
        var keys: [String] = []
        while try statement.step() { keys.append(statement.text(0)) }
        return keys
    }

    /// Deletes the articles stored under `keys` in one transaction, with their mentions and evidence; the weights and
    /// dates of the relations they supported are recounted and entities left without mentions dropped, so the store
    /// is what a fresh ingest without them would give. Returns how many were stored.
    @discardableResult
    public func removeArticles(keys: [String]) throws -> Int {
        guard !keys.isEmpty else { return 0 }
        return try database.transaction {
            var writer = try IngestWriter(store: self, ids: try idCache())
            var removed = 0
            for key in keys where try writer.remove(key: key) { removed += 1 }
            try writer.finish()
            ingestCache = nil
            return removed
        }
    }

    /// Gives articles stored by an older NewsGraph under a relative path (`p/a.txt`, `p/x.jsonl#7`) the key `rekey`
    /// returns for them (the canonical path), so that re-ingesting them finds them instead of adding them twice.
    /// Keys that `rekey` leaves nil (their file is not there to resolve) are kept.
    public func upgradeArticleKeys(_ rekey: (String) -> String?) throws {
        let legacy = try database.prepare("SELECT id, key FROM article WHERE substr(key, 1, 1) <> '/'").rows()
        guard !legacy.isEmpty else { return }
        try database.transaction {
            let update = try database.prepare("UPDATE OR IGNORE article SET key = ? WHERE id = ?")
            for row in legacy {
                guard let id = row[0].int, let key = row[1].string, let new = rekey(key), new != key else { continue }
                try update.run(new, id)
            }
        }
    }

    /// Stores a batch of analyzed articles in one transaction: new ones are added, unchanged ones
    /// skipped, changed ones (same source, new text) replace their old mentions and evidence.
    /// Curation decisions are applied to every new mention. Relation weights grow by what the batch adds, and
    /// are recounted for relations that lost evidence. Store-wide identity (`resolveIdentity`) and every relation's
    /// association score are then brought up to date.
    @discardableResult
    public func ingest(_ batch: [AnalyzedArticle]) throws -> IngestSummary {
        let summary = try ingest(batch, commit: true)
        if summary.new + summary.replaced > 0 { try resolveIdentity() }
        try refreshScores()
        return summary
    }

    /// Stores a batch inside the open ingest transaction, opening one if none is open, and commits when `commit`.
    ///
    /// An ingest of many batches commits every few thousand articles rather than every batch: each commit writes
    /// every page the batch touched, and the relation rows that new evidence updates lie all over their table, so
    /// fewer commits write those pages fewer times. A failure rolls back every batch since the last commit.
    package func ingest(_ batch: [AnalyzedArticle], commit: Bool) throws -> IngestSummary {
        // A transaction is retried whole when another process holds the store longer than the busy timeout
        // allows for, or SQLite answers busy at once (a lock upgrade); only one this call opened can be.
        if batch.isEmpty {
            if commit { try commitIngest() }
            return IngestSummary()
        }
        // Only a transaction this call opens can be retried whole.
        let opened = !database.isInTransaction
        return try Database.retryingWhileBusy(attempts: opened ? 50 : 1) {
            do {
                if opened { try database.begin() }
                var writer = try IngestWriter(store: self, ids: try idCache())
                for analyzed in batch { try writer.add(analyzed) }
                try writer.finish()
                if commit { try database.commit() }
                return writer.summary
            } catch {
                rollbackIngest()
                throw error
            }
        }
    }

    /// Commits the open ingest transaction, if any.
    package func commitIngest() throws {
        if database.isInTransaction { try database.commit() }
    }

    /// Rolls back the open ingest transaction, if any, and forgets the id cache: ids cached during a rolled-back
    /// transaction may not exist.
    package func rollbackIngest() {
        ingestCache = nil
        database.rollback()
    }
}

/// Every entity and relation id of a store, kept between batches so that ingest looks them up in
/// memory, with the store-wide joins in force. Valid while no other connection has written (`PRAGMA data_version`)
/// and nothing was deleted.
package final class IDCache {
    /// Entity id by identity key (`NameVariants.key`).
    package var entities: [String: Int64] = [:]
    package var relations: [IngestWriter.RelationKey: Int64] = [:]
    /// Store-wide joins in force: source key -> (target key, target name).
    package var joins: [String: (key: String, name: String)] = [:]
    /// Identity keys of the names seen so far.
    package var keys: [String: String] = [:]
    /// The id the next new relation gets (one past the largest stored).
    package var nextRelationID: Int64 = 1
    package var dataVersion = 0

    package init(_ db: Database) throws {
        let entityRows = try db.prepare("SELECT id, key FROM entity WHERE key IS NOT NULL")
        try entityRows.bind([])
        while try entityRows.step() { entities[entityRows.text(1)] = Int64(entityRows.int(0)) }
        let relationRows = try db.prepare("SELECT id, source_id, target_id, kind, label FROM relation")
        try relationRows.bind([])
        while try relationRows.step() {
            let key = IngestWriter.RelationKey(
                source: Int64(relationRows.int(1)), target: Int64(relationRows.int(2)),
                kind: relationRows.text(3), label: relationRows.text(4))
            let id = Int64(relationRows.int(0))
            relations[key] = id
            nextRelationID = max(nextRelationID, id + 1)
        }
        let joinRows = try db.prepare("SELECT key, target, name FROM identity_join WHERE target != ''")
        try joinRows.bind([])
        while try joinRows.step() { joins[joinRows.text(0)] = (joinRows.text(1), joinRows.text(2)) }
    }

    /// The identity key of `name`, computed once per name.
    package func key(_ name: String) -> String {
        if let key = keys[name] { return key }
        let key = NameVariants.key(name)
        keys[name] = key
        return key
    }

    /// The name a store-wide join gives `name` and its key ("EC" -> "European Community"), or the name itself.
    package func joined(_ name: String) -> (name: String, key: String) {
        let key = key(name)
        if let join = joins[key] { return (join.name, join.key) }
        return (name, key)
    }

    package func entityID(_ db: Database, key: String, name: String, kind: EntityKind) throws -> Int64 {
        if let id = entities[key] { return id }
        let id = try GraphStore.entityID(db, key: key, name: name, kind: kind)
        entities[key] = id
        return id
    }
}

extension GraphStore {
    /// The id cache, rebuilt when another connection wrote since it was made. Call inside a transaction.
    package func idCache() throws -> IDCache {
        let version = try database.scalar("PRAGMA data_version")?.int ?? 0
        if let cache = ingestCache, cache.dataVersion == version { return cache }
        // A store migrated from before identity keys: derive every entity once, with keys.
        if try hasUnkeyedEntities() { try reapplyCuration() }
        let cache = try IDCache(database)
        cache.dataVersion = version
        ingestCache = cache
        return cache
    }
}

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

extension GraphStore {
    /// The id of the entity with identity key `key`, created (named `name`, kind `kind`) when there is none. A row of
    /// a store from before identity keys with this name and kind is given the key rather than duplicated.
    package static func entityID(_ db: Database, key: String, name: String, kind: EntityKind) throws -> Int64 {
        let byKey = try db.prepare("SELECT id FROM entity WHERE key = ?")
        try byKey.bind(key)
        if try byKey.step() {
            defer { byKey.reset() }
            return Int64(byKey.int(0))
        }
        let byName = try db.prepare("SELECT id FROM entity WHERE name = ? AND kind = ?")
        try byName.bind(name, kind.rawValue)
        if try byName.step() {
            let id = Int64(byName.int(0))
            byName.reset()
            try db.prepare("UPDATE entity SET key = ? WHERE id = ?").run(key, id)
            return id
        }
        try db.prepare("INSERT INTO entity (name, kind, key) VALUES (?, ?, ?)").run(name, kind.rawValue, key)
        return db.lastInsertRowID
    }

    /// Weight (distinct sentences), article count and date span of each relation in `ids`, from its evidence;
    /// relations left without evidence are deleted.
    package static func refreshRelations(_ db: Database, ids: Set<Int64>?) throws {
        let filter: String
        if let ids {
            guard !ids.isEmpty else { return }
            try db.fillTemporaryIDTable("touched_relation", with: ids)
            filter = "WHERE relation.id IN (SELECT id FROM temp.touched_relation)"
        } else {
            filter = ""
        }
        try db.execute(
            """
            UPDATE relation SET
                weight = (SELECT count(*) FROM (SELECT DISTINCT article_id, sentence FROM evidence WHERE relation_id = relation.id)),
                articles = (SELECT count(DISTINCT article_id) FROM evidence WHERE relation_id = relation.id),
                first_date = (SELECT min(a.date) FROM evidence e JOIN article a ON a.id = e.article_id WHERE e.relation_id = relation.id),
                last_date = (SELECT max(a.date) FROM evidence e JOIN article a ON a.id = e.article_id WHERE e.relation_id = relation.id)
            \(filter);
            DELETE FROM relation WHERE weight = 0 \(ids == nil ? "" : "AND id IN (SELECT id FROM temp.touched_relation)");
            """)
    }

    /// Deletes entities that no mention, alias or relation refers to any more.
    package static func dropOrphans(_ db: Database, entityIDs: Set<Int64>?) throws {
        if let entityIDs, entityIDs.isEmpty { return }
        let unused = """
            NOT EXISTS (SELECT 1 FROM mention WHERE entity_id = entity.id)
            AND NOT EXISTS (SELECT 1 FROM relation WHERE source_id = entity.id OR target_id = entity.id)
            """
        if let entityIDs {
            let delete = try db.prepare("DELETE FROM entity WHERE id = ? AND \(unused)")
            let aliases = try db.prepare(
                "UPDATE alias SET entity_id = NULL WHERE entity_id = ? AND NOT EXISTS (SELECT 1 FROM mention WHERE entity_id = ?)"
            )
            for id in entityIDs.sorted() {
                try aliases.run(id, id)
                try delete.run(id)
            }
        } else {
            try db.execute(
                """
                UPDATE alias SET entity_id = NULL WHERE entity_id IN (SELECT id FROM entity WHERE NOT EXISTS (SELECT 1 FROM mention WHERE entity_id = entity.id));
                DELETE FROM entity WHERE \(unused);
                """)
        }
    }
}
