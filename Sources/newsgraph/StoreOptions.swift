import ArgumentParser
import NewsGraph

/// `--db FILE`, shared by every command that reads or writes a store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The NewsGraph store (SQLite file).", valueName: "file"))
    var db: String = "newsgraph.sqlite"

    func open(readOnly: Bool) throws -> GraphStore {
        try GraphStore(path: db, readOnly: readOnly)
    }
}

/// `--format` for listings.
enum ListingFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

extension EntityKind: ExpressibleByArgument {}
