import NewsGraphCore

/// The entity a name was resolved to, with a note when the match was not exact or the name was ambiguous.
public struct EntityMatch: Sendable, Equatable {
    /// How a typed name found its entity, in the order `GraphQuery.entity(named:kind:)` tries them.
    public enum Method: String, Sendable {
        /// The entity's name, as typed.
        case exactName = "exact name"
        /// The entity's name in another case.
        case nameIgnoringCase = "name in another case"
        /// An alias, a surface form of a mention, or a curated alias.
        case alias
        /// The same name once case, accents and punctuation are folded.
        case spelling = "folded spelling"
    }

    public var entity: EntityRef
    /// Said to the user (on standard error) when the name matched an alias, loosely, or several kinds.
    public var note: String?
    /// How the name was matched (`newsgraph links --verbose` says it).
    public var method: Method
    /// How many entities matched that way (the most mentioned of them was chosen).
    public var candidates: Int
    /// Mentions of the chosen entity.
    public var mentions: Int

    public init(
        entity: EntityRef, note: String? = nil, method: Method = .exactName, candidates: Int = 1, mentions: Int = 0
    ) {
        self.entity = entity
        self.note = note
        self.method = method
        self.candidates = candidates
        self.mentions = mentions
    }
}
