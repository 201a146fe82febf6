import NewsGraphCore

/// The export stage: a graph goes in, bytes in one file format come out.
///
/// Design (read this first):
/// - `GraphSource` yields nodes, then edges, each sorted by `id`, plus a `GraphSummary` known before
///   the first byte is written (node count for the DOT layout choice, whether any edge is directed or
///   dated for headers). `Graph` conforms by sorting in memory; the SQLite store conforms by streaming
///   `ORDER BY id` so a million edges never sit in memory at once.
/// - `OutputSink` receives large chunks of bytes (`FileSink`, `StandardOutputSink`, `MemorySink`).
/// - `GraphExporter` writes one format. Exporters format into an `ExportWriter`, whose fixed-size
///   buffer is the only memory they hold, so memory is bounded by the buffer, not by the output.
/// - Formats: `GraphMLExporter`, `DOTExporter`, `GEXFExporter`, `CytoscapeExporter`, and
///   `Neo4jCSVExporter` (two files, so it writes to a pair of sinks or a folder).
/// - `GraphFilter` selects a subgraph before export; `ExportBundle` writes every format into a folder;
///   `GraphvizRenderer` turns DOT into SVG, PNG or PDF.
///
/// Output is deterministic: same graph, same bytes; no timestamps.
///
/// ```swift
/// var sink = MemorySink()
/// try GraphMLExporter().write(graph, to: &sink)
/// print(sink.text)
/// ```
public protocol GraphExporter: Sendable {
    /// The format's name as the command line spells it (`graphml`, `dot`, ...).
    var formatName: String { get }
    /// The usual file extension, without the dot.
    var fileExtension: String { get }
    /// Writes the whole graph to `sink` and flushes it.
    func write(_ graph: some GraphSource, to sink: inout some OutputSink) throws
}

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

/// Nodes then edges, each in ascending `id` order, with a summary known up front.
///
/// Every edge's `source` and `target` must be the id of a yielded node.
public protocol GraphSource {
    func summary() throws -> GraphSummary
    /// Calls `body` once per node, in ascending `id` order.
    func forEachNode(_ body: (GraphNode) throws -> Void) throws
    /// Calls `body` once per edge, in ascending `id` order.
    func forEachEdge(_ body: (GraphEdge) throws -> Void) throws
}

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

/// The formats `newsgraph export --format` accepts.
public enum ExportFormat: String, CaseIterable, Sendable {
    case graphml, dot, gexf, cytoscape, neo4j

    /// The exporter for single-file formats; `nil` for `neo4j`, which writes a folder.
    public func exporter(yEd: Bool = false, directed: Bool = false) -> (any GraphExporter)? {
        switch self {
        case .graphml: GraphMLExporter(yEd: yEd, directed: directed)
        case .dot: DOTExporter()
        case .gexf: GEXFExporter()
        case .cytoscape: CytoscapeExporter()
        case .neo4j: nil
        }
    }
}
