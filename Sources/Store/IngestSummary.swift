import Foundation
import NewsGraphCore
import NewsGraphResolution

/// What one ingest did.
public struct IngestSummary: Sendable, Equatable {
    public var new = 0
    public var unchanged = 0
    public var replaced = 0
    /// Articles deleted because their file, or their record in a JSON Lines file, is gone (see `removeArticles`).
    public var removed = 0
    public var mentions = 0
    /// Sentences too crowded with entities for co-occurrence pairs (a list, not a statement).
    public var cappedSentences = 0
    public var cappedParagraphs = 0

    public init() {}

    public static func += (lhs: inout IngestSummary, rhs: IngestSummary) {
        lhs.new += rhs.new
        lhs.unchanged += rhs.unchanged
        lhs.replaced += rhs.replaced
        lhs.removed += rhs.removed
        lhs.mentions += rhs.mentions
        lhs.cappedSentences += rhs.cappedSentences
        lhs.cappedParagraphs += rhs.cappedParagraphs
    }
}
