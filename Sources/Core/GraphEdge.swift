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

    /// The unordered pair the edge joins, smaller node id first: the order `GraphSource` yields edges in.
    public var pairKey: PairKey {
        source <= target ? PairKey(low: source, high: target) : PairKey(low: target, high: source)
    }

    /// Whether `self` comes before `other` in `GraphSource` edge order: by pair, then by id.
    public func precedes(_ other: GraphEdge) -> Bool {
        let (mine, theirs) = (pairKey, other.pairKey)
        return mine != theirs ? mine < theirs : id < other.id
    }

    /// An unordered pair of node ids, `low <= high`.
    public struct PairKey: Sendable, Hashable, Comparable {
        public var low: String
        public var high: String

        public init(low: String, high: String) {
            self.low = low
            self.high = high
        }

        public static func < (lhs: PairKey, rhs: PairKey) -> Bool {
            lhs.low != rhs.low ? lhs.low < rhs.low : lhs.high < rhs.high
        }
    }
}
