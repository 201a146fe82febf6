import Dispatch
import Foundation
import NewsGraphCore
import NewsGraphReading
import NewsGraphStore

/// What `Ingestor.ingest` did, and what it had to skip.
public struct IngestReport: Sendable {
    public var files = 0
    public var summary = IngestSummary()
    public var skipped: [ReadError] = []
    /// Articles whose source (path, or `path#id`) came again later in the same input; the first was kept.
    public var duplicates = 0
    public var timing = IngestTiming()

    public init() {}
}
