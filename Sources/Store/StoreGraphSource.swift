import NewsGraphCore

/// The store's graph as a `GraphSource`: what `newsgraph export` writes, read from SQLite a row at a time.
///
/// In: a store. Out: the nodes and edges of `GraphStore.graph()`, equal field for field, yielded in ascending
/// order (nodes by id, edges by pair then id) without building the graph. Node and edge ids are hashes (`GraphNode.stableID`, `GraphEdge.id`)
/// that SQL cannot sort by, so the first pass reads only what the ids are made of and keeps an ordering index:
/// per edge its id, row number and pair, per entity its id, name and kind (about 60 MB for a million edges). Each
/// later pass looks the rows up by number in that order with prepared statements. Memory therefore grows by
/// the index, a few dozen bytes per edge, not by the nodes and edges themselves (alias lists, dates, labels).
///
/// ```swift
/// let store = try GraphStore(path: "kg.sqlite", readOnly: true)
/// try GraphMLExporter().write(StoreGraphSource(store), to: &sink)
/// ```
///
/// The store is read in several passes (a filter adds some); a store changed between passes (an ingest
/// running at the same time) may give an export that mixes both states.
public final class StoreGraphSource: GraphSource {
    private let database: Database
    private let cacheMegabytes: Int
    private var order: Order?

    /// What the first pass keeps: ids in order, and the ends every edge needs to be made.
    private struct Order {
        /// Entity id (node id, label and kind) by row number.
        var entities: [Int64: (id: String, end: Relation.End)] = [:]
        var nodes: [(id: String, row: Int64)] = []
        /// Per edge its id, row and pair (`GraphEdge.pairKey`), sorted by pair then id.
        var edges: [(id: String, row: Int64, pair: GraphEdge.PairKey)] = []
        var summary = GraphSummary(nodeCount: 0, edgeCount: 0, hasDirectedEdges: false, hasDates: false)
    }

    /// Reads `store`; the page cache is lowered to `cacheMegabytes` while it does (each page is read about
    /// once per pass, so a larger cache would only grow the process).
    public init(_ store: GraphStore, cacheMegabytes: Int = 8) {
        database = store.database
        self.cacheMegabytes = cacheMegabytes
    }

    public func summary() throws -> GraphSummary { try ordered().summary }

    public func forEachNode(_ body: (GraphNode) throws -> Void) throws {
        let order = try ordered()
        database.setCacheSize(megabytes: cacheMegabytes)
        defer { database.setCacheSize() }
        let counts = try database.prepare(
            """
            SELECT count(m.id), count(DISTINCT m.article_id), coalesce(avg(m.confidence), 0)
            FROM entity e LEFT JOIN mention m ON m.entity_id = e.id
            WHERE e.id = ?1
            GROUP BY e.id
            """)
        // The three sources of `GraphStore.aliasesByEntity()`, for one entity.
        let aliases = try database.prepare(
            """
            SELECT a.name FROM alias a JOIN entity e ON e.id = a.entity_id WHERE a.entity_id = ?1 AND a.name != e.name
            UNION
            SELECT m.text FROM mention m JOIN entity e ON e.id = m.entity_id WHERE m.entity_id = ?1 AND m.text != e.name
            UNION
            SELECT c.name FROM curation c JOIN entity e
                ON c.action = 'alias-add' AND c.undone_at IS NULL
                AND (c.argument = e.name OR c.argument = e.name || char(31) || e.kind)
            WHERE e.id = ?1
            """)
        for (id, row) in order.nodes {
            guard let entity = order.entities[row] else { continue }
            try counts.bind([.integer(row)])
            guard try counts.step() else { continue }
            var names = Set<String>()
            try aliases.bind([.integer(row)])
            while try aliases.step() { names.insert(aliases.text(0)) }
            try body(
                GraphNode(
                    id: id, label: entity.end.name, kind: entity.end.kind, mentions: counts.int(0),
                    articles: counts.int(1), confidence: (counts.double(2) * 1000).rounded() / 1000,
                    aliases: names.sorted(), entityID: row))
        }
    }

    public func forEachEdge(_ body: (GraphEdge) throws -> Void) throws {
        let order = try ordered()
        database.setCacheSize(megabytes: cacheMegabytes)
        defer { database.setCacheSize() }
        let relation = try database.prepare("\(Self.relationColumns) WHERE id = ?1")
        for (id, row, _) in order.edges {
            try relation.bind([.integer(row)])
            guard try relation.step(), let edge = Self.edge(relation, entities: order.entities, id: id) else {
                continue
            }
            try body(edge)
        }
    }

    /// The columns `edge(_:entities:)` reads, in its order.
    private static let relationColumns = """
        SELECT source_id, target_id, kind, label, directed, weight, articles, first_date, last_date,
            coalesce(score, 0), id
        FROM relation
        """

    /// The edge `GraphStore.graph()` makes of the relation row `statement` is on; nil when an end is not a node.
    /// `id`, when the ordering index already knows it, saves hashing it again.
    private static func edge(
        _ statement: Statement, entities: [Int64: (id: String, end: Relation.End)], id: String? = nil
    ) -> GraphEdge? {
        var (sourceRow, targetRow) = (Int64(statement.int(0)), Int64(statement.int(1)))
        guard var source = entities[sourceRow], var target = entities[targetRow] else { return nil }
        let directed = statement.int(4) != 0
        // Undirected ends in name and kind order, as `graph()` puts them (the row order depends on history).
        if !directed, target.end < source.end {
            swap(&source, &target)
            swap(&sourceRow, &targetRow)
        }
        let kind = statement.text(2)
        let label = statement.text(3)
        var edge = GraphEdge(
            id: id ?? (label.isEmpty ? nil : Self.labelledID(source.id, target.id, kind, label)),
            source: source.id, target: target.id, kind: kind, directed: directed,
            weight: Double(statement.int(5)), articles: statement.int(6), firstDate: statement.optionalText(7),
            lastDate: statement.optionalText(8))
        edge.label = label
        edge.score = statement.double(9)
        return edge
    }

    /// A typed relation's edge id: its label is hashed too, so two roles between one pair stay two edges.
    private static func labelledID(_ source: String, _ target: String, _ kind: String, _ label: String) -> String {
        "e" + ContentHash.hex(of: source + "\u{1F}" + target + "\u{1F}" + kind + "\u{1F}" + label, digits: 12)
    }

    /// The ordering index, made on first use: one pass over the entity and relation tables.
    private func ordered() throws -> Order {
        if let order { return order }
        database.setCacheSize(megabytes: cacheMegabytes)
        defer { database.setCacheSize() }
        var order = Order()
        let entities = try database.prepare("SELECT id, name, kind FROM entity")
        try entities.bind([])
        while try entities.step() {
            guard let kind = EntityKind(rawValue: entities.text(2)) else { continue }
            let name = entities.text(1)
            let id = GraphNode.stableID(name: name, kind: kind)
            let row = Int64(entities.int(0))
            order.entities[row] = (id, Relation.End(name: name, kind: kind))
            order.nodes.append((id, row))
        }
        let relations = try database.prepare(Self.relationColumns)
        try relations.bind([])
        while try relations.step() {
            guard let edge = Self.edge(relations, entities: order.entities) else { continue }
            order.edges.append((edge.id, Int64(relations.int(10)), edge.pairKey))
            order.summary.hasDirectedEdges = order.summary.hasDirectedEdges || edge.directed
            order.summary.hasDates = order.summary.hasDates || edge.firstDate != nil || edge.lastDate != nil
        }
        // Two rows with one id (two entities of one name and kind) stay in row order, as in `graph()`.
        order.nodes.sort { $0.id != $1.id ? $0.id < $1.id : $0.row < $1.row }
        // Edges by pair, then id, as `Graph` yields them (`GraphEdge.precedes`): a pair's relations are consecutive.
        order.edges.sort {
            $0.pair != $1.pair ? $0.pair < $1.pair : $0.id != $1.id ? $0.id < $1.id : $0.row < $1.row
        }
        order.summary.nodeCount = order.nodes.count
        order.summary.edgeCount = order.edges.count
        self.order = order
        return order
    }
}
