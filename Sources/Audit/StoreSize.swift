import NewsGraphStore

/// The four counts a command prints after changing a store ("store: 19043 articles, ... relations").
///
/// `GraphStore.stats()` also counts distinct names and joins by reason, which took 0.3 s of the 0.7 s of a
/// single `merge` on the Reuters store; these are plain row counts.
public struct StoreSize: Sendable, Equatable {
    public var articles: Int
    public var mentions: Int
    public var entities: Int
    public var relations: Int

    public init(_ store: GraphStore) throws {
        func count(_ sql: String) throws -> Int { try store.database.scalar(sql)?.int ?? 0 }
        articles = try count("SELECT count(*) FROM article")
        mentions = try count("SELECT count(*) FROM mention WHERE entity_id IS NOT NULL")
        entities = try count("SELECT count(*) FROM entity")
        relations = try count("SELECT count(*) FROM relation")
    }
}
