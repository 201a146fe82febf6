import CSQLite

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
