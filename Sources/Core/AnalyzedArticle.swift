/// Everything the pipeline learned from one article: what the store keeps.
public struct AnalyzedArticle: Sendable {
    public var article: Article
    public var document: Document
    public var mentions: [Mention]
    public var aliases: [Alias]
    public var relations: [Relation]
    /// Sentences and paragraphs too crowded with entities for co-occurrence (see `RelationFinder`).
    public var cappedSentences: Int
    public var cappedParagraphs: Int

    public init(
        article: Article, document: Document, mentions: [Mention], aliases: [Alias], relations: [Relation],
        cappedSentences: Int = 0, cappedParagraphs: Int = 0
    ) {
        self.article = article
        self.document = document
        self.mentions = mentions
        self.aliases = aliases
        self.relations = relations
        self.cappedSentences = cappedSentences
        self.cappedParagraphs = cappedParagraphs
    }
}
