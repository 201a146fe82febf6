import NewsGraphCore

/// What a `links` or `path` traversal may follow.
///
/// Hubs make paths meaningless on a wire corpus: every chain between two people runs through United States, New York
/// or Reuters. `excludedKinds`, `excludedEntities` and `maxDegree` keep such entities out of a traversal: an entity
/// they exclude is neither listed by `links` nor passed through by `links` or `path`. The entity a query starts from
/// (and the other end of a `path`) is never excluded.
public struct LinkFilter: Sendable, Equatable {
    /// Relations lighter than this are not followed.
    public var minWeight: Int
    /// Only relations of this kind or label (`co-occurrence`, `member-of`, `director`); nil for all.
    public var relation: String?
    /// Entities of these kinds are not reached.
    public var excludedKinds: Set<EntityKind>
    /// Entities with these ids are not reached.
    public var excludedEntities: Set<Int64>
    /// Entities linked to more than this many others (hubs) are not reached; nil for no limit.
    public var maxDegree: Int?

    public init(
        minWeight: Int = 1, relation: String? = nil, excludedKinds: Set<EntityKind> = [],
        excludedEntities: Set<Int64> = [], maxDegree: Int? = nil
    ) {
        self.minWeight = minWeight
        self.relation = relation
        self.excludedKinds = excludedKinds
        self.excludedEntities = excludedEntities
        self.maxDegree = maxDegree
    }

    /// Whether the filter can exclude entities at all (so a traversal needs no entity checks otherwise).
    package var excludesEntities: Bool { !excludedKinds.isEmpty || !excludedEntities.isEmpty || maxDegree != nil }
}
