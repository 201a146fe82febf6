import NewsGraphCore

/// One kind per entity, decided by the evidence of all its mentions.
///
/// In: for each extraction rule that typed a mention of the entity, the kind it gave, how many mentions and their
/// summed confidence. Out: the winning kind, and the tally (the losing evidence is what `show` prints).
///
/// Strong cues (a gazetteer entry, a head word, a title, a role, a known given name, an acronym defined in the text)
/// outweigh any number of weak ones ("X said", "X's", a capitalised word): the kind with the most strong evidence wins,
/// and only when no kind has any does the weak evidence decide. Ties go to the kind listed first in `EntityKind`.
public struct KindVote: Sendable, Equatable {
    public struct Tally: Sendable, Equatable {
        public var kind: EntityKind
        public var strong = 0.0
        public var weak = 0.0
        public var mentions = 0
    }

    public private(set) var tallies: [EntityKind: Tally] = [:]

    public init() {}

    /// Adds `mentions` mentions typed `kind` by `rule`, with summed confidence `confidence`.
    public mutating func add(kind: EntityKind, rule: String, mentions: Int, confidence: Double) {
        var tally = tallies[kind] ?? Tally(kind: kind)
        if KindVote.isStrong(rule) { tally.strong += confidence } else { tally.weak += confidence }
        tally.mentions += mentions
        tallies[kind] = tally
    }

    /// The kind with the most strong evidence, else the most weak evidence; nil with no evidence at all.
    public var winner: EntityKind? {
        var best: Tally?
        for kind in EntityKind.allCases {
            guard let tally = tallies[kind] else { continue }
            guard let current = best else {
                best = tally
                continue
            }
            if (tally.strong, tally.weak) > (current.strong, current.weak) { best = tally }
        }
        return best?.kind
    }

    /// Whether a rule is evidence of the kind itself rather than of "some name" (a statement, a possessive).
    public static func isStrong(_ rule: String) -> Bool {
        for suffix in strongSuffixes where rule.hasSuffix(suffix) { return true }
        return rule.contains("ticker")
    }

    private static let strongSuffixes = [
        ".gazetteer", ".head-word", ".title-cue", ".role-cue", ".given-name", ".age-cue", ".acronym-definition",
        ".camel-case", ".demonym-noun", ".morphology", ".team-cue",
    ]
}
