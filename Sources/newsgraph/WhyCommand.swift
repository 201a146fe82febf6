import ArgumentParser
import NewsGraph

struct WhyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "why",
        abstract: "Show every sentence that links two entities: article, offsets, text, relation and rule.",
        discussion: """
            Offsets are Unicode code points into the article text. Exits with status 1 when no sentence links them.

            Example:
              newsgraph why "Zhanargul Zhumatai" "Urumqi" --db kg.sqlite
            """
    )

    @Argument(help: "The first entity (NAME or KIND:NAME).")
    var first: String

    @Argument(help: "The second entity (NAME or KIND:NAME).")
    var second: String

    @OptionGroup var store: StoreOptions

    @Option(help: "table, json or csv.")
    var format: ListingFormat = .table

    @Option(help: ArgumentHelp("Only the first n sentences.", valueName: "n"))
    var limit: Int?

    @OptionGroup var verbosity: VerbosityOptions

    func run() throws {
        var clock = Stopwatch()
        defer { verbosity.note(clock.summary("why")) }
        let graphStore = try store.open(readOnly: true)
        clock.lap("open")
        let a = try EntityLookup.resolve(first, in: graphStore, verbosity: verbosity)
        let b = try EntityLookup.resolve(second, in: graphStore, verbosity: verbosity)
        clock.lap("lookup")
        let found = try GraphQuery(graphStore).evidence(between: a, and: b)
        clock.lap("query")
        let items = limit.map { Array(found.prefix(max(0, $0))) } ?? found
        var output = StandardOutput()
        switch format {
        case .json:
            struct Result: Encodable { var first: EntityRef; var second: EntityRef; var evidence: [EvidenceSentence] }
            output.write(try EntityLookup.json(Result(first: a, second: b, evidence: items)))
        case .csv:
            output.write("article,source,date,sentence,start,end,match_start,match_end,relation,label,rule,text\n")
            for item in items {
                output.write(
                    [
                        item.article, item.source, item.date ?? "", String(item.sentence), String(item.start),
                        String(item.end), String(item.matchStart), String(item.matchEnd), item.relation.kind,
                        item.relation.label, item.rule, item.text,
                    ].map(CSV.field).joined(separator: ",") + "\n")
            }
        case .table:
            for item in items {
                output.write(
                    "\(item.article)\(item.date.map { " (\($0))" } ?? "") sentence \(item.sentence) [\(item.start)..<\(item.end)]"
                        + " \(item.relation.display) by \(item.rule)\n")
                output.write("  " + item.text.split(whereSeparator: \.isNewline).joined(separator: " ") + "\n")
            }
        }
        output.flush()
        if found.isEmpty {
            verbosity.inform("no sentence links '\(a.name)' and '\(b.name)'")
            throw ExitCode(1)
        }
    }
}
