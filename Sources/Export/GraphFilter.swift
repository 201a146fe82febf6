import Foundation
import NewsGraphCore

/// Selects part of a graph before export: a pure value, applied to a `Graph`, testable without SQLite.
///
/// The steps run in this order, each on what the previous left:
/// 1. Nodes: `kinds` (empty means all) and `minMentions`.
/// 2. Edges: both ends kept, `relations` (empty means all), `minWeight`, and the date window
///    `since`...`until` (inclusive, compared with the edge's `firstDate`...`lastDate`; an edge without
///    dates is dropped when a window is given, since nothing shows it falls inside). A partial date
///    such as `2024` or `2024-03` covers the whole year or month.
/// 3. `around`: the entities named (exact label, then case- and accent-insensitive label, alias, or id)
///    and everything within `depth` hops of them over the kept edges, ignoring direction.
///    The named entities are kept even if the node step dropped them.
/// 4. `top`: the `top` nodes with the highest degree (`ranking == .degree`, number of kept edges),
///    weighted degree (`.weight`, sum of edge weights) or association (`.score`, sum of the edges' positive
///    association scores, docs/relations.md); ties go to the lower label, then id.
/// 5. Nodes left without edges are dropped unless `keepIsolated` (the `around` entities stay).
/// Edges always join two kept nodes; the result is sorted by id.
///
/// ```swift
/// var filter = GraphFilter()
/// filter.around = "Zhanargul Zhumatai"
/// filter.depth = 2
/// let neighbourhood = try filter.apply(to: graph)
/// ```
public struct GraphFilter: Sendable, Equatable {
    public enum Ranking: String, Sendable, CaseIterable { case degree, weight, score }

    public var kinds: Set<EntityKind> = []
    public var minWeight: Double?
    public var minMentions: Int?
    public var around: String?
    public var depth: Int = 1
    public var top: Int?
    public var ranking: Ranking = .degree
    public var since: String?
    public var until: String?
    public var relations: Set<String> = []
    public var keepIsolated = false

    public init() {}

    /// True when applying the filter can only drop isolated nodes.
    public var selectsEverything: Bool {
        kinds.isEmpty && minWeight == nil && minMentions == nil && around == nil && top == nil
            && since == nil && until == nil && relations.isEmpty
    }

    /// The selected subgraph of `graph` as a value (nodes and edges sorted by id).
    public func apply(to graph: Graph) throws -> Graph {
        let selected = try subgraph(of: graph)
        var result = Graph()
        try selected.forEachNode { result.nodes.append($0) }
        try selected.forEachEdge { result.edges.append($0) }
        return result
    }

    /// The selected subgraph of `source`, streamed: the steps above are worked out as sets of node numbers
    /// in a few passes over the source (nodes once, edges once or twice more for `around`, `top` and isolated
    /// nodes), then the result reads `source` again, so memory holds a few bytes per node and nothing per edge
    /// beyond the adjacency `around` needs.
    public func subgraph<Source: GraphSource>(of source: Source) throws -> FilteredGraph<Source> {
        if let since, !Self.isDate(since) { throw ExportError.invalidDate(option: "--since", value: since) }
        if let until, !Self.isDate(until) { throw ExportError.invalidDate(option: "--until", value: until) }
        if depth < 0 { throw ExportError.invalidRequest("--depth must be 0 or more, found \(depth)") }
        if let top, top < 0 { throw ExportError.invalidRequest("--top must be 0 or more, found \(top)") }

        // 1. Nodes: a number per node id, the node step, and the entities `around` may name.
        var numbers: [String: Int] = [:]
        var kept: [Bool] = []
        var occurrences: [Int32] = []
        var dated: [Bool] = []
        var names = around.map(NameMatches.init)
        try source.forEachNode { node in
            let number: Int
            if let known = numbers[node.id] {
                number = known
            } else {
                number = kept.count
                numbers[node.id] = number
                kept.append(false)
                occurrences.append(0)
                dated.append(false)
            }
            occurrences[number] += 1
            dated[number] = dated[number] || node.firstDate != nil || node.lastDate != nil
            names?.consider(node)
            if !kinds.isEmpty, !kinds.contains(node.kind) { return }
            if let minMentions, node.mentions < minMentions { return }
            kept[number] = true
        }
        var centers: [Int] = []
        if let around, let names {
            guard let ids = names.ids else {
                throw ExportError.unknownEntity(
                    name: around, suggestions: try Self.suggestions(for: around, in: source))
            }
            centers = ids.compactMap { numbers[$0] }
        }
        for center in centers { kept[center] = true }

        // 2. Edges, with what `around` (adjacency) or `top` (scores) needs from them.
        var present = Set<String>()
        var adjacency: [[Int32]] = around != nil ? Array(repeating: [], count: kept.count) : []
        var score: [Double] = top != nil && around == nil ? Array(repeating: 0, count: kept.count) : []
        try source.forEachEdge(if: !relations.isEmpty || around != nil || top != nil) { edge in
            if !relations.isEmpty { present.insert(edge.kind) }
            guard let source = numbers[edge.source], let target = numbers[edge.target], kept[source], kept[target],
                passes(edge)
            else { return }
            if around != nil {
                adjacency[source].append(Int32(target))
                adjacency[target].append(Int32(source))
            } else if top != nil {
                addScore(of: edge, source: source, target: target, to: &score)
            }
        }
        if let missing = relations.sorted().first(where: { !present.contains($0) }) {
            throw ExportError.invalidRequest(
                "--relation \(missing) matches no relation in the graph; its kinds are: "
                    + present.sorted().joined(separator: ", "))
        }

        // 3. Neighbourhood.
        if around != nil {
            var reached = Array(repeating: false, count: kept.count)
            for center in centers { reached[center] = true }
            var frontier = centers
            for _ in 0..<depth where !frontier.isEmpty {
                var next: [Int] = []
                for number in frontier {
                    for neighbour in adjacency[number] where !reached[Int(neighbour)] {
                        reached[Int(neighbour)] = true
                        next.append(Int(neighbour))
                    }
                }
                frontier = next
            }
            adjacency = []
            kept = reached
        }

        // 4. Top nodes.
        if let top {
            if around != nil {
                score = Array(repeating: 0, count: kept.count)
                try source.forEachEdge { edge in
                    guard let source = numbers[edge.source], let target = numbers[edge.target], kept[source],
                        kept[target], passes(edge)
                    else { return }
                    addScore(of: edge, source: source, target: target, to: &score)
                }
            }
            var ranking = TopRanking(limit: top)
            try source.forEachNode { node in
                guard let number = numbers[node.id], kept[number] else { return }
                ranking.consider(score: score[number], label: node.label, id: node.id, number: number)
            }
            kept = Array(repeating: false, count: kept.count)
            for number in ranking.numbers() { kept[number] = true }
        }

        // 5. Edges between kept nodes, and the nodes they leave isolated.
        var summary = GraphSummary(nodeCount: 0, edgeCount: 0, hasDirectedEdges: false, hasDates: false)
        var connected = Array(repeating: false, count: keepIsolated ? 0 : kept.count)
        for center in centers where !keepIsolated && kept[center] { connected[center] = true }
        try source.forEachEdge { edge in
            guard let source = numbers[edge.source], let target = numbers[edge.target], kept[source], kept[target],
                passes(edge)
            else { return }
            summary.edgeCount += 1
            summary.hasDirectedEdges = summary.hasDirectedEdges || edge.directed
            summary.hasDates = summary.hasDates || edge.firstDate != nil || edge.lastDate != nil
            if !keepIsolated {
                connected[source] = true
                connected[target] = true
            }
        }
        let nodes = keepIsolated ? kept : connected
        for number in nodes.indices where nodes[number] {
            summary.nodeCount += Int(occurrences[number])
            summary.hasDates = summary.hasDates || dated[number]
        }
        return FilteredGraph(
            base: source, filter: self, numbers: numbers, nodes: nodes, ends: kept, summary: summary)
    }

    /// The edge step's own tests (relation kind, weight, date window); the ends are checked by the caller.
    package func passes(_ edge: GraphEdge) -> Bool {
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

    private func addScore(of edge: GraphEdge, source: Int, target: Int, to score: inout [Double]) {
        let value =
            switch ranking {
            case .degree: 1.0
            case .weight: edge.weight
            // Links rarer than chance (negative G²) add nothing to a node's rank.
            case .score: max(edge.score, 0)
            }
        score[source] += value
        if edge.target != edge.source { score[target] += value }
    }

    /// The ids of the entities `name` refers to, or an `unknownEntity` error with the closest labels.
    public static func resolve(_ name: String, in nodes: [GraphNode]) throws -> [String] {
        var names = NameMatches(name)
        for node in nodes { names.consider(node) }
        guard let ids = names.ids else {
            throw ExportError.unknownEntity(name: name, suggestions: suggestions(for: name, in: nodes))
        }
        return ids
    }

    /// Up to three labels closest to `name` by edit distance (case- and accent-insensitive).
    public static func suggestions(for name: String, in nodes: [GraphNode], limit: Int = 3) -> [String] {
        var closest = ClosestLabels(name, limit: limit)
        for node in nodes { closest.consider(node.label) }
        return closest.labels
    }

    /// `suggestions(for:in:limit:)` over a source, read once.
    public static func suggestions(for name: String, in source: some GraphSource, limit: Int = 3) throws -> [String] {
        var closest = ClosestLabels(name, limit: limit)
        try source.forEachNode { closest.consider($0.label) }
        return closest.labels
    }

    package static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    package static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// `yyyy`, `yyyy-MM` or `yyyy-MM-dd`.
    package static func isDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard [4, 7, 10].contains(bytes.count) else { return false }
        for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 7 {
                if byte != UInt8(ascii: "-") { return false }
            } else if !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                return false
            }
        }
        return true
    }
}
