/// The in-memory graph that exporters write: nodes are entities, edges are relations.
///
/// Exporters take this value (or the same nodes and edges as sequences), never the database,
/// so they can be tested without SQLite.
public struct Graph: Sendable, Equatable {
    public var nodes: [GraphNode]
    public var edges: [GraphEdge]

    public init(nodes: [GraphNode] = [], edges: [GraphEdge] = []) {
        self.nodes = nodes
        self.edges = edges
    }
}
