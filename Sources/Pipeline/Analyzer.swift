import Dispatch
import NewsGraphCore
import NewsGraphExtraction
import NewsGraphReading
import NewsGraphRelations
import NewsGraphResolution
import NewsGraphText

/// Runs the text stages on one article: clean, tokenize, extract, resolve, relate.
///
/// ```swift
/// let analyzed = Analyzer().analyze(article)
/// print(analyzed.mentions.map(\.entity))
/// ```
public struct Analyzer: Sendable {
    public var cleaner: Cleaner
    public var extractor: EntityExtractor
    public var resolver: Resolver
    public var relationFinder: RelationFinder

    public init(
        cleaner: Cleaner = Cleaner(), extractor: EntityExtractor = EntityExtractor(),
        resolver: Resolver = Resolver(), relationFinder: RelationFinder = RelationFinder()
    ) {
        self.cleaner = cleaner
        self.extractor = extractor
        self.resolver = resolver
        self.relationFinder = relationFinder
    }

    public func analyze(_ article: Article) -> AnalyzedArticle {
        let text = TextBuffer(article.text)
        let cleaned = cleaner.clean(text)
        // Metadata the input did not give, from the top of the page (here, on the worker threads).
        let article = MetadataSniffer.filling(article, text: text, cleaned: cleaned)
        let document = Tokenizer.document(text: text, blocks: cleaned.blocks)
        let found = extractor.mentions(in: document)
        let (mentions, aliases) = resolver.resolve(found, in: document)
        let linked = relationFinder.find(in: document, mentions: mentions)
        return AnalyzedArticle(
            article: article, document: document, mentions: mentions, aliases: aliases,
            relations: linked.relations, cappedSentences: linked.cappedSentences,
            cappedParagraphs: linked.cappedParagraphs)
    }
}

extension Analyzer {
    /// Analyzes articles on all cores, keeping their order.
    public func analyzeAll(_ articles: [Article]) -> [AnalyzedArticle] {
        guard articles.count > 1 else { return articles.map(analyze) }
        let results = UnsafeResults<AnalyzedArticle>(count: articles.count)
        DispatchQueue.concurrentPerform(iterations: articles.count) { index in
            results.set(index, analyze(articles[index]))
        }
        return results.values
    }
}
