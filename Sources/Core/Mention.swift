/// One occurrence of an entity in an article: where it is, what it is, which rule found it, and how sure we are.
public struct Mention: Hashable, Codable, Sendable {
    /// Code-point offsets into `Article.text`, half-open.
    public var range: TextRange
    /// The surface text, `article.text[range]`.
    public var text: String
    public var kind: EntityKind
    /// Stable id of the rule that fired, e.g. `person.title-cue`, `place.gazetteer`.
    public var rule: String
    /// 0...1; usable as a filter.
    public var confidence: Double
    /// Index of the sentence (in `AnalyzedArticle.sentences`) that holds the mention.
    public var sentence: Int
    /// Canonical name of the entity this mention refers to (set by resolution; the surface text before).
    public var entity: String

    public init(
        range: TextRange, text: String, kind: EntityKind, rule: String,
        confidence: Double, sentence: Int, entity: String? = nil
    ) {
        self.range = range
        self.text = text
        self.kind = kind
        self.rule = rule
        self.confidence = confidence
        self.sentence = sentence
        self.entity = entity ?? text
    }
}
