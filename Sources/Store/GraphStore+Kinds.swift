import NewsGraphCore
import NewsGraphResolution

/// Entity kinds decided article by article (`DocumentKindVote`), for the entities whose mentions disagree.
///
/// In: what `refreshNames` saw of each entity's mentions (`KindCandidates`: the kinds given, one-word place names
/// typed by a list, the last words of people named in full with a person cue). Out: the kind of each entity whose
/// mentions give it more than one kind, or whose one-word place name is the last word of a person named in full in
/// the same article ("Robert Dole ... Dole said"); every other entity has one kind already and keeps it.
extension GraphStore {
    /// What the store-wide pass over mention groups learns for the article-by-article vote.
    package struct KindCandidates {
        /// Entity -> the kinds its mentions were given.
        var kinds: [Int64: Set<EntityKind>] = [:]
        /// Entities with a one-word name typed place by a list or a hint (`townRules`), by that name folded.
        var towns: [Int64: Set<String>] = [:]
        /// Folded last words of multi-word names typed person by a person cue (`fullNameRules`).
        var personLastWords = Set<String>()

        mutating func note(entity: Int64, name: String, kind: EntityKind, rule: String) {
            kinds[entity, default: []].insert(kind)
            if kind == .place, KindCandidates.townRules.contains(rule), !name.contains(" ") {
                towns[entity, default: []].insert(name.lowercased())
            } else if kind == .person, KindCandidates.fullNameRules.contains(rule), let space = name.lastIndex(of: " ")
            {
                personLastWords.insert(name[name.index(after: space)...].lowercased())
            }
        }

        static let townRules = Set(DocumentKindVote.townRules)
        static let fullNameRules = Set(DocumentKindVote.fullNameRules)
    }

    /// The article-by-article kind of every entity that needs one (see the extension's summary).
    /// - Parameter everyEntity: `candidates` saw every entity of the store, so a town whose name ends no person's
    ///   name in it can be passed over without asking the store.
    package func documentKinds(_ candidates: KindCandidates, everyEntity: Bool) throws -> [Int64: EntityKind] {
        let db = database
        var towns = Set<Int64>()
        for (id, names) in candidates.towns
        where !everyEntity || names.contains(where: candidates.personLastWords.contains) {
            towns.insert(id)
        }
        var fullNames: [Int64: Set<Int64>] = [:]
        if !towns.isEmpty {
            try db.fillTemporaryIDTable("kind_town", with: towns)
            let townRules = DocumentKindVote.townRules
            let personRules = DocumentKindVote.fullNameRules
            func placeholders(_ ids: [String]) -> String { ids.map { _ in "?" }.joined(separator: ", ") }
            let pairs = try db.prepare(
                """
                SELECT DISTINCT m.entity_id, m.article_id FROM mention m JOIN mention p ON p.article_id = m.article_id
                WHERE m.entity_id IN (SELECT id FROM temp.kind_town) AND m.extracted_kind = 'place'
                AND m.rule IN (\(placeholders(townRules))) AND instr(m.extracted_name, ' ') = 0
                AND p.extracted_kind = 'person' AND p.rule IN (\(placeholders(personRules)))
                AND length(p.extracted_name) > length(m.extracted_name) + 1
                AND substr(p.extracted_name, -length(m.extracted_name) - 1) = ' ' || m.extracted_name COLLATE NOCASE
                """)
            try pairs.bind((townRules + personRules).map { SQLValue.text($0) })
            while try pairs.step() { fullNames[Int64(pairs.int(0)), default: []].insert(Int64(pairs.int(1))) }
        }
        var voters = Set(fullNames.keys)
        for (id, kinds) in candidates.kinds where kinds.count > 1 { voters.insert(id) }
        guard !voters.isEmpty else { return [:] }
        try db.fillTemporaryIDTable("kind_entity", with: voters)
        let groups = try db.prepare(
            """
            SELECT entity_id, article_id, extracted_kind, rule, count(*), sum(confidence) FROM mention
            WHERE entity_id IN (SELECT id FROM temp.kind_entity) GROUP BY entity_id, article_id, extracted_kind, rule
            """)
        try groups.bind([])
        var votes: [Int64: DocumentKindVote] = [:]
        while try groups.step() {
            guard let kind = EntityKind(rawValue: groups.text(2)) else { continue }
            votes[Int64(groups.int(0)), default: DocumentKindVote()].add(
                kind: kind, rule: groups.text(3), article: Int64(groups.int(1)), mentions: groups.int(4),
                confidence: groups.double(5))
        }
        for (id, articles) in fullNames {
            for article in articles {
                votes[id, default: DocumentKindVote()].add(
                    kind: .person, cue: .article, article: article, mentions: 0, confidence: 0)
            }
        }
        return votes.compactMapValues(\.winner)
    }
}
