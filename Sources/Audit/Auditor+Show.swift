import NewsGraphCore
import NewsGraphQuery
import NewsGraphStore

extension Auditor {
    /// Kind, names with the reason each joined, every mention in its sentence, relations and curation of `entity`.
    ///
    /// ```swift
    /// let report = try Auditor(store).report(for: GraphQuery(store).entity(named: "Zhanargul Zhumatai").entity)
    /// ```
    public func report(for entity: EntityRef) throws -> EntityReport {
        var aliases: [String: String] = [:]
        func add(_ name: String, _ reason: String) {
            if name != entity.name && aliases[name] == nil { aliases[name] = reason }
        }
        let fromAlias = try database.prepare(
            "SELECT name, min(reason) FROM alias WHERE entity_id = ? GROUP BY name ORDER BY name")
        for row in try fromAlias.rows([.integer(entity.id)]) { add(row[0].string ?? "", row[1].string ?? "") }
        // Store-wide identity: case twins, listed variants, acronyms defined elsewhere, lone surnames.
        for row in try identityReasons(entityID: entity.id) { add(row.name, row.reason) }
        for entry in try Curator(store).curationLog() where !entry.isUndone && entry.decision.action == .aliasAdd {
            if let target = CurationMap.entityArgument(entry.decision.argument), target.name == entity.name,
                target.kind == nil || target.kind == entity.kind
            {
                add(entry.decision.name, "curation")
            }
        }
        let extracted = try database.prepare(
            """
            SELECT DISTINCT extracted_name FROM mention WHERE entity_id = ?1 AND extracted_name != ?2 ORDER BY 1
            """)
        for row in try extracted.rows([.integer(entity.id), .text(entity.name)]) {
            add(row[0].string ?? "", "curation")
        }
        let surfaces = try database.prepare("SELECT DISTINCT text FROM mention WHERE entity_id = ? ORDER BY 1")
        for row in try surfaces.rows([.integer(entity.id)]) { add(row[0].string ?? "", "surface form") }

        let mentions = try mentionRecords(entityID: entity.id, limit: nil)
        var relations: [EntityReport.RelationRecord] = []
        for (other, relation) in try GraphQuery(store).neighbours(of: entity.id, filter: LinkFilter()) {
            relations.append(EntityReport.RelationRecord(other: other, relation: relation))
        }
        relations.sort { ($0.relation, $0.other) < ($1.relation, $1.other) }
        let curation = try Curator(store).curationLog().filter { entry in
            guard !entry.isUndone else { return false }
            let d = entry.decision
            let target = CurationMap.entityArgument(d.argument)
            return d.name == entity.name || target?.name == entity.name
                || (d.action == .rename && d.argument == entity.name)
                || aliases[d.name] != nil
        }.map { "#\($0.id) \($0.createdAt) \($0.decision.summary)" + ($0.note.isEmpty ? "" : " (\($0.note))") }
        return EntityReport(
            entity: entity, mentionCount: mentions.count, articleCount: Set(mentions.map(\.source)).count,
            aliases: aliases.map { EntityReport.AliasReason(name: $0.key, reason: $0.value) }.sorted {
                $0.name < $1.name
            },
            mentions: mentions, relations: relations, curation: curation)
    }

    /// Why each extracted name other than the entity's own joined it (`name_join`), as `reason: evidence`; the
    /// case-only and curation reasons without their
    /// evidence, which says nothing more (the curation log has it).
    private func identityReasons(entityID: Int64) throws -> [(name: String, reason: String)] {
        let statement = try database.prepare(
            "SELECT name, reason, detail FROM name_join WHERE entity_id = ? ORDER BY name")
        return try statement.rows([.integer(entityID)]).map { row in
            let reason = row[1].string ?? "", detail = row[2].string ?? ""
            return (
                row[0].string ?? "",
                reason == "identity.case" || reason == "curation" || detail.isEmpty ? reason : "\(reason): \(detail)"
            )
        }
    }

    /// Mentions of entity `entityID` (or, with `rejected`, of the rejected extracted name and kind) with
    /// their sentences marked, in article and text order.
    package func mentionRecords(
        entityID: Int64?, rejected: (name: String, kind: String)? = nil,
        limit: Int?
    ) throws -> [EntityReport.MentionRecord] {
        let statement = try database.prepare(
            """
            SELECT title, key, sentence, start, end, text, rule, confidence, cs, substr(body, cs + 1, ce - cs) FROM (
                SELECT coalesce(nullif(a.title, ''), a.key) AS title, a.key AS key, m.sentence AS sentence,
                       m.start AS start, m.end AS end, m.text AS text, m.rule AS rule, m.confidence AS confidence,
                       a.text AS body,
                       CASE WHEN s.start <= m.start AND m.end <= s.end THEN s.start ELSE max(m.start - 80, 0) END AS cs,
                       CASE WHEN s.start <= m.start AND m.end <= s.end THEN s.end ELSE m.end + 80 END AS ce
                FROM mention m JOIN article a ON a.id = m.article_id
                LEFT JOIN sentence s ON s.article_id = m.article_id AND s.position = m.sentence
                WHERE (?1 IS NOT NULL AND m.entity_id = ?1)
                   OR (?1 IS NULL AND m.entity_id IS NULL AND m.extracted_name = ?2 AND m.extracted_kind = ?3)
                ORDER BY a.date, a.key, m.start, m.end
                LIMIT ?4)
            """)
        try statement.bind([
            entityID.map { .integer($0) } ?? .null, .text(rejected?.name ?? ""), .text(rejected?.kind ?? ""),
            .integer(Int64(limit ?? -1)),
        ])
        var result: [EntityReport.MentionRecord] = []
        while try statement.step() {
            let start = statement.int(3), end = statement.int(4)
            result.append(
                EntityReport.MentionRecord(
                    article: statement.text(0), source: statement.text(1), sentence: statement.int(2), start: start,
                    end: end,
                    text: statement.text(5), rule: statement.text(6), confidence: statement.double(7),
                    snippet: Snippet.marked(
                        statement.text(9), contextStart: statement.int(8), range: TextRange(start, max(start, end)))))
        }
        return result
    }
}
