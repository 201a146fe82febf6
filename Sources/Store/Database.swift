import CSQLite
import Foundation

/// A thin wrapper over one libsqlite3 connection: prepared statements with bound values only.
///
/// ```swift
/// let db = try Database(path: ":memory:")
/// try db.execute("CREATE TABLE t (x INTEGER)")
/// let insert = try db.prepare("INSERT INTO t (x) VALUES (?)")
/// try insert.run(42)
/// ```
public final class Database {
    package let handle: OpaquePointer
    public let path: String
    private var cache: [String: Statement] = [:]

    public convenience init(path: String, readOnly: Bool = false, create: Bool = true) throws(StoreError) {
        var flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE
        if create && !readOnly { flags |= SQLITE_OPEN_CREATE }
        try self.init(path: path, name: path, flags: flags)
    }

    /// Opens `path` read-only as an immutable file (`?immutable=1`): no locks, no `-wal` or `-shm` files, so it works
    /// in a folder that cannot be written. Only for a file that nothing writes while it is open.
    public convenience init(path: String, immutable: Bool) throws(StoreError) {
        guard immutable else {
            try self.init(path: path, readOnly: true)
            return
        }
        try self.init(
            path: path, name: Database.fileURI(path) + "?immutable=1", flags: SQLITE_OPEN_READONLY | SQLITE_OPEN_URI)
    }

    /// `path` as an SQLite `file:` URI, with the characters that URIs reserve percent-encoded.
    static func fileURI(_ path: String) -> String {
        var uri = "file:"
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: "-"),
                UInt8(ascii: "_"):
                uri.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                uri += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return uri
    }

    private init(path: String, name: String, flags: Int32) throws(StoreError) {
        var db: OpaquePointer?
        let rc = sqlite3_open_v2(name, &db, flags | SQLITE_OPEN_NOMUTEX, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            if let db { sqlite3_close_v2(db) }
            throw .cannotOpen(path: path, reason: message)
        }
        self.handle = db
        self.path = path
        sqlite3_extended_result_codes(db, 1)
        sqlite3_busy_timeout(db, 30_000)
        // A 128 MB page cache (see setCacheSize) keeps the pages that ingest probes in memory; temporary tables stay
        // in memory too.
        sqlite3_exec(db, "PRAGMA temp_store = MEMORY", nil, nil, nil)
        setCacheSize()
    }

    /// Sets the page cache to `megabytes`. SQLite turns a size in KiB into a number of pages with the page size of
    /// that moment, so call it again once the page size is known: set on a new connection (4 KiB pages) and left,
    /// it gave a store of 16 KiB pages a cache four times too large (256 MB, measured with `sqlite3_memory_used`).
    public func setCacheSize(megabytes: Int = 128) {
        sqlite3_exec(handle, "PRAGMA cache_size = -\(megabytes * 1024)", nil, nil, nil)
    }

    deinit {
        cache.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Runs one or more SQL statements that take no values.
    public func execute(_ sql: String) throws(StoreError) {
        var error: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &error)
        if rc != SQLITE_OK {
            let message = error.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(handle))
            sqlite3_free(error)
            throw .sqlite(path: path, code: rc, message: message, sql: sql)
        }
    }

    /// A prepared statement, cached by its SQL text so hot paths prepare once.
    public func prepare(_ sql: String) throws(StoreError) -> Statement {
        if let statement = cache[sql] {
            statement.reset()
            return statement
        }
        var raw: OpaquePointer?
        let rc = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &raw, nil)
        guard rc == SQLITE_OK, let raw else {
            throw .sqlite(path: path, code: rc, message: String(cString: sqlite3_errmsg(handle)), sql: sql)
        }
        let statement = Statement(raw, database: self, sql: sql)
        cache[sql] = statement
        return statement
    }

    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }
    public var changes: Int { Int(sqlite3_changes(handle)) }

    /// Runs `body` in one transaction (`BEGIN IMMEDIATE`), committing on success and rolling back on error.
    ///
    /// Cached statements left on a row (a lookup that returned after its first row) are reset first and after:
    /// one would keep a read transaction open, and in WAL mode a connection that holds a read transaction gets
    /// SQLITE_BUSY at once, without waiting, when another process holds the write lock (and it would stop
    /// checkpoints from emptying the WAL).
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try begin()
        defer { resetBusyStatements() }
        do {
            let result = try body()
            try commit()
            return result
        } catch {
            rollback()
            throw error
        }
    }

    /// Whether a transaction is open on this connection.
    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// Opens a write transaction (`BEGIN IMMEDIATE`) that later calls end with `commit` or `rollback`: for work
    /// that spans several calls, such as an ingest writing many batches per transaction.
    public func begin() throws(StoreError) {
        resetBusyStatements()
        try execute("BEGIN IMMEDIATE")
    }

    public func commit() throws(StoreError) {
        resetBusyStatements()
        try execute("COMMIT")
    }

    /// Rolls back the open transaction, if any.
    public func rollback() {
        resetBusyStatements()
        if isInTransaction { try? execute("ROLLBACK") }
    }

    /// Resets every cached statement that is still part-way through its rows.
    package func resetBusyStatements() {
        for statement in cache.values where sqlite3_stmt_busy(statement.raw) != 0 {
            sqlite3_reset(statement.raw)
        }
    }

    /// The single value of the first row of `sql`, or nil.
    public func scalar(_ sql: String, _ values: [SQLValue] = []) throws(StoreError) -> SQLValue? {
        let statement = try prepare(sql)
        try statement.bind(values)
        defer { statement.reset() }
        guard try statement.step() else { return nil }
        return statement.value(0)
    }

    package func error(_ rc: Int32, sql: String) -> StoreError {
        .sqlite(path: path, code: rc, message: String(cString: sqlite3_errmsg(handle)), sql: sql)
    }

    /// Fills the temporary table `temp.<table>` (one column, `id`; created when missing) with `ids`, replacing what it
    /// held: for `WHERE x IN (SELECT id FROM temp.<table>)` over more ids than SQL parameters allow. `table` is a
    /// constant of the caller, never data.
    package func fillTemporaryIDTable(_ table: String, with ids: some Sequence<Int64>) throws(StoreError) {
        try execute("CREATE TEMP TABLE IF NOT EXISTS \(table) (id INTEGER PRIMARY KEY); DELETE FROM temp.\(table);")
        let insert = try prepare("INSERT OR IGNORE INTO temp.\(table) (id) VALUES (?)")
        for id in ids.sorted() { try insert.run(id) }
    }

    /// Runs `body`, and again while it fails because another connection holds the store (SQLITE_BUSY or
    /// SQLITE_LOCKED): longer than the busy timeout allows for, or at once (a lock upgrade inside a transaction,
    /// which SQLite refuses without waiting). Waits 0.12 s, 0.14 s, ... between `attempts` (1: no retry).
    ///
    /// `body` must leave nothing half done when it throws (roll back what it opened): it runs again from the start.
    public static func retryingWhileBusy<T>(attempts: Int = 50, _ body: () throws -> T) throws -> T {
        var attempt = 1
        while true {
            do {
                return try body()
            } catch let error as StoreError where error.resultCode?.isBusy == true && attempt < attempts {
                usleep(UInt32(100_000 + 20_000 * attempt))
                attempt += 1
            }
        }
    }
}
