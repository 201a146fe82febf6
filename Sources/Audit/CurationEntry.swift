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
