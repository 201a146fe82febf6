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
    /// Higher means more in need of review: reach x doubt (`Auditor.audit`).
    public var score: Double
    /// Plain-language reasons (`seen once`, `near-duplicate of 'Uyghur' (spelling variant)`).
    public var reasons: [String]
    public var mentions: Int
    public var articles: Int
    /// Mean confidence of the mentions.
    public var confidence: Double
    /// Up to three sentences with the mention marked `[[...]]` (for the first `rowsWithEvidence` rows).
    public var snippets: [String]
    /// The reasons' stable codes (`AuditReason` raw values), sorted: what scripts should match on.
    public var codes: [String] = []
    /// Relations the entity takes part in.
    public var degree = 0
    /// The store's id of the entity (nil for rejected names): the `entity.id` of SQL queries and exports.
    public var entityID: Int64?
    /// The entity this one should probably be merged into, when it is the side of a duplicate pair to merge away (the
    /// capitals form of a case variant, or the less mentioned of two near-duplicates); `audit --format curation`
    /// writes these as `merge` lines to review and import.
    public var mergeInto: EntityRef?

    /// Rows that get evidence sentences; those below are rarely read, and fetching evidence for 30,000 rows
    /// took most of the audit's time.
    public static let rowsWithEvidence = 1000

    public init(
        name: String, kind: EntityKind, status: Status, score: Double, reasons: [String], mentions: Int,
        articles: Int, confidence: Double, snippets: [String], codes: [String] = [], degree: Int = 0,
        entityID: Int64? = nil
    ) {
        self.codes = codes
        self.degree = degree
        self.entityID = entityID
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
