import NewsGraphCore
import NewsGraphStore

extension GraphQuery {
    /// The deepest `path` search allowed.
    public static let maxPathDepth = 8

    /// Up to `limit` shortest chains of links from `source` to `target` of at most `maxDepth` hops, in name
    /// order of their entities; empty when the two are not connected within `maxDepth`.
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
        let finder = PathFinder(maxDepth: maxDepth, limit: limit)
        let chains = try finder.shortestPaths(from: source.id, to: target.id) { id in
            try neighbourIDs(of: id, filter: filter)
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
        return result.sorted { $0.entities.lexicographicallyPrecedes($1.entities) }
    }
}
