/// Building the secondary indexes once, after a bulk load, instead of row by row (see `Schema.deferrableIndexes`).
///
/// An ingest into an empty store drops them first and builds them at its end; if it is killed in between, the
/// next writable open builds them. A query on a store without them is slower, never wrong.
extension GraphStore {
    /// Drops the deferrable indexes when the store holds no article yet; true when it did.
    package func deferIndexesIfEmpty() throws -> Bool {
        try database.transaction {
            guard try database.scalar("SELECT 1 FROM article LIMIT 1") == nil else { return false }
            for index in Schema.deferrableIndexes { try database.execute("DROP INDEX IF EXISTS \(index.name)") }
            return true
        }
    }

    /// Builds every deferrable index that is missing. Cheap when none is.
    package func restoreIndexes() throws {
        let present = try database.prepare("SELECT name FROM sqlite_master WHERE type = 'index'")
        try present.bind([])
        var names: Set<String> = []
        while try present.step() { names.insert(present.text(0)) }
        let missing = Schema.deferrableIndexes.filter { !names.contains($0.name) }
        guard !missing.isEmpty else { return }
        // The sorts that build them spill to temporary files rather than memory (which temp_store = MEMORY would
        // keep them in: hundreds of MB for a large store), on two threads.
        try database.execute("PRAGMA temp_store = FILE; PRAGMA threads = 2")
        defer { try? database.execute("PRAGMA temp_store = MEMORY; PRAGMA threads = 0") }
        try database.transaction {
            // Another process may have built them meanwhile.
            for index in missing {
                try database.execute(index.sql)
            }
        }
    }
}
