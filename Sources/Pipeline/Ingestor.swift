import Dispatch
import Foundation
import NewsGraphCore
import NewsGraphReading
import NewsGraphStore

/// Reads articles from paths, analyzes them on all cores and writes them to a store in batches.
///
/// In: files and folders. Out: an `IngestReport` (what was added, kept, replaced, and what was
/// skipped and why). Unchanged articles are recognised by content hash before analysis, so a
/// re-ingest costs little. Input is streamed; analysis runs in parallel; one writer stores the batches, committing
/// every `transactionSize` articles.
public struct Ingestor {
    public var analyzer: Analyzer
    /// Articles per parallel analysis round (and per write to the store).
    public var batchSize: Int
    /// Articles per transaction, at least: batches are committed together once they add up to this many
    /// (a store that other processes write waits for at most one such transaction).
    public var transactionSize: Int
    public var reader = ArticleReader()

    public init(analyzer: Analyzer = Analyzer(), batchSize: Int = 256, transactionSize: Int = 2048) {
        self.analyzer = analyzer
        self.batchSize = batchSize
        self.transactionSize = transactionSize
    }

    public func ingest(paths: [String], into store: GraphStore) throws -> IngestReport {
        var report = IngestReport()
        let (files, errors) = reader.files(in: paths)
        report.skipped = errors
        // Into an empty store, the indexes that rows reach in random order are built once at the end.
        let deferred = try store.deferIndexesIfEmpty()
        do {
            try ingest(files, into: store, report: &report)
            try report.timing.measure(\.writing) { try store.commitIngest() }
        } catch {
            store.rollbackIngest()
            if deferred { try? store.restoreIndexes() }
            throw error
        }
        if deferred { try report.timing.measure(\.indexing) { try store.restoreIndexes() } }
        // Store-wide identity (acronyms defined anywhere, lone surnames, names and kinds) once all batches are in.
        if report.summary.new + report.summary.replaced > 0 {
            try report.timing.measure(\.writing) { try store.resolveIdentity() }
        }
        return report
    }

    private func ingest(_ files: [String], into store: GraphStore, report: inout IngestReport) throws {
        // Two batches in flight: while the workers analyze one, this thread reads the next and
        // writes the previous, so reading, analysis and SQLite overlap.
        var running: AnalysisJob?
        var pending: [Article] = []
        var uncommitted = 0
        func write(_ job: AnalysisJob) throws {
            uncommitted += job.count
            let commit = uncommitted >= transactionSize
            if commit { uncommitted = 0 }
            report.summary += try job.finish(into: store, commit: commit, timing: &report.timing)
        }
        func submit() throws {
            let job = try report.timing.measure(\.checking) { try start(pending, store: store) }
            pending.removeAll(keepingCapacity: true)
            if let previous = running { try write(previous) }
            running = job
        }
        for file in files {
            // A file is streamed (JSON Lines in chunks), so an archive of any size needs the memory of two batches.
            // Bad lines of a JSON Lines file are reported one by one; its good lines are still ingested.
            var hasArticles = false
            let started = report.timing.elapsed
            let clock = DispatchTime.now().uptimeNanoseconds
            let errors = try reader.forEachArticle(inFile: file) { article in
                hasArticles = true
                pending.append(article)
                if pending.count >= batchSize { try submit() }
            }
            // Reading is what the file took less what the batches it filled took to check, wait for and write.
            report.timing.reading +=
                Double(DispatchTime.now().uptimeNanoseconds - clock) / 1e9
                - (report.timing.elapsed - started)
            report.skipped += errors
            if hasArticles { report.files += 1 }
        }
        if !pending.isEmpty { try submit() }
        if let last = running { try write(last) }
    }

    /// Starts analyzing, in the background, the articles of a batch that the store does not hold yet.
    private func start(_ articles: [Article], store: GraphStore) throws -> AnalysisJob {
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
        return AnalysisJob(articles: fresh, unchanged: unchanged, analyzer: analyzer)
    }
}

/// One batch being analyzed on the worker threads; `finish` waits for it and stores it.
package final class AnalysisJob: @unchecked Sendable {
    private let group = DispatchGroup()
    private var results: [AnalyzedArticle] = []
    private let unchanged: Int
    /// Articles to write.
    package let count: Int

    package init(articles: [Article], unchanged: Int, analyzer: Analyzer) {
        self.unchanged = unchanged
        count = articles.count
        DispatchQueue.global().async(group: group) {
            self.results = analyzer.analyzeAll(articles)
        }
    }

    package func finish(into store: GraphStore, commit: Bool, timing: inout IngestTiming) throws -> IngestSummary {
        timing.measure(\.waiting) { group.wait() }
        var summary = try timing.measure(\.writing) { try store.ingest(results, commit: commit) }
        summary.unchanged += unchanged
        return summary
    }
}

/// What `Ingestor.ingest` did, and what it had to skip.
public struct IngestReport: Sendable {
    public var files = 0
    public var summary = IngestSummary()
    public var skipped: [ReadError] = []
    public var timing = IngestTiming()

    public init() {}
}

/// Where the ingesting thread spent its time, in seconds (the benchmark prints it).
public struct IngestTiming: Sendable {
    /// Reading and decoding files.
    public var reading = 0.0
    /// Asking the store which articles it already holds.
    public var checking = 0.0
    /// Waiting for the workers to finish analyzing a batch.
    public var waiting = 0.0
    /// Writing analyzed batches to SQLite.
    public var writing = 0.0
    /// Building the indexes deferred during an ingest into an empty store.
    public var indexing = 0.0

    /// Checking, waiting and writing together (what is not reading).
    package var elapsed: Double { checking + waiting + writing }

    public init() {}

    package mutating func measure<T>(_ phase: WritableKeyPath<IngestTiming, Double>, _ body: () throws -> T) rethrows
        -> T
    {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { self[keyPath: phase] += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        return try body()
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

/// Slots written by distinct parallel iterations, read after they all finish.
///
/// The slots are one raw allocation: writing through `Array.withUnsafeMutableBufferPointer` from several threads
/// was a data race on the array itself (each call is a mutating access that checks uniqueness), which the
/// thread sanitizer reported.
package final class UnsafeResults<T>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<T?>
    private let count: Int

    package init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    package func set(_ index: Int, _ value: T) {
        precondition(index >= 0 && index < count, "slot \(index) of \(count)")
        storage[index] = value
    }

    package var values: [T] { (0..<count).compactMap { storage[$0] } }
}
