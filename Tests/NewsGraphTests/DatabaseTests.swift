import CSQLite
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// The connection wrapper's named result codes, its one retry helper, and binding by name.
@Suite struct DatabaseTests {
    static func busy(_ code: Int32 = SQLITE_BUSY) -> StoreError {
        .sqlite(path: "kg.sqlite", code: code, message: "database is locked", sql: "BEGIN IMMEDIATE")
    }

    @Test func extendedCodesMatchTheirPrimaryCode() {
        let snapshot = ResultCode(rawValue: SQLITE_BUSY | 2 << 8)  // SQLITE_BUSY_SNAPSHOT
        #expect(snapshot != .busy && snapshot.primary == .busy && snapshot.isBusy)
        #expect(ResultCode.busy ~= snapshot)
        #expect(!(ResultCode.locked ~= snapshot))
        // An extended pattern matches only itself.
        #expect(!(snapshot ~= ResultCode.busy))
        #expect(ResultCode(rawValue: SQLITE_LOCKED | 1 << 8).isBusy)
        #expect(!ResultCode.corrupt.isBusy && !ResultCode(rawValue: SQLITE_IOERR | 2 << 8).isBusy)
        #expect(ResultCode.busy.description == "database is locked")
        #expect(Self.busy(SQLITE_CORRUPT).resultCode == .corrupt)
        #expect(StoreError.missing(path: "x").resultCode == nil)
    }

    @Test func retryRunsAgainWhileBusyThenReturns() throws {
        var calls = 0
        let value = try Database.retryingWhileBusy {
            calls += 1
            if calls < 3 { throw Self.busy(calls == 1 ? SQLITE_BUSY : SQLITE_LOCKED) }
            return 42
        }
        #expect(value == 42 && calls == 3)
    }

    @Test func retryStopsAtOtherErrorsAndAfterItsAttempts() {
        var calls = 0
        #expect(throws: Self.busy(SQLITE_CORRUPT)) {
            try Database.retryingWhileBusy {
                calls += 1
                throw Self.busy(SQLITE_CORRUPT)
            }
        }
        #expect(calls == 1)
        calls = 0
        #expect(throws: Self.busy()) {
            try Database.retryingWhileBusy(attempts: 2) {
                calls += 1
                throw Self.busy()
            }
        }
        #expect(calls == 2)
    }

    @Test func parametersBindByName() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t (a INTEGER, b TEXT, c REAL)")
        let insert = try db.prepare("INSERT INTO t (a, b, c) VALUES (:a, :b, :c)")
        insert.begin()
        // In another order than the SQL's: the name, not the position, decides.
        try insert.set(":c", 2.5)
        try insert.set(":a", 7)
        try insert.set(":b", "x")
        try insert.finishRow()
        #expect(try db.prepare("SELECT a, b, c FROM t").rows() == [[.integer(7), .text("x"), .real(2.5)]])
        insert.begin()
        #expect(throws: StoreError.self) { try insert.set(":missing", 1) }
        #expect(try insert.parameter(":b") == 2)
    }
}
