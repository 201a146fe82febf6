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
        let exists = try path != ":memory:" && GraphStore.checkFile(path)
        if readOnly && !exists && path != ":memory:" { throw StoreError.missing(path: path) }
        if exists { try GraphStore.checkHeader(path) }
        database = try GraphStore.openChecked(path: path, readOnly: readOnly, migrations: migrations)
        // An ingest killed before it rebuilt its deferred indexes left them missing.
        if !readOnly { try restoreIndexes() }
    }

    /// Opens the connection and checks or creates the schema, retrying while another process creates it.
    private static func openChecked(path: String, readOnly: Bool, migrations: [(name: String, sql: String)]) throws
        -> Database
    {
        var database = try Database(path: path, readOnly: readOnly)
        var immutable = false
        try database.execute("PRAGMA foreign_keys = ON")
        while true {
            do {
                // Busy: another process is creating or migrating the store and SQLite answered busy at once.
                try Database.retryingWhileBusy {
                    try GraphStore.checkOrCreate(database, path: path, readOnly: readOnly, migrations: migrations)
                }
                // Now that the page size is known (16 KiB for a store made here).
                database.setCacheSize()
                return database
            } catch StoreError.sqlite(_, let code, let message, _)
                where ResultCode.notADatabase ~= ResultCode(rawValue: code)
            {
                // An SQLite header over something else.
                throw StoreError.notAStore(path: path, reason: message)
            } catch StoreError.sqlite(_, let code, let message, _)
                where ResultCode.corrupt ~= ResultCode(rawValue: code)
            {
                throw StoreError.damaged(path: path, reason: message)
            } catch let error as StoreError
                where readOnly && !immutable
                && [.cannotOpen, .readOnly].contains(error.resultCode?.primary) && !folderIsWritable(path)
            {
                // SQLITE_CANTOPEN / SQLITE_READONLY: a WAL store in a folder we cannot write (a read-only mount, another
                // user's folder) cannot get its shared-memory file. Nobody can be writing it there, so read it as an
                // immutable file.
                database = try Database(path: path, immutable: true)
                try database.execute("PRAGMA foreign_keys = ON")
                immutable = true
            }
        }
    }

    /// Whether the folder holding `path` can take new files (SQLite's `-wal` and `-shm`).
    private static func folderIsWritable(_ path: String) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        return access(folder.isEmpty ? "." : folder, W_OK) == 0
    }

    /// Refuses a damaged store (`PRAGMA quick_check`: page structure, record formats, index order).
    private static func checkIntegrity(_ database: Database, path: String) throws {
        let rows = try database.prepare("PRAGMA quick_check(5)").rows()
        let problems = rows.compactMap { $0.first?.string }.filter { $0 != "ok" }
        if !problems.isEmpty {
            throw StoreError.damaged(path: path, reason: problems.joined(separator: "; "))
        }
    }

    /// Whether a store file exists at `path`; refuses paths that cannot be a store file (empty, a folder, a FIFO, a
    /// device such as /dev/null, a socket) before SQLite opens them: a FIFO would block forever, /dev/null would
    /// take a journal file beside it (`/dev/null-journal`), and an empty path is a temporary database that SQLite
    /// deletes on close, so everything written to it would be lost.
    private static func checkFile(_ path: String) throws -> Bool {
        if path.isEmpty {
            throw StoreError.cannotOpen(
                path: path, reason: "an empty path (an unset variable?); give the store's file name")
        }
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { return false }
            throw StoreError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return true
        case S_IFDIR: throw StoreError.cannotOpen(path: path, reason: "a folder, not a file")
        case S_IFIFO: throw StoreError.cannotOpen(path: path, reason: "a FIFO, not a regular file")
        case S_IFCHR, S_IFBLK: throw StoreError.cannotOpen(path: path, reason: "a device, not a regular file")
        case S_IFSOCK: throw StoreError.cannotOpen(path: path, reason: "a socket, not a regular file")
        default: throw StoreError.cannotOpen(path: path, reason: "not a regular file")
        }
    }

    /// Refuses files that are not SQLite databases before SQLite touches them.
    private static func checkHeader(_ path: String) throws {
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
            if version == 0 {
                throw StoreError.invalid(
                    "'\(path)' is an empty store (no articles yet); add articles with 'newsgraph ingest --db \(path) <articles>'"
                )
            }
            if version < currentVersion {
                throw StoreError.invalid(
                    "'\(path)' has schema version \(version), older than this NewsGraph's \(currentVersion); migrate it "
                        + "by ingesting into it once: 'newsgraph ingest --db \(path) <articles>' (articles already stored are skipped)"
                )
            }
            return
        }
        // Writing into a damaged store spreads the damage: refuse it, unchanged, while it can still be recovered.
        if tables > 0 { try checkIntegrity(db, path: path) }
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
