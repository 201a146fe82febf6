import ArgumentParser
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
            // One path with or without --timing: the analysis `ingest` runs, timed per article on this thread.
            let analyzer = Analyzer(extractor: try extraction.extractor())
            var words = 0
            var seconds = 0.0
            line.status("analysing \(goldDocuments.count.formatted()) articles")
            for (index, (id, document)) in goldDocuments.enumerated() {
                line.update(index, unit: "articles", fraction: Double(index) / Double(goldDocuments.count))
                let article = Article(source: gold + "#" + id, externalID: id, text: document.text)
                let start = timing ? EvalCommand.threadCPUSeconds() : 0
                let analyzed = analyzer.analyze(article)
                if timing {
                    seconds += EvalCommand.threadCPUSeconds() - start
                    words += document.text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).count
                }
                predicted[id] = EvaluationDocument(
                    id: id,
                    entities: analyzed.mentions.map {
                        LabeledSpan(start: $0.range.start, end: $0.range.end, type: $0.kind.rawValue)
                    })
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
