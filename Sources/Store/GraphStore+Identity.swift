import NewsGraphCore
import NewsGraphResolution

/// Store-wide identity: which entity each extracted name belongs to, what the entity is called, and its kind.
///
/// In: every mention (extracted name, kind, rule, confidence), the acronyms defined in articles, and curation. Out: the
/// `identity_join` table (joins learned from the whole store: `CorpusJoins`), each entity's display name (best-written
/// form: `EntityNaming`) and kind (`KindVote`), and the `name_join` table (every name of an entity other than its
/// display name, with the reason it joined: `show` and `audit` print it).
///
/// Entities are keyed by `NameVariants.key`, so names differing in case, accents or a listed variant are one entity the
/// moment they are written; the store-wide joins only grow entity by entity (`merge(entity:into:)`), and anything else
/// (a join withdrawn, curation in force) re-derives every entity (`reapplyCuration`). Either way the result is a
/// function of the articles and the curation, not of the order they came in.
extension GraphStore {
    /// Learns the store-wide joins, applies the ones that changed, and refreshes names, kinds and merge reasons.
    /// Runs at the end of every ingest; opens a transaction unless one is open.
    public func resolveIdentity() throws {
        if database.isInTransaction {
            try resolveIdentityInTransaction()
        } else {
            try database.transaction { try resolveIdentityInTransaction() }
        }
    }

    private func resolveIdentityInTransaction() throws {
        let names = try nameStats()
        let curation = try curationMap()
        var pinned = Set<String>()
        for decision in curation.decisions {
            let keys = CurationMap.keys(of: decision)
            pinned.insert(keys.name)
            if let argument = keys.argument { pinned.insert(argument) }
        }
        let computed = CorpusJoins.compute(
            names: names, definitions: try acronymDefinitions(), shortForms: try shortForms(),
            loneArticles: try loneArticles(), initials: try initialsJoins(), pinned: pinned)
        let stored = try storedJoins()
        guard computed.joins != stored.joins else {
            try refreshNames(entityIDs: nil)
            return
        }
        try writeJoins(computed)
        let old = stored.effective
        let new = computed.effective
        let newHomonyms = computed.homonyms.subtracting(stored.homonyms)
        let onlyAdded =
            old.allSatisfy { new[$0.key]?.target == $0.value.target } && stored.homonyms.isSubset(of: computed.homonyms)
        let curated = !curation.isEmpty
        let unkeyed = try hasUnkeyedEntities()
        if !onlyAdded || curated || unkeyed {
            try reapplyCuration()
            return
        }
        // Towns some name is written with a qualifier of ("Canton" of "CANTON (Massachusetts)").
        var qualifiedTowns = Set<String>()
        for stat in names where stat.kind == .place {
            if let (town, _) = PlaceQualifier.parse(stat.name) { qualifiedTowns.insert(NameVariants.key(town)) }
        }
        // Relation weights are refreshed once for all merges (thousands on a first ingest: one refresh each cost more
        // than the merges).
        var touched = Set<Int64>()
        for (key, join) in new.sorted(by: { $0.key < $1.key }) where old[key] == nil {
            // Qualified names of a town ("CROWLEY (Texas)") stay a place when the town's key joins a person.
            if qualifiedTowns.contains(key) && !CorpusJoins.spellingReasons.contains(join.reason) {
                try separateQualifiedTowns(of: [key])
            }
            guard let source = try entity(key: key) else { continue }
            let target = try GraphStore.entityID(database, key: join.target, name: join.name, kind: source.kind)
            if source.id != target { try merge(entity: source.id, into: target, touched: &touched) }
        }
        try GraphStore.refreshRelations(database, ids: touched)
        try separateQualifiedTowns(of: newHomonyms.sorted())
        ingestCache = nil
        try refreshNames(entityIDs: nil)
    }

    /// Every extracted name with the kind and rule that typed it: mentions and summed confidence.
    package func nameStats() throws -> [CorpusJoins.NameStat] {
        let statement = try database.prepare(
            """
            SELECT extracted_name, extracted_kind, rule, count(*), sum(confidence) FROM mention NOT INDEXED
            GROUP BY extracted_name, extracted_kind, rule
            """)
        try statement.bind([])
        var stats: [CorpusJoins.NameStat] = []
        while try statement.step() {
            guard let kind = EntityKind(rawValue: statement.text(1)) else { continue }
            stats.append(
                CorpusJoins.NameStat(
                    name: statement.text(0), kind: kind, rule: statement.text(2), mentions: statement.int(3),
                    confidence: statement.double(4)))
        }
        return stats
    }

    /// Acronyms defined in parentheses after their name, with the article that defines each.
    package func acronymDefinitions() throws -> [CorpusJoins.Definition] {
        let statement = try database.prepare(
            """
            SELECT al.name, al.extracted_name, a.key FROM alias al JOIN article a ON a.id = al.article_id
            WHERE al.reason = 'alias.acronym-defined' ORDER BY a.key, al.name
            """)
        try statement.bind([])
        var definitions: [CorpusJoins.Definition] = []
        while try statement.step() {
            definitions.append(
                CorpusJoins.Definition(acronym: statement.text(0), name: statement.text(1), source: statement.text(2)))
        }
        return definitions
    }

    /// Acronyms the resolver joined by initials alone to an organization of the same article, one per article.
    package func initialsJoins() throws -> [CorpusJoins.Definition] {
        let statement = try database.prepare(
            """
            SELECT DISTINCT al.name, al.extracted_name, a.key FROM alias al JOIN article a ON a.id = al.article_id
            WHERE al.reason = 'alias.acronym' ORDER BY a.key, al.name, al.extracted_name
            """)
        try statement.bind([])
        var joins: [CorpusJoins.Definition] = []
        while try statement.step() {
            joins.append(
                CorpusJoins.Definition(acronym: statement.text(0), name: statement.text(1), source: statement.text(2)))
        }
        return joins
    }

    /// Lone surnames the resolver joined to a full name in the same article, with the number of such articles.
    package func shortForms() throws -> [CorpusJoins.ShortForm] {
        let statement = try database.prepare(
            """
            SELECT name, extracted_name, count(DISTINCT article_id) FROM alias WHERE reason = 'alias.surname'
            GROUP BY name, extracted_name ORDER BY name, extracted_name
            """)
        try statement.bind([])
        var forms: [CorpusJoins.ShortForm] = []
        while try statement.step() {
            forms.append(
                CorpusJoins.ShortForm(short: statement.text(0), full: statement.text(1), articles: statement.int(2)))
        }
        return forms
    }

    /// One-word person names with the number of articles that use them without joining them to a full name there.
    package func loneArticles() throws -> [String: Int] {
        let statement = try database.prepare(
            """
            SELECT m.extracted_name, count(DISTINCT m.article_id) FROM mention m
            WHERE m.extracted_kind = 'person' AND instr(m.extracted_name, ' ') = 0
            AND NOT EXISTS (
                SELECT 1 FROM alias a WHERE a.article_id = m.article_id AND a.name = m.extracted_name
                AND a.reason IN ('alias.surname', 'alias.first-name'))
            GROUP BY m.extracted_name
            """)
        try statement.bind([])
        var lone: [String: Int] = [:]
        while try statement.step() { lone[statement.text(0)] = statement.int(1) }
        return lone
    }

    /// The joins in force (the `identity_join` table).
    package func storedJoins() throws -> CorpusJoins {
        let statement = try database.prepare("SELECT key, target, name, reason, detail FROM identity_join")
        try statement.bind([])
        var joins = CorpusJoins()
        while try statement.step() {
            joins.joins[statement.text(0)] = CorpusJoins.Join(
                target: statement.text(1), name: statement.text(2), reason: statement.text(3),
                detail: statement.text(4))
        }
        return joins
    }

    private func writeJoins(_ joins: CorpusJoins) throws {
        try database.execute("DELETE FROM identity_join")
        let insert = try database.prepare(
            "INSERT INTO identity_join (key, target, name, reason, detail) VALUES (?, ?, ?, ?, ?)")
        for (key, join) in joins.joins.sorted(by: { $0.key < $1.key }) {
            try insert.run(key, join.target, join.name, join.reason, join.detail)
        }
    }

    package func hasUnkeyedEntities() throws -> Bool {
        try database.scalar("SELECT EXISTS (SELECT 1 FROM entity WHERE key IS NULL)")?.int == 1
    }

    private func entity(key: String) throws -> (id: Int64, kind: EntityKind)? {
        let statement = try database.prepare("SELECT id, kind FROM entity WHERE key = ?")
        try statement.bind(key)
        defer { statement.reset() }
        guard try statement.step() else { return nil }
        return (Int64(statement.int(0)), EntityKind(rawValue: statement.text(1)) ?? .organization)
    }

    /// Moves every mention, alias and relation of entity `source` to `target` and deletes `source`, touching only
    /// their rows: relations that now join the same two entities are merged and recounted, and relations of
    /// `source` with `target` itself lose their row (their evidence stays, unattached, as for any self-link).
    package func merge(entity source: Int64, into target: Int64) throws {
        var touched = Set<Int64>()
        try merge(entity: source, into: target, touched: &touched)
        try GraphStore.refreshRelations(database, ids: touched)
    }

    /// `merge(entity:into:)`, leaving the weights of the relations it merged (added to `touched`) for the caller to
    /// refresh (`GraphStore.refreshRelations`).
    package func merge(entity source: Int64, into target: Int64, touched: inout Set<Int64>) throws {
        let db = database
        try db.prepare("UPDATE mention SET entity_id = ?1 WHERE entity_id = ?2").run(target, source)
        try db.prepare("UPDATE alias SET entity_id = ?1 WHERE entity_id = ?2").run(target, source)
        let relations = try db.prepare(
            "SELECT id, source_id, target_id, kind, label, directed FROM relation WHERE source_id = ?1 OR target_id = ?1"
        )
        var rows: [(id: Int64, source: Int64, target: Int64, kind: String, label: String, directed: Bool)] = []
        try relations.bind(source)
        while try relations.step() {
            rows.append(
                (
                    Int64(relations.int(0)), Int64(relations.int(1)), Int64(relations.int(2)), relations.text(3),
                    relations.text(4), relations.int(5) != 0
                ))
        }
        let find = try db.prepare(
            "SELECT id FROM relation WHERE source_id = ? AND target_id = ? AND kind = ? AND label = ?")
        let detach = try db.prepare("UPDATE evidence SET relation_id = NULL WHERE relation_id = ?")
        let move = try db.prepare("UPDATE evidence SET relation_id = ?1 WHERE relation_id = ?2")
        let delete = try db.prepare("DELETE FROM relation WHERE id = ?")
        let rekey = try db.prepare("UPDATE relation SET source_id = ?1, target_id = ?2 WHERE id = ?3")
        for row in rows {
            var ends = (row.source == source ? target : row.source, row.target == source ? target : row.target)
            if !row.directed && ends.0 > ends.1 { ends = (ends.1, ends.0) }
            if ends.0 == ends.1 {
                try detach.run(row.id)
                try delete.run(row.id)
                continue
            }
            try find.bind(ends.0, ends.1, row.kind, row.label)
            let existing = try find.step() ? Int64(find.int(0)) : nil
            find.reset()
            if let existing, existing != row.id {
                try move.run(existing, row.id)
                try delete.run(row.id)
                touched.insert(existing)
            } else {
                try rekey.run(ends.0, ends.1, row.id)
            }
        }
        try db.prepare("DELETE FROM entity WHERE id = ?").run(source)
        ingestCache = nil
    }

    /// Gives each qualified name of the town keyed `townKey` ("Canton (Massachusetts)", "Canton (Ohio)") its own
    /// entity, moving its mentions, aliases and relation evidence off the town's entity: the store now names that town
    /// with several qualifiers (`CorpusJoins.addHomonymPlaces`), or joins the town's name to another entity. Touches
    /// only the town's rows.
    package func separateQualifiedTowns(of townKeys: [String]) throws {
        var touched = Set<Int64>()
        var towns = Set<Int64>()
        for townKey in townKeys {
            guard let town = try entity(key: townKey) else { continue }
            towns.insert(town.id)
            try separateQualifiedNames(of: town.id, key: townKey, touched: &touched)
        }
        try GraphStore.refreshRelations(database, ids: touched)
        // A town named only with qualifiers keeps no entity of its own.
        try GraphStore.dropOrphans(database, entityIDs: towns)
        ingestCache = nil
    }

    private func separateQualifiedNames(of town: Int64, key townKey: String, touched: inout Set<Int64>) throws {
        let db = database
        let names = try db.prepare(
            """
            SELECT DISTINCT extracted_name FROM mention WHERE entity_id = ?1
            UNION SELECT DISTINCT extracted_name FROM alias WHERE entity_id = ?1
            """)
        try names.bind(town)
        var qualified: [String] = []
        while try names.step() {
            let name = names.text(0)
            if let (written, _) = PlaceQualifier.parse(name), NameVariants.key(written) == townKey {
                qualified.append(name)
            }
        }
        guard !qualified.isEmpty else { return }
        var moved: [String: Int64] = [:]
        let moveMentions = try db.prepare(
            "UPDATE mention SET entity_id = ?1 WHERE entity_id = ?2 AND extracted_name = ?3")
        let moveAliases = try db.prepare("UPDATE alias SET entity_id = ?1 WHERE entity_id = ?2 AND extracted_name = ?3")
        for name in qualified.sorted() {
            let id = try GraphStore.entityID(db, key: NameVariants.key(name), name: name, kind: .place)
            moved[name] = id
            try moveMentions.run(id, town, name)
            try moveAliases.run(id, town, name)
        }
        // Evidence naming a moved name leaves the town's relation for one of the new entity's.
        let evidence = try db.prepare(
            """
            SELECT e.id, e.relation_id, e.source_name, e.target_name, e.kind, e.label, e.directed, r.source_id,
                r.target_id
            FROM evidence e JOIN relation r ON r.id = e.relation_id WHERE r.source_id = ?1 OR r.target_id = ?1
            ORDER BY e.id
            """)
        try evidence.bind(town)
        struct Row {
            var id: Int64, relation: Int64, source: String, target: String, kind: String, label: String
            var directed: Bool, ends: (Int64, Int64)
        }
        var rows: [Row] = []
        while try evidence.step() {
            let row = Row(
                id: Int64(evidence.int(0)), relation: Int64(evidence.int(1)), source: evidence.text(2),
                target: evidence.text(3), kind: evidence.text(4), label: evidence.text(5),
                directed: evidence.int(6) != 0, ends: (Int64(evidence.int(7)), Int64(evidence.int(8))))
            if moved[row.source] != nil || moved[row.target] != nil { rows.append(row) }
        }
        let attacher = try EvidenceAttacher(db)
        for row in rows {
            let other = row.ends.0 == town ? row.ends.1 : row.ends.0
            var ends: (Int64, Int64)
            if let id = moved[row.source] {
                ends = (id, other)
            } else if let id = moved[row.target] {
                ends = (other, id)
            } else {
                continue
            }
            if !row.directed && ends.0 > ends.1 { ends = (ends.1, ends.0) }
            let relation = try attacher.attach(
                evidence: row.id, ends: ends, kind: row.kind, label: row.label, directed: row.directed)
            touched.insert(row.relation)
            touched.insert(relation)
        }
    }

    /// Sets each entity's display name and kind from its mentions and curation, and rewrites its merge reasons (all
    /// entities when `entityIDs` is nil).
    package func refreshNames(entityIDs: Set<Int64>?) throws {
        let db = database
        if let entityIDs, entityIDs.isEmpty { return }
        let curation = try curationMap()
        let joins = try storedJoins().joins
        struct Current {
            var key: String
            var name: String
            var kind: EntityKind
            var forms: [String: Int] = [:]
            var names: [String: Int] = [:]
            var vote = KindVote()
        }
        var entities: [Int64: Current] = [:]
        let filter: String
        if let entityIDs {
            try db.fillTemporaryIDTable("touched_entity", with: entityIDs)
            filter = "WHERE id IN (SELECT id FROM temp.touched_entity)"
        } else {
            filter = ""
        }
        let entityRows = try db.prepare("SELECT id, key, name, kind FROM entity \(filter)")
        try entityRows.bind([])
        while try entityRows.step() {
            let name = entityRows.text(2)
            entities[Int64(entityRows.int(0))] = Current(
                key: entityRows.optionalText(1) ?? NameVariants.key(name), name: name,
                kind: EntityKind(rawValue: entityRows.text(3)) ?? .organization)
        }
        // Every entity: one pass over the table in row order beats a lookup of every row through the entity index.
        let mentionFilter =
            entityIDs == nil
            ? "NOT INDEXED WHERE entity_id IS NOT NULL" : "WHERE entity_id IN (SELECT id FROM temp.touched_entity)"
        let groups = try db.prepare(
            """
            SELECT entity_id, extracted_name, extracted_kind, rule, count(*), sum(confidence) FROM mention \(mentionFilter)
            GROUP BY entity_id, extracted_name, extracted_kind, rule
            """)
        try groups.bind([])
        var keys: [String: String] = [:]
        var candidates = KindCandidates()
        while try groups.step() {
            let id = Int64(groups.int(0))
            guard var entity = entities[id], let kind = EntityKind(rawValue: groups.text(2)) else { continue }
            let name = groups.text(1)
            let count = groups.int(4)
            let key = keys[name] ?? NameVariants.key(name)
            keys[name] = key
            if key == entity.key {
                entity.forms[name, default: 0] += count
            } else if let (town, _) = PlaceQualifier.parse(name), NameVariants.key(town) == entity.key {
                // A town whose every mention is qualified ("CANTON (Massachusetts)") is still named as written.
                entity.forms[town, default: 0] += count
            }
            entity.names[name, default: 0] += count
            entity.vote.add(kind: kind, rule: groups.text(3), mentions: count, confidence: groups.double(5))
            candidates.note(entity: id, name: name, kind: kind, rule: groups.text(3))
            entities[id] = entity
        }
        // Entities whose mentions disagree are decided article by article (`GraphStore+Kinds`).
        let documentKinds = try documentKinds(candidates, everyEntity: entityIDs == nil)
        let update = try db.prepare("UPDATE entity SET name = ?, kind = ? WHERE id = ?")
        if let entityIDs {
            let delete = try db.prepare("DELETE FROM name_join WHERE entity_id = ?")
            for id in entityIDs.sorted() { try delete.run(id) }
        } else {
            try db.execute("DELETE FROM name_join")
        }
        let insertReason = try db.prepare(
            "INSERT INTO name_join (entity_id, name, reason, detail, mentions) VALUES (?, ?, ?, ?, ?)")
        for (id, entity) in entities.sorted(by: { $0.key < $1.key }) {
            let forms = entity.forms.sorted { $0.key < $1.key }.map { (name: $0.key, mentions: $0.value) }
            let name = curation.forcedName(key: entity.key) ?? EntityNaming.best(forms) ?? entity.name
            let kind = curation.forcedKind(key: entity.key) ?? documentKinds[id] ?? entity.vote.winner ?? entity.kind
            if name != entity.name || kind != entity.kind { try update.run(name, kind.rawValue, id) }
            for (other, mentions) in entity.names.sorted(by: { $0.key < $1.key }) where other != name {
                let reason = GraphStore.joinReason(
                    of: other, key: keys[other] ?? NameVariants.key(other), into: name, entityKey: entity.key,
                    joins: joins)
                try insertReason.run(id, other, reason.reason, reason.detail, mentions)
            }
        }
    }

    /// Why extracted name `name` (identity key `key`) belongs to the entity `entityName` (key `entityKey`).
    package static func joinReason(
        of name: String, key: String, into entityName: String, entityKey: String, joins: [String: CorpusJoins.Join]
    ) -> (reason: String, detail: String) {
        if key == entityKey {
            if NameVariants.fold(name) == NameVariants.fold(entityName) {
                return ("identity.case", "\(name) is \(entityName) written in other capitals or accents")
            }
            let canonical = NameVariants.canonical(name) ?? entityName
            return ("identity.variant", "country variants (ISO 3166, hand-written short forms): \(name) = \(canonical)")
        }
        if let join = joins[key], join.target == entityKey {
            return (join.reason, join.detail)
        }
        if let (town, qualifier) = PlaceQualifier.parse(name),
            NameVariants.key(town) == entityKey || joins[NameVariants.key(town)]?.target == entityKey
        {
            return (
                "identity.place-qualifier",
                "\(town), \(qualifier) (a dateline or \"Town, State\") is \(entityName): the store names no other "
                    + "\(entityName) with a different state or country, or uses it alone as a dateline"
            )
        }
        return ("curation", "joined by a curation decision (newsgraph log)")
    }
}
