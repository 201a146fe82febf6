import ArgumentParser
import NewsGraph

struct RetypeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retype",
        abstract: "Change an entity's kind (person, place, organization, group).",
        discussion: "Example:\n  newsgraph retype \"Ili\" place --db kg.sqlite"
    )

    @Argument(help: "The entity (NAME or KIND:NAME).")
    var name: String

    @Argument(help: "The new kind.")
    var kind: EntityKind

    @OptionGroup var curation: CurationOptions

    func run() throws {
        let graphStore = try curation.store.open(readOnly: false)
        let entity = try EntityLookup.resolve(name, in: graphStore)
        guard entity.kind != kind else { throw ValidationFailure("'\(entity.name)' is already a \(kind.rawValue)") }
        try Curate.apply(.retype(entity, to: kind), note: curation.note, store: graphStore)
    }
}
