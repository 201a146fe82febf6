/// Writes every export format into one folder: what `newsgraph build` puts in `Exports/`.
///
/// Files: `graph.graphml`, `graph.dot`, `graph.gexf`, `graph.cytoscape.json`, `neo4j/nodes.csv`,
/// `neo4j/relationships.csv`, and `graph.svg` when Graphviz is installed (skipped silently otherwise:
/// the DOT file is there to render later).
///
/// ```swift
/// let written = try ExportBundle.writeAll(graph, to: "Exports")
/// ```
public enum ExportBundle {
    public static let fileNames = [
        "graph.graphml", "graph.dot", "graph.gexf", "graph.cytoscape.json",
        "neo4j/nodes.csv", "neo4j/relationships.csv",
    ]

    /// Writes all formats into `folder` (created if needed) and returns the paths written, in order.
    @discardableResult
    public static func writeAll(
        _ graph: some GraphSource, to folder: String,
        renderer: GraphvizRenderer? = GraphvizRenderer()
    ) throws -> [String] {
        try ExportFiles.createFolder(folder)
        var written: [String] = []
        let singleFile: [(any GraphExporter, String)] = [
            (GraphMLExporter(), "graph.graphml"),
            (DOTExporter(), "graph.dot"),
            (GEXFExporter(), "graph.gexf"),
            (CytoscapeExporter(), "graph.cytoscape.json"),
        ]
        for (exporter, name) in singleFile {
            let path = ExportFiles.join(folder, name)
            try FileSink.writing(to: path) { sink in try exporter.write(graph, to: &sink) }
            written.append(path)
        }
        written += try Neo4jCSVExporter().write(graph, toFolder: ExportFiles.join(folder, "neo4j"))
        if let renderer {
            let engine = DOTExporter.engine(forNodeCount: try graph.summary().nodeCount)
            if renderer.executable(engine) != nil {
                let svg = ExportFiles.join(folder, "graph.svg")
                try renderer.render(
                    dotFile: ExportFiles.join(folder, "graph.dot"), engine: engine, format: .svg, output: svg)
                written.append(svg)
            }
        }
        return written
    }
}
