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
    /// `applyIncrementally`), others by re-deriving the entities they can reach (`rederive(around:)`), and only what
    /// cannot be bounded (alias decisions) by re-deriving the whole store (`reapplyCuration`).
    package func applyRecorded(_ decisions: [CurationMap.Decision]) throws {
        if decisions.count == 1, let decision = decisions.first, let touched = try applyIncrementally(decision) {
            try refreshScores(around: touched)
        } else if let touched = try rederive(around: decisions) {
            try refreshScores(around: touched)
        } else {
            try reapplyCuration()
        }
    }

    /// Brings the derived rows up to date after `decision` was undone (the curation table already says so): the
    /// entities it can reach re-derived (`rederive(around:)`), or the whole store when that cannot be bounded.
    package func applyUndone(_ decision: CurationMap.Decision) throws {
        if let touched = try rederive(around: [decision]) {
            try refreshScores(around: touched)
        } else {
            try reapplyCuration()
        }
    }

    /// Applies the newest decision by touching only the entities it names, when that gives what re-deriving everything
    /// would: a `merge` moves every mention of one entity to another, so it is one `merge(entity:into:)`. Returns the
    /// entities whose mentions changed, or nil for other decisions (the caller re-derives).
    private func applyIncrementally(_ decision: CurationMap.Decision) throws -> Set<Int64>? {
        guard decision.action == .merge, let target = CurationMap.entityArgument(decision.argument),
            !(try hasUnkeyedEntities())
        else { return nil }
        let sourceKey = NameVariants.key(decision.name)
        let targetKey = NameVariants.key(target.name)
        let find = try database.prepare("SELECT id, kind FROM entity WHERE key = ?")
        try find.bind(sourceKey)
        guard try find.step() else {
            find.reset()
            return []  // nothing carries the name yet: the decision waits for a later ingest
        }
        let source = Int64(find.int(0))
        let kind = target.kind ?? EntityKind(rawValue: find.text(1)) ?? .organization
        find.reset()
        guard sourceKey != targetKey else { return [] }
        let into = try GraphStore.entityID(database, key: targetKey, name: target.name, kind: kind)
        try merge(entity: source, into: into)
        try refreshNames(entityIDs: [into])
        return [into]
    }

    /// Re-derives only the entities a change of curation can reach (the decisions `changed`, just recorded or just
    /// undone), giving what `reapplyCuration` gives for the whole store: the mentions, aliases and relations of the
    /// entities whose identity key is in the change's component (`CurationMap.component(of:)`), and of rejected names,
    /// are derived again from the raw extraction; every other row stays as it is. Returns the entities whose mentions or
    /// relations it derived (for `refreshScores(around:)`), or nil, changing nothing, when the change cannot be bounded
    /// that way (an alias decision; a store from before identity keys): the caller then re-derives everything. Call
    /// inside a transaction, with the curation table already changed.
    ///
    /// Cost: a few indexed look-ups per row of the entities concerned: 0.07 s of CPU for a split on the Reuters store,
    /// where re-deriving everything took 5 to 6 s.
    package func rederive(around changed: [CurationMap.Decision]) throws -> Set<Int64>? {
        let db = database
        let map = try curationMap()
        guard let component = map.component(of: changed), try !hasUnkeyedEntities() else { return nil }
        ingestCache = nil
        let byKey = try db.prepare("SELECT id FROM entity WHERE key = ?")
        var before = Set<Int64>()
        for key in component.sorted() {
            try byKey.bind(key)
            if try byKey.step() { before.insert(Int64(byKey.int(0))) }
            byKey.reset()
        }
        try db.fillTemporaryIDTable("rederive_entity", with: before)

        // The entity of each (surface text, extracted name, kind), as `reapplyCuration` derives it.
        var joins: [String: (key: String, name: String)] = [:]
        let joinRows = try db.prepare("SELECT key, target, name FROM identity_join WHERE target != ''")
        try joinRows.bind([])
        while try joinRows.step() { joins[joinRows.text(0)] = (joinRows.text(1), joinRows.text(2)) }
        struct Triple: Hashable {
            var text: String, name: String, kind: String
        }
        var resolved: [Triple: Int64?] = [:]
        // Entities given mentions here (their neighbours keep theirs: their names, kinds and article counts stand).
        var after = Set<Int64>()
        let newest = Int64(try db.scalar("SELECT max(id) FROM entity")?.int ?? 0)
        func resolve(_ triple: Triple) throws -> Int64? {
            if let id = resolved[triple] { return id }
            var id: Int64?
            if let kind = EntityKind(rawValue: triple.kind) {
                let key = NameVariants.key(triple.name)
                let joined: (name: String, key: String) = joins[key].map { ($0.name, $0.key) } ?? (triple.name, key)
                if let target = map.entity(text: triple.text, name: joined.name, kind: kind) {
                    let targetKey = target.name == joined.name ? joined.key : NameVariants.key(target.name)
                    id = try GraphStore.entityID(db, key: targetKey, name: target.name, kind: target.kind)
                }
            }
            resolved[triple] = id
            return id
        }

        // Mentions and aliases of the entities concerned, and those of rejected names.
        let triples = try db.prepare(
            """
            SELECT text, extracted_name, extracted_kind FROM mention WHERE entity_id IN (SELECT id FROM temp.rederive_entity)
            UNION SELECT text, extracted_name, extracted_kind FROM mention WHERE entity_id IS NULL
            UNION SELECT name, extracted_name, extracted_kind FROM alias WHERE entity_id IN (SELECT id FROM temp.rederive_entity)
            UNION SELECT name, extracted_name, extracted_kind FROM alias WHERE entity_id IS NULL
            """)
        try triples.bind([])
        var candidates: [Triple] = []
        while try triples.step() {
            candidates.append(Triple(text: triples.text(0), name: triples.text(1), kind: triples.text(2)))
        }
        try db.execute(
            """
            CREATE TEMP TABLE IF NOT EXISTS rederive_map (text TEXT, name TEXT, kind TEXT, entity_id INTEGER,
                PRIMARY KEY (text, name, kind)) WITHOUT ROWID;
            DELETE FROM temp.rederive_map;
            """)
        let insert = try db.prepare(
            "INSERT OR REPLACE INTO temp.rederive_map (text, name, kind, entity_id) VALUES (?, ?, ?, ?)")
        for triple in candidates {
            let id = try resolve(triple)
            if let id { after.insert(id) }
            try insert.run(triple.text, triple.name, triple.kind, id)
        }
        try db.execute(
            """
            UPDATE mention SET entity_id = (SELECT m.entity_id FROM temp.rederive_map m
                WHERE m.text = mention.text AND m.name = mention.extracted_name AND m.kind = mention.extracted_kind)
            WHERE entity_id IN (SELECT id FROM temp.rederive_entity) OR entity_id IS NULL;
            UPDATE alias SET entity_id = (SELECT m.entity_id FROM temp.rederive_map m
                WHERE m.text = alias.name AND m.name = alias.extracted_name AND m.kind = alias.extracted_kind)
            WHERE entity_id IN (SELECT id FROM temp.rederive_entity) OR entity_id IS NULL;
            """)

        // Relations: the evidence of every relation of the entities concerned, and unattached evidence (self-links,
        // rejected ends), attached again to the relations its ends now give.
        let evidence = try db.prepare(
            """
            SELECT e.id, e.relation_id, e.source_name, e.source_kind, e.target_name, e.target_kind, e.kind, e.label,
                   e.directed
            FROM evidence e WHERE e.relation_id IN (
                SELECT id FROM relation WHERE source_id IN (SELECT id FROM temp.rederive_entity)
                UNION SELECT id FROM relation WHERE target_id IN (SELECT id FROM temp.rederive_entity))
            UNION ALL
            SELECT id, relation_id, source_name, source_kind, target_name, target_kind, kind, label, directed
            FROM evidence WHERE relation_id IS NULL
            """)
        struct Row {
            var id: Int64, source: Triple, target: Triple, kind: String, label: String, directed: Bool
        }
        var rows: [Row] = []
        var oldRelations = Set<Int64>()
        try evidence.bind([])
        while try evidence.step() {
            if case .integer(let relation) = evidence.value(1) { oldRelations.insert(relation) }
            let source = evidence.text(2)
            let target = evidence.text(4)
            rows.append(
                Row(
                    id: Int64(evidence.int(0)), source: Triple(text: source, name: source, kind: evidence.text(3)),
                    target: Triple(text: target, name: target, kind: evidence.text(5)), kind: evidence.text(6),
                    label: evidence.text(7), directed: evidence.int(8) != 0))
        }
        let detach = try db.prepare("UPDATE evidence SET relation_id = NULL WHERE relation_id = ?")
        let delete = try db.prepare("DELETE FROM relation WHERE id = ?")
        for id in oldRelations.sorted() {
            try detach.run(id)
            try delete.run(id)
        }
        let attacher = try EvidenceAttacher(db)
        var touched = Set<Int64>()
        for row in rows {
            guard let source = try resolve(row.source), let target = try resolve(row.target), source != target else {
                continue
            }
            let ends = row.directed || source <= target ? (source, target) : (target, source)
            touched.insert(
                try attacher.attach(
                    evidence: row.id, ends: ends, kind: row.kind, label: row.label, directed: row.directed))
        }
        try GraphStore.refreshRelations(db, ids: touched)
        let created = try db.prepare("SELECT id FROM entity WHERE id > ?").rows([.integer(newest)]).compactMap {
            $0[0].int.map(Int64.init)
        }
        let concerned = before.union(after).union(created)
        try GraphStore.dropOrphans(db, entityIDs: concerned)
        try refreshNames(entityIDs: concerned)
        return concerned
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
