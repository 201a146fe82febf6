/// A `Graph` value as a source: nodes and edges visited by ascending id, sorted in memory where needed.
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
        try Self.forEachInIDOrder(nodes, id: \.id, body)
    }

    public func forEachEdge(_ body: (GraphEdge) throws -> Void) throws {
        try Self.forEachInIDOrder(edges, id: \.id, body)
    }

    /// Visits `elements` by ascending id without copying them: directly when already sorted (as
    /// `GraphFilter` leaves them), otherwise through a sorted array of indices (8 bytes per element).
    private static func forEachInIDOrder<Element>(
        _ elements: [Element], id: KeyPath<Element, String>,
        _ body: (Element) throws -> Void
    ) throws {
        let sorted = zip(elements, elements.dropFirst()).allSatisfy { $0[keyPath: id] <= $1[keyPath: id] }
        if sorted {
            for element in elements { try body(element) }
        } else {
            for index in elements.indices.sorted(by: { elements[$0][keyPath: id] < elements[$1][keyPath: id] }) {
                try body(elements[index])
            }
        }
    }
}
