import ArgumentParser
import NewsGraph

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "List every curation change: number, time, action, names, note, and whether it was undone.",
        discussion: "Examples:\n  newsgraph log --db kg.sqlite --format csv\n  newsgraph log --limit 10 --db kg.sqlite"
    )

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("Show only the N most recent changes (0: all).", valueName: "n"))
    var limit = 0

    @Option(help: "table, json or csv.")
    var format: ListingFormat = .table

    @OptionGroup var verbosity: VerbosityOptions

    func validate() throws {
        if limit < 0 { throw ValidationError("--limit must be 0 (all) or more, not \(limit)") }
    }

    func run() throws {
        var clock = Stopwatch()
        defer { verbosity.note(clock.summary("log")) }
        let graphStore = try store.open(readOnly: true)
        clock.lap("open")
        let all = try Curator(graphStore).curationLog()
        clock.lap("query")
        verbosity.note("log: \(all.count) decision\(all.count == 1 ? "" : "s"), \(all.filter(\.isUndone).count) undone")
        let entries = limit > 0 ? Array(all.suffix(limit)) : all
        var output = StandardOutput()
        let rows = entries.map { entry in
            [
                String(entry.id), entry.createdAt, entry.decision.action.rawValue, entry.decision.summary, entry.note,
                entry.undoneAt.map { "undone \($0)" } ?? "",
            ]
        }
        switch format {
        case .json:
            struct Row: Encodable {
                var id: Int64, time: String, action: String, name: String, kind: String?, argument: String?
                var summary: String, note: String, undone: String?
            }
            output.write(
                try EntityLookup.json(
                    entries.map { entry in
                        let target = CurationMap.entityArgument(entry.decision.argument)
                        let argument =
                            entry.decision.action == .retype || entry.decision.action == .rename
                            ? entry.decision.argument
                            : target.map { $0.name + ($0.kind.map { " (\($0.rawValue))" } ?? "") }
                        return Row(
                            id: entry.id, time: entry.createdAt, action: entry.decision.action.rawValue,
                            name: entry.decision.name, kind: entry.decision.kind?.rawValue, argument: argument,
                            summary: entry.decision.summary, note: entry.note, undone: entry.undoneAt)
                    }))
        case .csv:
            output.write("id,time,action,summary,note,undone\n")
            for row in rows { output.write(row.map(CSV.field).joined(separator: ",") + "\n") }
        case .table:
            if entries.isEmpty {
                output.write("no curation decisions\n")
            } else {
                output.write(Table.render(header: ["#", "time", "action", "decision", "note", "undone"], rows: rows))
            }
        }
        output.flush()
    }
}
