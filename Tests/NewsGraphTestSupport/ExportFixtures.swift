import NewsGraph

/// Graphs the export tests share.
package enum ExportFixtures {
    /// A small graph touching every writer branch: four kinds, aliases, a typed directed relation,
    /// dated and undated edges, `&` and a non-Latin name, and one isolated node.
    package static let small: Graph = {
        let zhanargul = GraphNode(
            label: "Zhanargul Zhumatai", kind: .person, mentions: 7, articles: 2, confidence: 0.92,
            aliases: ["Zhanargul", "Ms. Zhumatai"], firstDate: "2024-03-01", lastDate: "2024-05-12")
        let urumqi = GraphNode(label: "Ürümqi", kind: .place, mentions: 4, articles: 2, confidence: 0.85)
        let acme = GraphNode(
            label: "Smith & Sons", kind: .organization, mentions: 3, articles: 1, confidence: 0.7,
            aliases: ["S&S"])
        let uyghurs = GraphNode(label: "Uyghurs", kind: .group, mentions: 5, articles: 2, confidence: 0.8)
        let tokyo = GraphNode(label: "東京", kind: .place, mentions: 1, articles: 1, confidence: 0.6)
        return Graph(
            nodes: [zhanargul, urumqi, acme, uyghurs, tokyo],
            edges: [
                GraphEdge(
                    source: zhanargul.id, target: urumqi.id, kind: "co-occurrence", weight: 3, articles: 2,
                    firstDate: "2024-03-01", lastDate: "2024-05-12"),
                GraphEdge(
                    source: zhanargul.id, target: acme.id, kind: "director-of", directed: true, weight: 1.5,
                    articles: 1, firstDate: "2024-04-02", lastDate: "2024-04-02"),
                GraphEdge(source: uyghurs.id, target: urumqi.id, kind: "co-occurrence", weight: 2, articles: 2),
                GraphEdge(
                    source: zhanargul.id, target: uyghurs.id, kind: "co-paragraph", weight: 1, articles: 1,
                    firstDate: "2024-05-12", lastDate: "2024-05-12"),
            ])
    }()

    /// Names that break naive writers: markup, DOT syntax and keywords, blank-looking names, huge names,
    /// right-to-left and CJK scripts, control characters.
    package static let hostileNames: [String] = [
        "&", "<", ">", "\"", "'", "A & B <c> \"d\" 'e'", "]]>", "<!-- comment -->", "&amp;", "&lt;b&gt;", "&#0;",
        "<b>bold</b>", "<<html>>", "\\", "ends with backslash \\", "\\\"", "a\\nb", "\\N \\G \\L",
        "{ } [ ] ; = -> --", "node", "EDGE", "Graph", "digraph", "SubGraph", "STRICT", "strict digraph { }",
        "", " ", "   ", "\t", "\n", "\u{200B}", "\u{00A0}", "line one\nline two", "crlf\r\nend", "cr\ronly",
        String(repeating: "x", count: 20_000), String(repeating: "長", count: 20_000),
        String(repeating: "e\u{301}", count: 10_000),
        "عبد الله بن زايد", "שָׁלוֹם", "\u{202E}reversed\u{202C}", "习近平", "東京都", "서울", "👩‍👩‍👧 family",
        "\u{01}bell\u{07}", "\u{1B}[31mred", "nul\u{0}byte", "\u{FFFE}\u{FFFF}non-characters", "\u{7F}del",
        "\u{2028}line\u{2029}separators", "tab\tinside",
    ]

    /// One node per hostile name (kinds cycling), joined in a chain of mixed, partly dated, partly
    /// hostile-kind edges, plus an isolated node.
    package static let hostile: Graph = {
        let nodes = hostileNames.enumerated().map { index, name in
            GraphNode(
                label: name, kind: EntityKind.allCases[index % 4], mentions: index + 1, articles: 1,
                aliases: index % 5 == 0 ? [name, "alias; with \"quotes\""] : [])
        }
        var edges: [GraphEdge] = []
        for index in 1..<nodes.count {
            let kind = index % 3 == 0 ? "rel \"\(hostileNames[index])\" & <x>" : "co-occurrence"
            edges.append(
                GraphEdge(
                    source: nodes[index - 1].id, target: nodes[index].id, kind: kind,
                    directed: index % 2 == 0, weight: Double(index) / 2, articles: index,
                    firstDate: index % 4 == 0 ? "2024-01-0\(index % 9 + 1)" : nil,
                    lastDate: index % 4 == 0 ? "2024-02-0\(index % 9 + 1)" : nil))
        }
        return Graph(nodes: nodes, edges: edges)
    }()

    package static func text(_ exporter: some GraphExporter, _ graph: some GraphSource) throws -> String {
        var sink = MemorySink()
        try exporter.write(graph, to: &sink)
        return sink.text
    }
}
