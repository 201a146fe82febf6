import Foundation
import NewsGraphCore

/// Reads articles from files and folders: `.txt`, `.md`, `.html`/`.htm` and `.jsonl`, each also gzipped (`.jsonl.gz`:
/// the format is the extension before `.gz`).
///
/// A gzipped JSON Lines file is decompressed as it is read (memory bounded by the chunk and the longest line, as for a
/// plain one); any other gzipped file is decompressed whole, up to `maxArticleBytes`. Standard input that starts with
/// gzip's signature is decompressed whole before it is sniffed.
/// Folders are walked recursively in sorted order; files with other extensions inside a folder are skipped.
/// Errors are collected per file, and per line of a JSON Lines file (the rest of a batch is still read), and
/// returned with the articles; `TextDecoding` says which encodings are accepted.
public struct ArticleReader: Sendable {
    public static let extensions: Set<String> = ["txt", "md", "markdown", "html", "htm", "jsonl", "ndjson"]

    /// Largest article accepted: a file (other than JSON Lines), or one JSON line. A news article is a few
    /// kilobytes; larger inputs are logs or dumps, and would need gigabytes to analyze.
    public var maxArticleBytes: Int

    /// How much of a JSON Lines file `forEachArticle` reads at a time.
    public var chunkBytes: Int

    public init(maxArticleBytes: Int = 16 << 20, chunkBytes: Int = 1 << 20) {
        self.maxArticleBytes = maxArticleBytes
        self.chunkBytes = chunkBytes
    }

    /// The input files under `paths` (folders walked recursively, sorted), or the errors for paths that cannot be used.
    ///
    /// Symbolic links are followed; a link loop or a broken link is reported, and a folder reached twice
    /// (through a link back up the tree) is walked once.
    public func files(in paths: [String]) -> (files: [String], errors: [ReadError]) {
        var files: [String] = []
        var errors: [ReadError] = []
        for path in paths {
            if path == Self.standardInput {
                files.append(path)
                continue
            }
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

    private func walk(
        _ folder: String, into found: inout [String], visited: inout Set<String>, errors: inout [ReadError]
    ) {
        guard visited.insert(FileKind.canonical(folder)).inserted else { return }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            errors.append(.unreadable(path: folder, reason: "folder cannot be listed"))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let child = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let isArticle = ArticleReader.extensions.contains(Self.format(of: name).ext)
            switch FileKind(child) {
            case .folder:
                walk(child, into: &found, visited: &visited, errors: &errors)
            case .file, .special:
                if isArticle { found.append(child) }
            case .problem(let reason):
                // A path too long to open may be a folder of articles: say so rather than "no articles found".
                if isArticle || reason == FileKind.loop || reason == FileKind.tooLong {
                    errors.append(.unreadable(path: child, reason: reason))
                }
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
        let (ext, isGzip) = Self.format(of: path)
        if ext == "json" { return ([], [.unsupportedFormat(path: path, format: ext)]) }
        let isLines = ext == "jsonl" || ext == "ndjson"
        let bytes: [UInt8]
        do {
            bytes =
                try isGzip
                ? gunzip(path, limit: isLines ? nil : maxArticleBytes)
                : load(path, limit: isLines ? nil : maxArticleBytes)
        } catch {
            return ([], [error])
        }
        return read(contents: bytes, path: path, ext: ext)
    }

    /// The format a path's name says (its lowercased extension, or the one before `.gz`) and whether it is gzipped.
    package static func format(of path: String) -> (ext: String, isGzip: Bool) {
        let ext = (path as NSString).pathExtension.lowercased()
        guard ext == "gz" else { return (ext, false) }
        return (((path as NSString).deletingPathExtension as NSString).pathExtension.lowercased(), true)
    }

    /// The decompressed bytes of a gzip file, refused past `limit` bytes (see `GzipStream`).
    private func gunzip(_ path: String, limit: Int?) throws(ReadError) -> [UInt8] {
        _ = try regularFileSize(path)
        guard let file = ChunkedFile(path: path, chunkSize: chunkBytes) else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        return try gunzip(GzipStream(source: file, chunkSize: chunkBytes), path: path, limit: limit)
    }

    private func gunzip(_ stream: GzipStream, path: String, limit: Int?) throws(ReadError) -> [UInt8] {
        var bytes: [UInt8] = []
        while let chunk = stream.next() {
            bytes += chunk
            if let limit, bytes.count > limit { throw .tooLarge(path: path, bytes: bytes.count, limit: limit) }
        }
        if let error = stream.error { throw .unreadable(path: path, reason: error) }
        return bytes
    }

    /// The articles in `bytes` read as the contents of a file at `path` (its extension says the format), without
    /// touching the file system: what `read(file:)` does once it has the bytes. The fuzz targets call this.
    public func read(contents bytes: [UInt8], path: String) -> (articles: [Article], errors: [ReadError]) {
        read(contents: bytes, path: path, ext: (path as NSString).pathExtension.lowercased())
    }

    /// `read(contents:path:)` with the format given (`ext`), so a gzipped file is read as what its inner name says.
    private func read(contents bytes: [UInt8], path: String, ext: String) -> (articles: [Article], errors: [ReadError])
    {
        if ext == "jsonl" || ext == "ndjson" { return jsonLines(bytes, path: path) }
        if ext == "json" { return ([], [.unsupportedFormat(path: path, format: ext)]) }
        if bytes.count > maxArticleBytes {
            return ([], [.tooLarge(path: path, bytes: bytes.count, limit: maxArticleBytes)])
        }
        do {
            let text = try TextDecoding.decode(bytes[...], path: path)
            var name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            if Self.format(of: path).isGzip { name = (name as NSString).deletingPathExtension }
            switch ext {
            case "html", "htm":
                return ([HTMLText.article(fromHTML: text, source: ArticleKey.file(path), externalID: name)], [])
            default:
                // Title, author and date are sniffed during analysis, on the worker threads.
                return ([Article(source: ArticleKey.file(path), externalID: name, text: text)], [])
            }
        } catch {
            return ([], [error])
        }
    }

    /// Calls `body` with each article of one file, in file order, and returns what could not be read (as
    /// `read(file:)` does). A JSON Lines file is read in chunks, so memory is bounded by the longest line kept, not
    /// by the size of the file: an archive of any size streams through. A line longer than `maxArticleBytes` is
    /// skipped without being held in memory, and reported.
    public func forEachArticle(inFile path: String, _ body: (Article) throws -> Void) rethrows -> [ReadError] {
        if path == Self.standardInput { return try readStandardInput(body) }
        let (ext, isGzip) = Self.format(of: path)
        guard ext == "jsonl" || ext == "ndjson" else { return try readWhole(path, body) }
        do { _ = try regularFileSize(path) } catch { return [error] }
        guard let file = ChunkedFile(path: path, chunkSize: chunkBytes) else {
            return [.unreadable(path: path, reason: String(cString: strerror(errno)))]
        }
        let chunks: ChunkSource = isGzip ? GzipStream(source: file, chunkSize: chunkBytes) : file
        var parser = JSONLinesParser(path: path, maxLineBytes: maxArticleBytes)
        var buffer: [UInt8] = []
        // The head decides the encoding and the binary sniffing, as for a whole file.
        while buffer.count < TextDecoding.sniffLength + 4, let chunk = chunks.next() { buffer += chunk }
        if let error = chunks.error { return [.unreadable(path: path, reason: error)] }
        if buffer.starts(with: [0xFE, 0xFF]) || buffer.starts(with: [0xFF, 0xFE]) {
            // UTF-16 or UTF-32 JSON Lines (rare) are decoded whole, as before.
            return try readWhole(path, body)
        }
        switch parser.start(buffer[...], isWholeFile: false) {
        case .failure(let error): return [error]
        case .success(let rest): buffer = Array(rest)
        }
        // `skipping` counts the bytes of a line already known to be too long, which are not kept.
        var skipping: Int?
        var atEnd = false
        while true {
            var lineStart = 0
            while let newline = buffer[lineStart...].firstIndex(of: 0x0A) {
                if let skipped = skipping {
                    parser.skip(length: skipped + newline - lineStart)
                    skipping = nil
                } else if let article = parser.line(buffer[lineStart..<newline]) {
                    try body(article)
                }
                lineStart = newline + 1
            }
            buffer.removeSubrange(0..<lineStart)
            if buffer.count > maxArticleBytes + 1 {
                skipping = (skipping ?? 0) + buffer.count
                buffer.removeAll(keepingCapacity: true)
            }
            if atEnd { break }
            if let chunk = chunks.next() {
                buffer += chunk
            } else {
                atEnd = true
                // After a read error the last line is cut short: it is dropped, not reported as bad JSON too.
                if chunks.error == nil { buffer.append(0x0A) } else { buffer.removeAll() }
            }
        }
        if let error = chunks.error { parser.fail(.unreadable(path: path, reason: error)) }
        return parser.finish()
    }

    /// The path that names standard input (`newsgraph ingest -`, `cat a.jsonl | newsgraph extract`).
    public static let standardInput = "-"

    /// Standard input, read whole: JSON Lines when its first non-blank character is `{`, HTML when it is `<`,
    /// plain text otherwise (gzip data is decompressed first). Articles' sources are `-` (`-#ID` for JSON Lines).
    private func readStandardInput(_ body: (Article) throws -> Void) rethrows -> [ReadError] {
        var bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        if bytes.starts(with: GzipStream.magic) {
            do {
                bytes = try gunzip(
                    GzipStream(source: ByteChunks(bytes), chunkSize: chunkBytes), path: "standard input", limit: nil)
            } catch {
                return [error]
            }
        }
        let first = bytes.first {
            $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF
        }
        let (articles, errors): ([Article], [ReadError])
        switch first {
        case UInt8(ascii: "{"): (articles, errors) = jsonLines(bytes, path: Self.standardInput)
        case UInt8(ascii: "<"): (articles, errors) = read(contents: bytes, path: "-.html")
        case nil: return [.noArticles(path: "standard input")]
        default: (articles, errors) = read(contents: bytes, path: Self.standardInput)
        }
        for article in articles { try body(article) }
        return errors
    }

    /// `forEachArticle` for a file read whole.
    private func readWhole(_ path: String, _ body: (Article) throws -> Void) rethrows -> [ReadError] {
        let (articles, errors) = read(file: path)
        for article in articles { try body(article) }
        return errors
    }

    /// The size of a regular file; FIFOs, sockets and devices are refused (reading them could block forever).
    private func regularFileSize(_ path: String) throws(ReadError) -> Int {
        switch FileKind(path) {
        case .missing: throw .missing(path: path)
        case .problem(let reason): throw .unreadable(path: path, reason: reason)
        case .folder: throw .unreadable(path: path, reason: "a folder, not a file")
        case .special(let kind): throw .unreadable(path: path, reason: "not a regular file (\(kind))")
        case .file(let size): return size
        }
    }

    /// The bytes of a regular file (see `regularFileSize`).
    private func load(_ path: String, limit: Int?) throws(ReadError) -> [UInt8] {
        let size = try regularFileSize(path)
        if let limit, size > limit { throw .tooLarge(path: path, bytes: size, limit: limit) }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
            if let limit, data.count > limit { throw ReadError.tooLarge(path: path, bytes: data.count, limit: limit) }
            return [UInt8](data)
        } catch let error as ReadError {
            throw error
        } catch {
            let errno = (error as NSError).userInfo[NSUnderlyingErrorKey].flatMap { ($0 as? NSError)?.code }
            throw .unreadable(
                path: path,
                reason: errno.map { String(cString: strerror(Int32($0))) }
                    ?? (error as NSError).localizedDescription)
        }
    }

    /// Decodes article text; see `TextDecoding` for what is accepted and how each refusal is worded.
    public func decode(_ data: Data, path: String) throws(ReadError) -> String {
        try TextDecoding.decode([UInt8](data)[...], path: path)
    }

    private func jsonLines(_ bytes: [UInt8], path: String) -> (articles: [Article], errors: [ReadError]) {
        var articles: [Article] = []
        var parser = JSONLinesParser(path: path, maxLineBytes: maxArticleBytes)
        switch parser.start(bytes[...], isWholeFile: true) {
        case .failure(let error):
            return ([], [error])
        case .success(let utf8):
            for line in utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
                if let article = parser.line(line) { articles.append(article) }
            }
        }
        return (articles, parser.finish())
    }
}
