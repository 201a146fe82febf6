import NewsGraphCore

/// Cytoscape.js JSON: the `elements` format that `cytoscape({ elements })` and `cy.json()` use, and
/// that Cytoscape desktop imports as "Cytoscape.js JSON".
///
/// Spec: https://js.cytoscape.org/#notation/elements-json
///
/// What it writes: `{"elements": {"nodes": [...], "edges": [...]}}`, one element per line, each a
/// `{"data": {...}, "classes": ...}` object. Node data: `id`, `label`, `kind`, `entity_id` (the store's id, when read
/// from a store), `mentions`, `articles`,
/// `confidence`, `aliases` (array), `firstDate`/`lastDate` when known; node classes: the kind.
/// Edge data: `id`, `source`, `target`, `kind`, `directed`, `weight`, `articles`, `firstDate`/`lastDate`
/// when known, and `label` for typed relations; edge classes: `directed` or `undirected`.
/// Strings are escaped per RFC 8259 (also U+2028/U+2029, which end lines in JavaScript).
///
/// What it does not support: positions (the viewer lays the graph out), styles, compound nodes.
public struct CytoscapeExporter: GraphExporter {
    public var formatName: String { "cytoscape" }
    public var fileExtension: String { "cytoscape.json" }

    public init() {}

    public func write(_ graph: some GraphSource, to sink: inout some OutputSink) throws {
        var out = ExportWriter(sink: sink)
        out.raw(
            "{\"format_version\": \"1.0\", \"generated_by\": \"NewsGraph\", \"target_cytoscapejs_version\": \"~3\",\n")
        out.raw(" \"elements\": {\n  \"nodes\": [")
        var first = true
        try graph.forEachNode { node in
            out.raw(first ? "\n   " : ",\n   ")
            first = false
            out.raw("{\"data\": {\"id\": ")
            out.json(node.id)
            out.raw(", \"label\": ")
            out.json(node.label)
            out.raw(", \"kind\": \"")
            out.raw(node.kind.rawValue)
            out.raw("\"")
            if let entityID = node.entityID {
                out.raw(", \"entity_id\": ")
                out.int(Int(entityID))
            }
            out.raw(", \"mentions\": ")
            out.int(node.mentions)
            out.raw(", \"articles\": ")
            out.int(node.articles)
            out.raw(", \"confidence\": ")
            out.number(node.confidence)
            out.raw(", \"aliases\": [")
            for (index, alias) in node.aliases.enumerated() {
                if index > 0 { out.raw(", ") }
                out.json(alias)
            }
            out.raw("]")
            writeDates(first: node.firstDate, last: node.lastDate, to: &out)
            out.raw("}, \"classes\": \"")
            out.raw(node.kind.rawValue)
            out.raw("\"}")
            try out.endRecord()
        }
        out.raw(first ? "],\n  \"edges\": [" : "\n  ],\n  \"edges\": [")
        first = true
        try graph.forEachEdge { edge in
            out.raw(first ? "\n   " : ",\n   ")
            first = false
            out.raw("{\"data\": {\"id\": ")
            out.json(edge.id)
            out.raw(", \"source\": ")
            out.json(edge.source)
            out.raw(", \"target\": ")
            out.json(edge.target)
            out.raw(", \"kind\": ")
            out.json(edge.kind)
            out.raw(edge.directed ? ", \"directed\": true" : ", \"directed\": false")
            out.raw(", \"weight\": ")
            out.number(edge.weight)
            out.raw(", \"articles\": ")
            out.int(edge.articles)
            writeDates(first: edge.firstDate, last: edge.lastDate, to: &out)
            if ExportText.isTypedRelation(edge.kind) {
                out.raw(", \"label\": ")
                out.json(edge.kind)
            }
            out.raw(edge.directed ? "}, \"classes\": \"directed\"}" : "}, \"classes\": \"undirected\"}")
            try out.endRecord()
        }
        out.raw(first ? "]\n }\n}\n" : "\n  ]\n }\n}\n")
        try out.finish()
        sink = out.sink
    }

    private func writeDates<S>(first: String?, last: String?, to out: inout ExportWriter<S>) {
        if let first {
            out.raw(", \"firstDate\": ")
            out.json(first)
        }
        if let last {
            out.raw(", \"lastDate\": ")
            out.json(last)
        }
    }
}
