/// A graph as exporters read it: nodes, then edges, each in ascending `id` order, with a summary known up
/// front. It lives in Core so that both the export stage (which reads it) and the store (which streams one
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
    /// Calls `body` once per edge, in ascending `id` order.
    func forEachEdge(_ body: (GraphEdge) throws -> Void) throws
}

extension GraphSource {
    /// `forEachEdge(_:)` when `condition` holds; nothing otherwise (a pass a filter can skip).
    package func forEachEdge(if condition: Bool, _ body: (GraphEdge) throws -> Void) throws {
        if condition { try forEachEdge(body) }
    }
}
