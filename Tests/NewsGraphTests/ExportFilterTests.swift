import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// `GraphFilter` on in-memory graphs: no SQLite involved.
@Suite struct ExportFilterTests {
    // a(person) - b(place) - c(organization) - d(group), plus a -> c typed, e isolated.
    static let a = GraphNode(label: "Alice Martin", kind: .person, mentions: 10, aliases: ["A. Martin"])
    static let b = GraphNode(label: "Bogotá", kind: .place, mentions: 5)
    static let c = GraphNode(label: "Acme Corp", kind: .organization, mentions: 3)
    static let d = GraphNode(label: "Miners", kind: .group, mentions: 1)
    static let e = GraphNode(label: "Eve", kind: .person, mentions: 8)
    static let graph = Graph(
        nodes: [a, b, c, d, e],
        edges: [
            GraphEdge(
                source: a.id, target: b.id, kind: "co-occurrence", weight: 5, firstDate: "2023-12-30",
                lastDate: "2024-01-10"),
            GraphEdge(
                source: b.id, target: c.id, kind: "co-occurrence", weight: 1, firstDate: "2024-03-01",
                lastDate: "2024-03-01"),
            GraphEdge(source: c.id, target: d.id, kind: "co-occurrence", weight: 2),
            GraphEdge(
                source: a.id, target: c.id, kind: "director-of", directed: true, weight: 1, firstDate: "2024-06-01",
                lastDate: "2024-07-01"),
        ])

    func labels(_ filter: GraphFilter) throws -> [String] {
        try filter.apply(to: Self.graph).nodes.map(\.label).sorted()
    }

    func edgeCount(_ filter: GraphFilter) throws -> Int {
        try filter.apply(to: Self.graph).edges.count
    }

    @Test func defaultDropsOnlyIsolatedNodes() throws {
        #expect(try labels(GraphFilter()) == ["Acme Corp", "Alice Martin", "Bogotá", "Miners"])
        #expect(try edgeCount(GraphFilter()) == 4)
    }

    @Test func keepIsolatedKeepsEverything() throws {
        var filter = GraphFilter()
        filter.keepIsolated = true
        #expect(
            try filter.apply(to: Self.graph)
                == Graph(
                    nodes: Self.graph.nodes.sorted { $0.id < $1.id },
                    edges: Self.graph.edges.sorted { $0.precedes($1) }))
    }

    @Test func kindKeepsOnlyEdgesBetweenKeptKinds() throws {
        var filter = GraphFilter()
        filter.kinds = [.person, .organization]
        #expect(try labels(filter) == ["Acme Corp", "Alice Martin"])
        #expect(try edgeCount(filter) == 1)
    }

    @Test func minWeight() throws {
        var filter = GraphFilter()
        filter.minWeight = 2
        #expect(try labels(filter) == ["Acme Corp", "Alice Martin", "Bogotá", "Miners"])
        #expect(try edgeCount(filter) == 2)
    }

    @Test func minMentions() throws {
        var filter = GraphFilter()
        filter.minMentions = 5
        #expect(try labels(filter) == ["Alice Martin", "Bogotá"])
    }

    @Test func relationKind() throws {
        var filter = GraphFilter()
        filter.relations = ["director-of"]
        #expect(try labels(filter) == ["Acme Corp", "Alice Martin"])
        #expect(try filter.apply(to: Self.graph).edges.map(\.kind) == ["director-of"])
    }

    @Test func dateWindowOverlapsEdgeIntervalsAndDropsUndatedEdges() throws {
        var filter = GraphFilter()
        filter.since = "2024-01-05"
        filter.until = "2024-03-31"
        #expect(try filter.apply(to: Self.graph).edges.map(\.weight).sorted() == [1, 5])
        filter.since = "2024-06"
        filter.until = nil
        #expect(try filter.apply(to: Self.graph).edges.map(\.kind) == ["director-of"])
        filter.since = nil
        filter.until = "2023"
        #expect(try filter.apply(to: Self.graph).edges.map(\.weight) == [5])
    }

    @Test func badDateIsAnError() {
        var filter = GraphFilter()
        filter.since = "March 2024"
        #expect(throws: ExportError.invalidDate(option: "--since", value: "March 2024")) {
            try filter.apply(to: Self.graph)
        }
        #expect(
            ExportError.invalidDate(option: "--since", value: "March 2024").description
                == "--since expects a date like 2024-03-01, found 'March 2024'")
    }

    @Test(arguments: [
        (0, ["Miners"]), (1, ["Acme Corp", "Miners"]), (2, ["Acme Corp", "Alice Martin", "Bogotá", "Miners"]),
    ])
    func aroundFollowsEdgesUpToDepth(_ depth: Int, _ expected: [String]) throws {
        var filter = GraphFilter()
        filter.around = "Miners"
        filter.depth = depth
        #expect(try labels(filter) == expected)
    }

    @Test(arguments: ["Alice Martin", "alice martin", "  ALICE MARTIN ", "a. martin"])
    func aroundFindsNamesLooselyAndByAlias(_ name: String) throws {
        var filter = GraphFilter()
        filter.around = name
        filter.depth = 1
        #expect(try labels(filter) == ["Acme Corp", "Alice Martin", "Bogotá"])
    }

    @Test func aroundIgnoresAccents() throws {
        var filter = GraphFilter()
        filter.around = "bogota"
        filter.depth = 0
        #expect(try labels(filter) == ["Bogotá"])
    }

    @Test func aroundUnknownNameSuggestsClosestNames() {
        var filter = GraphFilter()
        filter.around = "Alice Martn"
        #expect(throws: ExportError.unknownEntity(name: "Alice Martn", suggestions: ["Alice Martin"])) {
            try filter.apply(to: Self.graph)
        }
        #expect(
            ExportError.unknownEntity(name: "Alice Martn", suggestions: ["Alice Martin"]).description
                == "no entity 'Alice Martn' in the graph; did you mean 'Alice Martin'?")
        #expect(ExportError.unknownEntity(name: "Zzz", suggestions: []).description == "no entity 'Zzz' in the graph")
        #expect(
            ExportError.unknownEntity(name: "Ev", suggestions: ["Eve", "Eva", "Ed"]).description
                == "no entity 'Ev' in the graph; did you mean 'Eve', 'Eva' or 'Ed'?")
    }

    @Test func suggestionsAreRankedByDistance() {
        let nodes = ["Acme", "Acne", "Acme Corp", "Zebra"].map { GraphNode(label: $0, kind: .organization) }
        #expect(GraphFilter.suggestions(for: "acmee", in: nodes) == ["Acme", "Acne"])
    }

    @Test func topByDegreeAndByWeight() throws {
        var filter = GraphFilter()
        filter.top = 2
        // Degrees: Acme 3, Alice 2, Bogotá 2, Miners 1; the tie goes to the lower label.
        #expect(try labels(filter) == ["Acme Corp", "Alice Martin"])
        filter.ranking = .weight
        // Weighted: Alice 6, Bogotá 6, Acme 4, Miners 2.
        #expect(try labels(filter) == ["Alice Martin", "Bogotá"])
    }

    @Test func resultIsInSourceOrder() throws {
        let result = try GraphFilter().apply(
            to: Graph(nodes: Self.graph.nodes.reversed(), edges: Self.graph.edges.reversed()))
        #expect(result.nodes.map(\.id) == result.nodes.map(\.id).sorted())
        // Edges by unordered pair, then id (what lets GraphML and GEXF fold a pair's relations while streaming).
        let pairs = result.edges.map(\.pairKey)
        #expect(pairs == pairs.sorted())
        #expect(result.edges == result.edges.sorted { $0.precedes($1) })
    }
}
