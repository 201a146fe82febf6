import Foundation
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// `Exports/` holds what `newsgraph build seeds --out Exports` makes; this test rebuilds it and compares.
@Test func exportsFolderMatchesWhatTheCodeProducesFromSeeds() throws {
    let folder = TemporaryFolder.untilExit()
    let store = try GraphStore(path: folder.appendingPathComponent("graph.sqlite").path)
    _ = try Ingestor().ingest(paths: [Fixtures.seedFolder.path], into: store)
    try ExportBundle.writeAll(try store.graph(), to: folder.path, renderer: nil)
    let exports = Fixtures.packageRoot.appendingPathComponent("Exports")
    for name in ExportBundle.fileNames {
        let expected = try String(contentsOf: exports.appendingPathComponent(name), encoding: .utf8)
        let actual = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        #expect(
            expected == actual,
            "Exports/\(name) is stale: run 'swift run -c release newsgraph build seeds --out Exports'\n\(Snapshot.diff(expected, actual))"
        )
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

/// Golden files for the seed, one per stage, so a diff names the stage that changed:
/// cleaned blocks, sentences, mentions (with rule, confidence and entity) and relations.
@Suite struct SeedStageGoldenTests {
    let analyzed: AnalyzedArticle

    init() throws {
        analyzed = Analyzer().analyze(try ArticleReader().articles(inFile: Fixtures.seedFile.path)[0])
    }

    func lines(_ ranges: [TextRange]) -> String {
        ranges.map {
            "\($0.start)-\($0.end)\t" + analyzed.document.text[$0].replacingOccurrences(of: "\n", with: " ") + "\n"
        }.joined()
    }

    @Test func cleanedBlocks() {
        Snapshot.assertMatches(lines(analyzed.document.blocks), golden: "golden/seed.blocks.txt")
    }

    @Test func sentences() {
        Snapshot.assertMatches(lines(analyzed.document.sentences.map(\.range)), golden: "golden/seed.sentences.txt")
    }

    @Test func mentions() { Snapshot.assertMatches(MentionOutput.tsv(analyzed), golden: "golden/seed.mentions.tsv") }

    @Test func relations() {
        let rows = analyzed.relations.map { r in
            "\(r.source.name) (\(r.source.kind.rawValue))\t\(r.kind)\(r.label.map { " [\($0)]" } ?? "")\t"
                + "\(r.target.name) (\(r.target.kind.rawValue))\t"
                + r.evidence.map { "\($0.rule)@\($0.sentence)" }.joined(separator: ",") + "\n"
        }
        Snapshot.assertMatches(rows.joined(), golden: "golden/seed.relations.tsv")
    }
}
