/// Why a name joined an entity as an alias (stored and shown in the audit).
public struct Alias: Hashable, Codable, Sendable {
    public var name: String
    public var entity: String
    public var kind: EntityKind
    /// Stable id of the reason, e.g. `alias.first-name`, `alias.surname`, `alias.acronym`, `alias.possessive`.
    public var reason: String

    public init(name: String, entity: String, kind: EntityKind, reason: String) {
        self.name = name
        self.entity = entity
        self.kind = kind
        self.reason = reason
    }
}
