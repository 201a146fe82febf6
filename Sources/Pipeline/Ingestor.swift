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
    /// Text per analysis round, at most (a round holds at least one article): with two rounds in flight, memory is
    /// bounded by a few times the largest article, not by `batchSize` times it.
    public var batchBytes = 256 << 10
    public var reader = ArticleReader()
    /// Called on the ingesting thread after each batch is stored (about every `batchSize` articles), so a
    /// command can show progress; `nil` by default.
    public var progress: ((IngestProgress) -> Void)?

    public init(analyzer: Analyzer = Analyzer(), batchSize: Int = 256, transactionSize: Int = 2048) {
        self.analyzer = analyzer
        self.batchSize = batchSize
        self.transactionSize = transactionSize
    }

    public func ingest(paths: [String], into store: GraphStore) throws -> IngestReport {
        var report = IngestReport()
        let threadStart = IngestTiming.threadCPUSeconds()
        let (files, errors) = reader.files(in: paths)
        report.skipped = errors
        // Stores written before keys were canonical paths: find their articles under the new keys.
        try store.upgradeArticleKeys(Ingestor.canonicalKey)
        // Into an empty store, the indexes that rows reach in random order are built once at the end.
        let session = try IngestSession(store)
        var seen = SeenKeys()
        do {
            try ingest(files, into: session, report: &report, seen: &seen)
            try report.timing.measure(\.writing) { try session.commit() }
        } catch {
            session.abandon()
            throw error
        }
        try report.timing.measure(\.indexing) { try session.buildDeferredIndexes() }
        report.summary.removed += try store.removeArticles(keys: gone(paths: paths, seen: seen, store: store))
        let s = report.summary
        if s.new + s.replaced + s.removed > 0 {
            // Store-wide identity (acronyms defined anywhere, lone surnames, names and kinds) once all batches are in,
            // then association scores, which are corpus-level: every relation's changes when articles come or go.
            try report.timing.measure(\.identity) { try store.resolveIdentity() }
            try report.timing.measure(\.scores) { try store.refreshScores() }
        }
        report.timing.cpu.thread = IngestTiming.threadCPUSeconds() - threadStart
        return report
    }

    /// The keys read in this ingest, and the JSON Lines files read whole without a bad line.
    private struct SeenKeys {
        var keys: Set<String> = []
        var completeFiles: Set<String> = []
    }

    /// Stored articles that the inputs no longer hold, so that an ingest of a folder after any edits gives the store a
    /// fresh ingest of it would: a file gone from an ingested folder, or a record gone from a JSON Lines file read
    /// without errors. A file that is still there but could not be read keeps its stored article.
    private func gone(paths: [String], seen: SeenKeys, store: GraphStore) throws -> [String] {
        var gone: [String] = []
        for path in paths {
            let prefix: String
            switch FileKind(path) {
            case .folder: prefix = ArticleKey.file(path) + "/"
            case .file: prefix = ArticleKey.file(path) + "#"
            default: continue
            }
            for key in try store.articleKeys(withPrefix: prefix) where !seen.keys.contains(key) {
                let file = ArticleKey.path(of: key)
                if case .missing = FileKind(file) {
                    gone.append(key)
                } else if key.count > ArticleKey.file(file).count, seen.completeFiles.contains(ArticleKey.file(file)) {
                    gone.append(key)  // a record no longer in a JSON Lines file read without a bad line
                }
            }
        }
        return gone
    }

    /// The canonical key for a key written by an older NewsGraph (a path as given, relative to the working folder),
    /// or nil when its file is not there.
    static func canonicalKey(_ legacy: String) -> String? {
        var file = legacy
        var record: String?
        for ext in [".jsonl#", ".ndjson#"] {
            if let range = legacy.range(of: ext) {
                file = String(legacy[..<range.lowerBound]) + ext.dropLast()
                record = String(legacy[range.upperBound...])
                break
            }
        }
        guard case .file = FileKind(file) else { return nil }
        return record.map { ArticleKey.record($0, inFile: file) } ?? ArticleKey.file(file)
    }

    private func ingest(
        _ files: [String], into session: IngestSession, report: inout IngestReport, seen: inout SeenKeys
    ) throws {
        // Two batches in flight: while the workers analyze one, this thread reads the next and
        // writes the previous, so reading, analysis and SQLite overlap.
        var running: AnalysisJob?
        var pending: [Article] = []
        var pendingBytes = 0
        var uncommitted = 0
        var state = IngestProgress(
            articles: 0, bytesRead: 0,
            totalBytes: files.reduce(0) { total, file in
                total + ((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0)
            })
        func write(_ job: AnalysisJob) throws {
            uncommitted += job.count
            let commit = uncommitted >= transactionSize
            if commit { uncommitted = 0 }
            report.summary += try job.finish(into: session, commit: commit, timing: &report.timing)
            state.articles += job.submitted
            progress?(state)
        }
        var readThisRun: Set<String> = []
        func submit() throws {
            let job = try report.timing.measure(\.checking) {
                try start(pending, session: session, readThisRun: &readThisRun, duplicates: &report.duplicates)
            }
            pending.removeAll(keepingCapacity: true)
            pendingBytes = 0
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
                seen.keys.insert(article.source)
                state.bytesRead += article.text.utf8.count
                pending.append(article)
                pendingBytes += article.text.utf8.count
                // A batch ends at `batchSize` articles or `batchBytes` of text, whichever comes first, so that memory
                // follows the largest article rather than the batch size times it.
                if pending.count >= batchSize || pendingBytes >= batchBytes { try submit() }
            }
            if errors.isEmpty { seen.completeFiles.insert(ArticleKey.file(file)) }
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
    ///
    /// An article whose source was already read in this run (the same `id` twice in a JSON Lines file) is a
    /// duplicate: counted in `duplicates`, not as unchanged, and not stored again.
    private func start(
        _ articles: [Article], session: IngestSession, readThisRun: inout Set<String>, duplicates: inout Int
    ) throws -> AnalysisJob {
        var unchanged = 0
        var fresh: [Article] = []
        for article in articles {
            if !readThisRun.insert(article.source).inserted {
                duplicates += 1
            } else if try session.status(of: article) == .unchanged {
                unchanged += 1
            } else {
                fresh.append(article)
            }
        }
        return AnalysisJob(articles: fresh, unchanged: unchanged, analyzer: analyzer)
    }
}
