import NewsGraphCore
import NewsGraphQuery

/// Everything the store knows about one entity, for `newsgraph show`.
public struct EntityReport: Sendable, Equatable, Codable {
    /// Another name of the entity and why it joined (`alias.surname`, `curation`, `surface form`).
    public struct AliasReason: Sendable, Equatable, Codable {
        public var name: String
        public var reason: String
    }

    /// One mention with the sentence it is in.
    public struct MentionRecord: Sendable, Equatable, Codable {
        /// The article's title, or its source.
        public var article: String
        public var source: String
        public var sentence: Int
        /// Code-point offsets in the article text.
        public var start: Int
        public var end: Int
        public var text: String
        public var rule: String
        public var confidence: Double
        /// The sentence with the mention marked `[[...]]`.
        public var snippet: String
    }

    /// One relation of the entity, seen from it.
    public struct RelationRecord: Sendable, Equatable, Codable {
        public var other: EntityRef
        public var relation: Link.Relation
    }

    public var entity: EntityRef
    public var mentionCount: Int
    public var articleCount: Int
    public var aliases: [AliasReason]
    public var mentions: [MentionRecord]
    public var relations: [RelationRecord]
    /// Curation decisions in force that name this entity, as `log` shows them.
    public var curation: [String]
}
