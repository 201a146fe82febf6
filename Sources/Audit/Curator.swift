import Foundation
import NewsGraphCore
import NewsGraphQuery
import NewsGraphStore

/// The analyst's decisions (merge, split, reject, retype, rename, alias): recorded with a note and a time,
/// applied to the store at once, and re-applied by every later ingest.
///
/// ```swift
/// try Curator(store).record(CurationMap.Decision(action: .merge, name: "Zhanargul", argument: "Zhanargul Zhumatai"))
/// ```
public struct Curator {
    public let store: GraphStore
    package var database: Database { store.database }

    public init(_ store: GraphStore) { self.store = store }

    /// Every curation decision ever recorded, oldest first, undone ones included.
    public func curationLog() throws -> [CurationEntry] {
        let statement = try database.prepare(
            "SELECT id, action, name, kind, argument, note, created_at, undone_at FROM curation ORDER BY id")
        try statement.bind([])
        var entries: [CurationEntry] = []
        while try statement.step() {
            guard let action = CurationMap.Decision.Action(rawValue: statement.text(1)) else { continue }
            entries.append(
                CurationEntry(
                    id: Int64(statement.int(0)),
                    decision: CurationMap.Decision(
                        action: action, name: statement.text(2),
                        kind: statement.optionalText(3).flatMap(EntityKind.init(rawValue:)),
                        argument: statement.optionalText(4)),
                    note: statement.text(5), createdAt: statement.text(6), undoneAt: statement.optionalText(7)))
        }
        return entries
    }

    /// Records one decision and applies it: `record(_:)` of a list of one.
    /// - Returns: the decision's id, or nil when an identical decision is already in force.
    @discardableResult
    public func record(_ decision: CurationMap.Decision, note: String = "", at date: Date = Date()) throws -> Int64? {
        try record([(decision, note, date)]).first
    }

    /// Records decisions in one transaction and applies them at once (one rebuild of the derived rows).
    /// Decisions identical to one already in force are skipped; returns the ids of those recorded.
    @discardableResult
    public func record(_ decisions: [(decision: CurationMap.Decision, note: String, date: Date)]) throws -> [Int64] {
        let inForce = Set(try curationLog().filter { !$0.isUndone }.map { DecisionKey($0.decision) })
        return try database.transaction {
            var ids: [Int64] = []
            var recorded: [CurationMap.Decision] = []
            var seen = inForce
            let insert = try database.prepare(
                "INSERT INTO curation (action, name, kind, argument, note, created_at) VALUES (?, ?, ?, ?, ?, ?)")
            for (decision, note, date) in decisions where seen.insert(DecisionKey(decision)).inserted {
                try insert.run(
                    decision.action.rawValue, decision.name, decision.kind?.rawValue, decision.argument, note,
                    GraphStore.timestamp(date))
                ids.append(database.lastInsertRowID)
                recorded.append(decision)
            }
            if !recorded.isEmpty { try store.applyRecorded(recorded) }
            return ids
        }
    }

    private struct DecisionKey: Hashable {
        package var action: String, name: String, kind: String?, argument: String?
        package init(_ decision: CurationMap.Decision) {
            action = decision.action.rawValue
            name = decision.name
            kind = decision.kind?.rawValue
            argument = decision.argument
        }
    }

    /// Undoes the latest merge in force whose merged name is `name` (case-insensitive), restoring the entity.
    /// - Throws: `StoreError.invalid` naming the merges that could be split when none matches.
    @discardableResult
    public func split(_ name: String, note: String = "", at date: Date = Date()) throws -> CurationEntry {
        let merges = try curationLog().filter { $0.decision.action == .merge && !$0.isUndone }
        let folded = NameLookup.fold(name)
        guard
            let entry = merges.last(where: { $0.decision.name == name })
                ?? merges.last(where: { NameLookup.fold($0.decision.name) == folded })
        else {
            let names = merges.map(\.decision.name)
            let close = NameLookup().suggestions(for: name, among: names.map { ($0, 0) })
            var message = "no merge of '\(name)' to split"
            if !close.isEmpty {
                message += "; did you mean " + close.map { "'\($0)'" }.joined(separator: ", ") + "?"
            } else if names.isEmpty {
                message += "; no merge is in force"
            }
            throw StoreError.invalid(message)
        }
        try undo(entry: entry.id, note: note, at: date)
        return try curationLog().first { $0.id == entry.id } ?? entry
    }

    /// Undoes decision `id` (any action); a `note` is kept with the decision's own (`typo; undone: wrong person`).
    /// - Throws: `StoreError.invalid` when there is no such decision in force.
    public func undo(entry id: Int64, note: String = "", at date: Date = Date()) throws {
        guard let entry = try curationLog().first(where: { $0.id == id }) else {
            throw StoreError.invalid("no curation decision #\(id); 'newsgraph log' lists them")
        }
        if entry.isUndone {
            throw StoreError.invalid("curation decision #\(id) was already undone at \(entry.undoneAt ?? "")")
        }
        let combined =
            note.isEmpty ? entry.note : entry.note.isEmpty ? "undone: " + note : entry.note + "; undone: " + note
        try database.transaction {
            try database.prepare("UPDATE curation SET undone_at = ?, note = ? WHERE id = ?").run(
                GraphStore.timestamp(date), combined, id)
            try store.applyUndone(entry.decision)
        }
    }

    /// Whether any entity, extracted name or surface text of the store is `name` (case-sensitive): a
    /// curation decision about a name the store does not know yet waits for a later ingest.
    public func knows(name: String) throws -> Bool {
        let statement = try database.prepare(
            """
            SELECT EXISTS (SELECT 1 FROM entity WHERE name = ?1)
                OR EXISTS (SELECT 1 FROM mention WHERE extracted_name = ?1)
                OR EXISTS (SELECT 1 FROM mention WHERE text = ?1)
            """)
        try statement.bind(name)
        defer { statement.reset() }
        return try statement.step() && statement.int(0) != 0
    }
}
