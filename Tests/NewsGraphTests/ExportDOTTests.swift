import Foundation
import NewsGraphBenchSupport
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

@Suite struct ExportDOTTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("say \"hi\"", "say \\\"hi\\\""),
        ("back\\slash", "back\\\\slash"),
        ("ends\\", "ends\\\\"),
        ("\\N is not the node name", "\\\\N is not the node name"),
        ("AT&T &lt;", "AT&amp;T &amp;lt;"),
        ("<b>not html</b>", "<b>not html</b>"),
        ("two\nlines", "two\\nlines"),
        ("crlf\r\nonce", "crlf\\nonce"),
        ("tab\there", "tab here"),
        ("bell\u{07}nul\u{0}esc\u{1B}", "bellnulesc"),
        ("東京 عبد الله", "東京 عبد الله"),
    ])
    func labelEscaping(_ name: String, _ escaped: String) {
        #expect(DOTExporter.label(name) == escaped)
    }

    @Test(arguments: ["node", "NODE", "Edge", "graph", "DiGraph", "subgraph", "Strict"])
    func keywordsAreQuotedLabels(_ keyword: String) throws {
        let graph = Graph(
            nodes: [
                GraphNode(id: keyword, label: keyword, kind: .person),
                GraphNode(label: "other", kind: .place),
            ],
            edges: [
                GraphEdge(
                    source: keyword, target: GraphNode.stableID(name: "other", kind: .place), kind: "co-occurrence")
            ])
        let dot = try ExportFixtures.text(DOTExporter(), graph)
        #expect(dot.contains("  \"\(keyword)\" [label=\"\(keyword)\""))
        #expect(dot.contains("  \"\(keyword)\" -> \""))
    }

    @Test func idsThatAreNotPlainTokensAreHashed() throws {
        let node = GraphNode(id: "has \"quote\" and \\", label: "x", kind: .group)
        let dot = try ExportFixtures.text(DOTExporter(), Graph(nodes: [node]))
        #expect(!dot.contains("has \\\"quote"))
        #expect(dot.contains("\"\(ExportText.xmlToken(node.id))\" [label=\"x\""))
        #expect(ExportText.xmlToken(node.id).hasPrefix("x"))
        #expect(ExportText.xmlToken(node.id).count == 17)
    }

    @Test(arguments: [
        String(repeating: "a", count: 20_000), String(repeating: "長", count: 20_000),
        String(repeating: "\"", count: 20_000), String(repeating: "👩‍👩‍👧", count: 3_000),
    ])
    func longLabelsAreShortenedBelowGraphvizLimit(_ name: String) {
        let label = DOTExporter.label(name)
        #expect(label.utf8.count <= DOTExporter.maxLabelBytes)
        #expect(label.utf8.count > DOTExporter.maxLabelBytes - 40, "shortened far more than needed")
        #expect(label.hasSuffix("…"))
        #expect(!label.dropLast().hasSuffix("\\") || label.dropLast().hasSuffix("\\\""), "cut inside an escape")
        // Whole characters only: the kept part is a prefix of the escaped full name.
        let kept = String(label.dropLast())
        #expect(name.hasPrefix(kept.replacingOccurrences(of: "\\\"", with: "\"")))
    }

    @Test func shortLabelsAreNotShortened() {
        let name = String(repeating: "b", count: DOTExporter.maxLabelBytes)
        #expect(DOTExporter.label(name) == name)
    }

    @Test func largeGraphsAskForSfdpWithOverlapRemoval() throws {
        let dot = try ExportFixtures.text(DOTExporter(), SyntheticGraph(nodeCount: 1001, edgeCount: 10))
        #expect(dot.contains("graph [charset=\"UTF-8\", overlap=\"prism\""))
        let small = try ExportFixtures.text(DOTExporter(), SyntheticGraph(nodeCount: 100, edgeCount: 10))
        #expect(small.contains("graph [charset=\"UTF-8\"]"))
        #expect(!small.contains("overlap"))
    }

    @Test(arguments: [(0.5, 1.0), (1, 1), (2, 2), (8, 4), (1_000_000, 8)])
    func penWidthGrowsWithLogWeight(_ weight: Double, _ width: Double) {
        #expect(DOTExporter.penWidth(weight: weight) == width)
    }

    @Test func typedRelationsAreLabelledAndUndirectedOnesHaveNoArrow() throws {
        let dot = try ExportFixtures.text(DOTExporter(), ExportFixtures.small)
        let lines = dot.split(separator: "\n").filter { $0.contains(" -> ") }
        #expect(lines.filter { $0.contains("label=\"director-of\"") }.count == 1)
        #expect(lines.filter { $0.contains("label=") }.count == 1, "co-occurrence edges carry no label")
        #expect(lines.filter { $0.contains("dir=\"none\"") }.count == 3)
    }

    @Test func legendShowsEveryKindWithItsShape() throws {
        let dot = try ExportFixtures.text(DOTExporter(), Graph())
        for kind in EntityKind.allCases {
            #expect(
                dot.contains(
                    "\"legend.\(kind.rawValue)\" [label=\"\(kind.rawValue)\", shape=\"\(KindStyle(kind).dotShape)\""))
        }
        #expect(Set(EntityKind.allCases.map { KindStyle($0).dotShape }).count == 4)
    }
}
