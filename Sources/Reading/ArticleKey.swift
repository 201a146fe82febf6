import Foundation

/// The key an article is stored under: where it came from, spelled one way only.
///
/// A file's key is its canonical path (absolute, symbolic links and `.`/`..` resolved), so `p/a.txt`, `./p/a.txt` and
/// `/home/me/p/a.txt` are one article; a JSON Lines record's key is its file's key, `#`, and the record's id. `%` and
/// `#` in a path are percent-encoded, so no file name can be mistaken for a record (`a.jsonl#1.txt` is
/// `/…/a.jsonl%231.txt`, the record `1.txt` of `a.jsonl` is `/…/a.jsonl#1.txt`). The content hash is not part of the key:
/// it only tells whether the article at a key changed.
public enum ArticleKey {
    /// The key of the article in the file at `path`.
    public static func file(_ path: String) -> String {
        escape(canonicalPath(path))
    }

    /// The key of the record `id` of the JSON Lines file at `path`.
    public static func record(_ id: String, inFile path: String) -> String {
        file(path) + "#" + id
    }

    /// The file part of `key`, as a path (the record id, if any, removed).
    public static func path(of key: String) -> String {
        let file = key.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)
        return unescape(file ?? key)
    }

    /// The absolute path with symbolic links resolved (`realpath`); for a path that cannot be resolved (gone, or
    /// deeper than PATH_MAX), the absolute path with `.` and `..` removed.
    public static func canonicalPath(_ path: String) -> String {
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var parts: [Substring] = []
        for part in absolute.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    private static func escape(_ path: String) -> String {
        guard path.contains(where: { $0 == "%" || $0 == "#" }) else { return path }
        return path.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "#", with: "%23")
    }

    private static func unescape(_ text: String) -> String {
        guard text.contains("%") else { return text }
        return text.replacingOccurrences(of: "%23", with: "#").replacingOccurrences(of: "%25", with: "%")
    }
}
