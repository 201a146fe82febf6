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

/// An SQLite result code, named (GRDB's `ResultCode` is the model): `error.resultCode == .busy`.
///
/// Extended codes (`SQLITE_BUSY_SNAPSHOT`, `SQLITE_IOERR_SHORT_READ`, ...) carry their primary code in the low byte:
/// `primary` gives it, and `~=` matches an extended code against a primary one in a `switch` or `catch` pattern.
public struct ResultCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// The primary code of an extended code (the code itself if it is primary).
    public var primary: ResultCode { ResultCode(rawValue: rawValue & 0xFF) }

    public static let ok = ResultCode(rawValue: SQLITE_OK)
    public static let error = ResultCode(rawValue: SQLITE_ERROR)
    public static let busy = ResultCode(rawValue: SQLITE_BUSY)
    public static let locked = ResultCode(rawValue: SQLITE_LOCKED)
    public static let readOnly = ResultCode(rawValue: SQLITE_READONLY)
    public static let ioError = ResultCode(rawValue: SQLITE_IOERR)
    public static let corrupt = ResultCode(rawValue: SQLITE_CORRUPT)
    public static let full = ResultCode(rawValue: SQLITE_FULL)
    public static let cannotOpen = ResultCode(rawValue: SQLITE_CANTOPEN)
    public static let constraint = ResultCode(rawValue: SQLITE_CONSTRAINT)
    public static let notADatabase = ResultCode(rawValue: SQLITE_NOTADB)

    /// Another connection holds the store: worth waiting and trying again (`Database.retryingWhileBusy`).
    public var isBusy: Bool { primary == .busy || primary == .locked }

    /// SQLite's own text for the code ("database is locked").
    public var description: String { String(cString: sqlite3_errstr(rawValue)) }

    /// Whether `code` is `pattern` or one of its extended codes: `case .busy:` matches SQLITE_BUSY_SNAPSHOT.
    public static func ~= (pattern: ResultCode, code: ResultCode) -> Bool {
        pattern == code || (pattern.primary == pattern && code.primary == pattern)
    }
}

extension StoreError {
    /// The SQLite result code of an `.sqlite` error; nil for the others.
    public var resultCode: ResultCode? {
        if case .sqlite(_, let code, _, _) = self { ResultCode(rawValue: code) } else { nil }
    }
}

/// A value bound to or read from SQL.
public enum SQLValue: Equatable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    public var int: Int? { if case .integer(let v) = self { Int(v) } else { nil } }
    public var double: Double? {
        switch self {
        case .real(let v): v
        case .integer(let v): Double(v)
        default: nil
        }
    }
    public var string: String? { if case .text(let v) = self { v } else { nil } }
}

public protocol SQLBindable {
    var sqlValue: SQLValue { get }
}

extension Int: SQLBindable { public var sqlValue: SQLValue { .integer(Int64(self)) } }
extension Int64: SQLBindable { public var sqlValue: SQLValue { .integer(self) } }
extension Double: SQLBindable { public var sqlValue: SQLValue { .real(self) } }
extension String: SQLBindable { public var sqlValue: SQLValue { .text(self) } }
extension Bool: SQLBindable { public var sqlValue: SQLValue { .integer(self ? 1 : 0) } }
extension SQLValue: SQLBindable { public var sqlValue: SQLValue { self } }
extension Optional: SQLBindable where Wrapped: SQLBindable {
    public var sqlValue: SQLValue { self?.sqlValue ?? .null }
}

private let SQLITE_TRANSIENT = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// A prepared statement: bind values, step through rows, read columns.
public final class Statement {
    package let raw: OpaquePointer
    package unowned let database: Database
    package let sql: String

    package init(_ raw: OpaquePointer, database: Database, sql: String) {
        self.raw = raw
        self.database = database
        self.sql = sql
    }

    deinit { sqlite3_finalize(raw) }

    package func reset() {
        sqlite3_reset(raw)
        sqlite3_clear_bindings(raw)
    }

    public func bind(_ values: [SQLValue]) throws(StoreError) {
        sqlite3_reset(raw)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let rc: Int32
            switch value {
            case .null: rc = sqlite3_bind_null(raw, index)
            case .integer(let v): rc = sqlite3_bind_int64(raw, index, v)
            case .real(let v): rc = sqlite3_bind_double(raw, index, v)
            // Explicit byte length: with -1 SQLite would cut the text at its first NUL character.
            case .text(let v): rc = sqlite3_bind_text(raw, index, v, Int32(v.utf8.count), SQLITE_TRANSIENT)
            }
            if rc != SQLITE_OK { throw database.error(rc, sql: sql) }
        }
    }

    public func bind(_ values: any SQLBindable...) throws(StoreError) {
        try bind(values.map(\.sqlValue))
    }

    /// Advances to the next row; false when done.
    public func step() throws(StoreError) -> Bool {
        let rc = sqlite3_step(raw)
        if rc == SQLITE_ROW { return true }
        if rc == SQLITE_DONE { return false }
        let error = database.error(rc, sql: sql)
        sqlite3_reset(raw)
        throw error
    }

    // MARK: Binding one value at a time
    //
    // The ingest writer binds about a million rows per 20,000 articles: these bind in place, without the array of
    // existentials and the array of `SQLValue` that `run(_:)` builds for every row. Indexes start at 1, as in SQL.

    /// Starts a new row: resets the statement (its bindings are then overwritten one by one).
    @inline(__always) public func begin() { sqlite3_reset(raw) }

    @inline(__always) public func set(_ index: Int32, _ value: Int64) throws(StoreError) {
        try check(sqlite3_bind_int64(raw, index, value))
    }

    @inline(__always) public func set(_ index: Int32, _ value: Int) throws(StoreError) {
        try check(sqlite3_bind_int64(raw, index, Int64(value)))
    }

    @inline(__always) public func set(_ index: Int32, _ value: Double) throws(StoreError) {
        try check(sqlite3_bind_double(raw, index, value))
    }

    @inline(__always) public func set(_ index: Int32, _ value: Bool) throws(StoreError) {
        try check(sqlite3_bind_int64(raw, index, value ? 1 : 0))
    }

    public func set(_ index: Int32, _ value: String) throws(StoreError) {
        var value = value
        // Explicit byte length: with -1 SQLite would cut the text at its first NUL character.
        let rc = value.withUTF8 { bytes -> Int32 in
            guard let base = bytes.baseAddress, bytes.count > 0 else {
                return sqlite3_bind_text(raw, index, "", 0, nil)
            }
            return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                sqlite3_bind_text(raw, index, $0, Int32(bytes.count), SQLITE_TRANSIENT)
            }
        }
        try check(rc)
    }

    public func set(_ index: Int32, _ value: String?) throws(StoreError) {
        if let value { try set(index, value) } else { try check(sqlite3_bind_null(raw, index)) }
    }

    public func set(_ index: Int32, _ value: Int64?) throws(StoreError) {
        if let value { try set(index, value) } else { try check(sqlite3_bind_null(raw, index)) }
    }

    // MARK: Binding by name
    //
    // For statements with many parameters: `INSERT ... VALUES (:article_id, :sentence, ...)` bound with
    // `set(":sentence", 3)`, so a value cannot land in the wrong column when the SQL changes. A name the SQL does not
    // have is an error, not a silently unbound NULL.

    /// The index of the parameter `name` (with its prefix: `:name`, `@name` or `$name`).
    public func parameter(_ name: String) throws(StoreError) -> Int32 {
        let index = sqlite3_bind_parameter_index(raw, name)
        if index == 0 {
            throw .sqlite(
                path: database.path, code: SQLITE_RANGE, message: "no parameter named \(name)", sql: sql)
        }
        return index
    }

    public func set(_ name: String, _ value: Int64) throws(StoreError) { try set(try parameter(name), value) }
    public func set(_ name: String, _ value: Int) throws(StoreError) { try set(try parameter(name), value) }
    public func set(_ name: String, _ value: Double) throws(StoreError) { try set(try parameter(name), value) }
    public func set(_ name: String, _ value: Bool) throws(StoreError) { try set(try parameter(name), value) }
    public func set(_ name: String, _ value: String) throws(StoreError) { try set(try parameter(name), value) }
    public func set(_ name: String, _ value: String?) throws(StoreError) { try set(try parameter(name), value) }
    public func set(_ name: String, _ value: Int64?) throws(StoreError) { try set(try parameter(name), value) }

    /// Runs the statement bound with `set` to completion.
    public func finishRow() throws(StoreError) {
        while try step() {}
    }

    @inline(__always) private func check(_ rc: Int32) throws(StoreError) {
        if rc != SQLITE_OK { throw database.error(rc, sql: sql) }
    }

    /// Binds `values` and runs the statement to completion.
    public func run(_ values: any SQLBindable...) throws(StoreError) {
        try bind(values.map(\.sqlValue))
        while try step() {}
    }

    /// Binds `values` and returns every row as arrays of values.
    public func rows(_ values: [SQLValue] = []) throws(StoreError) -> [[SQLValue]] {
        try bind(values)
        var rows: [[SQLValue]] = []
        let n = Int(sqlite3_column_count(raw))
        while try step() {
            rows.append((0..<n).map { value(Int32($0)) })
        }
        return rows
    }

    public func value(_ column: Int32) -> SQLValue {
        switch sqlite3_column_type(raw, column) {
        case SQLITE_INTEGER: .integer(sqlite3_column_int64(raw, column))
        case SQLITE_FLOAT: .real(sqlite3_column_double(raw, column))
        case SQLITE_NULL: .null
        default: .text(text(column))
        }
    }

    public func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(raw, column)) }
    public func double(_ column: Int32) -> Double { sqlite3_column_double(raw, column) }
    public func text(_ column: Int32) -> String {
        guard let p = sqlite3_column_text(raw, column) else { return "" }
        let n = Int(sqlite3_column_bytes(raw, column))
        return String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
    }
    public func optionalText(_ column: Int32) -> String? {
        sqlite3_column_type(raw, column) == SQLITE_NULL ? nil : text(column)
    }
}
