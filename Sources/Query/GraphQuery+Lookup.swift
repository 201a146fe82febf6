import Foundation
import NewsGraphCore
import NewsGraphStore

extension GraphQuery {
    /// The entity a user means by `query`: a case-insensitive exact name first, then an alias or surface
    /// form, then a name equal once case and diacritics are folded. `query` may be qualified as `kind:NAME`
    /// (`place:Paris`). When several entities match, the most mentioned wins and the match says so.
    ///
    /// ```swift
    /// let match = try GraphQuery(store).entity(named: "zhanargul zhumatai")
    /// print(match.entity.name, match.note ?? "")
    /// ```
    /// - Throws: `StoreError.unknownEntity` with up to three close names when nothing matches.
    public func entity(named query: String, kind: EntityKind? = nil) throws -> EntityMatch {
        let name = query.trimmingCharacters(in: .whitespacesAndNewlines)
        if kind == nil, let colon = name.firstIndex(of: ":"),
            let prefixKind = EntityKind(rawValue: String(name[..<colon]))
        {
            let rest = String(name[name.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            if try candidates(exactly: name, kind: nil).isEmpty, !rest.isEmpty {
                return try entity(named: rest, kind: prefixKind)
            }
        }
        let exact = try candidates(exactly: name, kind: kind)
        if !exact.isEmpty {
            // Prefer the spelling typed (case included) before falling back to case-insensitive matches.
            let sameCase = exact.filter { $0.entity.name == name }
            if !sameCase.isEmpty { return pick(sameCase, query: name, how: .exactName) }
            // Typed in another case: the most mentioned entity known by that name wins, so `volcker` finds
            // Paul Volcker (321 mentions, alias Volcker) rather than the headline entity VOLCKER (19).
            let ids = Set(exact.map(\.entity.id))
            let aliased = try candidates(aliased: name, kind: kind).filter { !ids.contains($0.entity.id) }
            let most = exact.map(\.mentions).max() ?? 0
            if let best = aliased.max(by: { $0.mentions < $1.mentions }), best.mentions > most {
                return pick(exact + aliased, query: name, how: .alias)
            }
            return pick(exact, query: name, how: .nameIgnoringCase)
        }
        let aliased = try candidates(aliased: name, kind: kind)
        if !aliased.isEmpty {
            return pick(aliased, query: name, how: .alias)
        }
        let all = try allEntities(kind: kind)
        let folded = NameLookup.fold(name)
        let sameFolded = all.filter { NameLookup.fold($0.entity.name) == folded }
        if !folded.isEmpty && !sameFolded.isEmpty {
            return pick(sameFolded, query: name, how: .spelling)
        }
        let rejected = try database.prepare(
            """
            SELECT extracted_name, extracted_kind FROM mention WHERE entity_id IS NULL
            AND extracted_name = ?1 COLLATE NOCASE AND (?2 IS NULL OR extracted_kind = ?2)
            ORDER BY extracted_name, extracted_kind LIMIT 1
            """)
        if let row = try rejected.rows([.text(name), kind.map { .text($0.rawValue) } ?? .null]).first,
            let rejectedName = row[0].string, let rejectedKind = row[1].string
        {
            throw StoreError.invalid(
                "'\(rejectedName)' (\(rejectedKind)) was rejected by curation; 'newsgraph log' lists "
                    + "the decisions and 'newsgraph curation undo ID' undoes one")
        }
        let suggestions = NameLookup().suggestions(
            for: name, among: all.map { ($0.entity.name, $0.mentions) })
        throw StoreError.unknownEntity(name: kind.map { "\($0.rawValue):\(name)" } ?? name, suggestions: suggestions)
    }

    /// A matched entity with its mention count, for ranking ambiguous matches.
    package struct Candidate {
        package var entity: EntityRef
        package var mentions: Int
    }

    private func pick(_ candidates: [Candidate], query: String, how: EntityMatch.Method) -> EntityMatch {
        let sorted = candidates.sorted {
            if $0.mentions != $1.mentions { return $0.mentions > $1.mentions }
            return $0.entity < $1.entity
        }
        let chosen = sorted[0]
        var notes: [String] = []
        if how == .alias {
            notes.append("'\(query)' is an alias of '\(chosen.entity.name)'")
        } else if how == .spelling
            || chosen.entity.name != query && chosen.entity.name.lowercased() != query.lowercased()
        {
            notes.append("'\(query)' matched '\(chosen.entity.name)'")
        }
        if sorted.count > 1 {
            let others = sorted.dropFirst().map {
                "\($0.entity.display), \($0.mentions) mention\($0.mentions == 1 ? "" : "s")"
            }
            notes.append(
                "'\(query)' is ambiguous; using \(chosen.entity.display) with \(chosen.mentions) mention\(chosen.mentions == 1 ? "" : "s") over "
                    + others.joined(separator: "; ")
                    + ". Choose with KIND:NAME, e.g. '\(sorted[1].entity.kind.rawValue):\(sorted[1].entity.name)'")
        }
        return EntityMatch(
            entity: chosen.entity, note: notes.isEmpty ? nil : notes.joined(separator: "; "), method: how,
            candidates: sorted.count, mentions: chosen.mentions)
    }

    private func candidates(exactly name: String, kind: EntityKind?) throws -> [Candidate] {
        let statement = try database.prepare(
            """
            SELECT e.id, e.name, e.kind, (SELECT count(*) FROM mention m WHERE m.entity_id = e.id)
            FROM entity e WHERE e.name = ?1 COLLATE NOCASE AND (?2 IS NULL OR e.kind = ?2)
            """)
        return try read(statement, [.text(name), kind.map { .text($0.rawValue) } ?? .null])
    }

    private func candidates(aliased name: String, kind: EntityKind?) throws -> [Candidate] {
        let statement = try database.prepare(
            """
            SELECT e.id, e.name, e.kind, (SELECT count(*) FROM mention m WHERE m.entity_id = e.id)
            FROM entity e WHERE (?2 IS NULL OR e.kind = ?2) AND e.id IN (
                SELECT entity_id FROM alias WHERE name = ?1 COLLATE NOCASE AND entity_id IS NOT NULL
                UNION SELECT entity_id FROM mention WHERE text = ?1 COLLATE NOCASE AND entity_id IS NOT NULL
                UNION SELECT e2.id FROM curation c JOIN entity e2
                    ON c.argument = e2.name OR c.argument = e2.name || char(31) || e2.kind
                    WHERE c.action = 'alias-add' AND c.undone_at IS NULL AND c.name = ?1 COLLATE NOCASE)
            """)
        return try read(statement, [.text(name), kind.map { .text($0.rawValue) } ?? .null])
    }

    package func allEntities(kind: EntityKind?) throws -> [Candidate] {
        let statement = try database.prepare(
            """
            SELECT e.id, e.name, e.kind, count(m.id) FROM entity e LEFT JOIN mention m ON m.entity_id = e.id
            WHERE ?1 IS NULL OR e.kind = ?1 GROUP BY e.id
            """)
        return try read(statement, [kind.map { .text($0.rawValue) } ?? .null])
    }

    private func read(_ statement: Statement, _ values: [SQLValue]) throws -> [Candidate] {
        try statement.bind(values)
        var result: [Candidate] = []
        while try statement.step() {
            guard let kind = EntityKind(rawValue: statement.text(2)) else { continue }
            result.append(
                Candidate(
                    entity: EntityRef(id: Int64(statement.int(0)), name: statement.text(1), kind: kind),
                    mentions: statement.int(3)))
        }
        return result
    }

    /// The entity with row id `id`, or nil.
    public func entity(id: Int64) throws -> EntityRef? {
        let statement = try database.prepare("SELECT name, kind FROM entity WHERE id = ?")
        try statement.bind(id)
        defer { statement.reset() }
        guard try statement.step(), let kind = EntityKind(rawValue: statement.text(1)) else { return nil }
        return EntityRef(id: id, name: statement.text(0), kind: kind)
    }
}
