import NewsGraphCore
import NewsGraphExtraction

/// One kind per entity, decided article by article the way a reader decides it: in each article the strongest cue
/// there says what the name is, and across the store each article counts by how strong that cue was.
///
/// In: for each article, the kind and rule of each group of the entity's mentions there (and, from the store, the
/// articles where a one-word place name is the last word of a person named in full in the same article: "Robert Dole
/// ... Dole said", which extraction typed as the French town). Out: the winning kind and each kind's score.
///
/// Cues, strongest first (`Cue`): a cue in the sentence itself (a title, a role, a legal form, a head word, company
/// context, a dateline, an acronym defined in the text); a cue the article gives through a longer name or a stronger
/// rule elsewhere in it ("Sears" of "Sears, Roebuck and Co", "Dole" of "Robert Dole"); a curated gazetteer entry;
/// another list (city list, organization knowledge base, given names, a word in capitals); a hint (a surname, "in X");
/// and name-only cues ("X said", "X's", a capitalised word), which say only that some name is there.
///
/// Within one article only the kinds with its strongest cue count (one sense per article: "Sears said" beside "Sears,
/// Roebuck and Co" is the company). Across articles, each article adds its cue's weight to the kind it names, so one
/// misread title ("Engineer Mannesmann eased 3.20 marks") does not outweigh four articles that list the company, and
/// many mentions inside one article count once. Name-only cues never count against other evidence (except that a
/// place does not speak: see `scores`); they decide only between kinds that have nothing else, by summed confidence.
/// Ties go to more mentions, then to more confidence, then to the kind listed first in `EntityKind`.
public struct DocumentKindVote: Sendable, Equatable {
    /// How strongly a rule says what kind of thing a name is, weakest first.
    public enum Cue: Int, Sendable, Comparable, CaseIterable {
        /// "X said", "X's", a capitalised word: some name, of no kind in particular.
        case nameOnly
        /// A known surname, "in X": a lean, not a decision.
        case hint
        /// A list other than the curated gazetteers: cities, the organization knowledge base, given names, capitals.
        case list
        /// An entry of the curated gazetteers (countries, regions, well-known organizations, groups).
        case gazetteer
        /// The article says it through another mention: a longer name it is part of, a stronger rule on the same name.
        case article
        /// The sentence says it: a title, a role, an age, a legal form, a head word, company context, a dateline.
        case context

        public static func < (lhs: Cue, rhs: Cue) -> Bool { lhs.rawValue < rhs.rawValue }

        /// What one article whose strongest cue is this adds to the kind it names.
        public var weight: Double {
            switch self {
            case .nameOnly: 0
            case .hint: 0.5
            case .list: 1
            case .gazetteer, .article: 2
            case .context: 3
            }
        }
    }

    /// One kind's evidence in one article, or summed over the store.
    public struct Evidence: Sendable, Equatable {
        public var cue = Cue.nameOnly
        public var mentions = 0
        public var confidence = 0.0
    }

    /// Article -> kind -> the best cue and the mentions there.
    private var articles: [Int64: [EntityKind: Evidence]] = [:]

    public init() {}

    /// Adds `mentions` mentions of article `article` typed `kind` by `rule`, with summed confidence `confidence`.
    public mutating func add(kind: EntityKind, rule: String, article: Int64, mentions: Int, confidence: Double) {
        add(
            kind: kind, cue: DocumentKindVote.cue(of: rule, kind: kind), article: article, mentions: mentions,
            confidence: confidence)
    }

    /// Adds evidence of a known strength (`DocumentKindVote.cue(of:kind:)` gives a rule's).
    public mutating func add(kind: EntityKind, cue: Cue, article: Int64, mentions: Int, confidence: Double) {
        var evidence = articles[article, default: [:]][kind] ?? Evidence()
        evidence.cue = max(evidence.cue, cue)
        evidence.mentions += mentions
        evidence.confidence += confidence
        articles[article, default: [:]][kind] = evidence
    }

    /// Each kind's score: the summed weight of the articles whose strongest cue names it.
    ///
    /// A place does not speak: when the only other evidence is a place or group in a list ("Kim" in the city list
    /// once), each article where a person or organization only speaks or owns ("Kim said") counts as a hint.
    public var scores: [EntityKind: Double] {
        var scores: [EntityKind: Double] = [:]
        var speaking: [EntityKind: Double] = [:]
        for kinds in articles.values {
            guard let top = kinds.values.map(\.cue).max(), top > .nameOnly else {
                for kind in kinds.keys where kind == .person || kind == .organization {
                    speaking[kind, default: 0] += Cue.hint.weight
                }
                continue
            }
            for (kind, evidence) in kinds where evidence.cue == top { scores[kind, default: 0] += top.weight }
        }
        let others = totals.filter { $0.value.cue > .nameOnly }
        if !speaking.isEmpty, !others.isEmpty,
            others.allSatisfy({ ($0.key == .place || $0.key == .group) && $0.value.cue <= .list })
        {
            for (kind, score) in speaking { scores[kind, default: 0] += score }
        }
        return scores
    }

    /// Each kind's evidence summed over the articles (`cue` is the strongest seen anywhere).
    public var totals: [EntityKind: Evidence] {
        var totals: [EntityKind: Evidence] = [:]
        for kinds in articles.values {
            for (kind, evidence) in kinds {
                var total = totals[kind] ?? Evidence()
                total.cue = max(total.cue, evidence.cue)
                total.mentions += evidence.mentions
                total.confidence += evidence.confidence
                totals[kind] = total
            }
        }
        return totals
    }

    /// The kind with the highest score, else (only name-only cues anywhere) the most confidence; nil with no evidence.
    public var winner: EntityKind? {
        let scores = scores
        let totals = totals
        var best: (kind: EntityKind, rank: (Double, Int, Double))?
        for kind in EntityKind.allCases {
            guard let total = totals[kind] else { continue }
            let rank = (scores[kind] ?? 0, total.mentions, total.confidence)
            let rankByScore = scores.isEmpty ? (total.confidence, total.mentions, 0) : rank
            if best.map({ rankByScore > $0.rank }) ?? true { best = (kind, rankByScore) }
        }
        return best?.kind
    }

    /// The strength of rule `rule`'s evidence that a name is a `kind` (by the rule id's suffix; unknown rules say
    /// only that there is a name).
    public static func cue(of rule: String, kind: EntityKind) -> Cue {
        guard let dot = rule.firstIndex(of: ".") else { return .nameOnly }
        let suffix = rule[rule.index(after: dot)...]
        if kind == .place && suffix == "context-cue" { return .hint }
        if let cue = cues[String(suffix)] { return cue }
        return rule.contains("ticker") ? .context : .nameOnly
    }

    /// Place rules that find a name only in a list or after "in" (the city list, the gazetteer, "in X"): in an article
    /// that names a person in full whose last word is that name, the person is meant ("Robert Dole ... Dole said").
    package static let townRules: [String] = EntityRules.all.filter {
        $0.kind == .place && [.hint, .list, .gazetteer].contains(cue(of: $0.id, kind: .place))
    }.map(\.id).sorted()

    /// Person rules that type a full name by its sentence (a title, a role, an age) or by a known given name: the full
    /// names that claim their last word in the same article (`townRules`). Rules that only pass a kind on within the
    /// document (`name-part`, `same-name`) are not among them.
    package static let fullNameRules: [String] = EntityRules.all.filter {
        $0.kind == .person && $0.phase != .document && [.context, .list].contains(cue(of: $0.id, kind: .person))
    }.map(\.id).sorted()

    private static let cues: [String: Cue] = {
        var cues: [String: Cue] = [:]
        let table: [(Cue, [String])] = [
            (
                .context,
                [
                    "title-cue", "role-cue", "age-cue", "legal-form", "head-word", "company-cue", "context-cue",
                    "acronym-definition", "dateline", "team-cue", "team-score", "administration-cue", "citation-cue",
                    "camel-case",
                ]
            ),
            // A name-part says only that some full name in the article, typed person by any rule, holds the word: the
            // store's own check (`GraphStore+Kinds`) asks for a person cue on that name and counts as `article`.
            (.article, ["same-organization", "same-name", "repeated-name"]),
            (.gazetteer, ["gazetteer"]),
            (
                .list,
                [
                    "city", "knowledge-base", "given-name", "demonym-noun", "morphology", "acronym",
                    "repeated-full-name",
                    "name-part",
                ]
            ),
            (.hint, ["surname"]),
        ]
        for (cue, suffixes) in table {
            for suffix in suffixes { cues[suffix] = cue }
        }
        return cues
    }()
}
