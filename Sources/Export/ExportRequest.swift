import NewsGraphCore

/// One `newsgraph export` invocation as a value: format, destination, filter, extras.
///
/// The command only parses options into this value and calls `perform(on:)`, so everything it
/// decides (which format, where the bytes go, whether Graphviz runs) is testable without a store.
public struct ExportRequest: Sendable {
    /// `nil` only when `render` is set (rendering implies DOT).
    public var format: ExportFormat?
    /// A file (a folder for `neo4j`); standard output when nil.
    public var output: String?
    public var filter = GraphFilter()
    public var yEd = false
    /// GraphML: write a graph with directed edges as a directed graph (undirected by default).
    public var directed = false
    /// GraphML and GEXF: one edge per pair (default) or per relation (`--edges per-relation`).
    public var edges = EdgeShape.perPair
    public var render: GraphvizRenderer.Format?

    public init(format: ExportFormat?, output: String? = nil) {
        self.format = format
        self.output = output
    }

    /// The format an output file's extension names: `graph.graphml` -> GraphML, `graph.json` ->
    /// Cytoscape.js, `graph.svg` -> a Graphviz rendering (DOT); nil for anything else.
    public static func formatAndRender(forOutput output: String) -> (ExportFormat?, GraphvizRenderer.Format?) {
        let name = output.split(separator: "/").last.map(String.init) ?? output
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return (nil, nil) }
        let ext = name[name.index(after: dot)...].lowercased()
        if let render = GraphvizRenderer.Format(rawValue: ext) { return (.dot, render) }
        switch ext {
        case "graphml", "xml": return (.graphml, nil)
        case "dot", "gv": return (.dot, nil)
        case "gexf": return (.gexf, nil)
        case "json", "cyjs": return (.cytoscape, nil)
        default: return (nil, nil)
        }
    }

    /// Rejects combinations that cannot work, with a message naming the options.
    public func validate() throws {
        if format == nil && render == nil {
            throw ExportError.invalidRequest(
                "missing --format; choose one of: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")) "
                    + "(or give --output a file ending in .graphml, .dot, .gexf, .json, .svg, .png or .pdf)")
        }
        if let render, let format, format != .dot {
            throw ExportError.invalidRequest(
                "--render \(render.rawValue) draws the graph with Graphviz and needs --format dot (or no --format), not --format \(format.rawValue)"
            )
        }
        if format == .neo4j && output == nil {
            throw ExportError.invalidRequest(
                "--format neo4j writes two files (nodes.csv, relationships.csv); give a folder with --output DIR")
        }
        if directed && format != .graphml {
            throw ExportError.invalidRequest("--directed only applies to --format graphml")
        }
        if edges != .perPair && !(format?.foldsPairs ?? false) {
            throw ExportError.invalidRequest(
                "--edges \(edges.rawValue) only applies to --format graphml or gexf (the other formats write one edge per relation)"
            )
        }
        if yEd && format != .graphml {
            throw ExportError.invalidRequest("--yed only applies to --format graphml")
        }
    }

    /// Filters `graph`, writes or renders it, and returns the files written (empty for standard output).
    ///
    /// `graph` is read a few times over and never copied (`GraphFilter.subgraph(of:)`), so a store's
    /// `StoreGraphSource` is exported without holding its nodes and edges.
    @discardableResult
    public func perform(on graph: some GraphSource, renderer: GraphvizRenderer = GraphvizRenderer()) throws
        -> [String]
    {
        try validate()
        let selected = try filter.subgraph(of: graph)
        if let render {
            try renderer.render(selected, format: render, output: output)
            return output.map { [$0] } ?? []
        }
        guard let format else { return [] }
        guard let exporter = format.exporter(yEd: yEd, directed: directed, edges: edges) else {
            guard let output else {
                throw ExportError.invalidRequest("the neo4j format writes a folder: give --output DIR")
            }
            return try Neo4jCSVExporter().write(selected, toFolder: output)
        }
        if let output {
            try FileSink.writing(to: output) { sink in try exporter.write(selected, to: &sink) }
            return [output]
        }
        var sink = FileDescriptorSink.standardOutput
        try exporter.write(selected, to: &sink)
        return []
    }
}
