import Foundation

/// Reads articles from files and folders: `.txt`, `.md`, `.html`/`.htm` and `.jsonl`.
///
/// Folders are walked recursively in sorted order; files with other extensions inside a folder are skipped.
/// Errors are collected per file (the rest of a batch is still read) and returned with the articles.
public struct ArticleReader: Sendable {
    public static let extensions: Set<String> = ["txt", "md", "markdown", "html", "htm", "jsonl", "ndjson"]

    public init() {}

    /// The input files under `paths` (folders walked recursively, sorted), or the errors for missing paths.
    public func files(in paths: [String]) -> (files: [String], errors: [ReadError]) {
        var files: [String] = []
        var errors: [ReadError] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                errors.append(.missing(path: path))
                continue
            }
            if isDir.boolValue {
                var found: [String] = []
                var visited: Set<String> = []
                walk(path, into: &found, visited: &visited, errors: &errors)
                if found.isEmpty { errors.append(.noArticles(path: path)) }
                files.append(contentsOf: found.sorted())
            } else {
                files.append(path)
            }
        }
        return (files, errors)
    }

    private func walk(_ folder: String, into found: inout [String], visited: inout Set<String>, errors: inout [ReadError]) {
        let fm = FileManager.default
        let real = (try? fm.destinationOfSymbolicLink(atPath: folder)) ?? folder
        let canonical = URL(fileURLWithPath: real).resolvingSymlinksInPath().path
        guard visited.insert(canonical).inserted else { return }
        guard let names = try? fm.contentsOfDirectory(atPath: folder) else {
            errors.append(.unreadable(path: folder, reason: "folder cannot be listed"))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let child = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: child, isDirectory: &isDir) else { continue }
            if isDir.boolValue {
                walk(child, into: &found, visited: &visited, errors: &errors)
            } else if ArticleReader.extensions.contains((name as NSString).pathExtension.lowercased()) {
                found.append(child)
            }
        }
    }

    /// The articles in one file; a `.jsonl` file gives one article per line.
    public func articles(inFile path: String) throws(ReadError) -> [Article] {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        let ext = (path as NSString).pathExtension.lowercased()
        if ext == "jsonl" || ext == "ndjson" { return try jsonLines(data, path: path) }
        let text = try decode(data, path: path)
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        switch ext {
        case "html", "htm":
            return [HTMLText.article(fromHTML: text, source: path, externalID: name)]
        default:
            return [MetadataSniffer.article(text: text, source: path, externalID: name)]
        }
    }

    /// Decodes UTF-8 text, refusing empty files, binary data and invalid UTF-8 with the offending offset.
    public func decode(_ data: Data, path: String) throws(ReadError) -> String {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { throw .empty(path: path) }
        if let nul = bytes.prefix(8192).firstIndex(of: 0) { throw .binary(path: path, offset: nul) }
        if let bad = ArticleReader.firstInvalidUTF8(bytes) { throw .invalidUTF8(path: path, byte: bytes[bad], offset: bad) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Offset of the first byte that does not start or continue a valid UTF-8 sequence, or nil.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var minimum: UInt32
            var value: UInt32
            switch b {
            case 0xC2...0xDF: length = 2; value = UInt32(b & 0x1F); minimum = 0x80
            case 0xE0...0xEF: length = 3; value = UInt32(b & 0x0F); minimum = 0x800
            case 0xF0...0xF4: length = 4; value = UInt32(b & 0x07); minimum = 0x10000
            default: return i
            }
            guard i + length <= n else { return i }
            for k in 1..<length {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                value = value << 6 | UInt32(c & 0x3F)
            }
            if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return i }
            i += length
        }
        return nil
    }

    private func jsonLines(_ data: Data, path: String) throws(ReadError) -> [Article] {
        let text = try decode(data, path: path)
        var articles: [Article] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy(\.isWhitespace) { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw .badJSONLine(path: path, line: lineNumber, reason: "not a JSON object")
            }
            guard let body = object["text"] as? String else {
                throw .badJSONLine(path: path, line: lineNumber, reason: "no string field \"text\"")
            }
            let id: String
            switch object["id"] {
            case let s as String: id = s
            case let n as NSNumber: id = n.stringValue
            default: throw .badJSONLine(path: path, line: lineNumber, reason: "no field \"id\"")
            }
            var article = Article(source: path + "#" + id, externalID: id, text: body,
                                  title: object["title"] as? String, date: object["date"] as? String,
                                  url: object["url"] as? String)
            if article.title == nil || article.author == nil || article.date == nil {
                let sniffed = MetadataSniffer.article(text: body, source: article.source, externalID: id)
                article.title = article.title ?? sniffed.title
                article.author = sniffed.author
                article.date = article.date ?? sniffed.date
            }
            articles.append(article)
        }
        return articles
    }
}
