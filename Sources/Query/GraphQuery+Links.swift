import NewsGraphCore
import NewsGraphStore

extension GraphQuery {
    /// The deepest `links` traversal allowed; every hop multiplies the rows.
    public static let maxLinkDepth = 4

    /// The ego network of `entity`: every entity within `depth` hops, nearest first, with the relations
    /// that reached it. Breadth-first, one frontier at a time, never revisiting an entity, over the
    /// relation table's indexes. Only entities of `kind` are listed, but traversal passes through all kinds but those
    /// `filter` excludes (with named entities and hubs: `LinkFilter`).
    ///
    /// ```swift
    /// let match = try GraphQuery(store).entity(named: "Zhanargul Zhumatai")
    /// for link in try GraphQuery(store).links(of: match.entity, depth: 2) { print(link.hop, link.entity.name) }
    /// ```
    public func links(
        of entity: EntityRef, depth: Int = 1, kind: EntityKind? = nil,
        filter: LinkFilter = LinkFilter()
    ) throws -> [Link] {
        try links(of: entity, depth: depth, kind: kind, filter: filter, ranking: .weight)
    }

    /// `links(of:depth:kind:filter:)` with each hop ordered by `ranking` (`.score`: most associated first).
    public func links(
        of entity: EntityRef, depth: Int, kind: EntityKind?, filter: LinkFilter, ranking: LinkRanking
    ) throws -> [Link] {
        guard (1...GraphQuery.maxLinkDepth).contains(depth) else {
            throw StoreError.invalid("links: depth \(depth) is out of range; use 1 to \(GraphQuery.maxLinkDepth)")
        }
        var visited: Set<Int64> = [entity.id]
        var frontier = [entity]
        let gate = EntityGate(filter: filter, database: database, ends: [entity.id])
        var result: [Link] = []
        for hop in 1...depth {
            var reached: [Int64: Link] = [:]
            for node in frontier {
                var byNeighbour: [Int64: (EntityRef, [Link.Relation])] = [:]
                for (neighbour, relation) in try neighbours(of: node.id, filter: filter)
                where try !visited.contains(neighbour.id) && gate.allows(neighbour.id, kind: neighbour.kind) {
                    byNeighbour[neighbour.id, default: (neighbour, [])].1.append(relation)
                }
                for (id, (neighbour, relations)) in byNeighbour {
                    let link = Link(entity: neighbour, hop: hop, via: node, relations: relations.sorted())
                    if let existing = reached[id] {
                        // Keep the strongest way in; ties go to the first via in name order.
                        if (link.weight, existing.via) > (existing.weight, link.via) { reached[id] = link }
                        continue
                    }
                    reached[id] = link
                }
            }
            let layer = reached.values.sorted {
                ranking == .score
                    ? ($1.score, $0.entity) < ($0.score, $1.entity) : ($1.weight, $0.entity) < ($0.weight, $1.entity)
            }
            for link in layer { visited.insert(link.entity.id) }
            result.append(contentsOf: layer.filter { kind == nil || $0.entity.kind == kind })
            frontier = layer.map(\.entity).sorted()
            if frontier.isEmpty { break }
        }
        return result
    }

    /// Every relation touching entity `id` that passes `filter`, with the entity at its other end.
    package func neighbours(of id: Int64, filter: LinkFilter) throws -> [(EntityRef, Link.Relation)] {
        let statement = try database.prepare(
            """
            SELECT r.target_id, e.name, e.kind, r.kind, r.label, r.weight, r.articles, r.directed, 1, coalesce(r.score, 0)
            FROM relation r JOIN entity e ON e.id = r.target_id
            WHERE r.source_id = ?1 AND r.weight >= ?2 AND (?3 IS NULL OR r.kind = ?3 OR r.label = ?3)
            UNION ALL
            SELECT r.source_id, e.name, e.kind, r.kind, r.label, r.weight, r.articles, r.directed, 0, coalesce(r.score, 0)
            FROM relation r JOIN entity e ON e.id = r.source_id
            WHERE r.target_id = ?1 AND r.weight >= ?2 AND (?3 IS NULL OR r.kind = ?3 OR r.label = ?3)
            """)
        try statement.bind([
            .integer(id), .integer(Int64(filter.minWeight)), filter.relation.map { .text($0) } ?? .null,
        ])
        var result: [(EntityRef, Link.Relation)] = []
        while try statement.step() {
            guard let kind = EntityKind(rawValue: statement.text(2)) else { continue }
            let directed = statement.int(7) != 0
            result.append(
                (
                    EntityRef(id: Int64(statement.int(0)), name: statement.text(1), kind: kind),
                    Link.Relation(
                        kind: statement.text(3), label: statement.text(4), weight: statement.int(5),
                        articles: statement.int(6), directed: directed,
                        outgoing: directed && statement.int(8) != 0, score: statement.double(9))
                ))
        }
        return result
    }

    /// The ids of the entities linked to `id` by a relation passing `filter`, without repeats.
    package func neighbourIDs(of id: Int64, filter: LinkFilter) throws -> [Int64] {
        let statement = try database.prepare(
            """
            SELECT target_id FROM relation WHERE source_id = ?1 AND weight >= ?2 AND (?3 IS NULL OR kind = ?3 OR label = ?3)
            UNION
            SELECT source_id FROM relation WHERE target_id = ?1 AND weight >= ?2 AND (?3 IS NULL OR kind = ?3 OR label = ?3)
            """)
        try statement.bind([
            .integer(id), .integer(Int64(filter.minWeight)), filter.relation.map { .text($0) } ?? .null,
        ])
        var result: [Int64] = []
        while try statement.step() { result.append(Int64(statement.int(0))) }
        return result
    }

    /// The relations between `a` and `b` (either direction) passing `filter`, heaviest first.
    public func relations(between a: EntityRef, and b: EntityRef, filter: LinkFilter = LinkFilter()) throws -> [Link
        .Relation]
    {
        let statement = try database.prepare(
            """
            SELECT kind, label, weight, articles, directed, source_id = ?1 FROM relation
            WHERE ((source_id = ?1 AND target_id = ?2) OR (source_id = ?2 AND target_id = ?1))
              AND weight >= ?3 AND (?4 IS NULL OR kind = ?4 OR label = ?4)
            """)
        try statement.bind([
            .integer(a.id), .integer(b.id), .integer(Int64(filter.minWeight)),
            filter.relation.map { .text($0) } ?? .null,
        ])
        var result: [Link.Relation] = []
        while try statement.step() {
            let directed = statement.int(4) != 0
            result.append(
                Link.Relation(
                    kind: statement.text(0), label: statement.text(1), weight: statement.int(2),
                    articles: statement.int(3), directed: directed,
                    outgoing: directed && statement.int(5) != 0))
        }
        return result.sorted()
    }
}
