import ArgumentParser
import Foundation
import NewsGraph

struct RenameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rename",
        abstract: "Give an entity another canonical name (an entity already called so absorbs it).",
        discussion: "Example:\n  newsgraph rename \"Xinjiang Uyghur Autonomous Region\" \"Xinjiang\" --db kg.sqlite"
    )

    @Argument(help: "The entity (NAME or KIND:NAME).")
    var name: String

    @Argument(help: "The new canonical name.")
    var newName: String

    @OptionGroup var curation: CurationOptions

    func run() throws {
        let graphStore = try curation.store.open(readOnly: false)
        let entity = try EntityLookup.resolve(name, in: graphStore)
        let trimmed = newName.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw ValidationFailure("the new name is empty") }
        try Curate.apply(.rename(entity, to: trimmed), note: curation.note, store: graphStore)
    }
}
