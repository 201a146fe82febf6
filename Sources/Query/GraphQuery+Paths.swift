import NewsGraphCore
import NewsGraphStore

extension GraphQuery {
    /// The deepest `path` search allowed.
    public static let maxPathDepth = 8

    /// Up to `limit` shortest chains of links from `source` to `target` of at most `maxDepth` hops, strongest first;
    /// empty when the two are not connected within `maxDepth`. Entities `filter` excludes (kinds, named entities,
    /// hubs above a degree) are not passed through.
    ///
    /// Equal-length chains are ordered by strength: the weight of their weakest hop (a hop weighs the evidence
    /// sentences of all its relations), then their total weight, then their entities' names. The strongest are
    /// chosen among up to `PathFinder.candidates(for:)` shortest chains, so a strong chain is not lost to the
    /// search order.
    ///
    /// ```swift
    /// let paths = try GraphQuery(store).paths(from: a, to: b, maxDepth: 4)
    /// for hop in paths.first?.hops ?? [] { print(hop.from.name, hop.relations[0].kind, hop.to.name) }
    /// ```
    public func paths(
        from source: EntityRef, to target: EntityRef, maxDepth: Int = 6, limit: Int = 10,
        filter: LinkFilter = LinkFilter()
    ) throws -> [LinkPath] {
        guard (1...GraphQuery.maxPathDepth).contains(maxDepth) else {
            throw StoreError.invalid("path: max depth \(maxDepth) is out of range; use 1 to \(GraphQuery.maxPathDepth)")
        }
        guard limit > 0 else { throw StoreError.invalid("path: limit must be at least 1, not \(limit)") }
        let finder = PathFinder(maxDepth: maxDepth, limit: PathFinder.candidates(for: limit))
        let gate = EntityGate(filter: filter, database: database, ends: [source.id, target.id])
        let chains = try finder.shortestPaths(from: source.id, to: target.id) { id in
            try neighbourIDs(of: id, filter: filter).filter { try gate.allows($0) }
        }
        // Not a dictionary literal: when both names are one entity (an alias and its own entity), a literal with the
        // same key twice traps.
        var entities: [Int64: EntityRef] = [source.id: source]
        entities[target.id] = target
        var result: [LinkPath] = []
        for chain in chains where chain.count > 1 {
            var refs: [EntityRef] = []
            for id in chain {
                if entities[id] == nil { entities[id] = try entity(id: id) }
                guard let ref = entities[id] else { break }
                refs.append(ref)
            }
            guard refs.count == chain.count else { continue }
            var hops: [LinkPath.Hop] = []
            for (from, to) in zip(refs, refs.dropFirst()) {
                hops.append(
                    LinkPath.Hop(from: from, to: to, relations: try relations(between: from, and: to, filter: filter)))
            }
            result.append(LinkPath(hops: hops))
        }
        return Array(
            result.sorted { a, b in
                if a.hops.count != b.hops.count { return a.hops.count < b.hops.count }
                if a.strength != b.strength { return a.strength > b.strength }
                if a.weight != b.weight { return a.weight > b.weight }
                return a.entities.lexicographicallyPrecedes(b.entities)
            }.prefix(limit))
    }
}
