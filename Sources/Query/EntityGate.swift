import NewsGraphCore
import NewsGraphStore

/// Which entities a traversal may reach under a `LinkFilter`: the kinds and entities it excludes, and hubs above its
/// degree limit. Each entity's degree (how many entities it is linked to) is counted once, when first asked, over the
/// relation table's indexes.
package final class EntityGate {
    private let filter: LinkFilter
    private let database: Database
    /// Entities always allowed: where the query starts and ends.
    private let ends: Set<Int64>
    private var degrees: [Int64: Int] = [:]
    private var kinds: [Int64: EntityKind] = [:]

    package init(filter: LinkFilter, database: Database, ends: Set<Int64>) {
        self.filter = filter
        self.database = database
        self.ends = ends
    }

    /// Whether the traversal may reach entity `id` (of `kind`, when the caller knows it).
    package func allows(_ id: Int64, kind: EntityKind? = nil) throws -> Bool {
        guard filter.excludesEntities, !ends.contains(id) else { return true }
        if filter.excludedEntities.contains(id) { return false }
        if !filter.excludedKinds.isEmpty, let kind = try kind ?? self.kind(of: id), filter.excludedKinds.contains(kind)
        {
            return false
        }
        if let limit = filter.maxDegree, try degree(of: id) > limit { return false }
        return true
    }

    /// How many entities `id` is linked to, by relations of any kind and weight.
    package func degree(of id: Int64) throws -> Int {
        if let degree = degrees[id] { return degree }
        let statement = try database.prepare(
            """
            SELECT count(*) FROM (SELECT target_id FROM relation WHERE source_id = ?1
                                  UNION SELECT source_id FROM relation WHERE target_id = ?1)
            """)
        try statement.bind(id)
        let degree = try statement.step() ? statement.int(0) : 0
        statement.reset()
        degrees[id] = degree
        return degree
    }

    private func kind(of id: Int64) throws -> EntityKind? {
        if let kind = kinds[id] { return kind }
        let statement = try database.prepare("SELECT kind FROM entity WHERE id = ?")
        try statement.bind(id)
        let kind = try statement.step() ? EntityKind(rawValue: statement.text(0)) : nil
        statement.reset()
        kinds[id] = kind
        return kind
    }
}
