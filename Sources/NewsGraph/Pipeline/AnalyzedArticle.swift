/// Everything the pipeline learned from one article: what the store keeps.
public struct AnalyzedArticle: Sendable {
    public var article: Article
    public var document: Document
    public var mentions: [Mention]
    public var aliases: [Alias]
    public var relations: [Relation]

    public init(article: Article, document: Document, mentions: [Mention], aliases: [Alias], relations: [Relation]) {
        self.article = article
        self.document = document
        self.mentions = mentions
        self.aliases = aliases
        self.relations = relations
    }
}
