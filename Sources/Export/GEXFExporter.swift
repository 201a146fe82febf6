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
/// - `viz:color` by kind, matching the DOT and yEd colours.
/// - Characters XML 1.0 forbids are removed (see `ExportWriter.xml`).
///
/// What it does not support: NetworkX's `read_gexf` rejects graphs that mix directed and undirected
/// edges, which Gephi reads; use GraphML for NetworkX. Also `liststring` attributes (aliases are one string), spells (one interval
/// per element), positions and sizes, hierarchies.
public struct GEXFExporter: GraphExporter {
    public var formatName: String { "gexf" }
    public var fileExtension: String { "gexf" }

    public init() {}

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
                  <attribute id="relation" title="relation" type="string"/>
                  <attribute id="articles" title="articles" type="integer"/>
                </attributes>
                <nodes>

            """)
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
        try graph.forEachEdge { edge in
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
            if ExportText.isTypedRelation(edge.kind) {
                out.raw(" label=\"")
                out.xml(edge.kind, attribute: true)
                out.raw("\"")
            }
            writeInterval(first: edge.firstDate, last: edge.lastDate, to: &out)
            out.raw(">\n        <attvalues>\n          <attvalue for=\"relation\" value=\"")
            out.xml(edge.kind, attribute: true)
            out.raw("\"/>\n          <attvalue for=\"articles\" value=\"")
            out.int(edge.articles)
            out.raw("\"/>\n        </attvalues>\n      </edge>\n")
            try out.endRecord()
        }
        out.raw("    </edges>\n  </graph>\n</gexf>\n")
        try out.finish()
        sink = out.sink
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
