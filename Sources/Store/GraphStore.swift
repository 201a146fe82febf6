import Foundation

/// The knowledge graph in one SQLite file: articles, mentions, entities, relations and their evidence.
///
/// Opening checks that the file is a NewsGraph store: a file of another kind, or from a newer
/// NewsGraph, is refused and never written; an older store is copied to `FILE.bak-vN` and migrated.
///
/// ```swift
/// let store = try GraphStore(path: "kg.sqlite")
/// let summary = try store.ingest([Analyzer().analyze(article)])
/// let graph = try store.graph()
/// ```
public final class GraphStore {
    public let database: Database
    public let path: String
    /// Entity and relation ids kept between ingest batches (see `IDCache`).
    package var ingestCache: IDCache?

    /// Opens (and, unless `readOnly`, creates or migrates) the store at `path`.
    public convenience init(path: String, readOnly: Bool = false) throws {
        try self.init(path: path, readOnly: readOnly, migrations: Schema.migrations)
    }

    /// Opens with a given list of migrations: tests use it to play a newer NewsGraph migrating this one's stores.
    package init(path: String, readOnly: Bool, migrations: [(name: String, sql: String)]) throws {
        self.path = path
        let fm = FileManager.default
        let exists = path != ":memory:" && fm.fileExists(atPath: path)
        if readOnly && !exists && path != ":memory:" { throw StoreError.missing(path: path) }
        if exists { try GraphStore.checkHeader(path) }
        database = try Database(path: path, readOnly: readOnly)
        try database.execute("PRAGMA foreign_keys = ON")
        var attempt = 0
        while true {
            do {
                try GraphStore.checkOrCreate(database, path: path, readOnly: readOnly, migrations: migrations)
                // Now that the page size is known (16 KiB for a store made here).
                database.setCacheSize()
                // An ingest killed before it rebuilt its deferred indexes left them missing.
                if !readOnly { try restoreIndexes() }
                break
            } catch StoreError.sqlite(_, let code, let message, _) where code & 0xFF == 26 || code & 0xFF == 11 {
                // SQLITE_NOTADB, SQLITE_CORRUPT: an SQLite header over something else, or a damaged store.
                throw StoreError.notAStore(path: path, reason: message)
            } catch StoreError.sqlite(_, let code, _, _) where code & 0xFF == 5 && attempt < 50 {
                // Another process is creating or migrating the store and SQLite answered busy at once.
                attempt += 1
                usleep(UInt32(100_000 + 20_000 * attempt))
            }
        }
    }

    /// Refuses files that are not SQLite databases before SQLite touches them.
    private static func checkHeader(_ path: String) throws {
        // FileHandle.readData traps on a folder: check the kind of file first.
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw StoreError.cannotOpen(path: path, reason: "a folder, not a file")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError.cannotOpen(path: path, reason: "permission denied")
        }
        defer { try? handle.close() }
        let header = handle.readData(ofLength: 16)
        if header.isEmpty { return }  // an empty file becomes a new store
        if header != Data("SQLite format 3\0".utf8) {
            throw StoreError.notAStore(path: path, reason: "not an SQLite database")
        }
    }

    private static func checkOrCreate(
        _ db: Database, path: String, readOnly: Bool,
        migrations: [(name: String, sql: String)]
    ) throws {
        let currentVersion = migrations.count
        // Read all three from one snapshot: another process may be creating this store right now, and between
        // two separate reads it could commit tables after we saw application id 0.
        try db.execute("BEGIN")
        let appID: Int, tables: Int
        var version: Int
        do {
            appID = try db.scalar("PRAGMA application_id")?.int ?? 0
            version = try db.scalar("PRAGMA user_version")?.int ?? 0
            tables = try db.scalar("SELECT count(*) FROM sqlite_master")?.int ?? 0
            try db.execute("COMMIT")
        } catch {
            try? db.execute("ROLLBACK")
            throw error
        }
        if appID != Int(Schema.applicationID) {
            if tables > 0 || appID != 0 {
                let hasEntity = try db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'entity'")?.int ?? 0
                throw StoreError.notAStore(
                    path: path, reason: hasEntity == 0 ? "no table 'entity'" : "unknown application id")
            }
            version = 0
        }
        if version > currentVersion {
            throw StoreError.newerSchema(path: path, found: version, supported: currentVersion)
        }
        if readOnly {
            if version < currentVersion {
                throw StoreError.invalid(
                    "'\(path)' has schema version \(version); run 'newsgraph ingest --db \(path)' once to migrate it")
            }
            return
        }
        // Measured on the Reuters ingest: 16 KiB pages and checkpoints every 4,000 pages (64 MB of WAL)
        // cut SQLite's share of the time by a fifth. The page size only takes effect on a new file.
        if tables == 0 { try db.execute("PRAGMA page_size = 16384") }
        try db.execute("PRAGMA journal_mode = WAL")
        try db.execute("PRAGMA synchronous = NORMAL")
        try db.execute("PRAGMA wal_autocheckpoint = 4000")
        if version < currentVersion {
            if version > 0 && path != ":memory:" { try backup(path: path, version: version, db: db) }
            try db.transaction {
                // Another process may have created or migrated the store since we looked: look again
                // under the write lock, so two ingests creating one store at once do not both migrate it.
                let appID = try db.scalar("PRAGMA application_id")?.int ?? 0
                let version = appID == Int(Schema.applicationID) ? try db.scalar("PRAGMA user_version")?.int ?? 0 : 0
                if version > currentVersion {
                    throw StoreError.newerSchema(path: path, found: version, supported: currentVersion)
                }
                guard version < currentVersion else { return }
                for (index, migration) in migrations.enumerated() where index >= version {
                    try db.execute(migration.sql)
                }
                try db.execute("PRAGMA application_id = \(Schema.applicationID)")
                try db.execute("PRAGMA user_version = \(currentVersion)")
            }
        }
    }

    /// Copies an older store aside before migrating it (`FILE.bak-vN`).
    private static func backup(path: String, version: Int, db: Database) throws {
        let target = path + ".bak-v\(version)"
        try? FileManager.default.removeItem(atPath: target)
        try db.prepare("VACUUM INTO ?").run(target)
    }

    /// The schema version of the open store.
    public var schemaVersion: Int { (try? database.scalar("PRAGMA user_version")?.int) ?? 0 }
}
