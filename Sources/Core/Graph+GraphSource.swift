/// A `Graph` value as a source: nodes visited by ascending id, edges by pair then id (`GraphEdge.precedes`),
/// sorted in memory where needed.
extension Graph: GraphSource {
    public func summary() -> GraphSummary {
        GraphSummary(
            nodeCount: nodes.count,
            edgeCount: edges.count,
            hasDirectedEdges: edges.contains { $0.directed },
            hasDates: edges.contains { $0.firstDate != nil || $0.lastDate != nil }
                || nodes.contains { $0.firstDate != nil || $0.lastDate != nil }
        )
    }

    public func forEachNode(_ body: (GraphNode) throws -> Void) throws {
        try Self.forEachInOrder(nodes, by: { $0.id < $1.id }, body)
    }

    public func forEachEdge(_ body: (GraphEdge) throws -> Void) throws {
        try Self.forEachInOrder(edges, by: { $0.precedes($1) }, body)
    }

    /// Visits `elements` in `areInOrder` order without copying them: directly when already sorted (as
    /// `GraphFilter` leaves them), otherwise through a sorted array of indices (8 bytes per element).
    private static func forEachInOrder<Element>(
        _ elements: [Element], by areInOrder: (Element, Element) -> Bool,
        _ body: (Element) throws -> Void
    ) throws {
        let sorted = zip(elements, elements.dropFirst()).allSatisfy { !areInOrder($1, $0) }
        if sorted {
            for element in elements { try body(element) }
        } else {
            for index in elements.indices.sorted(by: { areInOrder(elements[$0], elements[$1]) }) {
                try body(elements[index])
            }
        }
    }
}
