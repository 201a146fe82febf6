import ArgumentParser
import Dispatch
import Foundation
import NewsGraph

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score extraction against gold spans: precision, recall and F1 per kind, exact and partial.",
        discussion: """
            Runs extraction on the "text" of every gold line (or reads predictions with --pred) and prints
            the same table, with the same numbers, as ../shared/eval/score.py.

            Example:
              newsgraph eval --gold ../shared/eval/gum_dev.jsonl --errors 20
            """
    )

    @Option(
        help: ArgumentHelp(
            "Gold JSON Lines: {\"id\", \"text\", \"entities\": [{\"start\", \"end\", \"type\"}]}.", valueName: "file"))
    var gold: String

    @Option(help: ArgumentHelp("Score these predictions instead of running extraction.", valueName: "file"))
    var pred: String?

    @Option(help: "Print up to N false positives and false negatives per kind.")
    var errors: Int = 0

    @Option(help: "Comma-separated kinds to score.")
    var types: String = "person,place,organization,group"

    @Flag(
        help:
            "Print analysis throughput (clean, tokenize, extract, resolve, relate: what ingest runs; words per CPU second of one thread) to stderr."
    )
    var timing = false

    @OptionGroup var extraction: ExtractionOptions

    @OptionGroup var verbosity: VerbosityOptions

    /// CPU time of the calling thread, so that other processes on a shared machine do not count.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    func run() throws {
        let line = verbosity.progress("eval")
        defer { line.finish() }
        line.status("reading \(gold)")
        let goldDocuments = try EvaluationDocument.load(path: gold)
        var predicted: [String: EvaluationDocument] = [:]
        if let pred {
            predicted = try EvaluationDocument.load(path: pred)
        } else {
            // One path with or without --timing: the analysis `ingest` runs, on every core as `ingest` runs it, each
            // article timed on the thread that analyses it (CPU time, so the throughput is per thread of one core).
            let analyzer = Analyzer(extractor: try extraction.extractor())
            let documents = goldDocuments.sorted { $0.key < $1.key }
            struct Result {
                var document: EvaluationDocument
                var words: Int
                var seconds: Double
            }
            var words = 0
            var seconds = 0.0
            line.status("analysing \(documents.count.formatted()) articles")
            var done = 0
            // Rounds of a few hundred articles, so the progress line moves between them.
            for round in stride(from: 0, to: documents.count, by: 256) {
                line.update(done, unit: "articles", fraction: Double(done) / Double(documents.count))
                let slice = Array(documents[round..<min(round + 256, documents.count)])
                let results = UnsafeResults<Result>(count: slice.count)
                let gold = self.gold
                let timing = self.timing
                DispatchQueue.concurrentPerform(iterations: slice.count) { index in
                    let (id, document) = slice[index]
                    let article = Article(source: gold + "#" + id, externalID: id, text: document.text)
                    let start = timing ? EvalCommand.threadCPUSeconds() : 0
                    let analyzed = analyzer.analyze(article)
                    let cpu = timing ? EvalCommand.threadCPUSeconds() - start : 0
                    let count =
                        timing
                        ? document.text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).count : 0
                    let spans = analyzed.mentions.map {
                        LabeledSpan(start: $0.range.start, end: $0.range.end, type: $0.kind.rawValue)
                    }
                    results.set(
                        index, Result(document: EvaluationDocument(id: id, entities: spans), words: count, seconds: cpu)
                    )
                }
                for result in results.values {
                    predicted[result.document.id] = result.document
                    words += result.words
                    seconds += result.seconds
                }
                done += slice.count
            }
            line.finish()
            if timing {
                StandardError.print(
                    "analysis: \(words) words in \(String(format: "%.3f", seconds)) s of CPU time on one thread = \(Int(Double(words) / max(seconds, 1e-9))) words/s"
                )
            }
        }
        let missing = goldDocuments.keys.filter { predicted[$0] == nil }.sorted()
        if !missing.isEmpty {
            StandardError.print(
                "warning: \(missing.count) gold documents have no prediction line (scored as empty), e.g. \(missing.prefix(3).joined(separator: ", "))"
            )
        }
        line.status("scoring")
        let scores = Scorer(types: types.split(separator: ",").map(String.init)).score(
            gold: goldDocuments, predicted: predicted)
        line.finish()
        var output = StandardOutput()
        output.write(scores.table(errors: errors))
        output.flush()
    }
}
