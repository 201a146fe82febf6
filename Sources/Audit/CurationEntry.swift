import Foundation
import NewsGraphCore
import NewsGraphQuery
import NewsGraphStore

/// One curation decision as logged: what was decided, why (the note), when, and whether it was undone.
public struct CurationEntry: Sendable, Equatable {
    public var id: Int64
    public var decision: CurationMap.Decision
    public var note: String
    /// ISO 8601, UTC.
    public var createdAt: String
    /// When it was undone (`split`, `curation undo`), or nil while in force.
    public var undoneAt: String?

    public init(id: Int64, decision: CurationMap.Decision, note: String, createdAt: String, undoneAt: String? = nil) {
        self.id = id
        self.decision = decision
        self.note = note
        self.createdAt = createdAt
        self.undoneAt = undoneAt
    }

    public var isUndone: Bool { undoneAt != nil }
}

extension CurationMap.Decision {
    /// `entity` joins `target`: its mentions, aliases and relations become `target`'s.
    public static func merge(_ entity: EntityRef, into target: EntityRef) -> Self {
        Self(
            action: .merge, name: entity.name, kind: entity.kind,
            argument: CurationMap.joinArgument(name: target.name, kind: target.kind))
    }

    /// `entity` is never an entity again; its mentions stay stored, unattached.
    public static func reject(_ entity: EntityRef) -> Self {
        Self(action: .reject, name: entity.name, kind: entity.kind)
    }

    public static func retype(_ entity: EntityRef, to kind: EntityKind) -> Self {
        Self(action: .retype, name: entity.name, kind: entity.kind, argument: kind.rawValue)
    }

    public static func rename(_ entity: EntityRef, to name: String) -> Self {
        Self(action: .rename, name: entity.name, kind: entity.kind, argument: name)
    }

    /// Mentions written `alias` belong to `entity`.
    public static func addAlias(_ alias: String, to entity: EntityRef) -> Self {
        Self(action: .aliasAdd, name: alias, argument: CurationMap.joinArgument(name: entity.name, kind: entity.kind))
    }

    /// Mentions written `alias` no longer join `entity`; they stand alone.
    public static func removeAlias(_ alias: String, from entity: EntityRef) -> Self {
        Self(
            action: .aliasRemove, name: alias, argument: CurationMap.joinArgument(name: entity.name, kind: entity.kind))
    }
}
