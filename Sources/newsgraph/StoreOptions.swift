import ArgumentParser
import NewsGraph

/// `--db FILE`, shared by every command that reads or writes a store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The NewsGraph store (SQLite file).", valueName: "file"))
    var db: String = "newsgraph.sqlite"

    func open(readOnly: Bool) throws -> GraphStore {
        try StoreOptions.open(db, readOnly: readOnly)
    }

    /// Opens the store a command names. `:memory:` is refused here (the library accepts it): a command's in-memory
    /// store vanishes when it exits, so an ingest would report articles as stored while keeping nothing.
    static func open(_ path: String, readOnly: Bool) throws -> GraphStore {
        if path == ":memory:" {
            throw ValidationFailure(
                "--db ':memory:' would keep nothing once the command ends; give the store's file name")
        }
        return try GraphStore(path: path, readOnly: readOnly)
    }
}

extension EntityKind: ExpressibleByArgument {}
