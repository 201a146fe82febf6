import Dispatch
import Foundation
import NewsGraphCore
import NewsGraphReading
import NewsGraphStore

/// How far an ingest has come: articles stored or skipped as unchanged so far, and the bytes of article
/// text read against the input files' total size (an estimate of the fraction done: JSON escaping and
/// markup make files a little larger than their text).
public struct IngestProgress: Sendable, Equatable {
    public var articles: Int
    public var bytesRead: Int
    public var totalBytes: Int

    /// Between 0 and 1; nil when the input size is unknown (standard input).
    public var fraction: Double? {
        totalBytes > 0 ? min(0.99, Double(bytesRead) / Double(totalBytes)) : nil
    }
}
