import Foundation

/// Reads articles from files and folders: `.txt`, `.md`, `.html`/`.htm` and `.jsonl`.
///
/// Folders are walked recursively in sorted order; files with other extensions inside a folder are skipped.
/// Errors are collected per file, and per line of a JSON Lines file (the rest of a batch is still read), and
/// returned with the articles; `TextDecoding` says which encodings are accepted.
public struct ArticleReader: Sendable {
    public static let extensions: Set<String> = ["txt", "md", "markdown", "html", "htm", "jsonl", "ndjson"]

    /// Largest article accepted: a file (other than JSON Lines), or one JSON line. A news article is a few
    /// kilobytes; larger inputs are logs or dumps, and would need gigabytes to analyze.
    public var maxArticleBytes: Int

    public init(maxArticleBytes: Int = 16 << 20) {
        self.maxArticleBytes = maxArticleBytes
    }

    /// The input files under `paths` (folders walked recursively, sorted), or the errors for paths that cannot be used.
    ///
    /// Symbolic links are followed; a link loop or a broken link is reported, and a folder reached twice
    /// (through a link back up the tree) is walked once.
    public func files(in paths: [String]) -> (files: [String], errors: [ReadError]) {
        var files: [String] = []
        var errors: [ReadError] = []
        for path in paths {
            switch FileKind(path) {
            case .missing:
                errors.append(.missing(path: path))
            case .problem(let reason):
                errors.append(.unreadable(path: path, reason: reason))
            case .folder:
                var found: [String] = []
                var visited: Set<String> = []
                let before = errors.count
                walk(path, into: &found, visited: &visited, errors: &errors)
                if found.isEmpty && errors.count == before { errors.append(.noArticles(path: path)) }
                files.append(contentsOf: found.sorted())
            case .file, .special:
                files.append(path)
            }
        }
        return (files, errors)
    }

    private func walk(_ folder: String, into found: inout [String], visited: inout Set<String>, errors: inout [ReadError]) {
        guard visited.insert(FileKind.canonical(folder)).inserted else { return }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            errors.append(.unreadable(path: folder, reason: "folder cannot be listed"))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let child = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let isArticle = ArticleReader.extensions.contains((name as NSString).pathExtension.lowercased())
            switch FileKind(child) {
            case .folder:
                walk(child, into: &found, visited: &visited, errors: &errors)
            case .file, .special:
                if isArticle { found.append(child) }
            case .problem(let reason):
                if isArticle || reason == FileKind.loop { errors.append(.unreadable(path: child, reason: reason)) }
            case .missing:
                continue  // removed while we walked
            }
        }
    }

    /// The articles in one file, or the first problem with it.
    ///
    /// Strict: a `.jsonl` file with one bad line throws. Use `read(file:)` to keep the good lines.
    public func articles(inFile path: String) throws(ReadError) -> [Article] {
        let result = read(file: path)
        if let first = result.errors.first { throw first }
        return result.articles
    }

    /// The articles in one file and what could not be read: a `.jsonl` file gives one article per good line
    /// and one error (`file:line`) per bad line; any other file gives one article or one error.
    public func read(file path: String) -> (articles: [Article], errors: [ReadError]) {
        let ext = (path as NSString).pathExtension.lowercased()
        let isLines = ext == "jsonl" || ext == "ndjson"
        let bytes: [UInt8]
        do {
            bytes = try load(path, limit: isLines ? nil : maxArticleBytes)
        } catch {
            return ([], [error])
        }
        return read(contents: bytes, path: path)
    }

    /// The articles in `bytes` read as the contents of a file at `path` (its extension says the format), without
    /// touching the file system: what `read(file:)` does once it has the bytes. The fuzz targets call this.
    public func read(contents bytes: [UInt8], path: String) -> (articles: [Article], errors: [ReadError]) {
        let ext = (path as NSString).pathExtension.lowercased()
        if ext == "jsonl" || ext == "ndjson" { return jsonLines(bytes, path: path) }
        if bytes.count > maxArticleBytes { return ([], [.tooLarge(path: path, bytes: bytes.count, limit: maxArticleBytes)]) }
        do {
            let text = try TextDecoding.decode(bytes[...], path: path)
            let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            switch ext {
            case "html", "htm":
                return ([HTMLText.article(fromHTML: text, source: path, externalID: name)], [])
            default:
                // Title, author and date are sniffed during analysis, on the worker threads.
                return ([Article(source: path, externalID: name, text: text)], [])
            }
        } catch {
            return ([], [error])
        }
    }

    /// The bytes of a regular file; FIFOs, sockets and devices are refused (reading them could block forever).
    private func load(_ path: String, limit: Int?) throws(ReadError) -> [UInt8] {
        switch FileKind(path) {
        case .missing: throw .missing(path: path)
        case .problem(let reason): throw .unreadable(path: path, reason: reason)
        case .folder: throw .unreadable(path: path, reason: "a folder, not a file")
        case .special(let kind): throw .unreadable(path: path, reason: "not a regular file (\(kind))")
        case .file(let size):
            if let limit, size > limit { throw .tooLarge(path: path, bytes: size, limit: limit) }
        }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
            if let limit, data.count > limit { throw ReadError.tooLarge(path: path, bytes: data.count, limit: limit) }
            return [UInt8](data)
        } catch let error as ReadError {
            throw error
        } catch {
            let errno = (error as NSError).userInfo[NSUnderlyingErrorKey].flatMap { ($0 as? NSError)?.code }
            throw .unreadable(path: path, reason: errno.map { String(cString: strerror(Int32($0))) }
                              ?? (error as NSError).localizedDescription)
        }
    }

    /// Decodes article text; see `TextDecoding` for what is accepted and how each refusal is worded.
    public func decode(_ data: Data, path: String) throws(ReadError) -> String {
        try TextDecoding.decode([UInt8](data)[...], path: path)
    }

    private func jsonLines(_ bytes: [UInt8], path: String) -> (articles: [Article], errors: [ReadError]) {
        var utf8 = bytes[...]
        // A UTF-16 or UTF-32 file (with a byte-order mark) is decoded whole, then split like UTF-8.
        let boms: [[UInt8]] = [[0xFE, 0xFF], [0xFF, 0xFE]]
        if boms.contains(where: { bytes.starts(with: $0) }) {
            do {
                utf8 = Array(try TextDecoding.decode(bytes[...], path: path).utf8)[...]
            } catch {
                return ([], [error])
            }
        } else {
            if let format = TextDecoding.binaryFormat(utf8) { return ([], [.binary(path: path, format: format, offset: 0)]) }
            if utf8.starts(with: [0xEF, 0xBB, 0xBF]) { utf8 = utf8.dropFirst(3) }
            if let nul = utf8.prefix(TextDecoding.sniffLength).firstIndex(of: 0) {
                return ([], [.binary(path: path, format: nil, offset: nul)])
            }
        }
        var articles: [Article] = []
        var errors: [ReadError] = []
        var lineNumber = 0
        var firstLine: [String: Int] = [:]
        for var line in utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.last == 0x0D { line = line.dropLast() }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0C }) { continue }
            do throws(ReadError) {
                let article = try jsonLine(line, number: lineNumber, path: path)
                // The id names the article (its source is `path#id`): a second line with the same id would
                // otherwise pass for the first one, unchanged, and its text would be dropped without a word.
                if let first = firstLine[article.externalID] {
                    throw ReadError.badJSONLine(path: path, line: lineNumber, reason: "id \(JSONText.quote(article.externalID)) already used on line \(first)")
                }
                firstLine[article.externalID] = lineNumber
                articles.append(article)
            } catch {
                errors.append(error)
            }
        }
        if articles.isEmpty && errors.isEmpty { errors.append(.empty(path: path)) }
        return (articles, errors)
    }

    private func jsonLine(_ line: ArraySlice<UInt8>, number: Int, path: String) throws(ReadError) -> Article {
        if line.count > maxArticleBytes {
            throw .badJSONLine(path: path, line: number,
                               reason: "\(line.count) bytes, more than the \(maxArticleBytes)-byte limit for one article")
        }
        if let bad = TextDecoding.firstInvalidUTF8(line) {
            throw .badJSONLine(path: path, line: number,
                               reason: "not UTF-8 text (invalid byte 0x\(String(line[bad], radix: 16, uppercase: true)) at offset \(bad - line.startIndex) of the line)")
        }
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(line), options: [.fragmentsAllowed])
        } catch {
            throw .badJSONLine(path: path, line: number, reason: "not valid JSON")
        }
        guard let object = parsed as? [String: Any] else {
            throw .badJSONLine(path: path, line: number, reason: "not a JSON object")
        }
        guard let body = object["text"] as? String else {
            throw .badJSONLine(path: path, line: number, reason: "no string field \"text\"")
        }
        if body.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw .badJSONLine(path: path, line: number, reason: "empty \"text\"")
        }
        let id: String
        switch object["id"] {
        case let s as String: id = s
        case let n as NSNumber: id = n.stringValue
        default: throw .badJSONLine(path: path, line: number, reason: "no field \"id\"")
        }
        var article = Article(source: path + "#" + id, externalID: id, text: body,
                              title: object["title"] as? String, date: object["date"] as? String,
                              url: object["url"] as? String)
        return article
    }
}

/// What a path is, following symbolic links; a problem (link loop, broken link, no permission) is a reason string.
enum FileKind: Equatable {
    case missing
    case file(size: Int)
    case folder
    /// A FIFO, socket or device, named for the message.
    case special(String)
    case problem(String)

    static let loop = "symbolic link loop"

    init(_ path: String) {
        var info = stat()
        if stat(path, &info) != 0 {
            let code = errno
            var linkInfo = stat()
            let isLink = lstat(path, &linkInfo) == 0 && (linkInfo.st_mode & S_IFMT) == S_IFLNK
            switch code {
            case ELOOP: self = .problem(FileKind.loop)
            case ENOENT where isLink: self = .problem("broken symbolic link")
            case ENOENT, ENOTDIR: self = .missing
            default: self = .problem(String(cString: strerror(code)))
            }
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: self = .file(size: Int(info.st_size))
        case S_IFDIR: self = .folder
        case S_IFIFO: self = .special("a FIFO")
        case S_IFSOCK: self = .special("a socket")
        case S_IFCHR, S_IFBLK: self = .special("a device")
        default: self = .special("an unknown kind of file")
        }
    }

    /// The path with every symbolic link resolved (so a folder reached twice is recognised), or the path itself.
    static func canonical(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
