import Foundation
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Format rules that golden files would only show by example.
@Suite struct ExportFormatTests {
    /// Collects elements and their attributes, in document order.
    final class Elements: NSObject, XMLParserDelegate {
        var list: [(name: String, attributes: [String: String])] = []
        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            list.append((name, attributes))
        }
    }

    func elements(_ xml: String) -> [(name: String, attributes: [String: String])]? {
        let parser = XMLParser(data: Data(xml.utf8))
        let delegate = Elements()
        parser.delegate = delegate
        return parser.parse() ? delegate.list : nil
    }

    @Test func graphMLDeclaresOneTypedKeyPerAttributeBeforeTheGraph() throws {
        let list = try #require(elements(try ExportFixtures.text(GraphMLExporter(), ExportFixtures.small)))
        let graphIndex = try #require(list.firstIndex { $0.name == "graph" })
        let keys = list.filter { $0.name == "key" }
        #expect(list.lastIndex { $0.name == "key" }! < graphIndex)
        let names = keys.map { $0.attributes["attr.name"] ?? "" }
        #expect(Set(names).count == names.count, "two keys share an attr.name: \(names)")
        #expect(
            keys.allSatisfy {
                ["node", "edge"].contains($0.attributes["for"] ?? "") && $0.attributes["attr.type"] != nil
            })
        let byName = Dictionary(uniqueKeysWithValues: keys.map { ($0.attributes["attr.name"]!, $0.attributes) })
        #expect(byName["label"]?["for"] == "node" && byName["label"]?["attr.type"] == "string")
        #expect(byName["weight"]?["for"] == "edge" && byName["weight"]?["attr.type"] == "double")
        for name in ["kind", "mentions", "articles", "confidence", "aliases"] {
            #expect(byName[name]?["for"] == "node")
        }
        for name in [
            "kinds", "score", "weight_co_occurrence", "evidence_articles", "first_date", "last_date", "directed",
        ] {
            #expect(byName[name]?["for"] == "edge")
        }
        let root = try #require(list.first)
        #expect(root.attributes["xmlns"] == "http://graphml.graphdrawing.org/xmlns")
        #expect(
            root.attributes["xsi:schemaLocation"]
                == "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd")
    }

    @Test func graphMLIsUndirectedUnlessAskedAndKeepsEachEdgesDirection() throws {
        let undirected = Graph(
            nodes: ExportFixtures.small.nodes, edges: ExportFixtures.small.edges.filter { !$0.directed })
        #expect(ExportFixtures.small.edges.contains { $0.directed })
        let plain = try ExportFixtures.text(GraphMLExporter(), ExportFixtures.small)
        #expect(plain.contains("edgedefault=\"undirected\""))
        #expect(plain.contains("<data key=\"directed\">true</data>"))
        let directed = try ExportFixtures.text(GraphMLExporter(directed: true), ExportFixtures.small)
        #expect(directed.contains("edgedefault=\"directed\""))
        #expect(
            try ExportFixtures.text(GraphMLExporter(directed: true), undirected).contains("edgedefault=\"undirected\""))
    }

    @Test func graphMLReplacesIllegalIDsConsistently() throws {
        let a = GraphNode(id: "has space", label: "A", kind: .person)
        let b = GraphNode(id: "ok-id", label: "B", kind: .place)
        let graph = Graph(
            nodes: [a, b], edges: [GraphEdge(id: "e 1", source: a.id, target: b.id, kind: "co-occurrence")])
        let list = try #require(elements(try ExportFixtures.text(GraphMLExporter(), graph)))
        let nodeIDs = Set(list.filter { $0.name == "node" }.compactMap { $0.attributes["id"] })
        let edge = try #require(list.first { $0.name == "edge" })
        #expect(nodeIDs == [ExportText.xmlToken("has space"), "ok-id"])
        #expect(edge.attributes["source"] == ExportText.xmlToken("has space"))
        #expect(edge.attributes["id"] == ExportText.xmlToken("e 1"))
    }

    @Test func xmlDropsForbiddenCharactersAndKeepsLineBreaks() throws {
        let node = GraphNode(label: "a\u{0}b\u{1B}c\u{FFFE}d\u{FFFF}\r\n\te", kind: .person)
        let xml = try ExportFixtures.text(GraphMLExporter(), Graph(nodes: [node]))
        #expect(xml.contains("<data key=\"label\">abcd&#13;\n\te</data>"))
        #expect(ExportText.removingXMLForbiddenCharacters(node.label) == "abcd\r\n\te")
        let gexf = try ExportFixtures.text(GEXFExporter(), Graph(nodes: [node]))
        #expect(gexf.contains("label=\"abcd&#13;&#10;&#9;e\""))
    }

    @Test func yEdGraphMLAddsALabelledShapePerNode() throws {
        let xml = try ExportFixtures.text(GraphMLExporter(yEd: true), ExportFixtures.small)
        #expect(xml.contains("xmlns:y=\"http://www.yworks.com/xml/graphml\""))
        #expect(xml.contains("<key id=\"yfiles_node\" for=\"node\" yfiles.type=\"nodegraphics\"/>"))
        let list = try #require(elements(xml))
        let labels = list.indices.filter { list[$0].name == "y:NodeLabel" }
        #expect(labels.count == ExportFixtures.small.nodes.count)
        #expect(xml.contains("<y:NodeLabel>Smith &amp; Sons</y:NodeLabel>"))
        #expect(!(try ExportFixtures.text(GraphMLExporter(), ExportFixtures.small)).contains("yfiles"))
    }

    @Test func gexfIsStaticWithoutDatesAndDynamicWithThem() throws {
        let undated = Graph(nodes: [GraphNode(label: "A", kind: .person), GraphNode(label: "B", kind: .place)])
        let staticGEXF = try ExportFixtures.text(GEXFExporter(), undated)
        #expect(staticGEXF.contains("mode=\"static\">"))
        #expect(!staticGEXF.contains("start="))
        let dynamic = try ExportFixtures.text(GEXFExporter(), ExportFixtures.small)
        #expect(dynamic.contains("mode=\"dynamic\" timeformat=\"date\">"))
        let list = try #require(elements(dynamic))
        let edges = list.filter { $0.name == "edge" }
        #expect(edges.filter { $0.attributes["start"] != nil }.count == 3)
        #expect(edges.first { $0.attributes["label"] == "director-of" }?.attributes["type"] == "directed")
        #expect(edges.first { $0.attributes["label"] == "director-of" }?.attributes["start"] == "2024-04-02")
    }

    @Test func emptyGraphIsValidInEveryFormat() throws {
        #expect(elements(try ExportFixtures.text(GraphMLExporter(), Graph())) != nil)
        #expect(elements(try ExportFixtures.text(GEXFExporter(), Graph())) != nil)
        let json = try ExportFixtures.text(CytoscapeExporter(), Graph())
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let elements = object?["elements"] as? [String: [Any]]
        #expect(elements?["nodes"]?.isEmpty == true && elements?["edges"]?.isEmpty == true)
        var nodes = MemorySink(), relationships = MemorySink()
        try Neo4jCSVExporter().write(Graph(), nodes: &nodes, relationships: &relationships)
        #expect(nodes.text.split(separator: "\n").count == 1 && relationships.text.split(separator: "\n").count == 1)
    }

    @Test func cytoscapeEscapesLineSeparatorsForJavaScript() throws {
        let node = GraphNode(label: "a\u{2028}b\u{2029}c\u{1}\"\\", kind: .group)
        let json = try ExportFixtures.text(CytoscapeExporter(), Graph(nodes: [node]))
        #expect(json.contains(#""label": "a\u2028b\u2029c\u0001\"\\""#))
    }

    @Test(arguments: [
        ("co-occurrence", "CO_OCCURRENCE"), ("director-of", "DIRECTOR_OF"), ("member of", "MEMBER_OF"),
        ("rel \"x\" & <y>", "REL_X_Y"), ("東京", "RELATED_TO"), ("2nd-degree", "R_2ND_DEGREE"), ("", "RELATED_TO"),
    ])
    func neo4jRelationshipTypes(_ kind: String, _ type: String) {
        #expect(Neo4jCSVExporter.relationshipType(kind) == type)
    }

    @Test func neo4jFieldsAreQuotedAndArraysSplitOnSemicolons() throws {
        let node = GraphNode(label: "Say \"hi\"\nnow", kind: .organization, aliases: ["A;B", "C"])
        var nodes = MemorySink(), relationships = MemorySink()
        try Neo4jCSVExporter().write(Graph(nodes: [node]), nodes: &nodes, relationships: &relationships)
        let row = nodes.text.split(separator: "\n")[1]
        // No store, so no entity_id (the fourth field).
        #expect(row == "\"\(node.id)\",\"Say \"\"hi\"\" now\",organization,,0,0,1,\"A,B;C\",,,Entity;Organization")
    }
}
