import ArgumentParser
import NewsGraph

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge an entity into another: NAME joins TARGET with its mentions, aliases and relations.",
        discussion: """
            Stored in the store's curation log and applied again on every later ingest; undo with 'split NAME'.

            Example:
              newsgraph merge "Zhumatai" "Zhanargul Zhumatai" --note "same woman" --db kg.sqlite
            """
    )

    @Argument(help: "The entity that joins (NAME or KIND:NAME).")
    var name: String

    @Argument(help: "The entity it joins (NAME or KIND:NAME).")
    var target: String

    @OptionGroup var curation: CurationOptions

    func run() throws {
        // At once: opening the store and looking both names up can take a second on a busy machine.
        let line = ProgressLine.onTerminal("merge")
        defer { line.finish() }
        line.status("looking up '\(name)' and '\(target)'")
        let graphStore = try curation.store.open(readOnly: false)
        let entity = try EntityLookup.resolve(name, in: graphStore)
        let into = try EntityLookup.resolve(target, in: graphStore)
        guard entity != into else { throw ValidationFailure("'\(entity.name)' and '\(into.name)' are the same entity") }
        try Curate.apply(.merge(entity, into: into), note: curation.note, store: graphStore, line: line)
    }
}
