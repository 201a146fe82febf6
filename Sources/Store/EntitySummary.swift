import NewsGraphCore

/// One entity with its counts (`newsgraph entities`).
public struct EntitySummary: Sendable, Equatable, Codable {
    public var name: String
    public var kind: EntityKind
    public var mentions: Int
    public var articles: Int
    public var aliases: [String]
}
