import Foundation
import NewsGraphCore
import NewsGraphResolution

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
        // Unchanged articles change neither identities nor scores: both are store-wide passes, skipped then.
        if summary.new + summary.replaced > 0 {
            try resolveIdentity()
            try refreshScores()
        }
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
