import NewsGraphCore

/// GraphML 1.0: the XML graph format read by NetworkX, igraph, Gephi, yEd and Cytoscape.
///
/// Spec: http://graphml.graphdrawing.org/specification.html (primer:
/// http://graphml.graphdrawing.org/primer/graphml-primer.html). Output validates against the
/// GraphML 1.0 schema (`../shared/graphml-xsd/validate.sh`).
///
/// What it writes:
/// - The official namespace and `xsi:schemaLocation`; one typed `<key>` per attribute and scope,
///   all declared before `<graph>`, each with its own `attr.name` (no name is used for two scopes,
///   which some readers merge): nodes `label`, `kind`, `entity_id` (the store's `entity.id`, when read from a
///   store), `mentions`, `articles`, `confidence`,
///   `aliases` (a JSON array as a string); edges `weight`, `relation` (the edge kind; see below),
///   `evidence_articles`, `first_date`, `last_date`, `directed`.
///   `label` and `weight` are the names Gephi maps to its node label and edge weight.
/// - Node and edge ids are the graph's stable ids (any id that is not an XML NMTOKEN is replaced by
///   a stable hash of it, see `ExportText.xmlToken`).
/// - With `yEd: true`, a `nodegraphics` key with a `y:ShapeNode` per node (label, shape and colour
///   by kind), so yEd shows names without a properties-mapping step.
///
/// What it does not support:
/// - Mixed graphs. NetworkX and igraph reject edges whose `directed` differs from the graph's
///   `edgedefault`, so the graph is `edgedefault="undirected"` and each edge's own directedness is
///   kept in the boolean `directed` data key: the analysis users run (PageRank, degree, communities)
///   then sees co-occurrence as the symmetric link it is. With `directed: true` (`export --directed`)
///   a graph with any directed edge is written `edgedefault="directed"` instead, as before.
///   Several relations between one pair are one edge by default (`EdgeShape.perPair`, `PairEdge`): keys
///   `weight` (the sum), `weight_<kind>` per kind present (declared for every known kind, `weight_other` for
///   the rest), `kinds` and `score` replace `relation`, so NetworkX reads a simple `Graph`. With
///   `EdgeShape.perRelation` they are parallel edges with a `relation` key (NetworkX reads a `MultiGraph`).
/// - Characters XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF) are removed, not encoded.
/// - Node dates are not written (GEXF carries them); hyperedges, ports and nested graphs are unused.
/// - With `yEd: true` the `<data>` elements hold yWorks' elements, which the plain GraphML schema
///   does not allow; that output follows yWorks' schema extension (ygraphml.xsd) instead.
public struct GraphMLExporter: GraphExporter {
    public var yEd: Bool
    /// Whether a graph with directed edges is written as a directed graph (`edgedefault="directed"`).
    public var directed: Bool
    /// One edge per pair (default) or per relation.
    public var edges: EdgeShape
    public var formatName: String { "graphml" }
    public var fileExtension: String { "graphml" }

    public init(yEd: Bool = false, directed: Bool = false, edges: EdgeShape = .perPair) {
        self.yEd = yEd
        self.directed = directed
        self.edges = edges
    }

    public func write(_ graph: some GraphSource, to sink: inout some OutputSink) throws {
        let summary = try graph.summary()
        var out = ExportWriter(sink: sink)
        out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        out.raw("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"")
        out.raw(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
        if yEd {
            out.raw(" xmlns:y=\"http://www.yworks.com/xml/graphml\"")
            out.raw("\n    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns")
            out.raw(" http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd\">\n")
        } else {
            out.raw("\n    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns")
            out.raw(" http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n")
        }
        for key in Self.keys(edges) {
            out.raw(
                "  <key id=\"\(key.id)\" for=\"\(key.scope)\" attr.name=\"\(key.id)\" attr.type=\"\(key.type)\"/>\n")
        }
        if yEd { out.raw("  <key id=\"yfiles_node\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n") }
        out.raw("  <graph id=\"G\" edgedefault=\"")
        out.raw(directed && summary.hasDirectedEdges ? "directed" : "undirected")
        out.raw("\">\n")

        try graph.forEachNode { node in
            out.raw("    <node id=\"")
            out.xml(ExportText.xmlToken(node.id), attribute: true)
            out.raw("\">\n      <data key=\"label\">")
            out.xml(node.label)
            out.raw("</data>\n      <data key=\"kind\">")
            out.raw(node.kind.rawValue)
            out.raw("</data>\n")
            if let entityID = node.entityID {
                out.raw("      <data key=\"entity_id\">")
                out.int(Int(entityID))
                out.raw("</data>\n")
            }
            out.raw("      <data key=\"mentions\">")
            out.int(node.mentions)
            out.raw("</data>\n      <data key=\"articles\">")
            out.int(node.articles)
            out.raw("</data>\n      <data key=\"confidence\">")
            out.number(node.confidence)
            out.raw("</data>\n")
            if !node.aliases.isEmpty {
                out.raw("      <data key=\"aliases\">")
                out.xml(ExportText.aliasList(node.aliases))
                out.raw("</data>\n")
            }
            if yEd { writeYEdGraphics(of: node, to: &out) }
            out.raw("    </node>\n")
            try out.endRecord()
        }

        switch edges {
        case .perPair:
            try PairEdge.forEachPair(in: graph) { pair in
                try writeEdge(pair.edge, pair: pair, to: &out)
            }
        case .perRelation:
            try graph.forEachEdge { edge in try writeEdge(edge, pair: nil, to: &out) }
        }
        out.raw("  </graph>\n</graphml>\n")
        try out.finish()
        sink = out.sink
    }

    /// One edge; with `pair`, the folded pair's attributes instead of `relation`.
    private func writeEdge<S>(_ edge: GraphEdge, pair: PairEdge?, to out: inout ExportWriter<S>) throws {
        out.raw("    <edge id=\"")
        out.xml(ExportText.xmlToken(edge.id), attribute: true)
        out.raw("\" source=\"")
        out.xml(ExportText.xmlToken(edge.source), attribute: true)
        out.raw("\" target=\"")
        out.xml(ExportText.xmlToken(edge.target), attribute: true)
        out.raw("\">\n      <data key=\"weight\">")
        out.number(edge.weight)
        if let pair {
            out.raw("</data>\n")
            for (attribute, weight) in pair.attributeWeights {
                out.raw("      <data key=\"")
                out.raw(attribute)
                out.raw("\">")
                out.number(weight)
                out.raw("</data>\n")
            }
            out.raw("      <data key=\"kinds\">")
            out.xml(pair.kinds)
            out.raw("</data>\n      <data key=\"score\">")
            out.number(edge.score)
        } else {
            out.raw("</data>\n      <data key=\"relation\">")
            out.xml(edge.kind)
        }
        out.raw("</data>\n      <data key=\"evidence_articles\">")
        out.int(edge.articles)
        out.raw("</data>\n")
        if let date = edge.firstDate {
            out.raw("      <data key=\"first_date\">")
            out.xml(date)
            out.raw("</data>\n")
        }
        if let date = edge.lastDate {
            out.raw("      <data key=\"last_date\">")
            out.xml(date)
            out.raw("</data>\n")
        }
        out.raw("      <data key=\"directed\">")
        out.raw(edge.directed ? "true" : "false")
        out.raw("</data>\n    </edge>\n")
        try out.endRecord()
    }

    /// The attributes declared for `edges`: the node keys, then the edge keys of that shape.
    package static func keys(_ edges: EdgeShape) -> [(id: String, scope: String, type: String)] {
        switch edges {
        case .perRelation: return keys
        case .perPair:
            // `relation` becomes `kinds`; the per-kind weights and the score follow `weight`.
            let folded =
                [("weight", "edge", "double")] + PairEdge.weightAttributes.map { ($0, "edge", "double") }
                + [("kinds", "edge", "string"), ("score", "edge", "double")]
            return keys.filter { $0.scope == "node" } + folded
                + keys.filter { $0.scope == "edge" && $0.id != "weight" && $0.id != "relation" }
        }
    }

    /// The declared attributes with one edge per relation: key id (also its `attr.name`), scope, GraphML type.
    package static let keys: [(id: String, scope: String, type: String)] = [
        ("label", "node", "string"),
        ("kind", "node", "string"),
        ("entity_id", "node", "long"),
        ("mentions", "node", "int"),
        ("articles", "node", "int"),
        ("confidence", "node", "double"),
        ("aliases", "node", "string"),
        ("weight", "edge", "double"),
        ("relation", "edge", "string"),
        ("evidence_articles", "edge", "int"),
        ("first_date", "edge", "string"),
        ("last_date", "edge", "string"),
        ("directed", "edge", "boolean"),
    ]

    private func writeYEdGraphics<S>(of node: GraphNode, to out: inout ExportWriter<S>) {
        let style = KindStyle(node.kind)
        // Wide enough for short names; yEd wraps nothing, so long names simply overflow the shape.
        let width = min(400, max(40, 8 * node.label.count + 16))
        out.raw("      <data key=\"yfiles_node\"><y:ShapeNode><y:Geometry height=\"30.0\" width=\"")
        out.int(width)
        out.raw(".0\"/><y:Fill color=\"")
        out.raw(style.fillColor)
        out.raw("\" transparent=\"false\"/><y:NodeLabel>")
        out.xml(node.label)
        out.raw("</y:NodeLabel><y:Shape type=\"")
        out.raw(style.yEdShape)
        out.raw("\"/></y:ShapeNode></data>\n")
    }
}
