import Foundation
import NewsGraphBenchSupport
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// `newsgraph export` streams from the store (`StoreGraphSource` through `GraphFilter.subgraph(of:)`); these
/// tests hold it to the bytes of the in-memory export it replaced (`store.graph()` filtered by the filter as it
/// was, kept below as `referenceApply`), for every format and filter, on a synthetic store of every relation
/// shape and on an ingested one with mentions, aliases, dates and curation.
@Suite struct StoreExportTests {
    /// The stores compared: name and how to make it.
    enum StoreCase: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case synthetic, ingested

        var testDescription: String { rawValue }

        func open() throws -> GraphStore {
            let store = try StoreLocation.file.open()
            switch self {
            case .synthetic:
                try SyntheticStore(entities: 300, relations: 1_200, seed: 11, varied: true).write(into: store)
            case .ingested:
                _ = try Ingestor().ingest(paths: [Fixtures.seedFolder.path], into: store)
                try store.ingest([Fixture.camps.analyzed, Fixture.paris.analyzed])
                let zz = try GraphQuery(store).entity(named: "Zhanargul Zhumatai").entity
                try Curator(store).record(.addAlias("Zhana", to: zz))
            }
            return store
        }

        /// An entity with neighbours in this store, for `--around`.
        var center: String {
            switch self {
            case .synthetic: "Entity 000007"
            case .ingested: "Zhanargul Zhumatai"
            }
        }
    }

    /// The filters of `newsgraph export`, one or two options each, plus a few together.
    static func filters(around center: String) -> [(String, GraphFilter)] {
        func filter(_ change: (inout GraphFilter) -> Void) -> GraphFilter {
            var filter = GraphFilter()
            change(&filter)
            return filter
        }
        return [
            ("none", GraphFilter()),
            ("keep-isolated", filter { $0.keepIsolated = true }),
            ("top 10", filter { $0.top = 10 }),
            (
                "top 7 weight",
                filter {
                    $0.top = 7; $0.ranking = .weight
                }
            ),
            (
                "top 5 score",
                filter {
                    $0.top = 5; $0.ranking = .score
                }
            ),
            ("top 0", filter { $0.top = 0 }),
            ("around depth 1", filter { $0.around = center }),
            (
                "around depth 2",
                filter {
                    $0.around = center; $0.depth = 2
                }
            ),
            (
                "around depth 0 isolated",
                filter {
                    $0.around = center; $0.depth = 0; $0.keepIsolated = true
                }
            ),
            ("around folded", filter { $0.around = center.uppercased() }),
            (
                "around top",
                filter {
                    $0.around = center; $0.depth = 3; $0.top = 6; $0.ranking = .weight
                }
            ),
            ("min-weight 3", filter { $0.minWeight = 3 }),
            ("relation", filter { $0.relations = ["affiliated-with"] }),
            ("kind", filter { $0.kinds = [.person, .place] }),
            ("min-mentions", filter { $0.minMentions = 2 }),
            (
                "since until",
                filter {
                    $0.since = "2024-03"; $0.until = "2024-09-30"
                }
            ),
            (
                "together",
                filter {
                    $0.kinds = [.person, .organization, .group]
                    $0.minWeight = 2
                    $0.top = 20
                    $0.ranking = .score
                    $0.relations = ["co-occurrence", "affiliated-with"]
                }
            ),
        ]
    }

    /// Every format's bytes: the single-file exporters and both Neo4j files.
    static func exports(_ graph: some GraphSource) throws -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        for format in ExportFormat.allCases {
            if let exporter = format.exporter(yEd: false, directed: false) {
                var sink = MemorySink()
                try exporter.write(graph, to: &sink)
                result[format.rawValue] = sink.bytes
            }
        }
        var yEd = MemorySink()
        try GraphMLExporter(yEd: true, directed: true).write(graph, to: &yEd)
        result["graphml --yed --directed"] = yEd.bytes
        var nodes = MemorySink()
        var relationships = MemorySink()
        try Neo4jCSVExporter().write(graph, nodes: &nodes, relationships: &relationships)
        result["neo4j nodes"] = nodes.bytes
        result["neo4j relationships"] = relationships.bytes
        return result
    }

    @Test(arguments: StoreCase.allCases)
    func theStoreSourceYieldsWhatGraphHolds(_ storeCase: StoreCase) throws {
        let store = try storeCase.open()
        let graph = try store.graph()
        let source = StoreGraphSource(store)
        var nodes: [GraphNode] = []
        var edges: [GraphEdge] = []
        try source.forEachNode { nodes.append($0) }
        try source.forEachEdge { edges.append($0) }
        #expect(nodes == graph.nodes.sorted { $0.id < $1.id })
        #expect(edges == graph.edges.sorted { $0.precedes($1) })
        #expect(try source.summary() == graph.summary())
        // The store really has the shapes the comparison is meant to cover.
        #expect(edges.contains { $0.directed && !$0.label.isEmpty })
        #expect(edges.contains { $0.firstDate != nil })
        #expect(edges.contains { !$0.directed && $0.source > $0.target })
        if storeCase == .ingested { #expect(nodes.contains { $0.aliases.contains("Zhana") }) }
    }

    @Test(arguments: StoreCase.allCases)
    func streamedExportsEqualInMemoryExportsForEveryFilter(_ storeCase: StoreCase) throws {
        let store = try storeCase.open()
        let graph = try store.graph()
        let source = StoreGraphSource(store)
        for (name, filter) in Self.filters(around: storeCase.center) {
            let expected = try Self.exports(try filter.referenceApply(to: graph))
            let streamed = try filter.subgraph(of: source)
            let actual = try Self.exports(streamed)
            #expect(expected.keys.sorted() == actual.keys.sorted())
            for (format, bytes) in expected.sorted(by: { $0.key < $1.key }) {
                #expect(
                    actual[format] == bytes,
                    "\(storeCase) \(name) \(format):\n\(Snapshot.diff(String(decoding: bytes, as: UTF8.self), String(decoding: actual[format] ?? [], as: UTF8.self)))"
                )
            }
            let selected = try filter.referenceApply(to: graph)
            #expect(try streamed.summary() == selected.summary(), "\(storeCase) \(name)")
            // A filter that keeps nothing would make the comparison empty; most keep something.
            if name == "none" { #expect(selected.edges.count == graph.edges.count) }
        }
    }

    @Test(arguments: StoreCase.allCases)
    func streamedFilterErrorsEqualInMemoryOnes(_ storeCase: StoreCase) throws {
        let store = try storeCase.open()
        let graph = try store.graph()
        var unknown = GraphFilter()
        unknown.around = String(storeCase.center.dropLast()) + "q"
        var relation = GraphFilter()
        relation.relations = ["no-such-relation"]
        for filter in [unknown, relation] {
            let expected = #expect(throws: ExportError.self) { try filter.referenceApply(to: graph) }
            let actual = #expect(throws: ExportError.self) { try filter.subgraph(of: StoreGraphSource(store)) }
            #expect(expected?.description == actual?.description)
            #expect(expected?.description.isEmpty == false)
        }
    }

    /// `Exports/` as the streamed source writes it: the same bytes as `newsgraph build` (from `store.graph()`).
    @Test func exportsFolderStreamsFromTheStoreByteForByte() throws {
        let temporary = try TemporaryFolder()
        let folder = temporary.url
        let store = try GraphStore(path: folder.appendingPathComponent("graph.sqlite").path)
        _ = try Ingestor().ingest(paths: [Fixtures.seedFolder.path], into: store)
        let out = folder.appendingPathComponent("out")
        try ExportBundle.writeAll(StoreGraphSource(store), to: out.path, renderer: nil)
        let exports = Fixtures.packageRoot.appendingPathComponent("Exports")
        for name in ExportBundle.fileNames {
            let expected = try Data(contentsOf: exports.appendingPathComponent(name))
            let actual = try Data(contentsOf: out.appendingPathComponent(name))
            #expect(expected == actual, "Exports/\(name) differs from the streamed export")
        }
    }
}

/// The filter as it was before it streamed: whole-graph sets over a `Graph` value, the reference
/// `subgraph(of:)` must match.
extension GraphFilter {
    func referenceApply(to graph: Graph) throws -> Graph {
        if let since, !Self.isDate(since) { throw ExportError.invalidDate(option: "--since", value: since) }
        if let until, !Self.isDate(until) { throw ExportError.invalidDate(option: "--until", value: until) }
        if depth < 0 { throw ExportError.invalidRequest("--depth must be 0 or more, found \(depth)") }
        if let top, top < 0 { throw ExportError.invalidRequest("--top must be 0 or more, found \(top)") }

        let centers = try around.map { try Self.referenceResolve($0, in: graph.nodes) } ?? []
        if !relations.isEmpty {
            let present = Set(graph.edges.map(\.kind))
            if let missing = relations.sorted().first(where: { !present.contains($0) }) {
                throw ExportError.invalidRequest(
                    "--relation \(missing) matches no relation in the graph; its kinds are: "
                        + present.sorted().joined(separator: ", "))
            }
        }

        // 1. Nodes.
        var kept = Set<String>()
        for node in graph.nodes {
            if !kinds.isEmpty, !kinds.contains(node.kind) { continue }
            if let minMentions, node.mentions < minMentions { continue }
            kept.insert(node.id)
        }
        kept.formUnion(centers)

        // 2. Edges.
        var edges = graph.edges.filter { edge in
            guard kept.contains(edge.source), kept.contains(edge.target) else { return false }
            if !relations.isEmpty, !relations.contains(edge.kind) { return false }
            if let minWeight, edge.weight < minWeight { return false }
            if since != nil || until != nil {
                guard let first = edge.firstDate ?? edge.lastDate, let last = edge.lastDate ?? edge.firstDate else {
                    return false
                }
                if let since, last < since { return false }
                if let until, first.prefix(until.count) > until { return false }
            }
            return true
        }

        // 3. Neighbourhood.
        if around != nil {
            var adjacency: [String: [String]] = [:]
            for edge in edges {
                adjacency[edge.source, default: []].append(edge.target)
                adjacency[edge.target, default: []].append(edge.source)
            }
            var reached = Set(centers)
            var frontier = centers
            for _ in 0..<depth where !frontier.isEmpty {
                var next: [String] = []
                for id in frontier {
                    for neighbour in adjacency[id] ?? [] where reached.insert(neighbour).inserted {
                        next.append(neighbour)
                    }
                }
                frontier = next
            }
            kept = reached
            edges = edges.filter { kept.contains($0.source) && kept.contains($0.target) }
        }

        // 4. Top nodes.
        if let top {
            var score: [String: Double] = [:]
            for edge in edges {
                let value =
                    switch ranking {
                    case .degree: 1.0
                    case .weight: edge.weight
                    // Links rarer than chance (negative G²) add nothing to a node's rank.
                    case .score: max(edge.score, 0)
                    }
                score[edge.source, default: 0] += value
                if edge.target != edge.source { score[edge.target, default: 0] += value }
            }
            let ranked = graph.nodes.filter { kept.contains($0.id) }.sorted { a, b in
                let (scoreA, scoreB) = (score[a.id] ?? 0, score[b.id] ?? 0)
                if scoreA != scoreB { return scoreA > scoreB }
                if a.label != b.label { return a.label < b.label }
                return a.id < b.id
            }
            kept = Set(ranked.prefix(top).map(\.id))
            edges = edges.filter { kept.contains($0.source) && kept.contains($0.target) }
        }

        // 5. Isolated nodes.
        if !keepIsolated {
            var connected = Set(centers.filter { kept.contains($0) })
            for edge in edges {
                connected.insert(edge.source)
                connected.insert(edge.target)
            }
            kept = connected
        }

        let nodes = graph.nodes.filter { kept.contains($0.id) }.sorted { $0.id < $1.id }
        return Graph(nodes: nodes, edges: edges.sorted { $0.id < $1.id })
    }

    /// The ids of the entities `name` refers to, or an `unknownEntity` error with the closest labels.
    static func referenceResolve(_ name: String, in nodes: [GraphNode]) throws -> [String] {
        let exact = nodes.filter { $0.label == name }
        if !exact.isEmpty { return exact.map(\.id).sorted() }
        let folded = fold(name)
        let loose = nodes.filter { fold($0.label) == folded }
        if !loose.isEmpty { return loose.map(\.id).sorted() }
        let byAlias = nodes.filter { $0.aliases.contains { fold($0) == folded } }
        if !byAlias.isEmpty { return byAlias.map(\.id).sorted() }
        if let byID = nodes.first(where: { $0.id == name }) { return [byID.id] }
        throw ExportError.unknownEntity(name: name, suggestions: referenceSuggestions(for: name, in: nodes))
    }

    /// Up to three labels closest to `name` by edit distance (case- and accent-insensitive).
    static func referenceSuggestions(for name: String, in nodes: [GraphNode], limit: Int = 3) -> [String] {
        let query = Array(fold(name))
        let threshold = max(2, query.count / 3)
        var scored: [(distance: Int, label: String)] = []
        var seen = Set<String>()
        for node in nodes where seen.insert(node.label).inserted {
            let candidate = Array(fold(node.label))
            // The length difference bounds the distance from below, so long labels cost nothing.
            guard abs(candidate.count - query.count) <= threshold else { continue }
            let distance = editDistance(query, candidate)
            if distance <= threshold { scored.append((distance, node.label)) }
        }
        scored.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.label < $1.label }
        return scored.prefix(limit).map(\.label)
    }
}

/// Every export names each node's store row (`entity_id`), so an analysis joins back to the store with SQL.
@Suite struct ExportEntityIDTests {
    @Test(arguments: StoreLocation.allCases)
    func everyNodeCarriesItsStoreID(_ location: StoreLocation) throws {
        let store = try Fixture.store(location)
        var sink = MemorySink()
        try GraphMLExporter().write(StoreGraphSource(store), to: &sink)
        let text = sink.text
        let nodes = text.components(separatedBy: "<node id=").dropFirst()
        #expect(nodes.count == (try store.database.scalar("SELECT count(*) FROM entity")?.int ?? -1))
        for node in nodes {
            let label = try #require(node.firstMatch(of: /<data key="label">([^<]*)</)?.1)
            let id = try #require(node.firstMatch(of: /<data key="entity_id">([0-9]+)</)?.1)
            let stored = try store.database.scalar("SELECT name FROM entity WHERE id = ?", [.integer(Int64(id) ?? -1)])
            #expect(stored?.string == String(label), "entity_id \(id) is not \(label)")
        }
        // The in-memory graph says the same.
        for node in try store.graph().nodes {
            let id = try #require(node.entityID)
            #expect(
                try store.database.scalar("SELECT name FROM entity WHERE id = ?", [.integer(id)])?.string == node.label)
        }
    }
}
