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
            "Print extraction throughput (tokenize, split, extract, resolve; words per CPU second of one thread) to stderr."
    )
    var timing = false

    @OptionGroup var extraction: ExtractionOptions

    /// CPU time of the calling thread, so that other processes on a shared machine do not count.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    func run() throws {
        let goldDocuments = try EvaluationDocument.load(path: gold)
        var predicted: [String: EvaluationDocument] = [:]
        if let pred {
            predicted = try EvaluationDocument.load(path: pred)
        } else if timing {
            let extractor = try extraction.extractor()
            let cleaner = Cleaner()
            let resolver = Resolver()
            var words = 0
            var seconds = 0.0
            for (id, document) in goldDocuments {
                let text = TextBuffer(document.text)
                let blocks = cleaner.contentBlocks(in: text)
                words += document.text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).count
                let start = EvalCommand.threadCPUSeconds()
                let tokenized = Document(text: text, blocks: blocks)
                let (mentions, _) = resolver.resolve(extractor.mentions(in: tokenized), in: tokenized)
                seconds += EvalCommand.threadCPUSeconds() - start
                predicted[id] = EvaluationDocument(
                    id: id,
                    entities: mentions.map {
                        LabeledSpan(start: $0.range.start, end: $0.range.end, type: $0.kind.rawValue)
                    })
            }
            StandardError.print(
                "extraction: \(words) words in \(String(format: "%.3f", seconds)) s of CPU time on one thread = \(Int(Double(words) / max(seconds, 1e-9))) words/s"
            )
        } else {
            let analyzer = Analyzer(extractor: try extraction.extractor())
            for (id, document) in goldDocuments {
                let article = Article(source: gold + "#" + id, externalID: id, text: document.text)
                let analyzed = analyzer.analyze(article)
                predicted[id] = EvaluationDocument(
                    id: id,
                    entities: analyzed.mentions.map {
                        LabeledSpan(start: $0.range.start, end: $0.range.end, type: $0.kind.rawValue)
                    })
            }
        }
        let missing = goldDocuments.keys.filter { predicted[$0] == nil }.sorted()
        if !missing.isEmpty {
            StandardError.print(
                "warning: \(missing.count) gold documents have no prediction line (scored as empty), e.g. \(missing.prefix(3).joined(separator: ", "))"
            )
        }
        let scores = Scorer(types: types.split(separator: ",").map(String.init)).score(
            gold: goldDocuments, predicted: predicted)
        var output = StandardOutput()
        output.write(scores.table(errors: errors))
        output.flush()
    }
}
