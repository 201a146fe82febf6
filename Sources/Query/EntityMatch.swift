import NewsGraphCore

/// The entity a name was resolved to, with a note when the match was not exact or the name was ambiguous.
public struct EntityMatch: Sendable, Equatable {
    public var entity: EntityRef
    /// Said to the user (on standard error) when the name matched an alias, loosely, or several kinds.
    public var note: String?

    public init(entity: EntityRef, note: String? = nil) {
        self.entity = entity
        self.note = note
    }
}
