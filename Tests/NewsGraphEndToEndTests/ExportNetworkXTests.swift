import Foundation
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// The GraphML export read by NetworkX (moved out of ExportFormatTests: it runs python3).
@Suite struct ExportNetworkXTests {
    /// What an analyst computes first: NetworkX's PageRank on the exported file equals PageRank on the store's
    /// relations taken as an undirected graph whose pair weights add up (read straight from SQLite).
    @Test(.enabled(if: ExternalTool.isAvailable(pythonModule: "networkx")))
    func networkXPageRankOnTheGraphMLIsPageRankOnTheUndirectedGraph() throws {
        try ExternalTool.require(pythonModule: "networkx")
        let folder = try TemporaryFolder()
        let store = try GraphStore(path: folder.file("kg.sqlite"))
        _ = try Ingestor().ingest(paths: [Fixtures.seedFolder.path], into: store)
        let graph = try store.graph()
        #expect(graph.edges.contains { $0.directed })
        try FileSink.writing(to: folder.file("graph.graphml")) { sink in try GraphMLExporter().write(graph, to: &sink) }
        let script = """
            import sys, json, sqlite3, networkx as nx
            G = nx.read_graphml(sys.argv[1])
            assert not G.is_directed()
            assert not G.is_multigraph()
            for a, b, data in G.edges(data=True):
                kinds = sum(v for k, v in data.items() if k.startswith("weight_"))
                assert abs(kinds - data["weight"]) < 1e-9, (a, b, data)
            folded = sum(1 for _, _, data in G.edges(data=True) if ";" in data["kinds"])
            exported = nx.pagerank(G, weight="weight")
            by_label = {(G.nodes[n]["label"], G.nodes[n]["kind"]): v for n, v in exported.items()}
            db = sqlite3.connect(sys.argv[2])
            U = nx.Graph()
            for name, kind in db.execute("SELECT name, kind FROM entity"):
                U.add_node((name, kind))
            for a, ak, b, bk, w in db.execute(
                    "SELECT s.name, s.kind, t.name, t.kind, r.weight FROM relation r "
                    "JOIN entity s ON s.id = r.source_id JOIN entity t ON t.id = r.target_id"):
                previous = U.get_edge_data((a, ak), (b, bk), {"weight": 0})["weight"]
                U.add_edge((a, ak), (b, bk), weight=previous + w)
            expected = nx.pagerank(U, weight="weight")
            worst = max(abs(by_label[k] - v) for k, v in expected.items())
            print(json.dumps({"nodes": len(expected), "exported": len(by_label), "worst": worst,
                "edges": G.number_of_edges(), "pairs": U.number_of_edges(), "folded": folded}))
            """
        struct Comparison: Decodable {
            var nodes: Int
            var exported: Int
            var worst: Double
            var edges: Int
            var pairs: Int
            var folded: Int
        }
        let result = try ExternalTool.python(
            script, [folder.file("graph.graphml"), folder.file("kg.sqlite")], as: Comparison.self)
        #expect(result.nodes == graph.nodes.count && result.exported == result.nodes)
        #expect(result.worst < 1e-9)
        // One edge per pair, and the seeds do have pairs joined by several kinds.
        #expect(result.edges == result.pairs && result.edges < graph.edges.count)
        #expect(result.folded > 0)
    }

    /// `--edges per-relation`: the old shape, one edge per relation, which NetworkX reads as a MultiGraph.
    @Test(.enabled(if: ExternalTool.isAvailable(pythonModule: "networkx")))
    func perRelationGraphMLIsAMultiGraph() throws {
        try ExternalTool.require(pythonModule: "networkx")
        let folder = try TemporaryFolder()
        let (a, b) = (GraphNode(label: "A", kind: .person), GraphNode(label: "B", kind: .organization))
        let graph = Graph(
            nodes: [a, b],
            edges: [
                GraphEdge(source: a.id, target: b.id, kind: "co-occurrence", weight: 2),
                GraphEdge(source: a.id, target: b.id, kind: "affiliated-with", directed: true),
            ])
        struct Shape: Decodable {
            var multi: Bool
            var edges: Int
        }
        let script = """
            import sys, json, networkx as nx
            G = nx.read_graphml(sys.argv[1])
            print(json.dumps({"multi": G.is_multigraph(), "edges": G.number_of_edges()}))
            """
        for (shape, multi, edges) in [(EdgeShape.perRelation, true, 2), (.perPair, false, 1)] {
            let path = folder.file("\(shape.rawValue).graphml")
            try FileSink.writing(to: path) { sink in try GraphMLExporter(edges: shape).write(graph, to: &sink) }
            let back = try ExternalTool.python(script, [path], as: Shape.self)
            #expect(back.multi == multi && back.edges == edges, "\(shape.rawValue)")
        }
    }
}
