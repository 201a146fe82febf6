/// What an exporter needs to know before it writes the first node.
public struct GraphSummary: Sendable, Equatable {
    public var nodeCount: Int
    public var edgeCount: Int
    /// True when at least one edge is directed (GraphML/NetworkX need one edge default for the whole graph).
    public var hasDirectedEdges: Bool
    /// True when at least one node or edge has a date (GEXF is then written as a dynamic graph).
    public var hasDates: Bool

    public init(nodeCount: Int, edgeCount: Int, hasDirectedEdges: Bool, hasDates: Bool) {
        self.nodeCount = nodeCount
        self.edgeCount = edgeCount
        self.hasDirectedEdges = hasDirectedEdges
        self.hasDates = hasDates
    }
}
