/// One sentence that supports a relation.
public struct Evidence: Hashable, Codable, Sendable {
    /// Index into `AnalyzedArticle.sentences`.
    public var sentence: Int
    /// Stable id of the pattern that found it (`cooccurrence.sentence`, `role.appositive`, ...; see `docs/relations.md`).
    public var rule: String
    /// The span that matched, in code points of the article text.
    public var range: TextRange

    public init(sentence: Int, rule: String, range: TextRange) {
        self.sentence = sentence
        self.rule = rule
        self.range = range
    }
}
