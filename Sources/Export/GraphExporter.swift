import NewsGraphCore

/// The export stage: a graph goes in, bytes in one file format come out.
///
/// Design (read this first):
/// - `GraphSource` (Core) yields nodes sorted by `id`, then edges sorted by unordered pair and `id`, plus a
///   `GraphSummary` known before the first byte is written (node count for the DOT layout choice, whether any
///   edge is directed or dated for headers). `Graph` conforms by sorting in memory; the store's
///   `StoreGraphSource` reads one row at a time in that order (it keeps only an id, a row number and the pair
///   per edge), so the store's nodes and edges never sit in memory at once. GraphML and GEXF fold a pair's
///   consecutive edges into one (`PairEdge`, `EdgeShape`).
/// - `OutputSink` receives large chunks of bytes (`FileSink`, `StandardOutputSink`, `MemorySink`).
/// - `GraphExporter` writes one format. Exporters format into an `ExportWriter`, whose fixed-size
///   buffer is the only memory they hold, so memory is bounded by the buffer, not by the output.
/// - Formats: `GraphMLExporter`, `DOTExporter`, `GEXFExporter`, `CytoscapeExporter`, and
///   `Neo4jCSVExporter` (two files, so it writes to a pair of sinks or a folder).
/// - `GraphFilter` selects a subgraph before export, as sets of ids over a source (`FilteredGraph`);
///   `ExportBundle` writes every format into a folder; `GraphvizRenderer` turns DOT into SVG, PNG or PDF.
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
