import Foundation
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// Every format, written for `ExportFixtures.hostile`, must open in the tool it is made for and give
/// back the same nodes, edges and names.
///
/// Tools: xmllint (GraphML schema), python3 with networkx, Graphviz (`dot`, `gc`), igraph when installed.
/// With `CI=true` a missing tool fails these tests instead of skipping them (igraph excepted).
@Suite struct ExportHostileNamesTests {
    let graph = ExportFixtures.hostile

    struct ReadBack: Decodable {
        var nodes: Int
        var edges: Int
        var labels: [String: String]
        var kinds: [String: String]?
        var weights: [Double]?
        var relations: [String]?
    }

    /// What an XML reader must give back for each node id.
    var expectedXMLLabels: [String: String] {
        Dictionary(
            uniqueKeysWithValues: graph.nodes.map { ($0.id, ExportText.removingXMLForbiddenCharacters($0.label)) })
    }

    static let networkxReader = """
        import sys, json, networkx as nx
        G = nx.read_graphml(sys.argv[1])
        print(json.dumps({"nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
            "labels": {n: d.get("label") or "" for n, d in G.nodes(data=True)},
            "kinds": {n: d.get("kind") for n, d in G.nodes(data=True)},
            "weights": sorted(float(e[-1]["weight"]) for e in G.edges(data=True)),
            "relations": sorted(e[-1]["relation"] for e in G.edges(data=True))}))
        """

    func write(_ exporter: some GraphExporter, in folder: TemporaryFolder, name: String) throws -> String {
        let path = folder.file(name)
        try FileSink.writing(to: path) { sink in try exporter.write(graph, to: &sink) }
        return path
    }

    @Test func hostileFixtureReallyIsHostile() {
        #expect(graph.nodes.count == ExportFixtures.hostileNames.count)
        #expect(Set(graph.nodes.map(\.id)).count == graph.nodes.count, "names must map to distinct ids")
        #expect(graph.nodes.contains { $0.label.utf8.count > 16_384 })
        #expect(
            graph.nodes.contains {
                $0.label.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" }
            })
    }

    @Test(.enabled(if: ExternalTool.isAvailable("xmllint")))
    func graphMLValidatesAgainstTheSchema() throws {
        try ExternalTool.require("xmllint")
        let folder = try TemporaryFolder()
        let path = try write(GraphMLExporter(), in: folder, name: "hostile.graphml")
        let validator = Fixtures.packageRoot.appendingPathComponent("../shared/graphml-xsd/validate.sh")
            .standardized.path
        #expect(
            FileManager.default.fileExists(atPath: validator), "the schema kit is expected at ../shared/graphml-xsd")
        let result = try ExternalTool.run("bash", [validator, path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test(.enabled(if: ExternalTool.isAvailable(pythonModule: "networkx")), arguments: [false, true])
    func graphMLRoundTripsThroughNetworkX(yEd: Bool) throws {
        try ExternalTool.require(pythonModule: "networkx")
        let folder = try TemporaryFolder()
        // One edge per relation, so each hostile kind comes back as its own `relation` value.
        let path = try write(GraphMLExporter(yEd: yEd, edges: .perRelation), in: folder, name: "hostile.graphml")
        let back = try ExternalTool.python(Self.networkxReader, [path], as: ReadBack.self)
        #expect(back.nodes == graph.nodes.count)
        #expect(back.edges == graph.edges.count)
        let expected = expectedXMLLabels
        for (id, label) in expected where back.labels[id] != label {
            Issue.record(
                "label of \(id) came back as \(String(reflecting: back.labels[id]?.prefix(60))), expected \(String(reflecting: label.prefix(60)))"
            )
        }
        #expect(back.kinds == Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, $0.kind.rawValue) }))
        #expect(back.weights == graph.edges.map(\.weight).sorted())
        #expect(back.relations == graph.edges.map { ExportText.removingXMLForbiddenCharacters($0.kind) }.sorted())
    }

    @Test(.enabled(if: ExternalTool.hasPythonModule("igraph")))
    func graphMLReadsInIGraph() throws {
        let folder = try TemporaryFolder()
        let path = try write(GraphMLExporter(), in: folder, name: "hostile.graphml")
        let script = """
            import sys, json, igraph
            g = igraph.Graph.Read_GraphML(sys.argv[1])
            print(json.dumps({"nodes": g.vcount(), "edges": g.ecount(),
                "labels": {v["id"]: (v["label"] or "") for v in g.vs},
                "kinds": {v["id"]: v["kind"] for v in g.vs},
                "weights": sorted(g.es["weight"]), "relations": sorted(g.es["relation"])}))
            """
        let back = try ExternalTool.python(script, [path], as: ReadBack.self)
        #expect(back.nodes == graph.nodes.count)
        #expect(back.edges == graph.edges.count)
        #expect(back.labels == expectedXMLLabels)
        #expect(back.weights == graph.edges.map(\.weight).sorted())
    }

    @Test(.enabled(if: ExternalTool.isAvailable("dot")))
    func dotParsesInGraphvizWithEveryNodeAndEdge() throws {
        try ExternalTool.require("dot")
        let folder = try TemporaryFolder()
        let path = try write(DOTExporter(), in: folder, name: "hostile.dot")
        let canon = try ExternalTool.run("dot", ["-Tcanon", path])
        #expect(canon.status == 0, "dot -Tcanon failed: \(canon.stderr.prefix(500))")
        #expect(!canon.stderr.contains("Error"), "\(canon.stderr.prefix(500))")
        // gc counts what Graphviz read: our nodes plus the four legend nodes, and every edge.
        let counts = try ExternalTool.run("gc", ["-n", "-e", path])
        let numbers = counts.stdout.split(separator: " ", omittingEmptySubsequences: true).prefix(2).compactMap {
            Int($0)
        }
        #expect(
            numbers == [graph.nodes.count + EntityKind.allCases.count, graph.edges.count], "gc said: \(counts.stdout)")
    }

    @Test(.enabled(if: ExternalTool.isAvailable("dot") && ExternalTool.isAvailable("xmllint")))
    func dotRendersToWellFormedSVG() throws {
        try ExternalTool.require("dot")
        try ExternalTool.require("xmllint")
        let folder = try TemporaryFolder()
        let path = try write(DOTExporter(), in: folder, name: "hostile.dot")
        let svg = folder.file("hostile.svg")
        let render = try ExternalTool.run("dot", ["-Tsvg", path, "-o", svg])
        #expect(render.status == 0, "\(render.stderr.prefix(500))")
        let lint = try ExternalTool.run("xmllint", ["--noout", svg])
        #expect(lint.status == 0, "\(lint.stderr.prefix(500))")

        // What Graphviz drew: names must show as written, not as Graphviz escapes or entities.
        let script = """
            import sys, json, xml.etree.ElementTree as ET
            texts = [t.text or "" for t in ET.parse(sys.argv[1]).getroot().iter("{http://www.w3.org/2000/svg}text")]
            print(json.dumps({"nodes": 0, "edges": 0, "labels": {str(i): t for i, t in enumerate(texts)}}))
            """
        let drawn = Set(try ExternalTool.python(script, [svg], as: ReadBack.self).labels.values)
        for name in [
            "A & B <c> \"d\" 'e'", "&amp;", "&lt;b&gt;", "<b>bold</b>", "\\N \\G \\L", "ends with backslash \\",
            "\\\"", "{ } [ ] ; = -> --", "node", "STRICT", "strict digraph { }", "عبد الله بن زايد", "习近平",
            "line one", "line two", "bell",
        ] {
            #expect(drawn.contains(name), "Graphviz did not draw \(String(reflecting: name))")
        }
        #expect(drawn.contains { $0.hasPrefix("xxxxxxxx") && $0.hasSuffix("…") })
    }

    @Test(.enabled(if: ExternalTool.isAvailable("python3")))
    func gexfParsesBackInPython() throws {
        try ExternalTool.require("python3")
        let folder = try TemporaryFolder()
        let path = try write(GEXFExporter(), in: folder, name: "hostile.gexf")
        let script = """
            import sys, json, xml.etree.ElementTree as ET
            ns = {"g": "http://www.gexf.net/1.2draft"}
            root = ET.parse(sys.argv[1]).getroot()
            nodes = root.findall("g:graph/g:nodes/g:node", ns)
            edges = root.findall("g:graph/g:edges/g:edge", ns)
            print(json.dumps({"nodes": len(nodes), "edges": len(edges),
                "labels": {n.get("id"): n.get("label") for n in nodes},
                "weights": sorted(float(e.get("weight")) for e in edges)}))
            """
        let back = try ExternalTool.python(script, [path], as: ReadBack.self)
        #expect(back.nodes == graph.nodes.count)
        #expect(back.edges == graph.edges.count)
        #expect(back.labels == expectedXMLLabels)
        #expect(back.weights == graph.edges.map(\.weight).sorted())
    }

    @Test(.enabled(if: ExternalTool.isAvailable("python3")))
    func cytoscapeJSONParsesBackInPythonWithExactNames() throws {
        try ExternalTool.require("python3")
        let folder = try TemporaryFolder()
        let path = try write(CytoscapeExporter(), in: folder, name: "hostile.json")
        let script = """
            import sys, json
            doc = json.load(open(sys.argv[1], encoding="utf-8"))
            nodes, edges = doc["elements"]["nodes"], doc["elements"]["edges"]
            print(json.dumps({"nodes": len(nodes), "edges": len(edges),
                "labels": {n["data"]["id"]: n["data"]["label"] for n in nodes},
                "relations": sorted(e["data"]["kind"] for e in edges)}))
            """
        let back = try ExternalTool.python(script, [path], as: ReadBack.self)
        #expect(back.nodes == graph.nodes.count)
        #expect(back.edges == graph.edges.count)
        // JSON can carry every character, so names come back unchanged.
        #expect(back.labels == Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, $0.label) }))
        #expect(back.relations == graph.edges.map(\.kind).sorted())
    }

    @Test(.enabled(if: ExternalTool.isAvailable("python3")))
    func neo4jCSVParsesBackInPython() throws {
        try ExternalTool.require("python3")
        let folder = try TemporaryFolder()
        try Neo4jCSVExporter().write(graph, toFolder: folder.path)
        let script = """
            import sys, csv, json
            with open(sys.argv[1] + "/nodes.csv", newline="", encoding="utf-8") as f:
                nodes = list(csv.DictReader(f))
            with open(sys.argv[1] + "/relationships.csv", newline="", encoding="utf-8") as f:
                edges = list(csv.DictReader(f))
            print(json.dumps({"nodes": len(nodes), "edges": len(edges),
                "labels": {r["id:ID"]: r["name"] for r in nodes},
                "relations": sorted(r[":TYPE"] for r in edges)}))
            """
        let back = try ExternalTool.python(script, [folder.path], as: ReadBack.self)
        #expect(back.nodes == graph.nodes.count)
        #expect(back.edges == graph.edges.count)
        // Line breaks and tabs become spaces, other control characters go (see Neo4jCSVExporter).
        let expected = Dictionary(
            uniqueKeysWithValues: graph.nodes.map { node in
                (
                    node.id,
                    String(
                        String.UnicodeScalarView(
                            node.label.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
                                if scalar == "\n" || scalar == "\r" || scalar == "\t" { return " " }
                                return scalar.value < 0x20 || scalar.value == 0x7F ? nil : scalar
                            }))
                )
            })
        #expect(back.labels == expected)
        #expect(back.labels.values.contains("crlf  end"))
        let typePattern = /[A-Z][A-Z0-9_]*/
        for type in back.relations ?? [] {
            #expect(type.wholeMatch(of: typePattern) != nil, "relationship type '\(type)' is not a plain Neo4j type")
        }
    }
}
