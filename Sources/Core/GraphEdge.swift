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
