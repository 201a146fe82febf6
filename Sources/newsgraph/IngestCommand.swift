import ArgumentParser
import Dispatch
import Foundation
import NewsGraph

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Add articles to a store; unchanged articles are skipped, changed ones replaced.",
        discussion: """
            Reads .txt, .md, .html/.htm and .jsonl files, or folders of them (recursively).
            Ends with a summary: articles new / unchanged / replaced / removed, mentions, entities, relations.
            An article is its file (or JSON Lines record); a folder ingested again drops the articles
            of files gone from it, so the store is what a fresh ingest of the folder would give (name
            new files one by one to keep articles whose files you deleted on purpose).
            Files that cannot be read are reported and skipped; the exit code is non-zero when
            nothing could be read, or with --strict when anything was skipped (what could be read
            is still stored; running the same ingest again is safe). A bad line of a .jsonl file
            skips that line only (reported as FILE:LINE). Text is UTF-8; UTF-16 and UTF-32 with a
            byte-order mark are decoded; Latin-1 / Windows-1252 is refused with the offset of the
            first non-UTF-8 byte (convert it with iconv); binary files, FIFOs and files over 16 MiB
            (a .jsonl line over 16 MiB) are refused.

            Example:
              newsgraph ingest seeds --db kg.sqlite
            """
    )

    @Argument(help: "Files or folders of articles; '-' reads standard input (JSON Lines, HTML or text).")
    var paths: [String]

    @OptionGroup var store: StoreOptions

    @OptionGroup var extraction: ExtractionOptions

    @OptionGroup var verbosity: VerbosityOptions

    @Flag(help: "Treat any skipped file as an error.")
    var strict = false

    @Option(
        help: ArgumentHelp(
            "Articles committed together, at least (smaller lets other writers in sooner and commits "
                + "work more often; larger writes faster).", valueName: "n"))
    var transactionSize = 2048

    func validate() throws {
        guard transactionSize > 0 else {
            throw ValidationError("--transaction-size expects a positive number, found \(transactionSize)")
        }
    }

    func run() throws {
        try IngestCommand.removingNewEmptyStore(store.db) {
            let graphStore = try store.open(readOnly: false)
            var ingestor = Ingestor(
                analyzer: Analyzer(extractor: try extraction.extractor()), transactionSize: transactionSize)
            let report = try IngestCommand.ingest(paths, into: graphStore, with: &ingestor, verbosity: verbosity)
            try IngestCommand.printReport(report, store: graphStore, strict: strict, quiet: verbosity.quiet)
        }
    }

    /// Runs `body`, which creates the store at `path` if there is none; when `body` fails on a store it created and
    /// the store holds no article, removes the file (and its -wal and -shm) again: a failed first ingest (a
    /// mistyped path, a file of the wrong kind) leaves no empty store behind to puzzle over.
    static func removingNewEmptyStore(_ path: String, _ body: () throws -> Void) throws {
        let existed = FileManager.default.fileExists(atPath: path)
        do {
            try body()
        } catch {
            // `body`'s store is closed by now: it was released when `body` returned.
            if !existed, FileManager.default.fileExists(atPath: path),
                (try? GraphStore(path: path, readOnly: true)).flatMap({ try? StoreSize($0).articles }) == 0
            {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            }
            throw error
        }
    }

    /// Runs `ingestor` with a progress line on a terminal (articles, articles/s, time left) and, with
    /// --verbose, where the time went.
    static func ingest(
        _ paths: [String], into store: GraphStore, with ingestor: inout Ingestor, verbosity: VerbosityOptions
    ) throws -> IngestReport {
        let line = verbosity.progress("ingest")
        ingestor.progress = { state in
            if state.totalBytes > 0 && state.bytesRead >= state.totalBytes {
                // Everything is read; what is left (writing, store-wide identity, link scores) has no count.
                line.status("\(state.articles.formatted()) articles read; writing, resolving identity, scoring links")
            } else {
                line.update(state.articles, unit: "articles", fraction: state.fraction)
            }
        }
        let started = DispatchTime.now().uptimeNanoseconds
        defer { line.finish() }
        // At once, so the first batch (gazetteers loading, a large first file) is not a silent wait.
        line.status("reading " + (paths.count == 1 ? paths[0] : "\(paths.count) inputs"))
        let report = try ingestor.ingest(paths: paths, into: store)
        line.finish()
        let t = report.timing
        func seconds(_ value: Double) -> String { String(format: "%.2f", value) }
        verbosity.note(
            "ingest took \(seconds(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)) s "
                + "(reading \(seconds(t.reading)) s, checking \(seconds(t.checking)) s, waiting for analysis "
                + "\(seconds(t.waiting)) s, writing \(seconds(t.writing)) s, indexing \(seconds(t.indexing)) s, "
                + "identity \(seconds(t.identity)) s, scores \(seconds(t.scores)) s)")
        verbosity.note(
            "CPU of the ingesting thread \(seconds(t.cpu.thread)) s (checking \(seconds(t.cpu.checking)) s, writing "
                + "\(seconds(t.cpu.writing)) s, indexing \(seconds(t.cpu.indexing)) s, identity \(seconds(t.cpu.identity)) s, "
                + "scores \(seconds(t.cpu.scores)) s); the rest of the process's CPU is analysis on the worker threads")
        return report
    }

    static func printReport(_ report: IngestReport, store: GraphStore, strict: Bool, quiet: Bool = false) throws {
        for skipped in report.skipped where !quiet { StandardError.print("skipped: \(skipped)") }
        let stats = try StoreSize(store)
        let s = report.summary
        print(
            "articles: \(s.new) new, \(s.unchanged) unchanged, \(s.replaced) replaced"
                + (s.removed > 0 ? ", \(s.removed) removed (file or record gone)" : "")
                + (report.duplicates == 0
                    ? ""
                    : ", \(report.duplicates) duplicate\(report.duplicates == 1 ? "" : "s") in the input (same source read again; the first kept)")
                + (report.skipped.isEmpty ? "" : "; \(skippedSummary(report.skipped))"))
        if s.cappedSentences + s.cappedParagraphs > 0 {
            print(
                "co-occurrence capped: \(s.cappedSentences) sentences and \(s.cappedParagraphs) paragraphs name too many entities to pair (lists, not statements)"
            )
        }
        print(
            "store: \(stats.articles) articles, \(stats.mentions) mentions, \(stats.entities) entities, \(stats.relations) relations"
        )
        let readNothing = s.new + s.unchanged + s.replaced + report.duplicates == 0
        if readNothing || (strict && !report.skipped.isEmpty) {
            throw ValidationFailure(
                readNothing ? "no article could be read" : "\(report.skipped.count) input(s) skipped (--strict)")
        }
    }
}

/// "3 skipped (2 files, 1 JSON line)": how many inputs were skipped, and of which kind.
func skippedSummary(_ skipped: [ReadError]) -> String {
    let lines = skipped.filter { if case .badJSONLine = $0 { true } else { false } }.count
    let files = skipped.count - lines
    var parts: [String] = []
    if files > 0 { parts.append(files == 1 ? "1 file" : "\(files) files") }
    if lines > 0 { parts.append(lines == 1 ? "1 JSON line" : "\(lines) JSON lines") }
    return "\(skipped.count) skipped (" + parts.joined(separator: ", ") + ")"
}
