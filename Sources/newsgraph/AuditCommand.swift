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

            Example:
              newsgraph audit --format html --output audit.html --db kg.sqlite
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, html }

    @OptionGroup var store: StoreOptions

    @Option(help: "text, json or html.")
    var format: Format = .text

    @Option(help: "Write to this file instead of standard output.")
    var output: String?

    @Option(help: "Evidence sentences per entity.")
    var snippets = 3

    func run() throws {
        let graphStore = try store.open(readOnly: true)
        let rows = try Auditor(graphStore).audit(snippets: snippets)
        let text: String
        switch format {
        case .text: text = AuditReport.text(rows)
        case .json: text = try AuditReport.json(rows)
        case .html:
            text = AuditReport.html(
                rows, title: "NewsGraph audit of \(URL(fileURLWithPath: store.db).lastPathComponent)")
        }
        if let output {
            try FileSink.write(text.utf8, to: output)
            StandardError.print("\(output): \(rows.count) row\(rows.count == 1 ? "" : "s")")
        } else {
            var out = StandardOutput()
            out.write(text)
            out.flush()
        }
    }
}
