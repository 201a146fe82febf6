import NewsGraphCore

/// The formats `newsgraph export --format` accepts.
public enum ExportFormat: String, CaseIterable, Sendable {
    case graphml, dot, gexf, cytoscape, neo4j

    /// The exporter for single-file formats; `nil` for `neo4j`, which writes a folder. `edges` applies to the
    /// formats that fold a pair's relations into one edge (`foldsPairs`).
    public func exporter(yEd: Bool = false, directed: Bool = false, edges: EdgeShape = .perPair)
        -> (any GraphExporter)?
    {
        switch self {
        case .graphml: GraphMLExporter(yEd: yEd, directed: directed, edges: edges)
        case .dot: DOTExporter()
        case .gexf: GEXFExporter(edges: edges)
        case .cytoscape: CytoscapeExporter()
        case .neo4j: nil
        }
    }

    /// Whether the format writes one edge per pair by default (GraphML, GEXF); the others write one per relation.
    public var foldsPairs: Bool { self == .graphml || self == .gexf }
}
