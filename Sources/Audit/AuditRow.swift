import NewsGraphCore

/// One line of the audit: an entity (or a rejected name) with why it may need a human, most urgent first.
public struct AuditRow: Sendable, Equatable, Codable {
    public enum Status: String, Sendable, Codable {
        /// An entity of the graph.
        case entity
        /// Mentions curation rejected: kept, attached to no entity.
        case rejected
    }

    public var name: String
    public var kind: EntityKind
    public var status: Status
    /// Higher means more in need of review; the sum of the weights of `reasons`.
    public var score: Double
    /// Plain-language reasons (`seen once`, `near-duplicate of 'Uyghur' (spelling variant)`).
    public var reasons: [String]
    public var mentions: Int
    public var articles: Int
    /// Mean confidence of the mentions.
    public var confidence: Double
    /// Up to three sentences with the mention marked `[[...]]`.
    public var snippets: [String]

    public init(
        name: String, kind: EntityKind, status: Status, score: Double, reasons: [String], mentions: Int,
        articles: Int, confidence: Double, snippets: [String]
    ) {
        self.name = name
        self.kind = kind
        self.status = status
        self.score = score
        self.reasons = reasons
        self.mentions = mentions
        self.articles = articles
        self.confidence = confidence
        self.snippets = snippets
    }
}
