import NewsGraphCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// DOT: Graphviz's graph language, for `dot`, `sfdp` and every tool built on Graphviz.
///
/// Spec: https://graphviz.org/doc/info/lang.html (attributes: https://graphviz.org/doc/info/attrs.html).
///
/// What it writes:
/// - One `digraph`; undirected edges get `dir=none`, so mixed graphs need no second pass.
/// - Every id and label double-quoted: keywords (`node`, `edge`, `graph`, `digraph`, `subgraph`,
///   `strict`, in any case) are then plain strings. In labels `\` becomes `\\` (Graphviz would
///   otherwise read `\n`, `\N`, `\G`... as escapes), `"` becomes `\"`, `&` becomes `&amp;` (Graphviz
///   decodes HTML entities in labels, so a name containing `&lt;` would otherwise lose it), line
///   breaks become `\n`, other control characters are dropped. Labels start with `"`, never `<`,
///   so they are never HTML labels. Non-Latin scripts are written as UTF-8 (`charset="UTF-8"`).
/// - Labels whose escaped form exceeds `maxLabelBytes` are cut at a character boundary and end in
///   `…`: Graphviz refuses quoted strings longer than 16,384 bytes.
/// - Ids that are not plain ASCII tokens are replaced by a stable hash (`ExportText.xmlToken`).
/// - Shape and fill colour by kind (`KindStyle`) with a legend cluster; pen width grows with the log
///   of the weight; typed relations (anything but co-occurrence) carry their kind as edge label.
/// - No `layout` attribute: the program that reads the file lays it out (`sfdp -Tsvg graph.dot` runs
///   sfdp). For a graph too large for `dot` (`GraphvizRenderer.engine(nodeCount:edgeCount:)`), the
///   attributes sfdp needs to stay readable (`overlap=prism`, edges drawn first, straight lines) are set.
///
/// What it does not support: node positions, ports, record or HTML labels, and the graph's
/// numeric attributes (mentions, confidence, articles), which DOT tools would ignore.
public struct DOTExporter: GraphExporter {
    /// Longest escaped label written; Graphviz's scanner stops at 16,384 bytes.
    public static let maxLabelBytes = 16_000

    public var formatName: String { "dot" }
    public var fileExtension: String { "dot" }

    public init() {}

    public func write(_ graph: some GraphSource, to sink: inout some OutputSink) throws {
        let summary = try graph.summary()
        let engine = GraphvizRenderer.engine(nodeCount: summary.nodeCount, edgeCount: summary.edgeCount)
        var out = ExportWriter(sink: sink)
        out.raw("digraph \"newsgraph\" {\n")
        out.raw("  graph [charset=\"UTF-8\"")
        if engine == "sfdp" {
            out.raw(", overlap=\"prism\", outputorder=\"edgesfirst\", splines=\"false\"")
        }
        out.raw("];\n")
        out.raw("  node [style=\"filled\", fontname=\"Helvetica\", fontsize=\"10\"];\n")
        out.raw("  edge [color=\"#66666699\", fontname=\"Helvetica\", fontsize=\"8\"];\n")
        out.raw("  subgraph \"cluster_legend\" {\n    graph [label=\"Legend\", style=\"dashed\"];\n")
        for kind in EntityKind.allCases {
            let style = KindStyle(kind)
            out.raw(
                "    \"legend.\(kind.rawValue)\" [label=\"\(kind.rawValue)\", shape=\"\(style.dotShape)\", fillcolor=\"\(style.fillColor)\"];\n"
            )
        }
        out.raw("  }\n")

        try graph.forEachNode { node in
            let style = KindStyle(node.kind)
            out.raw("  \"")
            out.raw(ExportText.xmlToken(node.id))
            out.raw("\" [label=\"")
            out.raw(Self.label(node.label))
            out.raw("\", shape=\"")
            out.raw(style.dotShape)
            out.raw("\", fillcolor=\"")
            out.raw(style.fillColor)
            out.raw("\"];\n")
            try out.endRecord()
        }

        try graph.forEachEdge { edge in
            out.raw("  \"")
            out.raw(ExportText.xmlToken(edge.source))
            out.raw("\" -> \"")
            out.raw(ExportText.xmlToken(edge.target))
            out.raw("\" [penwidth=\"")
            out.number(Self.penWidth(weight: edge.weight))
            out.raw("\"")
            if !edge.directed { out.raw(", dir=\"none\"") }
            if ExportText.isTypedRelation(edge.kind) {
                // The role word says more than the kind: "director" rather than "affiliated-with".
                out.raw(", label=\"")
                out.raw(Self.label(edge.label.isEmpty ? edge.kind : edge.label))
                out.raw("\"")
            }
            out.raw("];\n")
            try out.endRecord()
        }
        out.raw("}\n")
        try out.finish()
        sink = out.sink
    }

    /// Line width for an edge: 1 for weight 1, growing with log2 of the weight, at most 8.
    public static func penWidth(weight: Double) -> Double {
        guard weight > 1 else { return 1 }
        return min(8, 1 + log2(weight))
    }

    /// `text` escaped for the inside of a quoted DOT label (see the file header), shortened if needed.
    public static func label(_ text: String) -> String {
        let clean = text.utf8.allSatisfy {
            $0 >= 0x20 && $0 != UInt8(ascii: "\\") && $0 != UInt8(ascii: "\"")
                && $0 != UInt8(ascii: "&") && $0 != 0x7F && $0 != 0xEF
        }
        if clean && text.utf8.count <= maxLabelBytes { return text }
        var result = ""
        result.reserveCapacity(min(text.utf8.count + 8, maxLabelBytes))
        // Whole characters (grapheme clusters), so a cut never splits one and CR LF is one break.
        for character in text {
            var piece = ""
            for scalar in character.unicodeScalars {
                switch scalar {
                case "\\": piece += "\\\\"
                case "\"": piece += "\\\""
                case "&": piece += "&amp;"
                case "\n", "\r": if !piece.hasSuffix("\\n") { piece += "\\n" }
                case "\t": piece += " "
                default:
                    if scalar.value >= 0x20 && scalar.value != 0x7F && scalar.value != 0xFFFE && scalar.value != 0xFFFF
                    {
                        piece.unicodeScalars.append(scalar)
                    }
                }
            }
            if result.utf8.count + piece.utf8.count > maxLabelBytes - 3 {
                return result + "…"
            }
            result += piece
        }
        return result
    }
}
