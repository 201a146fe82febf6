import Foundation
import NewsGraphCore
import NewsGraphResolution

extension GraphStore {
    /// The curation decisions in force (not undone), oldest first.
    public func curationMap() throws -> CurationMap {
        let statement = try database.prepare(
            "SELECT action, name, kind, argument FROM curation WHERE undone_at IS NULL ORDER BY id")
        try statement.bind([])
        var decisions: [CurationMap.Decision] = []
        while try statement.step() {
            guard let action = CurationMap.Decision.Action(rawValue: statement.text(0)) else { continue }
            decisions.append(
                CurationMap.Decision(
                    action: action, name: statement.text(1),
                    kind: statement.optionalText(2).flatMap(EntityKind.init(rawValue:)),
                    argument: statement.optionalText(3)))
        }
        return CurationMap(decisions: decisions)
    }

    /// Applies decisions just recorded: a single `merge` by touching only the entities it names (see
    /// `applyIncrementally`), anything else by re-deriving the whole store (`reapplyCuration`).
    package func applyRecorded(_ decisions: [CurationMap.Decision]) throws {
        if decisions.count == 1, let decision = decisions.first, try applyIncrementally(decision) {
            try GraphStore.refreshScores(database)
        } else {
            try reapplyCuration()
        }
    }

    /// Applies the newest decision by touching only the entities it names, when that gives what re-deriving everything
    /// would: a `merge` moves every mention of one entity to another, so it is one `merge(entity:into:)`. Returns
    /// false for other decisions (the caller re-derives everything).
    private func applyIncrementally(_ decision: CurationMap.Decision) throws -> Bool {
        guard decision.action == .merge, let target = CurationMap.entityArgument(decision.argument),
            !(try hasUnkeyedEntities())
        else { return false }
        let sourceKey = NameVariants.key(decision.name)
        let targetKey = NameVariants.key(target.name)
        let find = try database.prepare("SELECT id, kind FROM entity WHERE key = ?")
        try find.bind(sourceKey)
        guard try find.step() else {
            find.reset()
            return true  // nothing carries the name yet: the decision waits for a later ingest
        }
        let source = Int64(find.int(0))
        let kind = target.kind ?? EntityKind(rawValue: find.text(1)) ?? .organization
        find.reset()
        guard sourceKey != targetKey else { return true }
        let into = try GraphStore.entityID(database, key: targetKey, name: target.name, kind: kind)
        try merge(entity: source, into: into)
        try refreshNames(entityIDs: [into])
        return true
    }

    package static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// Recomputes every derived row (mention and alias entities, relations and their weights) from the
    /// raw extraction and the curation decisions. Call inside a transaction.
    package func reapplyCuration() throws {
        let db = database
        ingestCache = nil
        let map = try curationMap()
        try db.execute(
            """
            CREATE TEMP TABLE IF NOT EXISTS entity_map (text TEXT, name TEXT, kind TEXT, entity_id INTEGER,
                PRIMARY KEY (text, name, kind)) WITHOUT ROWID;
            DELETE FROM temp.entity_map;
            """)
        var triples: [(String, String, String)] = []
        let distinct = try db.prepare(
            """
            SELECT DISTINCT text, extracted_name, extracted_kind FROM mention
            UNION SELECT DISTINCT name, extracted_name, extracted_kind FROM alias
            UNION SELECT DISTINCT source_name, source_name, source_kind FROM evidence
            UNION SELECT DISTINCT target_name, target_name, target_kind FROM evidence
            """)
        try distinct.bind([])
        while try distinct.step() { triples.append((distinct.text(0), distinct.text(1), distinct.text(2))) }
        let insert = try db.prepare(
            "INSERT OR REPLACE INTO temp.entity_map (text, name, kind, entity_id) VALUES (?, ?, ?, ?)")
        // Entity ids by key; rows from before identity keys are adopted by name or left to be dropped as orphans.
        let ids = try IDCache(db)
        for (text, name, rawKind) in triples {
            guard let kind = EntityKind(rawValue: rawKind) else { continue }
            var id: Int64?
            let joined = ids.joined(name)
            if let target = map.entity(text: text, name: joined.name, kind: kind) {
                let key = target.name == joined.name ? joined.key : ids.key(target.name)
                id = try ids.entityID(db, key: key, name: target.name, kind: target.kind)
            }
            try insert.run(text, name, rawKind, id)
        }
        try db.execute(
            """
            UPDATE mention SET entity_id = (SELECT m.entity_id FROM temp.entity_map m
                WHERE m.text = mention.text AND m.name = mention.extracted_name AND m.kind = mention.extracted_kind);
            UPDATE alias SET entity_id = (SELECT m.entity_id FROM temp.entity_map m
                WHERE m.text = alias.name AND m.name = alias.extracted_name AND m.kind = alias.extracted_kind);
            UPDATE evidence SET relation_id = NULL;
            DELETE FROM relation;
            CREATE TEMP TABLE IF NOT EXISTS evidence_ends (evidence_id INTEGER PRIMARY KEY, source_id INTEGER, target_id INTEGER);
            DELETE FROM temp.evidence_ends;
            INSERT INTO temp.evidence_ends (evidence_id, source_id, target_id)
                SELECT e.id,
                    CASE WHEN e.directed OR s.entity_id <= t.entity_id THEN s.entity_id ELSE t.entity_id END,
                    CASE WHEN e.directed OR s.entity_id <= t.entity_id THEN t.entity_id ELSE s.entity_id END
                FROM evidence e
                JOIN temp.entity_map s ON s.text = e.source_name AND s.name = e.source_name AND s.kind = e.source_kind
                JOIN temp.entity_map t ON t.text = e.target_name AND t.name = e.target_name AND t.kind = e.target_kind
                WHERE s.entity_id IS NOT NULL AND t.entity_id IS NOT NULL AND s.entity_id != t.entity_id;
            INSERT INTO relation (source_id, target_id, kind, label, directed)
                SELECT DISTINCT x.source_id, x.target_id, e.kind, e.label, e.directed
                FROM evidence e JOIN temp.evidence_ends x ON x.evidence_id = e.id
                ORDER BY x.source_id, x.target_id, e.kind, e.label;
            UPDATE evidence SET relation_id = (
                SELECT r.id FROM temp.evidence_ends x JOIN relation r
                    ON r.source_id = x.source_id AND r.target_id = x.target_id AND r.kind = evidence.kind AND r.label = evidence.label
                WHERE x.evidence_id = evidence.id);
            """)
        try GraphStore.refreshRelations(db, ids: nil)
        try GraphStore.dropOrphans(db, entityIDs: nil)
        // Rows of a store from before identity keys that nothing refers to any more.
        try db.execute("DELETE FROM entity WHERE key IS NULL")
        try refreshNames(entityIDs: nil)
        try GraphStore.refreshScores(db)
    }
}
