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
    /// The entity's row id in the store it was read from (`entity.id`), so an export joins back to the store with SQL;
    /// nil for a graph not read from a store. Exports write it as the `entity_id` attribute: the node id itself stays
    /// the stable hash, the same for one entity in every store (a store's ids depend on its ingest history).
    public var entityID: Int64?

    public init(
        id: String? = nil, label: String, kind: EntityKind, mentions: Int = 0, articles: Int = 0,
        confidence: Double = 1, aliases: [String] = [], firstDate: String? = nil, lastDate: String? = nil,
        entityID: Int64? = nil
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
        self.entityID = entityID
    }

    /// `n` followed by 12 hex digits of SHA-256 over `kind` and `name`: the same entity gets the same id in every export.
    public static func stableID(name: String, kind: EntityKind) -> String {
        "n" + ContentHash.hex(of: kind.rawValue + "\u{1F}" + name, digits: 12)
    }
}
