import NewsGraphCore

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
