/// A graph as exporters read it: nodes in ascending `id` order, then edges by unordered pair (`GraphEdge.pairKey`)
/// and by `id` within a pair, with a summary known up front. Pair order lets GraphML and GEXF fold the relations
/// between one pair into one edge while streaming (they fold consecutive edges of one pair). It lives in Core so that both the export stage (which reads it) and the store (which streams one
/// from SQLite, `StoreGraphSource`) can use it without either depending on the other.
///
/// `Graph` conforms by sorting in memory; `StoreGraphSource` conforms by reading rows one at a time, so
/// an export never holds the whole graph.
///
/// Every edge's `source` and `target` must be the id of a yielded node.
public protocol GraphSource {
    func summary() throws -> GraphSummary
    /// Calls `body` once per node, in ascending `id` order.
    func forEachNode(_ body: (GraphNode) throws -> Void) throws
    /// Calls `body` once per edge, in ascending (`pairKey`, `id`) order: all edges of one pair consecutively.
    func forEachEdge(_ body: (GraphEdge) throws -> Void) throws
}

extension GraphSource {
    /// `forEachEdge(_:)` when `condition` holds; nothing otherwise (a pass a filter can skip).
    package func forEachEdge(if condition: Bool, _ body: (GraphEdge) throws -> Void) throws {
        if condition { try forEachEdge(body) }
    }
}
