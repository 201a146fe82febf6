import NewsGraphCore

/// GEXF 1.2: Gephi's native XML format, here with time intervals so Gephi's timeline can play the graph.
///
/// Spec: https://gexf.net/1.2/gexf-12draft-primer.pdf (schema http://www.gexf.net/1.2draft/gexf.xsd).
///
/// What it writes:
/// - `mode="dynamic"` with `timeformat="date"` when any node or edge has a date; nodes and edges then
///   carry `start`/`end` (first and last article date, `yyyy-MM-dd`); undated ones exist throughout.
///   Without dates the graph is `mode="static"`.
/// - Node `label`; node attributes `kind`, `entity_id` (the store's id, when read from a store), `mentions`,
///   `articles`, `confidence`, `aliases` (JSON array
///   as a string); edge `weight` and `label` (typed relations only), per-edge `type`
///   (`directed`/`undirected`, GEXF allows mixed graphs); edge attributes `relation`, `articles`.
/// - One edge per unordered pair by default (`EdgeShape.perPair`, see `PairEdge`): `weight` is the sum over the
///   pair's relations; attributes `kinds` (`affiliated-with;co-occurrence`), `score` (the best), one
///   `weight_<kind>` per kind present (declared for every known kind, `weight_other` for the rest) and `articles`
///   replace `relation`; the label lists the typed kinds. `EdgeShape.perRelation` writes one edge per relation.
/// - `viz:color` by kind, matching the DOT and yEd colours.
/// - Characters XML 1.0 forbids are removed (see `ExportWriter.xml`).
///
/// What it does not support: NetworkX's `read_gexf` rejects graphs that mix directed and undirected
/// edges, which Gephi reads; use GraphML for NetworkX. Also `liststring` attributes (aliases are one string), spells (one interval
/// per element), positions and sizes, hierarchies.
public struct GEXFExporter: GraphExporter {
    /// One edge per pair (default) or per relation.
    public var edges: EdgeShape
    public var formatName: String { "gexf" }
    public var fileExtension: String { "gexf" }

    public init(edges: EdgeShape = .perPair) {
        self.edges = edges
    }

    public func write(_ graph: some GraphSource, to sink: inout some OutputSink) throws {
        let summary = try graph.summary()
        var out = ExportWriter(sink: sink)
        out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        out.raw("<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:viz=\"http://www.gexf.net/1.2draft/viz\"")
        out.raw(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
        out.raw(
            "\n    xsi:schemaLocation=\"http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd\" version=\"1.2\">\n"
        )
        out.raw(
            "  <meta>\n    <creator>NewsGraph</creator>\n    <description>People, places, organizations and groups in news articles</description>\n  </meta>\n"
        )
        out.raw("  <graph defaultedgetype=\"undirected\" ")
        out.raw(summary.hasDates ? "mode=\"dynamic\" timeformat=\"date\">\n" : "mode=\"static\">\n")
        out.raw(
            """
                <attributes class="node" mode="static">
                  <attribute id="kind" title="kind" type="string"/>
                  <attribute id="entity_id" title="entity_id" type="long"/>
                  <attribute id="mentions" title="mentions" type="integer"/>
                  <attribute id="articles" title="articles" type="integer"/>
                  <attribute id="confidence" title="confidence" type="double"/>
                  <attribute id="aliases" title="aliases" type="string"/>
                </attributes>
                <attributes class="edge" mode="static">

            """)
        switch edges {
        case .perRelation:
            out.raw("      <attribute id=\"relation\" title=\"relation\" type=\"string\"/>\n")
        case .perPair:
            out.raw("      <attribute id=\"kinds\" title=\"kinds\" type=\"string\"/>\n")
            out.raw("      <attribute id=\"score\" title=\"score\" type=\"double\"/>\n")
            for attribute in PairEdge.weightAttributes {
                out.raw("      <attribute id=\"\(attribute)\" title=\"\(attribute)\" type=\"double\"/>\n")
            }
        }
        out.raw(
            "      <attribute id=\"articles\" title=\"articles\" type=\"integer\"/>\n    </attributes>\n    <nodes>\n")
        try graph.forEachNode { node in
            out.raw("      <node id=\"")
            out.xml(node.id, attribute: true)
            out.raw("\" label=\"")
            out.xml(node.label, attribute: true)
            out.raw("\"")
            writeInterval(first: node.firstDate, last: node.lastDate, to: &out)
            out.raw(">\n        <attvalues>\n          <attvalue for=\"kind\" value=\"")
            out.raw(node.kind.rawValue)
            if let entityID = node.entityID {
                out.raw("\"/>\n          <attvalue for=\"entity_id\" value=\"")
                out.int(Int(entityID))
            }
            out.raw("\"/>\n          <attvalue for=\"mentions\" value=\"")
            out.int(node.mentions)
            out.raw("\"/>\n          <attvalue for=\"articles\" value=\"")
            out.int(node.articles)
            out.raw("\"/>\n          <attvalue for=\"confidence\" value=\"")
            out.number(node.confidence)
            out.raw("\"/>\n")
            if !node.aliases.isEmpty {
                out.raw("          <attvalue for=\"aliases\" value=\"")
                out.xml(ExportText.aliasList(node.aliases), attribute: true)
                out.raw("\"/>\n")
            }
            let style = KindStyle(node.kind)
            out.raw("        </attvalues>\n        <viz:color r=\"")
            out.int(style.red)
            out.raw("\" g=\"")
            out.int(style.green)
            out.raw("\" b=\"")
            out.int(style.blue)
            out.raw("\"/>\n      </node>\n")
            try out.endRecord()
        }
        out.raw("    </nodes>\n    <edges>\n")
        switch edges {
        case .perPair:
            try PairEdge.forEachPair(in: graph) { pair in try writeEdge(pair.edge, pair: pair, to: &out) }
        case .perRelation:
            try graph.forEachEdge { edge in try writeEdge(edge, pair: nil, to: &out) }
        }
        out.raw("    </edges>\n  </graph>\n</gexf>\n")
        try out.finish()
        sink = out.sink
    }

    /// One edge; with `pair`, the folded pair's attributes (`kinds`, `score`, per-kind weights) instead of
    /// `relation`, and its typed kinds as the label.
    private func writeEdge<S>(_ edge: GraphEdge, pair: PairEdge?, to out: inout ExportWriter<S>) throws {
        out.raw("      <edge id=\"")
        out.xml(edge.id, attribute: true)
        out.raw("\" source=\"")
        out.xml(edge.source, attribute: true)
        out.raw("\" target=\"")
        out.xml(edge.target, attribute: true)
        out.raw("\" type=\"")
        out.raw(edge.directed ? "directed" : "undirected")
        out.raw("\" weight=\"")
        out.number(edge.weight)
        out.raw("\"")
        let label = pair?.typedKinds ?? (ExportText.isTypedRelation(edge.kind) ? edge.kind : "")
        if !label.isEmpty {
            out.raw(" label=\"")
            out.xml(label, attribute: true)
            out.raw("\"")
        }
        writeInterval(first: edge.firstDate, last: edge.lastDate, to: &out)
        out.raw(">\n        <attvalues>\n")
        if let pair {
            out.raw("          <attvalue for=\"kinds\" value=\"")
            out.xml(pair.kinds, attribute: true)
            out.raw("\"/>\n          <attvalue for=\"score\" value=\"")
            out.number(edge.score)
            out.raw("\"/>\n")
            for (attribute, weight) in pair.attributeWeights {
                out.raw("          <attvalue for=\"")
                out.raw(attribute)
                out.raw("\" value=\"")
                out.number(weight)
                out.raw("\"/>\n")
            }
        } else {
            out.raw("          <attvalue for=\"relation\" value=\"")
            out.xml(edge.kind, attribute: true)
            out.raw("\"/>\n")
        }
        out.raw("          <attvalue for=\"articles\" value=\"")
        out.int(edge.articles)
        out.raw("\"/>\n        </attvalues>\n      </edge>\n")
        try out.endRecord()
    }

    private func writeInterval<S>(first: String?, last: String?, to out: inout ExportWriter<S>) {
        if let first {
            out.raw(" start=\"")
            out.xml(first, attribute: true)
            out.raw("\"")
        }
        if let last {
            out.raw(" end=\"")
            out.xml(last, attribute: true)
            out.raw("\"")
        }
    }
}
