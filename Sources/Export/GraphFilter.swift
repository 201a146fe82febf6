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

    public func apply(to graph: Graph) throws -> Graph {
        if let since, !Self.isDate(since) { throw ExportError.invalidDate(option: "--since", value: since) }
        if let until, !Self.isDate(until) { throw ExportError.invalidDate(option: "--until", value: until) }
        if depth < 0 { throw ExportError.invalidRequest("--depth must be 0 or more, found \(depth)") }
        if let top, top < 0 { throw ExportError.invalidRequest("--top must be 0 or more, found \(top)") }

        let centers = try around.map { try Self.resolve($0, in: graph.nodes) } ?? []
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
    public static func resolve(_ name: String, in nodes: [GraphNode]) throws -> [String] {
        let exact = nodes.filter { $0.label == name }
        if !exact.isEmpty { return exact.map(\.id).sorted() }
        let folded = fold(name)
        let loose = nodes.filter { fold($0.label) == folded }
        if !loose.isEmpty { return loose.map(\.id).sorted() }
        let byAlias = nodes.filter { $0.aliases.contains { fold($0) == folded } }
        if !byAlias.isEmpty { return byAlias.map(\.id).sorted() }
        if let byID = nodes.first(where: { $0.id == name }) { return [byID.id] }
        throw ExportError.unknownEntity(name: name, suggestions: suggestions(for: name, in: nodes))
    }

    /// Up to three labels closest to `name` by edit distance (case- and accent-insensitive).
    public static func suggestions(for name: String, in nodes: [GraphNode], limit: Int = 3) -> [String] {
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
