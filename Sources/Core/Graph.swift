/// The in-memory graph that exporters write: nodes are entities, edges are relations.
///
/// Exporters take this value (or the same nodes and edges as sequences), never the database,
/// so they can be tested without SQLite.
public struct Graph: Sendable, Equatable {
    public var nodes: [GraphNode]
    public var edges: [GraphEdge]

    public init(nodes: [GraphNode] = [], edges: [GraphEdge] = []) {
        self.nodes = nodes
        self.edges = edges
    }
}

public struct GraphNode: Sendable, Hashable, Codable {
    /// Stable across runs and stores: derived from kind and canonical name (see `GraphNode.stableID`).
    public var id: String
    public var label: String
    public var kind: EntityKind
    public var mentions: Int
    public var articles: Int
    /// Mean confidence of the entity's mentions.
    public var confidence: Double
    public var aliases: [String]
    /// Earliest and latest article date (`yyyy-MM-dd`) among the entity's mentions, where known
    /// (GEXF writes them as the node's time interval).
    public var firstDate: String?
    public var lastDate: String?

    public init(
        id: String? = nil, label: String, kind: EntityKind, mentions: Int = 0, articles: Int = 0,
        confidence: Double = 1, aliases: [String] = [], firstDate: String? = nil, lastDate: String? = nil
    ) {
        self.id = id ?? GraphNode.stableID(name: label, kind: kind)
        self.label = label
        self.kind = kind
        self.mentions = mentions
        self.articles = articles
        self.confidence = confidence
        self.aliases = aliases
        self.firstDate = firstDate
        self.lastDate = lastDate
    }

    /// `n` followed by 12 hex digits of SHA-256 over `kind` and `name`: the same entity gets the same id in every export.
    public static func stableID(name: String, kind: EntityKind) -> String {
        "n" + ContentHash.hex(of: kind.rawValue + "\u{1F}" + name, digits: 12)
    }
}

public struct GraphEdge: Sendable, Hashable, Codable {
    public var id: String
    public var source: String
    public var target: String
    /// `co-occurrence`, `co-paragraph`, or a typed relation kind.
    public var kind: String
    public var directed: Bool
    /// Number of supporting sentences.
    public var weight: Double
    public var articles: Int
    /// Earliest and latest article date (`yyyy-MM-dd`) among the evidence, where known.
    public var firstDate: String?
    public var lastDate: String?
    /// For typed relations, the word that says how (`director`, `capital`); empty otherwise.
    public var label: String = ""
    /// Corpus-level association of the two ends (Dunning's G², `relation.score`; docs/relations.md); 0 when unknown.
    public var score: Double = 0

    public init(
        id: String? = nil, source: String, target: String, kind: String, directed: Bool = false,
        weight: Double = 1, articles: Int = 1, firstDate: String? = nil, lastDate: String? = nil
    ) {
        self.id = id ?? "e" + ContentHash.hex(of: source + "\u{1F}" + target + "\u{1F}" + kind, digits: 12)
        self.source = source
        self.target = target
        self.kind = kind
        self.directed = directed
        self.weight = weight
        self.articles = articles
        self.firstDate = firstDate
        self.lastDate = lastDate
    }
}
