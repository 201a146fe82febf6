/// What can go wrong with a store; every description names the file.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case notAStore(path: String, reason: String)
    case newerSchema(path: String, found: Int, supported: Int)
    case missing(path: String)
    /// SQLite found damaged pages (`PRAGMA quick_check`, or SQLITE_CORRUPT on a read).
    case damaged(path: String, reason: String)
    case sqlite(path: String, code: Int32, message: String, sql: String)
    case unknownEntity(name: String, suggestions: [String])
    case invalid(String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            "'\(path)': cannot open the store (\(reason))"
        case .notAStore(let path, let reason):
            "'\(path)' is not a NewsGraph store (\(reason)); it was left untouched. Create a store with 'newsgraph ingest --db NEW.sqlite <articles>'"
        case .newerSchema(let path, let found, let supported):
            "'\(path)' was written by a newer NewsGraph (schema version \(found); this one reads up to \(supported)); it was left untouched"
        case .missing(let path):
            "'\(path)': no such store. Create one with 'newsgraph ingest --db \(path) <articles>'"
        case .damaged(let path, let reason):
            "'\(path)': the store is damaged (\(reason)); it was not written. Restore it from a backup, or rebuild it "
                + "with 'newsgraph ingest' into a new file ('sqlite3 \(path) .recover' may save its curation)"
        case .sqlite(let path, let code, let message, _) where ResultCode.corrupt ~= ResultCode(rawValue: code):
            "'\(path)': the store is damaged (SQLite error \(code): \(message)). Restore it from a backup, or rebuild it "
                + "with 'newsgraph ingest' into a new file"
        case .sqlite(let path, let code, let message, _):
            "'\(path)': SQLite error \(code): \(message)"
        case .unknownEntity(let name, let suggestions):
            suggestions.isEmpty
                ? "no entity '\(name)'"
                : "no entity '\(name)'; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?"
        case .invalid(let message):
            message
        }
    }
}
