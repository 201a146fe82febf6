import Foundation
import NewsGraphCore
import NewsGraphQuery
import NewsGraphStore

/// What a reviewer reads: the audit's ranked list of entities to look at, and one entity's full report.
///
/// In: a store. Out: `AuditRow`s (`audit()`), an `EntityReport` (`report(for:)`). Reads only; decisions go
/// through `Curator`.
///
/// ```swift
/// let rows = try Auditor(store).audit()
/// ```
public struct Auditor {
    public let store: GraphStore
    package var database: Database { store.database }

    public init(_ store: GraphStore) { self.store = store }

    /// Store-wide identity worth a look: short names left apart because several people carry them, and names joined
    /// by a store-wide rule (an acronym defined in other articles, the only full name with that surname).
    private func identityFlags() throws -> [(Int64, AuditReason, String)] {
        var flags: [(Int64, AuditReason, String)] = []
        let ambiguous = try database.prepare(
            "SELECT e.id, j.detail FROM identity_join j JOIN entity e ON e.key = j.key WHERE j.reason = 'identity.ambiguous'"
        )
        for row in try ambiguous.rows() {
            guard let id = row[0].int else { continue }
            flags.append((Int64(id), .ambiguousName, "ambiguous short name, kept apart: \(row[1].string ?? "")"))
        }
        let joined = try database.prepare(
            """
            SELECT entity_id, name, reason, detail FROM name_join
            WHERE reason IN ('identity.acronym-defined', 'identity.surname') ORDER BY entity_id, name
            """)
        for row in try joined.rows() {
            guard let id = row[0].int else { continue }
            let text = "'\(row[1].string ?? "")' joined by \(row[2].string ?? ""): \(row[3].string ?? "")"
            flags.append((Int64(id), .storeWideJoin, text))
        }
        return flags
    }

    /// The review list: every entity with at least one reason to look at it, most urgent first (score,
    /// then name and kind), followed by the rejected names, which stay visible as rejected.
    ///
    /// Score = reach x doubt. Reach is how much of the graph the entity touches:
    /// `log2(1 + mentions) + log2(1 + degree)`, so a wrong entity in 300 articles and 2,000 links comes
    /// before a wrong one seen once. Doubt is how likely the entity is wrong, combining the chance each
    /// reason gives (`AuditReason`) as independent evidence: `1 - (1 - p1)(1 - p2)...`. Each reason has a
    /// stable code (`duplicate.case-variant`, `junk.headline`...) in `AuditRow.codes`.
    public func audit(snippets: Int = 3) throws -> [AuditRow] {
        struct Stats {
            var entity: EntityRef
            var mentions: Int, articles: Int, confidence: Double, furniture: Int, headline: Int
            var extracted: Set<String> = []
        }
        var stats: [Int64: Stats] = [:]
        let counts = try database.prepare(
            """
            SELECT e.id, e.name, e.kind, count(m.id), count(DISTINCT m.article_id), coalesce(avg(m.confidence), 1),
                   coalesce(sum(\(Auditor.furnitureSQL)), 0), coalesce(sum(\(Auditor.headlineSQL)), 0)
            FROM entity e
            LEFT JOIN mention m ON m.entity_id = e.id
            LEFT JOIN article a ON a.id = m.article_id
            LEFT JOIN sentence s ON s.article_id = m.article_id AND s.position = m.sentence
            GROUP BY e.id
            """)
        try counts.bind([])
        while try counts.step() {
            guard let kind = EntityKind(rawValue: counts.text(2)) else { continue }
            let id = Int64(counts.int(0))
            stats[id] = Stats(
                entity: EntityRef(id: id, name: counts.text(1), kind: kind), mentions: counts.int(3),
                articles: counts.int(4), confidence: counts.double(5), furniture: counts.int(6),
                headline: counts.int(7))
        }
        var degree: [Int64: Int] = [:]
        let links = try database.prepare(
            "SELECT id, sum(n) FROM (SELECT source_id AS id, count(*) AS n FROM relation GROUP BY source_id "
                + "UNION ALL SELECT target_id, count(*) FROM relation GROUP BY target_id) GROUP BY id")
        try links.bind([])
        while try links.step() { degree[Int64(links.int(0))] = links.int(1) }
        // Extracted names stored under more than one kind, and which entities they reached.
        var kindsByName: [String: Set<String>] = [:]
        let extracted = try database.prepare("SELECT DISTINCT extracted_name, extracted_kind, entity_id FROM mention")
        try extracted.bind([])
        while try extracted.step() {
            let name = extracted.text(0)
            kindsByName[name, default: []].insert(extracted.text(1))
            if case .integer(let id) = extracted.value(2) { stats[id]?.extracted.insert(name) }
        }

        var reasons: [Int64: [(AuditReason, String)]] = [:]
        func flag(_ id: Int64, _ reason: AuditReason, _ text: String) {
            reasons[id, default: []].append((reason, text))
        }
        for (id, s) in stats {
            if s.mentions > 0 && s.confidence < 0.6 {
                flag(id, .lowConfidence, "low confidence (\(JSONText.number((s.confidence * 100).rounded() / 100)))")
            }
            if s.mentions == 1 { flag(id, .seenOnce, "seen once") }
            for name in s.extracted.sorted() {
                let kinds = kindsByName[name] ?? []
                if kinds.count > 1 {
                    flag(id, .kindConflict, "'\(name)' was found as " + kinds.sorted().joined(separator: ", "))
                }
            }
            if AuditSignals.isVeryLong(s.entity.name) { flag(id, .veryLong, "very long name") }
            let allCaps = AuditSignals.isAllCaps(s.entity.name)
            if allCaps { flag(id, .allCaps, "all-caps name") }
            if s.mentions > 0 && s.furniture == s.mentions { flag(id, .furniture, "found only in page furniture") }
            if AuditSignals.isShouted(s.entity.name), s.mentions > 0, s.headline * 2 >= s.mentions {
                flag(id, .headline, "all-caps, and \(s.headline) of \(s.mentions) mentions are in all-caps headlines")
            }
        }
        for (id, reason, text) in nearDuplicates(Array(stats.values.map(\.entity))) { flag(id, reason, text) }
        for (id, reason, text) in try identityFlags() where stats[id] != nil { flag(id, reason, text) }

        var rows: [AuditRow] = []
        for (id, list) in reasons {
            guard let s = stats[id] else { continue }
            let reach = log2(1 + Double(s.mentions)) + log2(1 + Double(degree[id] ?? 0))
            let doubt = 1 - Set(list.map(\.0)).reduce(1.0) { $0 * (1 - $1.chance) }
            var row = AuditRow(
                name: s.entity.name, kind: s.entity.kind, status: .entity, score: (reach * doubt * 100).rounded() / 100,
                reasons: list.map(\.1), mentions: s.mentions, articles: s.articles,
                confidence: (s.confidence * 1000).rounded() / 1000, snippets: [])
            row.codes = Array(Set(list.map(\.0.rawValue))).sorted()
            row.degree = degree[id] ?? 0
            row.entityID = id
            rows.append(row)
        }
        rows.sort { ($1.score, $0.name, $0.kind) < ($0.score, $1.name, $1.kind) }
        // Evidence only for the rows a reviewer reads first: fetching it for 30,000 rows took most of the time.
        for index in rows.indices.prefix(AuditRow.rowsWithEvidence) {
            guard let id = rows[index].entityID else { continue }
            rows[index].snippets = try mentionRecords(entityID: id, limit: snippets).map {
                "\($0.article): \($0.snippet)"
            }
        }

        let rejected = try database.prepare(
            """
            SELECT extracted_name, extracted_kind, count(*), count(DISTINCT article_id), avg(confidence)
            FROM mention WHERE entity_id IS NULL GROUP BY extracted_name, extracted_kind ORDER BY extracted_name, extracted_kind
            """)
        for row in try rejected.rows() {
            guard let name = row[0].string, let kind = row[1].string.flatMap(EntityKind.init(rawValue:)) else {
                continue
            }
            rows.append(
                AuditRow(
                    name: name, kind: kind, status: .rejected, score: 0, reasons: ["rejected by curation"],
                    mentions: row[2].int ?? 0, articles: row[3].int ?? 0,
                    confidence: ((row[4].double ?? 0) * 1000).rounded() / 1000,
                    snippets: try mentionRecords(entityID: nil, rejected: (name, kind.rawValue), limit: snippets)
                        .map { "\($0.article): \($0.snippet)" }, codes: [AuditReason.rejected.rawValue]))
        }
        return rows
    }

    /// 1 when mention `m` (joined with its sentence `s` and article `a`) looks like page furniture.
    ///
    /// The rule-name test is a naming convention (docs/audit.md, `junk.furniture`), not a list of built-in rules: of
    /// those only `place.dateline` matches, but a user's `.patterns` file may name its own rules for bylines
    /// (`person.byline`), navigation, captions or boilerplate, and their mentions count as furniture too.
    package static let furnitureSQL = """
        CASE WHEN m.id IS NULL THEN 0
             WHEN s.id IS NULL OR m.start < s.start OR m.end > s.end THEN 1
             WHEN m.rule GLOB '*furniture*' OR m.rule GLOB '*boilerplate*' OR m.rule GLOB '*byline*'
                  OR m.rule GLOB '*caption*' OR m.rule GLOB '*nav*' OR m.rule GLOB '*dateline*' THEN 1
             WHEN s.end - s.start <= 40 AND upper(substr(a.text, s.start + 1, s.end - s.start)) = substr(a.text, s.start + 1, s.end - s.start)
                  AND substr(a.text, s.start + 1, s.end - s.start) GLOB '*[A-Z][A-Z]*' THEN 1
             ELSE 0 END
        """

    /// 1 when mention `m`'s sentence `s` of article `a` is written in capitals (a headline), 0 otherwise.
    package static let headlineSQL = """
        CASE WHEN m.id IS NULL OR s.id IS NULL THEN 0
             WHEN upper(substr(a.text, s.start + 1, s.end - s.start)) = substr(a.text, s.start + 1, s.end - s.start)
                  AND substr(a.text, s.start + 1, s.end - s.start) GLOB '*[A-Z][A-Z][A-Z]*' THEN 1
             ELSE 0 END
        """

    /// Reasons naming the near-duplicates of each entity, compared only within small blocks
    /// (same skeleton, same initials key, same kind and first letters) so large stores stay fast.
    package func nearDuplicates(_ entities: [EntityRef]) -> [(Int64, AuditReason, String)] {
        var result: [Int64: Set<String>] = [:]
        var caseVariants: [Int64: Set<String>] = [:]
        var titleCaseVariants: [Int64: Set<String>] = [:]
        func pair(_ a: EntityRef, _ b: EntityRef, _ why: String) {
            guard a.id != b.id else { return }
            result[a.id, default: []].insert("near-duplicate of '\(b.name)' (\(b.kind.rawValue), \(why))")
            result[b.id, default: []].insert("near-duplicate of '\(a.name)' (\(a.kind.rawValue), \(why))")
        }
        // The same name but for case or accents (NEW YORK, New York): almost always one entity split in two.
        var byFolded: [String: [EntityRef]] = [:]
        for entity in entities { byFolded[NameLookup.fold(entity.name), default: []].append(entity) }
        for group in byFolded.values where group.count > 1 && group.count <= 20 {
            for a in group {
                // The variant in capitals (a dateline or headline) is the one to merge away; the other is the
                // name to keep, listed as an ordinary near-duplicate so the pair is seen from both sides.
                for b in group where a.id != b.id && a.name != b.name {
                    let reason = "same name as '\(b.name)' (\(b.kind.rawValue)) but for case or accents"
                    if AuditSignals.isShouted(a.name) || !AuditSignals.isShouted(b.name) {
                        caseVariants[a.id, default: []].insert(reason)
                    } else {
                        titleCaseVariants[a.id, default: []].insert(reason)
                    }
                }
            }
        }
        func blocks(_ key: (EntityRef) -> String?) -> [[EntityRef]] {
            var map: [String: [EntityRef]] = [:]
            for entity in entities { if let k = key(entity) { map[k, default: []].append(entity) } }
            return map.values.filter { $0.count > 1 && $0.count <= 200 }.map { $0.sorted() }
        }
        for block in blocks({ AuditSignals.skeleton($0.name) }) {
            for (i, a) in block.enumerated() {
                // The same name under two kinds is reported as "found as person, place" instead.
                for b in block[(i + 1)...] where NameLookup.fold(a.name) != NameLookup.fold(b.name) {
                    pair(a, b, "spelling variant")
                }
            }
        }
        for block in blocks({ AuditSignals.initialsKey($0.name).map { "\($0)" } }) {
            for (i, a) in block.enumerated() {
                for b in block[(i + 1)...]
                where a.kind == b.kind
                    && AuditSignals.startsWithInitial(a.name) != AuditSignals.startsWithInitial(b.name)
                {
                    pair(a, b, "initials")
                }
            }
        }
        for block in blocks({ e in
            let f = NameLookup.fold(e.name)
            return f.count >= 5 ? "\(e.kind.rawValue) \(f.prefix(2))" : nil
        }) {
            for (i, a) in block.enumerated() {
                let fa = NameLookup.fold(a.name)
                for b in block[(i + 1)...] {
                    let fb = NameLookup.fold(b.name)
                    let bound = max(fa.count, fb.count) >= 10 ? 2 : 1
                    if fa != fb, AuditSignals.skeleton(a.name) != AuditSignals.skeleton(b.name),
                        NameLookup.distance(fa, fb, bound: bound) <= bound
                    {
                        pair(
                            a, b,
                            "\(NameLookup.distance(fa, fb, bound: bound)) edit\(NameLookup.distance(fa, fb, bound: bound) == 1 ? "" : "s") apart"
                        )
                    }
                }
            }
        }
        // A one-word name that is the last word of a longer name of the same kind (Zhumatai, Zhanargul Zhumatai).
        let lastWordKey = { (e: EntityRef) -> String? in
            NameLookup.fold(e.name).split(separator: " ").last.map { "\(e.kind.rawValue) \($0)" }
        }
        for block in blocks(lastWordKey) {
            for a in block where !NameLookup.fold(a.name).contains(" ") {
                for b in block where NameLookup.fold(b.name).contains(" ") { pair(a, b, "last word") }
            }
        }
        return result.flatMap { id, reasons in reasons.sorted().map { (id, AuditReason.nearDuplicate, $0) } }
            + caseVariants.flatMap { id, reasons in reasons.sorted().map { (id, AuditReason.caseVariant, $0) } }
            + titleCaseVariants.flatMap { id, reasons in reasons.sorted().map { (id, AuditReason.nearDuplicate, $0) } }
    }
}
