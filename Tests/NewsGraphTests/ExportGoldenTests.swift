import Foundation
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// One golden file per format for `ExportFixtures.small`; re-record with `RECORD_SNAPSHOTS=1`.
@Suite struct ExportGoldenTests {
    static let singleFileCases: [(String, any GraphExporter)] = [
        ("export/graph.graphml", GraphMLExporter()),
        ("export/graph.yed.graphml", GraphMLExporter(yEd: true)),
        ("export/graph.dot", DOTExporter()),
        ("export/graph.gexf", GEXFExporter()),
        ("export/graph.cytoscape.json", CytoscapeExporter()),
    ]

    @Test(arguments: 0..<singleFileCases.count)
    func singleFileFormatMatchesGolden(_ index: Int) throws {
        let (golden, exporter) = Self.singleFileCases[index]
        Snapshot.assertMatches(try ExportFixtures.text(exporter, ExportFixtures.small), golden: golden)
    }

    @Test func neo4jCSVMatchesGolden() throws {
        var nodes = MemorySink()
        var relationships = MemorySink()
        try Neo4jCSVExporter().write(ExportFixtures.small, nodes: &nodes, relationships: &relationships)
        Snapshot.assertMatches(nodes.text, golden: "export/neo4j/nodes.csv")
        Snapshot.assertMatches(relationships.text, golden: "export/neo4j/relationships.csv")
    }

    @Test func outputDoesNotDependOnInputOrder() throws {
        var shuffled = ExportFixtures.small
        shuffled.nodes.reverse()
        shuffled.edges.reverse()
        for (_, exporter) in Self.singleFileCases {
            #expect(try ExportFixtures.text(exporter, shuffled) == ExportFixtures.text(exporter, ExportFixtures.small))
        }
    }
}
