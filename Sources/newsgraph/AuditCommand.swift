import ArgumentParser
import Foundation
import NewsGraph

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "List the entities that most need a human review, with reasons and evidence.",
        discussion: """
            The HTML report is one self-contained file (no network) whose table filters by kind and text;
            open it as report.html#kind=person&q=zhan to start filtered.

            Score = reach (log2 of 1 + mentions, plus log2 of 1 + relations) x doubt (how likely the
            reasons make the entity wrong); each reason has a stable code in --format json (docs/audit.md).

            Example:
              newsgraph audit --format html --output audit.html --db kg.sqlite
              newsgraph audit --limit 50 --db kg.sqlite
              newsgraph audit --format curation --output merges.txt --db kg.sqlite   (review, then:)
              newsgraph curation import merges.txt --db kg.sqlite
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, html, curation }

    @OptionGroup var store: StoreOptions

    @Option(
        help:
            "text, json, html, or curation (the suggested merges of duplicates as a curation file to review and import)."
    )
    var format: Format = .text

    @Option(help: "Write to this file instead of standard output.")
    var output: String?

    @Option(help: "Evidence sentences per entity (given for the first 1,000 rows).")
    var snippets = 3

    @Option(help: ArgumentHelp("Only the first n rows (the most urgent).", valueName: "n"))
    var limit: Int?

    @OptionGroup var verbosity: VerbosityOptions

    func run() throws {
        let graphStore = try store.open(readOnly: true)
        let line = verbosity.progress("audit")
        defer { line.finish() }
        line.status("scoring every entity")
        var rows = try Auditor(graphStore).audit(snippets: snippets)
        if let limit { rows = Array(rows.prefix(max(0, limit))) }
        line.status("writing \(rows.count.formatted()) rows")
        let text: String
        switch format {
        case .text: text = AuditReport.text(rows)
        case .json: text = try AuditReport.json(rows)
        case .curation: text = CurationFile.suggestions(rows)
        case .html:
            text = AuditReport.html(
                rows, title: "NewsGraph audit of \(URL(fileURLWithPath: store.db).lastPathComponent)")
        }
        if let output {
            try FileSink.write(text.utf8, to: output)
            line.finish()
            if !verbosity.quiet { StandardError.print("\(output): \(rows.count) row\(rows.count == 1 ? "" : "s")") }
        } else {
            line.finish()
            var out = StandardOutput()
            out.write(text)
            out.flush()
        }
    }
}
