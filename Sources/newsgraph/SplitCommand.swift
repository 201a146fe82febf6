import ArgumentParser
import NewsGraph

struct SplitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "split",
        abstract: "Undo the latest merge of NAME, so it is an entity of its own again.",
        discussion: "Example:\n  newsgraph split \"Zhumatai\" --db kg.sqlite"
    )

    @Argument(help: "The name that was merged (as given to 'merge').")
    var name: String

    @OptionGroup var store: StoreOptions

    @Option(help: "Why (added to the merge's note in the log).")
    var note = ""

    func run() throws {
        let graphStore = try store.open(readOnly: false)
        let line = ProgressLine.onTerminal("split")
        line.status("undoing the merge of '\(name)'")
        defer { line.finish() }
        let entry = try Curator(graphStore).split(name, note: note)
        line.finish()
        let stats = try StoreSize(graphStore)
        print("#\(entry.id) undone: \(entry.decision.summary)")
        print("store: \(stats.entities) entities, \(stats.relations) relations")
    }
}
