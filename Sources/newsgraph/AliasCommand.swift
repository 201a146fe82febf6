import ArgumentParser
import NewsGraph

struct AliasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alias",
        abstract: "Add or remove a name an entity is known by.",
        subcommands: [Add.self, Remove.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Mentions written ALIAS belong to NAME from now on.",
            discussion: "Example:\n  newsgraph alias add \"Xinjiang\" \"XUAR\" --db kg.sqlite")

        @Argument(help: "The entity (NAME or KIND:NAME).") var name: String
        @Argument(help: "The other name.") var alias: String
        @OptionGroup var curation: CurationOptions

        func run() throws {
            let graphStore = try curation.store.open(readOnly: false)
            try Curate.apply(
                .addAlias(alias, to: try EntityLookup.resolve(name, in: graphStore)), note: curation.note,
                store: graphStore)
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Mentions written ALIAS no longer join NAME; they become an entity of their own.",
            discussion: "Example:\n  newsgraph alias remove \"Li Wei\" \"Li\" --db kg.sqlite")

        @Argument(help: "The entity (NAME or KIND:NAME).") var name: String
        @Argument(help: "The name to detach.") var alias: String
        @OptionGroup var curation: CurationOptions

        func run() throws {
            let graphStore = try curation.store.open(readOnly: false)
            try Curate.apply(
                .removeAlias(alias, from: try EntityLookup.resolve(name, in: graphStore)), note: curation.note,
                store: graphStore)
        }
    }
}
