import NewsGraphCore

/// The relations between one unordered pair of nodes, folded into the one edge GraphML and GEXF write by
/// default (`EdgeShape.perPair`).
///
/// In: the edges of one pair, consecutively (`GraphSource` yields edges by pair). Out: one edge whose `weight` is
/// the sum of theirs, `score` the best, `articles` the largest (articles shared by two kinds are not known, so
/// this is a lower bound), dates the widest span; its id is the pair's first edge's (lowest id), so a pair with
/// one relation keeps that relation's id. Its ends are the first directed relation's, if any (its `directed` is
/// then true), else the first relation's; two directed relations of opposite ways between one pair keep only the
/// first way (`--edges per-relation` keeps both). Per kind: the weight, in kind order.
///
/// Folding holds one pair at a time, so an export still streams.
package struct PairEdge {
    package private(set) var edge: GraphEdge
    /// Weight per kind, sorted by kind.
    package private(set) var weights: [(kind: String, weight: Double)]

    /// The kinds, sorted, joined by `;` (`affiliated-with;co-occurrence`).
    package var kinds: String { weights.map(\.kind).joined(separator: ";") }

    /// The typed kinds (not co-occurrence), sorted, joined by `;`; empty when there are none.
    package var typedKinds: String {
        weights.map(\.kind).filter(ExportText.isTypedRelation).joined(separator: ";")
    }

    init(_ first: GraphEdge) {
        edge = first
        weights = [(first.kind, first.weight)]
    }

    mutating func add(_ other: GraphEdge) {
        if other.directed && !edge.directed {
            (edge.source, edge.target, edge.directed) = (other.source, other.target, true)
        }
        edge.weight += other.weight
        edge.score = max(edge.score, other.score)
        edge.articles = max(edge.articles, other.articles)
        edge.firstDate = Self.extreme(edge.firstDate, other.firstDate, by: <)
        edge.lastDate = Self.extreme(edge.lastDate, other.lastDate, by: >)
        if let index = weights.firstIndex(where: { $0.kind == other.kind }) {
            weights[index].weight += other.weight
        } else {
            weights.append((other.kind, other.weight))
            weights.sort { $0.kind < $1.kind }
        }
    }

    private static func extreme(_ one: String?, _ other: String?, by isBetter: (String, String) -> Bool) -> String? {
        guard let one, let other else { return one ?? other }
        return isBetter(other, one) ? other : one
    }

    /// Calls `body` once per pair of `graph`, folding consecutive edges of one pair. A source not in pair order
    /// would give one pair several (still valid) edges.
    package static func forEachPair(in graph: some GraphSource, _ body: (PairEdge) throws -> Void) throws {
        var current: PairEdge?
        var currentKey: GraphEdge.PairKey?
        try graph.forEachEdge { edge in
            let key = edge.pairKey
            if key == currentKey, current != nil {
                current?.add(edge)
                return
            }
            if let pair = current { try body(pair) }
            current = PairEdge(edge)
            currentKey = key
        }
        if let current { try body(current) }
    }

    /// The relation kinds the pipeline makes, each with its own declared weight attribute (GraphML and GEXF
    /// declare attributes before the first edge, so the set is fixed); any other kind adds to `weight_other`.
    package static let knownKinds = [
        "affiliated-with", "author-of", "belongs-to", "capital-of", "co-list", "co-occurrence", "co-paragraph",
        "dateline", "located-in", "member-of", "spoke-to",
    ]

    /// Every per-kind weight attribute name, in declaration order.
    package static let weightAttributes = knownKinds.map(weightAttribute) + ["weight_other"]

    /// The attribute holding `kind`'s weight: `weight_affiliated_with`, or `weight_other` for an unknown kind.
    package static func weightAttribute(_ kind: String) -> String {
        knownKinds.contains(kind) ? "weight_" + String(kind.map { $0 == "-" ? "_" : $0 }) : "weight_other"
    }

    /// The per-kind weights by attribute, in declaration order (unknown kinds summed into `weight_other`).
    package var attributeWeights: [(attribute: String, weight: Double)] {
        var byAttribute: [String: Double] = [:]
        for (kind, weight) in weights { byAttribute[Self.weightAttribute(kind), default: 0] += weight }
        return Self.weightAttributes.compactMap { name in byAttribute[name].map { (name, $0) } }
    }
}
