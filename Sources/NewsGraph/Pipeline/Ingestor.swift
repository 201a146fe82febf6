import Dispatch
import Foundation

/// Reads articles from paths, analyzes them on all cores and writes them to a store in batches.
///
/// In: files and folders. Out: an `IngestReport` (what was added, kept, replaced, and what was
/// skipped and why). Unchanged articles are recognised by content hash before analysis, so a
/// re-ingest costs little. Analysis runs in parallel; one writer stores each batch in one transaction.
public struct Ingestor {
    public var analyzer: Analyzer
    /// Articles per transaction (and per parallel analysis round).
    public var batchSize: Int
    public var reader = ArticleReader()

    public init(analyzer: Analyzer = Analyzer(), batchSize: Int = 256) {
        self.analyzer = analyzer
        self.batchSize = batchSize
    }

    public func ingest(paths: [String], into store: GraphStore) throws -> IngestReport {
        var report = IngestReport()
        let (files, errors) = reader.files(in: paths)
        report.skipped = errors
        var pending: [Article] = []
        for file in files {
            // Bad lines of a JSON Lines file are reported one by one; its good lines are still ingested.
            let (articles, errors) = reader.read(file: file)
            report.skipped += errors
            if !articles.isEmpty { report.files += 1 }
            for article in articles {
                pending.append(article)
                if pending.count >= batchSize {
                    report.summary += try write(pending, to: store)
                    pending.removeAll(keepingCapacity: true)
                }
            }
        }
        if !pending.isEmpty { report.summary += try write(pending, to: store) }
        return report
    }

    /// Analyzes the articles the store does not hold yet (in parallel) and stores the batch.
    private func write(_ articles: [Article], to store: GraphStore) throws -> IngestSummary {
        var unchanged = 0
        var fresh: [Article] = []
        var seen: Set<String> = []
        for article in articles {
            if try store.status(of: article) == .unchanged || !seen.insert(article.source).inserted {
                unchanged += 1
            } else {
                fresh.append(article)
            }
        }
        let analyzed = analyzer.analyzeAll(fresh)
        var summary = try store.ingest(analyzed)
        summary.unchanged += unchanged
        return summary
    }
}

/// What `Ingestor.ingest` did, and what it had to skip.
public struct IngestReport: Sendable {
    public var files = 0
    public var summary = IngestSummary()
    public var skipped: [ReadError] = []

    public init() {}
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

/// Slots written by distinct parallel iterations, read after they all finish.
///
/// The slots are one raw allocation: writing through `Array.withUnsafeMutableBufferPointer` from several threads
/// was a data race on the array itself (each call is a mutating access that checks uniqueness), which the
/// thread sanitizer reported.
final class UnsafeResults<T>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<T?>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    func set(_ index: Int, _ value: T) {
        precondition(index >= 0 && index < count, "slot \(index) of \(count)")
        storage[index] = value
    }

    var values: [T] { (0..<count).map { storage[$0]! } }
}
