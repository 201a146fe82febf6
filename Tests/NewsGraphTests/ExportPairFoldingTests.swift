import Foundation
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// GraphML and GEXF write one edge per unordered pair by default (`PairEdge`), one per relation on request.
@Suite struct ExportPairFoldingTests {
    /// Alice and Acme: a co-occurrence (weight 3, Alice-Acme) and a directed affiliation (weight 2, Alice->Acme);
    /// Alice and Bogotá: one co-occurrence. Edges are given out of pair order on purpose.
    static let graph: Graph = {
        let alice = GraphNode(label: "Alice Martin", kind: .person, mentions: 2, articles: 1)
        let acme = GraphNode(label: "Acme Corp", kind: .organization, mentions: 2, articles: 1)
        let bogota = GraphNode(label: "Bogotá", kind: .place, mentions: 1, articles: 1)
        var together = GraphEdge(source: acme.id, target: alice.id, kind: "co-occurrence", weight: 3, articles: 2)
        together.score = 4.5
        var works = GraphEdge(
            source: alice.id, target: acme.id, kind: "affiliated-with", directed: true, weight: 2, articles: 1,
            firstDate: "2024-01-02", lastDate: "2024-03-04")
        works.score = 7.25
        let visits = GraphEdge(source: alice.id, target: bogota.id, kind: "co-occurrence", weight: 1)
        return Graph(nodes: [alice, acme, bogota], edges: [together, visits, works])
    }()

    /// Each `<edge>`'s attributes and `<data>` values by key.
    final class GraphMLEdges: NSObject, XMLParserDelegate {
        var edges: [(attributes: [String: String], data: [String: String])] = []
        var key: String?
        var text = ""
        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            if name == "edge" { edges.append((attributes, [:])) }
            if name == "data", !edges.isEmpty { (key, text) = (attributes["key"], "") }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
        func parser(
            _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
        ) {
            if name == "data", let key, !edges.isEmpty { edges[edges.count - 1].data[key] = text }
            key = nil
        }
    }

    func edges(_ exporter: GraphMLExporter) throws -> [(attributes: [String: String], data: [String: String])] {
        let parser = XMLParser(data: Data(try ExportFixtures.text(exporter, Self.graph).utf8))
        let delegate = GraphMLEdges()
        parser.delegate = delegate
        #expect(parser.parse())
        return delegate.edges
    }

    @Test func graphMLWritesOneEdgePerPairWhosePerKindWeightsSumToItsWeight() throws {
        let edges = try edges(GraphMLExporter())
        #expect(edges.count == 2)
        let pairs = edges.map { Set([$0.attributes["source"] ?? "", $0.attributes["target"] ?? ""]) }
        #expect(Set(pairs).count == 2, "two edges for one pair: \(pairs)")
        let folded = try #require(edges.first { $0.data["kinds"] == "affiliated-with;co-occurrence" })
        #expect(folded.data["weight"] == "5")
        #expect(folded.data["weight_affiliated_with"] == "2")
        #expect(folded.data["weight_co_occurrence"] == "3")
        let perKind = folded.data.filter { $0.key.hasPrefix("weight_") }.compactMap { Double($0.value) }
        #expect(perKind.reduce(0, +) == Double(folded.data["weight"] ?? ""))
        #expect(folded.data["score"] == "7.25")
        #expect(folded.data["evidence_articles"] == "2")
        #expect(folded.data["first_date"] == "2024-01-02" && folded.data["last_date"] == "2024-03-04")
        // The direction of the typed relation is kept: the edge runs Alice -> Acme and says it is directed.
        let alice = GraphNode.stableID(name: "Alice Martin", kind: .person)
        #expect(folded.attributes["source"] == alice && folded.data["directed"] == "true")
        #expect(folded.data["relation"] == nil)
        let single = try #require(edges.first { $0.data["kinds"] == "co-occurrence" })
        #expect(single.data["weight"] == "1" && single.data["weight_co_occurrence"] == "1")
        #expect(single.data["weight_affiliated_with"] == nil && single.data["directed"] == "false")
    }

    @Test func perRelationKeepsParallelEdges() throws {
        let edges = try edges(GraphMLExporter(edges: .perRelation))
        #expect(edges.count == 3)
        #expect(
            edges.map { $0.data["relation"] ?? "" }.sorted() == ["affiliated-with", "co-occurrence", "co-occurrence"])
        #expect(edges.allSatisfy { $0.data["kinds"] == nil && $0.data["weight_co_occurrence"] == nil })
    }

    @Test func gexfFoldsLikeGraphML() throws {
        let text = try ExportFixtures.text(GEXFExporter(), Self.graph)
        #expect(text.components(separatedBy: "<edge ").count - 1 == 2)
        #expect(text.contains("weight=\"5\" label=\"affiliated-with\""))
        #expect(text.contains("<attvalue for=\"kinds\" value=\"affiliated-with;co-occurrence\"/>"))
        #expect(text.contains("<attribute id=\"weight_other\" title=\"weight_other\" type=\"double\"/>"))
        let perRelation = try ExportFixtures.text(GEXFExporter(edges: .perRelation), Self.graph)
        #expect(perRelation.components(separatedBy: "<edge ").count - 1 == 3)
        #expect(!perRelation.contains("kinds"))
    }

    @Test func anUnknownKindIsCountedInWeightOther() throws {
        var graph = Self.graph
        graph.edges[1].kind = "sister-of"
        let parser = XMLParser(data: Data(try ExportFixtures.text(GraphMLExporter(), graph).utf8))
        let delegate = GraphMLEdges()
        parser.delegate = delegate
        #expect(parser.parse())
        let edge = try #require(delegate.edges.first { $0.data["kinds"] == "sister-of" })
        #expect(edge.data["weight_other"] == "1" && edge.data["weight"] == "1")
    }

    @Test func edgesOnlyApplyToFormatsThatFold() throws {
        var request = ExportRequest(format: .dot)
        request.edges = .perRelation
        #expect(throws: ExportError.self) { try request.validate() }
        request.format = .gexf
        try request.validate()
    }
}
