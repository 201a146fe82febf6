import NewsGraphStore

/// Questions about a store: the entity a name means, whom it is linked to, the paths between two entities,
/// and the sentences behind a link. Reads only.
///
/// In: a store. Out: `EntityMatch`, `Link`, `LinkPath`, `EvidenceSentence` values.
///
/// ```swift
/// let query = GraphQuery(store)
/// let urumqi = try query.entity(named: "Urumqi").entity
/// let links = try query.links(of: urumqi, depth: 1)
/// ```
public struct GraphQuery {
    public let store: GraphStore
    package var database: Database { store.database }

    public init(_ store: GraphStore) { self.store = store }
}
