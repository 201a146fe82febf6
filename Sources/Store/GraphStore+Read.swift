import NewsGraphCore

extension GraphStore {
    public func stats() throws -> StoreStats {
        func count(_ sql: String) throws -> Int { try database.scalar(sql)?.int ?? 0 }
        var byKind: [String: Int] = [:]
        for kind in EntityKind.allCases { byKind[kind.rawValue] = 0 }
        for row in try database.prepare("SELECT kind, count(*) FROM entity GROUP BY kind").rows() {
            byKind[row[0].string ?? ""] = row[1].int ?? 0
        }
        var relationsByKind: [String: Int] = [:]
        for row in try database.prepare("SELECT kind, count(*) FROM relation GROUP BY kind").rows() {
            relationsByKind[row[0].string ?? ""] = row[1].int ?? 0
        }
        return StoreStats(
            articles: try count("SELECT count(*) FROM article"),
            sentences: try count("SELECT count(*) FROM sentence"),
            mentions: try count("SELECT count(*) FROM mention WHERE entity_id IS NOT NULL"),
            entities: try count("SELECT count(*) FROM entity"),
            entitiesByKind: byKind,
            relations: try count("SELECT count(*) FROM relation"),
            relationsByKind: relationsByKind,
            entitiesBeforeResolution: try count(
                "SELECT count(*) FROM (SELECT DISTINCT text, extracted_kind FROM mention)"),
            mergesByReason: try mergesByReason())
    }

    /// Distinct (name, entity) joins by reason: the alias table's per-article reasons and the `name_join` table's.
    private func mergesByReason() throws -> [String: Int] {
        var result: [String: Int] = [:]
        let statement = try database.prepare(
            """
            SELECT reason, count(*) FROM (
                SELECT DISTINCT a.name, a.entity_id, a.reason FROM alias a JOIN entity e ON e.id = a.entity_id
                WHERE a.name != e.name)
            GROUP BY reason
            UNION ALL
            SELECT reason, count(*) FROM name_join GROUP BY reason
            """)
        for row in try statement.rows() { result[row[0].string ?? "", default: 0] += row[1].int ?? 0 }
        return result
    }

    /// Entities with mention and article counts and their aliases, most mentioned first, then by name.
    public func entities(kind: EntityKind? = nil) throws -> [EntitySummary] {
        let statement = try database.prepare(
            """
            SELECT e.id, e.name, e.kind, count(m.id), count(DISTINCT m.article_id)
            FROM entity e LEFT JOIN mention m ON m.entity_id = e.id
            WHERE ?1 IS NULL OR e.kind = ?1
            GROUP BY e.id
            ORDER BY count(m.id) DESC, e.name, e.kind
            """)
        try statement.bind([kind.map { .text($0.rawValue) } ?? .null])
        var result: [(Int64, EntitySummary)] = []
        while try statement.step() {
            guard let kind = EntityKind(rawValue: statement.text(2)) else { continue }
            result.append(
                (
                    Int64(statement.int(0)),
                    EntitySummary(
                        name: statement.text(1), kind: kind, mentions: statement.int(3), articles: statement.int(4),
                        aliases: [])
                ))
        }
        let aliases = try aliasesByEntity()
        return result.map { id, summary in
            var summary = summary
            summary.aliases = aliases[id] ?? []
            return summary
        }
    }

    /// Every name an entity is known by other than its canonical name: resolver aliases, curated
    /// aliases and surface forms of its mentions, sorted.
    package func aliasesByEntity() throws -> [Int64: [String]] {
        var names: [Int64: Set<String>] = [:]
        let statement = try database.prepare(
            """
            SELECT a.entity_id, a.name FROM alias a JOIN entity e ON e.id = a.entity_id WHERE a.name != e.name
            UNION
            SELECT m.entity_id, m.text FROM mention m JOIN entity e ON e.id = m.entity_id WHERE m.text != e.name
            UNION
            SELECT e.id, c.name FROM curation c JOIN entity e
                ON c.action = 'alias-add' AND c.undone_at IS NULL
                AND (c.argument = e.name OR c.argument = e.name || char(31) || e.kind)
            """)
        try statement.bind([])
        while try statement.step() {
            names[Int64(statement.int(0)), default: []].insert(statement.text(1))
        }
        return names.mapValues { $0.sorted() }
    }

    /// The whole graph: every entity as a node, every relation as an edge, in a stable order.
    public func graph() throws -> Graph {
        let aliases = try aliasesByEntity()
        var nodes: [GraphNode] = []
        var nodeIDs: [Int64: String] = [:]
        var ends: [Int64: Relation.End] = [:]
        let entities = try database.prepare(
            """
            SELECT e.id, e.name, e.kind, count(m.id), count(DISTINCT m.article_id), coalesce(avg(m.confidence), 0)
            FROM entity e LEFT JOIN mention m ON m.entity_id = e.id
            GROUP BY e.id
            """)
        try entities.bind([])
        while try entities.step() {
            guard let kind = EntityKind(rawValue: entities.text(2)) else { continue }
            let id = Int64(entities.int(0))
            let node = GraphNode(
                label: entities.text(1), kind: kind, mentions: entities.int(3), articles: entities.int(4),
                confidence: (entities.double(5) * 1000).rounded() / 1000, aliases: aliases[id] ?? [], entityID: id)
            nodeIDs[id] = node.id
            ends[id] = Relation.End(name: node.label, kind: kind)
            nodes.append(node)
        }
        var edges: [GraphEdge] = []
        let relations = try database.prepare(
            """
            SELECT source_id, target_id, kind, label, directed, weight, articles, first_date, last_date,
                coalesce(score, 0) FROM relation
            """)
        try relations.bind([])
        while try relations.step() {
            var (sourceID, targetID) = (Int64(relations.int(0)), Int64(relations.int(1)))
            // The store orders undirected ends by row id, which depends on ingest and curation history;
            // exports order them by name and kind so the same graph always gets the same edges.
            if relations.int(4) == 0, let a = ends[sourceID], let b = ends[targetID], b < a {
                swap(&sourceID, &targetID)
            }
            guard let source = nodeIDs[sourceID], let target = nodeIDs[targetID] else { continue }
            let label = relations.text(3)
            let kind = relations.text(2)
            var edge = GraphEdge(
                source: source, target: target, kind: kind, directed: relations.int(4) != 0,
                weight: Double(relations.int(5)), articles: relations.int(6),
                firstDate: relations.optionalText(7), lastDate: relations.optionalText(8))
            if !label.isEmpty {
                edge = GraphEdge(
                    id: "e"
                        + ContentHash.hex(
                            of: source + "\u{1F}" + target + "\u{1F}" + kind + "\u{1F}" + label, digits: 12),
                    source: source, target: target, kind: kind, directed: edge.directed, weight: edge.weight,
                    articles: edge.articles, firstDate: edge.firstDate, lastDate: edge.lastDate)
                edge.label = label
            }
            edge.score = relations.double(9)
            edges.append(edge)
        }
        nodes.sort { ($0.kind, $0.label, $0.id) < ($1.kind, $1.label, $1.id) }
        edges.sort { ($0.source, $0.target, $0.kind, $0.id) < ($1.source, $1.target, $1.kind, $1.id) }
        return Graph(nodes: nodes, edges: edges)
    }
}
