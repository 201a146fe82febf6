import Foundation
import Testing
@testable import NewsGraph

/// `Exports/` holds what `newsgraph build seeds --out Exports` makes; this test rebuilds it and compares.
@Test func exportsFolderMatchesWhatTheCodeProducesFromSeeds() throws {
    let folder = Fixtures.temporaryFolder()
    let store = try GraphStore(path: folder.appendingPathComponent("graph.sqlite").path)
    _ = try Ingestor().ingest(paths: [Fixtures.seedFolder.path], into: store)
    try ExportBundle.writeAll(try store.graph(), to: folder.path, renderer: nil)
    let exports = Fixtures.packageRoot.appendingPathComponent("Exports")
    for name in ExportBundle.fileNames {
        let expected = try String(contentsOf: exports.appendingPathComponent(name), encoding: .utf8)
        let actual = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        #expect(expected == actual, "Exports/\(name) is stale: run 'swift run -c release newsgraph build seeds --out Exports'\n\(Golden.diff(expected, actual))")
    }
    let svg = try String(contentsOf: exports.appendingPathComponent("graph.svg"), encoding: .utf8)
    #expect(svg.contains("<svg"))
    #expect(svg.contains("Zhanargul Zhumatai"))
}

/// A typed relation's role word ("director") labels its DOT edge; co-occurrence edges stay unlabelled.
@Test func dotLabelsTypedEdgesWithTheirRole() throws {
    let person = GraphNode(label: "Serikzhan Bilash", kind: .person)
    let group = GraphNode(label: "Atajurt", kind: .organization)
    var typed = GraphEdge(source: person.id, target: group.id, kind: "affiliated-with", directed: true)
    typed.label = "director"
    let plain = GraphEdge(source: person.id, target: group.id, kind: "co-occurrence")
    var sink = MemorySink()
    try DOTExporter().write(Graph(nodes: [person, group], edges: [plain, typed]), to: &sink)
    let dot = String(decoding: sink.bytes, as: UTF8.self)
    #expect(dot.contains("label=\"director\""))
    #expect(!dot.contains("label=\"affiliated-with\""))
    #expect(dot.components(separatedBy: "label=\"director\"").count == 2)
}
