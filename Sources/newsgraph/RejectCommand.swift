import ArgumentParser
import NewsGraph

struct RejectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reject",
        abstract: "Reject an entity: its mentions stay stored but join no entity, now and on later ingests.",
        discussion: "Example:\n  newsgraph reject \"Read More\" --note \"page furniture\" --db kg.sqlite"
    )

    @Argument(help: "The entity (NAME or KIND:NAME).")
    var name: String

    @OptionGroup var curation: CurationOptions

    func run() throws {
        let graphStore = try curation.store.open(readOnly: false)
        try Curate.apply(
            .reject(try EntityLookup.resolve(name, in: graphStore)), note: curation.note, store: graphStore)
    }
}
