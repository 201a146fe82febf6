import NewsGraphCore

/// What `GraphFilter.subgraph(of:)` selects from a source, itself a source: it reads `base` again on every
/// pass and yields only the kept nodes and the edges between kept ends, so it holds a flag per node, never
/// the nodes or edges themselves.
public struct FilteredGraph<Base: GraphSource>: GraphSource {
    private let base: Base
    private let filter: GraphFilter
    /// A number per node id of `base`, indexing the two flag arrays.
    private let numbers: [String: Int]
    /// The nodes yielded.
    private let nodes: [Bool]
    /// The nodes a yielded edge joins: those kept before isolated ones were dropped (an edge between two
    /// of them is what keeps its ends from being isolated).
    private let ends: [Bool]
    private let selected: GraphSummary

    init(
        base: Base, filter: GraphFilter, numbers: [String: Int], nodes: [Bool], ends: [Bool], summary: GraphSummary
    ) {
        self.base = base
        self.filter = filter
        self.numbers = numbers
        self.nodes = nodes
        self.ends = ends
        self.selected = summary
    }

    public func summary() -> GraphSummary { selected }

    public func forEachNode(_ body: (GraphNode) throws -> Void) throws {
        try base.forEachNode { node in
            guard let number = numbers[node.id], nodes[number] else { return }
            try body(node)
        }
    }

    public func forEachEdge(_ body: (GraphEdge) throws -> Void) throws {
        try base.forEachEdge { edge in
            guard let source = numbers[edge.source], let target = numbers[edge.target], ends[source], ends[target],
                filter.passes(edge)
            else { return }
            try body(edge)
        }
    }
}
