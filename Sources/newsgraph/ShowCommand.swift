import ArgumentParser
import NewsGraph

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract:
            "Show an entity: kind, names and why each joined, every mention in its sentence, relations, curation.",
        discussion: "Example:\n  newsgraph show \"Zhanargul Zhumatai\" --db kg.sqlite"
    )

    @Argument(help: "The entity (NAME or KIND:NAME).")
    var name: String

    @OptionGroup var store: StoreOptions

    @Option(help: "The entity's kind, when the name has several.")
    var kind: EntityKind?

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: "text or json.")
    var format: Format = .text

    @Option(
        help: ArgumentHelp(
            "List at most n mentions and n relations (the counts stay whole; United States has 9,000 mentions).",
            valueName: "n"))
    var limit: Int?

    @OptionGroup var verbosity: VerbosityOptions

    func run() throws {
        var clock = Stopwatch()
        defer { verbosity.note(clock.summary("show")) }
        let graphStore = try store.open(readOnly: true)
        clock.lap("open")
        let entity = try EntityLookup.resolve(name, kind: kind, in: graphStore, verbosity: verbosity)
        clock.lap("lookup")
        var report = try Auditor(graphStore).report(for: entity)
        clock.lap("query")
        if let limit {
            report.mentions = Array(report.mentions.prefix(max(0, limit)))
            report.relations = Array(report.relations.prefix(max(0, limit)))
        }
        var output = StandardOutput()
        switch format {
        case .json:
            output.write(try EntityLookup.json(report))
        case .text:
            output.write("\(report.entity.name)\n")
            output.write("kind: \(report.entity.kind.rawValue)\n")
            output.write(
                "mentions: \(report.mentionCount) in \(report.articleCount) article\(report.articleCount == 1 ? "" : "s")\n"
            )
            if !report.aliases.isEmpty {
                output.write("aliases:\n")
                for alias in report.aliases { output.write("  \(alias.name)  (\(alias.reason))\n") }
            }
            output.write("mentions:\n")
            for m in report.mentions {
                output.write(
                    "  \(m.article) sentence \(m.sentence) [\(m.start)..<\(m.end)] \(m.rule) \(JSONTextNumber.format(m.confidence))\n"
                )
                output.write("    \(m.snippet)\n")
            }
            if !report.relations.isEmpty {
                output.write("relations:\n")
                let table = Table.render(
                    header: ["with", "kind", "relation", "weight", "articles"],
                    rows: report.relations.map {
                        [
                            $0.other.name, $0.other.kind.rawValue, $0.relation.display,
                            String($0.relation.weight), String($0.relation.articles),
                        ]
                    })
                for line in table.split(separator: "\n") { output.write("  " + line + "\n") }
            }
            if !report.curation.isEmpty {
                output.write("curation:\n")
                for line in report.curation { output.write("  \(line)\n") }
            }
        }
        output.flush()
    }
}
