import NewsGraphCore

/// One sentence that supports a relation between two entities, as `newsgraph why` shows it.
public struct EvidenceSentence: Sendable, Equatable, Codable {
    /// The article's title, or its source when it has none.
    public var article: String
    /// Where the article came from (path, or `path:LINE`).
    public var source: String
    public var date: String?
    /// Index of the sentence in the article.
    public var sentence: Int
    /// Code-point offsets of the sentence in the article text.
    public var start: Int
    public var end: Int
    /// Code-point offsets of the span the rule matched.
    public var matchStart: Int
    public var matchEnd: Int
    /// The sentence text (the matched span when the sentence is unknown).
    public var text: String
    public var relation: Link.Relation
    /// The pattern that found it (`cooccurrence.sentence`, ...).
    public var rule: String
    /// The relation's stored ends: source first for directed relations.
    public var from: EntityRef
    public var to: EntityRef

    public init(
        article: String, source: String, date: String?, sentence: Int, start: Int, end: Int,
        matchStart: Int, matchEnd: Int, text: String, relation: Link.Relation, rule: String,
        from: EntityRef, to: EntityRef
    ) {
        self.article = article
        self.source = source
        self.date = date
        self.sentence = sentence
        self.start = start
        self.end = end
        self.matchStart = matchStart
        self.matchEnd = matchEnd
        self.text = text
        self.relation = relation
        self.rule = rule
        self.from = from
        self.to = to
    }
}
