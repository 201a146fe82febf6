import NewsGraphCore

/// Writes every export format into one folder: what `newsgraph build` puts in `Exports/`.
///
/// Files: `graph.graphml`, `graph.dot`, `graph.gexf`, `graph.cytoscape.json`, `neo4j/nodes.csv`,
/// `neo4j/relationships.csv`, and `graph.svg` when Graphviz is installed (skipped silently otherwise:
/// the DOT file is there to render later). The picture is drawn only where it can be read: a graph
/// larger than `pictureMaxNodes` or `pictureMaxEdges` is drawn as its most significant part
/// (`readablePart(of:)`), and `Picture` says so.
///
/// ```swift
/// let written = try ExportBundle.writeAll(graph, to: "Exports")
/// ```
public enum ExportBundle {
    public static let fileNames = [
        "graph.graphml", "graph.dot", "graph.gexf", "graph.cytoscape.json",
        "neo4j/nodes.csv", "neo4j/relationships.csv",
    ]

    /// Most entities a picture shows: beyond this labels overlap and nobody can read it.
    public static let pictureMaxNodes = 100
    /// Most links a picture shows.
    public static let pictureMaxEdges = 300

    /// What `graph.svg` shows: the whole graph, or its most significant part.
    public struct Picture: Sendable, Equatable {
        public var path: String
        public var nodes: Int
        public var edges: Int
        public var totalNodes: Int
        public var totalEdges: Int
        public var isWhole: Bool { nodes == totalNodes && edges == totalEdges }
    }

    /// Writes all formats into `folder` (created if needed) and returns the paths written, in order;
    /// with a renderer whose Graphviz is installed, `graph.svg` last (see `writePicture`).
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
        if let renderer, let graph = graph as? Graph,
            let picture = try writePicture(graph, to: folder, renderer: renderer)
        {
            written.append(picture.path)
        }
        return written
    }

    /// Renders `folder/graph.svg`: the whole graph when it is readable, otherwise `readablePart(of:)`.
    /// Returns nil (and writes nothing) when Graphviz is not installed.
    public static func writePicture(_ graph: Graph, to folder: String, renderer: GraphvizRenderer) throws -> Picture? {
        let part = readablePart(of: graph)
        let engine = GraphvizRenderer.engine(nodeCount: part.nodes.count, edgeCount: part.edges.count)
        guard renderer.executable(engine) != nil else { return nil }
        let path = ExportFiles.join(folder, "graph.svg")
        try renderer.render(part, format: .svg, output: path)
        return Picture(
            path: path, nodes: part.nodes.count, edges: part.edges.count, totalNodes: graph.nodes.count,
            totalEdges: graph.edges.count)
    }

    /// The part of `graph` worth drawing: all of it when within `maxNodes` and `maxEdges`; otherwise the
    /// `maxNodes` entities with the highest weighted degree and the `maxEdges` heaviest links among them
    /// (ties by id), without the entities those links leave isolated.
    public static func readablePart(
        of graph: Graph, maxNodes: Int = pictureMaxNodes, maxEdges: Int = pictureMaxEdges
    ) -> Graph {
        if graph.nodes.count <= maxNodes && graph.edges.count <= maxEdges { return graph }
        var strength: [String: Double] = [:]
        for edge in graph.edges {
            strength[edge.source, default: 0] += edge.weight
            if edge.target != edge.source { strength[edge.target, default: 0] += edge.weight }
        }
        let top = graph.nodes.sorted { a, b in
            let (sa, sb) = (strength[a.id] ?? 0, strength[b.id] ?? 0)
            return sa != sb ? sa > sb : a.id < b.id
        }
        let kept = Set(top.prefix(maxNodes).map(\.id))
        let among = graph.edges.filter { kept.contains($0.source) && kept.contains($0.target) }
        let heaviest = among.sorted { (a: GraphEdge, b: GraphEdge) -> Bool in
            a.weight != b.weight ? a.weight > b.weight : a.id < b.id
        }
        let edges = heaviest.prefix(maxEdges)
        var linked = Set<String>()
        for edge in edges {
            linked.insert(edge.source)
            linked.insert(edge.target)
        }
        // Small graphs keep their isolated entities (the picture is the whole graph but for edges).
        let small = graph.nodes.count <= maxNodes
        let nodes = graph.nodes.filter { small ? kept.contains($0.id) : linked.contains($0.id) }
        return Graph(nodes: nodes.sorted { $0.id < $1.id }, edges: edges.sorted { $0.id < $1.id })
    }
}
