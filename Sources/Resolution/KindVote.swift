import NewsGraphCore

/// One kind per identity key, decided by the evidence of all its mentions summed over the store.
///
/// `CorpusJoins` asks it which keys name a person (for surname joins) and what an acronym's own mentions say; the store
/// asks it for an entity whose mentions all give one kind. An entity whose mentions disagree takes the kind of
/// `DocumentKindVote`, which weighs the evidence article by article (`GraphStore+Kinds`).
///
/// In: for each extraction rule that typed a mention of the entity, the kind it gave, how many mentions and their
/// summed confidence. Out: the winning kind, and the tally (the losing evidence is what `show` prints).
///
/// Strong cues (a gazetteer entry, a head word, a title, a role, a known given name, an acronym defined in the text)
/// outweigh any number of weak ones ("X said", "X's", a capitalised word): the kind with the most strong evidence wins,
/// and only when no kind has any does the weak evidence decide. Ties go to the kind listed first in `EntityKind`.
///
/// One exception lets the weight of evidence across mentions decide: a kind whose own lists and patterns (a city or a
/// dateline, a legal form, the organization knowledge base) typed it in many mentions beats a few strong cues of
/// another kind once it has `overwhelming` times their confidence. "Chicago" is a place in 739 mentions (city list,
/// datelines) and a team in 5 ("Chicago beat Boston 3-1"): it is a place. Rules that only say "some name" ("X said",
/// "X's", a repeated name) never count for this, so "Bundesbank said" 147 times does not outvote 3 organization cues.
public struct KindVote: Sendable, Equatable {
    public struct Tally: Sendable, Equatable {
        public var kind: EntityKind
        public var strong = 0.0
        public var weak = 0.0
        /// The part of `weak` from rules that are evidence of this kind (not of "some name"): see `isNameOnly`.
        public var kindEvidence = 0.0
        public var mentions = 0
    }

    public private(set) var tallies: [EntityKind: Tally] = [:]

    public init() {}

    /// Adds `mentions` mentions typed `kind` by `rule`, with summed confidence `confidence`.
    public mutating func add(kind: EntityKind, rule: String, mentions: Int, confidence: Double) {
        var tally = tallies[kind] ?? Tally(kind: kind)
        if KindVote.isStrong(rule) {
            tally.strong += confidence
        } else {
            tally.weak += confidence
            if !KindVote.isNameOnly(rule) { tally.kindEvidence += confidence }
        }
        tally.mentions += mentions
        tallies[kind] = tally
    }

    /// The kind with the most strong evidence, else the most weak evidence, unless another kind's own evidence
    /// overwhelms the strong cues (see the type's summary); nil with no evidence at all.
    public var winner: EntityKind? {
        guard let byCues = winnerByCues, let cues = tallies[byCues], cues.strong > 0 else { return winnerByCues }
        var best = cues
        for kind in EntityKind.allCases where kind != byCues {
            guard let tally = tallies[kind] else { continue }
            if tally.kindEvidence >= KindVote.overwhelming * cues.strong, tally.kindEvidence > cues.strong + cues.weak,
                best.kind == byCues || tally.kindEvidence > best.kindEvidence
            {
                best = tally
            }
        }
        return best.kind
    }

    /// How many times the strong cues' confidence another kind's own evidence must reach to win over them.
    public static let overwhelming = 50.0

    private var winnerByCues: EntityKind? {
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

    /// Whether a rule says only that a name is a name of some kind (it speaks, owns, repeats, is capitalised), so that
    /// any number of its mentions is no evidence of the kind itself.
    public static func isNameOnly(_ rule: String) -> Bool {
        nameOnlySuffixes.contains(where: rule.hasSuffix)
    }

    private static let nameOnlySuffixes = [
        ".speech-cue", ".possessive-cue", ".statement-cue", ".citation-cue", ".repeated-name", ".repeated-full-name",
        ".same-name", ".same-organization", ".capitalized-word", ".capitalized-name", ".name-part",
        ".administration-cue", ".surname", ".acronym",
    ]

    private static let strongSuffixes = [
        ".gazetteer", ".head-word", ".title-cue", ".role-cue", ".given-name", ".age-cue", ".acronym-definition",
        ".camel-case", ".demonym-noun", ".morphology", ".team-cue",
    ]
}
