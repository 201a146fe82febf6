import NewsGraphCore
import NewsGraphExport

/// A generated graph that is streamed, never held: the benchmark's input, and a check that exporters
/// work from a `GraphSource` that keeps nothing in memory (as the SQLite store will).
///
/// Node `i` has id `n` + 9 digits; edge `j` joins node `j % nodeCount` to a pseudo-random other node,
/// so ids come out in ascending order as `GraphSource` requires. Every tenth node and edge is
/// directed or dated, so every branch of every writer runs.
public struct SyntheticGraph: GraphSource, Sendable {
    public var nodeCount: Int
    public var edgeCount: Int

    public init(nodeCount: Int, edgeCount: Int) {
        precondition(nodeCount >= 2, "a synthetic graph needs two nodes")
        self.nodeCount = nodeCount
        self.edgeCount = edgeCount
    }

    public func summary() -> GraphSummary {
        GraphSummary(nodeCount: nodeCount, edgeCount: edgeCount, hasDirectedEdges: edgeCount > 0, hasDates: true)
    }

    public func forEachNode(_ body: (GraphNode) throws -> Void) throws {
        for index in 0..<nodeCount { try body(node(index)) }
    }

    public func forEachEdge(_ body: (GraphEdge) throws -> Void) throws {
        for index in 0..<edgeCount { try body(edge(index)) }
    }

    public func node(_ index: Int) -> GraphNode {
        let kind = EntityKind.allCases[index % 4]
        let dated = index % 10 == 0
        return GraphNode(
            id: Self.id("n", index), label: "Entity \(index) & Co <\(kind.rawValue)>", kind: kind,
            mentions: 1 + index % 50, articles: 1 + index % 7, confidence: 0.5 + Double(index % 5) / 10,
            aliases: index % 3 == 0 ? ["E\(index)"] : [],
            firstDate: dated ? "2024-01-01" : nil, lastDate: dated ? "2024-06-30" : nil)
    }

    public func edge(_ index: Int) -> GraphEdge {
        let source = index % nodeCount
        var target = (index &* 7919 &+ 13) % nodeCount
        if target == source { target = (target + 1) % nodeCount }
        let typed = index % 10 == 0
        return GraphEdge(
            id: Self.id("e", index), source: Self.id("n", source), target: Self.id("n", target),
            kind: typed ? "director-of" : "co-occurrence", directed: typed, weight: Double(1 + index % 17),
            articles: 1 + index % 4, firstDate: typed ? "2024-02-01" : nil, lastDate: typed ? "2024-03-01" : nil)
    }

    private static func id(_ prefix: String, _ index: Int) -> String {
        let digits = String(index)
        return prefix + String(repeating: "0", count: max(0, 9 - digits.count)) + digits
    }
}
