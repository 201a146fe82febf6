import CSQLite

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
    // have is an error, not a silently unbound NULL. Names are literals: each is looked up in SQLite once per
    // statement and then found by its address, in the order the row binds them, so a named bind costs about what a
    // numbered one does: 32 ns more per 13-column row, median of 9 rounds (Scripts/bench-named-binds/run.sh).

    /// The names bound so far (by the address of their literal) and their indexes; `nextName` is where the next bind
    /// of a row usually is.
    @exclusivity(unchecked) private var names: [(name: UnsafeRawPointer, index: Int32)] = []
    @exclusivity(unchecked) private var nextName = 0

    /// The index of the parameter `name` (with its prefix: `:name`, `@name` or `$name`).
    public func parameter(_ name: StaticString) throws(StoreError) -> Int32 {
        guard name.hasPointerRepresentation else { return try lookUp(name) }
        let key = UnsafeRawPointer(name.utf8Start)
        if nextName < names.count, names[nextName].name == key {
            nextName += 1
            return names[nextName - 1].index
        }
        if let found = names.firstIndex(where: { $0.name == key }) {
            nextName = found + 1
            return names[found].index
        }
        let index = try lookUp(name)
        names.append((key, index))
        nextName = names.count
        return index
    }

    private func lookUp(_ name: StaticString) throws(StoreError) -> Int32 {
        let text = name.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
        let index = sqlite3_bind_parameter_index(raw, text)
        if index == 0 {
            throw .sqlite(path: database.path, code: SQLITE_RANGE, message: "no parameter named \(text)", sql: sql)
        }
        return index
    }

    public func set(_ name: StaticString, _ value: Int64) throws(StoreError) { try set(try parameter(name), value) }
    public func set(_ name: StaticString, _ value: Int) throws(StoreError) { try set(try parameter(name), value) }
    public func set(_ name: StaticString, _ value: Double) throws(StoreError) { try set(try parameter(name), value) }
    public func set(_ name: StaticString, _ value: Bool) throws(StoreError) { try set(try parameter(name), value) }
    public func set(_ name: StaticString, _ value: String) throws(StoreError) { try set(try parameter(name), value) }
    public func set(_ name: StaticString, _ value: String?) throws(StoreError) { try set(try parameter(name), value) }
    public func set(_ name: StaticString, _ value: Int64?) throws(StoreError) { try set(try parameter(name), value) }

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
