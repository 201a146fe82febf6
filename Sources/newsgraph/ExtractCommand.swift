import ArgumentParser
import Foundation
import NewsGraph

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract entity mentions without a store, as JSON Lines or TSV.",
        discussion: """
            One output line per article (per input line for .jsonl):
              {"id": ..., "entities": [{"start", "end", "type", "text", "rule", "confidence", "entity"}]}
            Offsets are Unicode code points, half-open, as ../shared/eval/score.py reads them.

            Example:
              newsgraph extract ../shared/eval/gum_dev.jsonl > pred.jsonl
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, tsv }

    @Argument(help: "Files or folders of articles (.txt, .md, .html, .jsonl); '-' or none reads standard input.")
    var paths: [String] = []

    @Option(help: "Output format: jsonl or tsv.")
    var format: Format = .jsonl

    @OptionGroup var extraction: ExtractionOptions

    func run() throws {
        let line = ProgressLine.besideRedirectedOutput("extract")
        defer { line.finish() }
        line.status("loading the rules and gazetteers")
        let reader = ArticleReader()
        let analyzer = Analyzer(extractor: try extraction.extractor())
        var count = 0
        let (files, errors) = reader.files(in: paths.isEmpty ? [ArticleReader.standardInput] : paths)
        var failures = errors
        var output = StandardOutput()
        for file in files {
            // Streamed: a JSON Lines archive of any size is analyzed line by line.
            failures += reader.forEachArticle(inFile: file) { article in
                let analyzed = analyzer.analyze(article)
                count += 1
                line.update(count, unit: "articles")
                switch format {
                case .jsonl: output.write(MentionOutput.jsonLine(analyzed))
                case .tsv: output.write(MentionOutput.tsv(analyzed))
                }
            }
        }
        output.flush()
        line.finish()
        for failure in failures { StandardError.print("error: \(failure)") }
        if !failures.isEmpty { throw ExitCode.failure }
    }
}
