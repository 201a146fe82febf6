import NewsGraphCore

/// Counts of what a store holds (`newsgraph stats`).
public struct StoreStats: Sendable, Equatable, Codable {
    public var articles: Int
    public var sentences: Int
    public var mentions: Int
    public var entities: Int
    public var entitiesByKind: [String: Int]
    public var relations: Int
    public var relationsByKind: [String: Int]
    /// Entities extraction alone would give: distinct surface text and kind of the mentions.
    public var entitiesBeforeResolution: Int
    /// Names joined to an entity other than by their own text, by reason: per-article aliases (`alias.*`, distinct
    /// name and entity) and store-wide joins (`identity.*`, distinct extracted name and entity).
    public var mergesByReason: [String: Int]
}
