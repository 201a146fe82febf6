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
            print(json.dumps({"nodes": len(expected), "exported": len(by_label), "worst": worst}))
            """
        struct Comparison: Decodable {
            var nodes: Int
            var exported: Int
            var worst: Double
        }
        let result = try ExternalTool.python(
            script, [folder.file("graph.graphml"), folder.file("kg.sqlite")], as: Comparison.self)
        #expect(result.nodes == graph.nodes.count && result.exported == result.nodes)
        #expect(result.worst < 1e-9)
    }
}
