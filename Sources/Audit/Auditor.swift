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

    /// How likely `flag` makes an entity of `mentions` mentions (`sameKind` of them typed as its kind) wrong.
    ///
    /// Two reasons depend on the entity, not only on the reason (measured on the Reuters store, where the fixed
    /// chances put United States, Washington and London first): a kind conflict weighs the share of mentions
    /// extraction typed otherwise (United States: 34 of 9,305 mentions, 0.1; Chicago as an organization: 739 of
    /// 744 typed as a place, 0.9); a duplicate pair weighs on its smaller side, the one to merge away (Washington
    /// keeps 0.5 x 1/2,642 for its neighbour WASHINGON, which keeps 0.5), except the capitals side of a case
    /// variant, always the one to merge away.
    private func chance(of flag: Flag, mentions: Int, sameKind: Int, sizes: [Int64: Int]) -> Double {
        switch flag.reason {
        case .kindConflict:
            guard mentions > 0 else { return flag.reason.chance }
            return min(0.9, 0.1 + Double(mentions - sameKind) / Double(mentions))
        case .nearDuplicate, .caseVariant:
            guard flag.scaled, let other = flag.other, let size = sizes[other] else { return flag.reason.chance }
            return flag.reason.chance * min(1, Double(max(1, size)) / Double(max(1, mentions)))
        default:
            return flag.reason.chance
        }
    }

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
            /// Mentions extraction typed as the entity's kind.
            var sameKind: Int
            /// Mentions in running text: neither in a capitals headline nor in page furniture.
            var body: Int
            /// Whether a list or an acronym definition knows the name (`Auditor.knownSQL`).
            var known: Bool
            var extracted: Set<String> = []
        }
        var stats: [Int64: Stats] = [:]
        let counts = try database.prepare(
            """
            SELECT e.id, e.name, e.kind, count(m.id), count(DISTINCT m.article_id), coalesce(avg(m.confidence), 1),
                   coalesce(sum(\(Auditor.furnitureSQL)), 0), coalesce(sum(\(Auditor.headlineSQL)), 0),
                   coalesce(sum(m.extracted_kind = e.kind), 0),
                   coalesce(sum(CASE WHEN (\(Auditor.headlineSQL)) = 0 AND (\(Auditor.furnitureSQL)) = 0 THEN 1 ELSE 0 END), 0),
                   coalesce(max(m.rule IN \(Auditor.knownRulesSQL)), 0)
                   OR EXISTS (SELECT 1 FROM alias l WHERE l.name = e.name COLLATE NOCASE AND l.reason = 'alias.acronym-defined')
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
                headline: counts.int(7), sameKind: counts.int(8), body: counts.int(9), known: counts.int(10) != 0)
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

        var flags: [Int64: [Flag]] = [:]
        func flag(_ id: Int64, _ reason: AuditReason, _ text: String) {
            flags[id, default: []].append(Flag(id: id, reason: reason, text: text))
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
            // An acronym (CSX, PPG) is written in capitals too: one the text uses in running sentences, or that a list
            // or a definition in some article knows, is a name, whatever share of its mentions headlines hold.
            if AuditSignals.isShouted(s.entity.name), s.mentions > 0, s.headline * 2 >= s.mentions, s.body == 0,
                !s.known
            {
                flag(id, .headline, "all-caps, and \(s.headline) of \(s.mentions) mentions are in all-caps headlines")
            }
        }
        for near in nearDuplicates(Array(stats.values.map(\.entity))) { flags[near.id, default: []].append(near) }
        for (id, reason, text) in try identityFlags() where stats[id] != nil { flag(id, reason, text) }

        let sizes = stats.mapValues(\.mentions)
        // Built once: building it inside the loop below, once per flagged entity, copied all 32,000 entries 24,000
        // times and took 90 % of an audit of the Reuters store (27 to 73 s of CPU instead of about 4).
        let sides = stats.mapValues { (entity: $0.entity, mentions: $0.mentions) }
        var rows: [AuditRow] = []
        for (id, list) in flags {
            guard let s = stats[id] else { continue }
            let reach = log2(1 + Double(s.mentions)) + log2(1 + Double(degree[id] ?? 0))
            // The strongest flag of each reason counts, once.
            var chances: [AuditReason: Double] = [:]
            for item in list {
                chances[item.reason] = max(
                    chances[item.reason] ?? 0,
                    chance(of: item, mentions: s.mentions, sameKind: s.sameKind, sizes: sizes))
            }
            let doubt = 1 - chances.values.reduce(1.0) { $0 * (1 - $1) }
            var row = AuditRow(
                name: s.entity.name, kind: s.entity.kind, status: .entity, score: (reach * doubt * 100).rounded() / 100,
                reasons: list.map(\.text), mentions: s.mentions, articles: s.articles,
                confidence: (s.confidence * 1000).rounded() / 1000, snippets: [])
            row.codes = Array(Set(list.map(\.reason.rawValue))).sorted()
            row.degree = degree[id] ?? 0
            row.entityID = id
            row.mergeInto = mergeTarget(of: s.entity, mentions: s.mentions, flags: list, stats: sides)
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

    /// The entity `entity` should be merged into, if a duplicate flag makes it the side to merge away: the capitals
    /// side of a case variant (always), or the less mentioned of a near-duplicate or case-variant pair of the same
    /// kind (ties to the name first in order, so only one side of a pair is told to merge), never into a name in
    /// capitals from one that is not; near-duplicates only between names of two words or more, and nothing for a
    /// short name kept apart as ambiguous. Of several, the most mentioned target.
    private func mergeTarget(
        of entity: EntityRef, mentions: Int, flags: [Flag], stats: [Int64: (entity: EntityRef, mentions: Int)]
    ) -> EntityRef? {
        // A short name kept apart as ambiguous (Baker: James or Howard) is a decision to make, not a merge to take.
        if flags.contains(where: { $0.reason == .ambiguousName }) { return nil }
        var best: (entity: EntityRef, mentions: Int)?
        for flag in flags where flag.reason == .caseVariant || flag.reason == .nearDuplicate {
            // Near-duplicates of one word are too often two names (Kenya and Conn, Del and Dole, Africa and South
            // Africa): only names of two words or more are suggested, unless they differ by case or punctuation only.
            // Initials match too loosely to suggest (James Capel and Co, J.P. Morgan and Co).
            if flag.reason == .nearDuplicate, !flag.text.hasPrefix("same name as"),
                !entity.name.contains(" ") || stats[flag.other ?? -1]?.entity.name.contains(" ") != true
                    || flag.text.hasSuffix(", initials)")
            {
                continue
            }
            // Never into a name in capitals from a name that is not (TEXACO INC is the headline form of Texaco Inc.).
            guard let id = flag.other, let other = stats[id],
                !AuditSignals.isShouted(other.entity.name) || AuditSignals.isShouted(entity.name)
            else { continue }
            let awaySide =
                flag.reason == .caseVariant && !flag.scaled
                || (other.entity.kind == entity.kind
                    && (other.mentions, entity.name) > (mentions, other.entity.name))
            guard awaySide else { continue }
            if best.map({ (other.mentions, $0.entity.name) > ($0.mentions, other.entity.name) }) ?? true {
                best = other
            }
        }
        return best?.entity
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

    /// Rules that fire only on a name a list or the text itself vouches for: the organization gazetteer and knowledge
    /// base (CSX, PPG Industries), an acronym defined in parentheses after its name.
    package static let knownRulesSQL = """
        ('organization.knowledge-base', 'organization.gazetteer', 'organization.acronym-definition')
        """

    /// 1 when mention `m`'s sentence `s` of article `a` is written in capitals (a headline), 0 otherwise.
    package static let headlineSQL = """
        CASE WHEN m.id IS NULL OR s.id IS NULL THEN 0
             WHEN upper(substr(a.text, s.start + 1, s.end - s.start)) = substr(a.text, s.start + 1, s.end - s.start)
                  AND substr(a.text, s.start + 1, s.end - s.start) GLOB '*[A-Z][A-Z][A-Z]*' THEN 1
             ELSE 0 END
        """

    /// One reason an entity is listed: its code, the words a reviewer reads, and how likely it makes the entity wrong.
    package struct Flag {
        var id: Int64
        var reason: AuditReason
        var text: String
        /// The other entity of a duplicate pair, whose size decides which side is the one to merge away.
        var other: Int64?
        /// False for the capitals side of a case variant (NEW YORK beside New York): always the one to merge away.
        var scaled = true
    }

    /// Reasons naming the near-duplicates of each entity, compared only within small blocks
    /// (same skeleton, same initials key, same kind and first letters) so large stores stay fast.
    ///
    /// Each name's fold, skeleton and initials key are computed once: computing them pair by pair inside the
    /// blocks took 45 of the 50 s of CPU of an audit of the Reuters store.
    package func nearDuplicates(_ entities: [EntityRef]) -> [Flag] {
        struct Shape {
            var fold: String, skeleton: String, initials: String?, startsWithInitial: Bool, shouted: Bool
        }
        let shapes = entities.map { entity in
            let fold = NameLookup.fold(entity.name)
            return Shape(
                fold: fold, skeleton: AuditSignals.skeleton(folded: fold),
                initials: AuditSignals.initialsKey(folded: fold),
                startsWithInitial: fold.split(separator: " ").first?.count == 1,
                shouted: AuditSignals.isShouted(entity.name))
        }
        var near: [Int64: [String: Int64]] = [:]
        var caseVariants: [Int64: [String: (other: Int64, scaled: Bool)]] = [:]
        func pair(_ a: Int, _ b: Int, _ why: String) {
            let x = entities[a], y = entities[b]
            guard x.id != y.id else { return }
            near[x.id, default: [:]]["near-duplicate of '\(y.name)' (\(y.kind.rawValue), \(why))"] = y.id
            near[y.id, default: [:]]["near-duplicate of '\(x.name)' (\(x.kind.rawValue), \(why))"] = x.id
        }
        // The same name but for case, accents or punctuation (NEW YORK, New York; Texaco Inc, Texaco Inc.): almost
        // always one entity split in two.
        var byFolded: [String: [Int]] = [:]
        for index in entities.indices { byFolded[shapes[index].fold, default: []].append(index) }
        for group in byFolded.values where group.count > 1 && group.count <= 20 {
            for a in group {
                for b in group where entities[a].id != entities[b].id && entities[a].name != entities[b].name {
                    let other = entities[b]
                    let reason =
                        "same name as '\(other.name)' (\(other.kind.rawValue)) but for case, accents or punctuation"
                    // The variant in capitals (a dateline or headline) is the one to merge away, whatever its size;
                    // between two forms in the same case, the smaller one (see `audit`).
                    if shapes[a].shouted && !shapes[b].shouted {
                        caseVariants[entities[a].id, default: [:]][reason] = (other.id, false)
                    } else if shapes[a].shouted == shapes[b].shouted {
                        caseVariants[entities[a].id, default: [:]][reason] = (other.id, true)
                    } else {
                        near[entities[a].id, default: [:]][reason] = other.id
                    }
                }
            }
        }
        func blocks(_ key: (Int) -> String?) -> [[Int]] {
            var map: [String: [Int]] = [:]
            for index in entities.indices { if let k = key(index) { map[k, default: []].append(index) } }
            return map.values.filter { $0.count > 1 && $0.count <= 200 }.map {
                $0.sorted { entities[$0] < entities[$1] }
            }
        }
        // Spelling neighbours of another kind (China and Chen, Paris and Press) are coincidences, not duplicates.
        for block in blocks({ "\(entities[$0].kind.rawValue) \(shapes[$0].skeleton)" }) {
            for (i, a) in block.enumerated() {
                for b in block[(i + 1)...] where shapes[a].fold != shapes[b].fold { pair(a, b, "spelling variant") }
            }
        }
        for block in blocks({ shapes[$0].initials }) {
            for (i, a) in block.enumerated() {
                for b in block[(i + 1)...]
                where entities[a].kind == entities[b].kind && shapes[a].startsWithInitial != shapes[b].startsWithInitial
                {
                    pair(a, b, "initials")
                }
            }
        }
        for block in blocks({
            shapes[$0].fold.count >= 5 ? "\(entities[$0].kind.rawValue) \(shapes[$0].fold.prefix(2))" : nil
        }) {
            for (i, a) in block.enumerated() {
                let fa = shapes[a].fold
                for b in block[(i + 1)...] {
                    let fb = shapes[b].fold
                    guard fa != fb, shapes[a].skeleton != shapes[b].skeleton else { continue }
                    let bound = max(fa.count, fb.count) >= 10 ? 2 : 1
                    let distance = NameLookup.distance(fa, fb, bound: bound)
                    if distance <= bound { pair(a, b, "\(distance) edit\(distance == 1 ? "" : "s") apart") }
                }
            }
        }
        // A one-word name that is the last word of a longer name of the same kind (Zhumatai, Zhanargul Zhumatai).
        for block in blocks({ i in
            shapes[i].fold.split(separator: " ").last.map { "\(entities[i].kind.rawValue) \($0)" }
        }) {
            for a in block where !shapes[a].fold.contains(" ") {
                for b in block where shapes[b].fold.contains(" ") { pair(a, b, "last word") }
            }
        }
        var flags: [Flag] = []
        for (id, reasons) in near {
            for (text, other) in reasons.sorted(by: { $0.key < $1.key }) {
                flags.append(Flag(id: id, reason: .nearDuplicate, text: text, other: other))
            }
        }
        for (id, reasons) in caseVariants {
            for (text, other) in reasons.sorted(by: { $0.key < $1.key }) {
                flags.append(Flag(id: id, reason: .caseVariant, text: text, other: other.other, scaled: other.scaled))
            }
        }
        return flags
    }
}
