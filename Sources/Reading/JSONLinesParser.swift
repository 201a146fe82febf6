import Foundation
import NewsGraphCore

/// Turns the lines of one JSON Lines file into articles, one `{"id", "text"}` object a line, collecting an error
/// (`file:line`) for each bad line while the good lines are kept.
///
/// It is fed line by line, so a file can be read whole (`ArticleReader.read(contents:path:)`) or streamed in chunks
/// (`ArticleReader.forEachArticle`) with the same checks and messages.
package struct JSONLinesParser {
    package let path: String
    package let maxLineBytes: Int
    package private(set) var errors: [ReadError] = []
    private var lineNumber = 0
    private var articles = 0
    /// The line each id was first used on: a second line with the same id would otherwise pass for the first one,
    /// unchanged, and its text would be dropped without a word.
    private var firstLine: [String: Int] = [:]

    /// The file's article key (see `ArticleKey`), computed once.
    private let fileKey: String

    package init(path: String, maxLineBytes: Int) {
        self.path = path
        self.maxLineBytes = maxLineBytes
        fileKey = ArticleKey.file(path)
    }

    /// Checks the head of the file (binary signatures, a NUL byte, a byte-order mark) and returns the bytes from the
    /// first line on. With `isWholeFile`, UTF-16 or UTF-32 with a byte-order mark is decoded to UTF-8 first.
    package func start(_ bytes: ArraySlice<UInt8>, isWholeFile: Bool) -> Result<ArraySlice<UInt8>, ReadError> {
        if isWholeFile && (bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE])) {
            do {
                return .success(Array(try TextDecoding.decode(bytes, path: path).utf8)[...])
            } catch {
                return .failure(error)
            }
        }
        if let format = TextDecoding.binaryFormat(bytes) {
            return .failure(.binary(path: path, format: format, offset: 0))
        }
        var utf8 = bytes
        if utf8.starts(with: [0xEF, 0xBB, 0xBF]) { utf8 = utf8.dropFirst(3) }
        if let nul = utf8.prefix(TextDecoding.sniffLength).firstIndex(of: 0) {
            return .failure(.binary(path: path, format: nil, offset: nul - bytes.startIndex))
        }
        return .success(utf8)
    }

    /// The article on the next line (without its line feed), or nil for a blank or bad line (the error is kept).
    package mutating func line(_ bytes: ArraySlice<UInt8>) -> Article? {
        lineNumber += 1
        var line = bytes
        if line.last == 0x0D { line = line.dropLast() }
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0C }) { return nil }
        do throws(ReadError) {
            let article = try parse(line)
            if let first = firstLine[article.externalID] {
                throw ReadError.badJSONLine(
                    path: path, line: lineNumber,
                    reason: "id \(JSONText.quote(article.externalID)) already used on line \(first)")
            }
            firstLine[article.externalID] = lineNumber
            articles += 1
            return article
        } catch {
            errors.append(error)
            return nil
        }
    }

    /// Counts a line too long to keep (`length` bytes, not read into memory) and reports it.
    package mutating func skip(length: Int) {
        lineNumber += 1
        errors.append(
            .badJSONLine(
                path: path, line: lineNumber,
                reason: "\(length) bytes, more than the \(maxLineBytes)-byte limit for one article"))
    }

    /// Records a problem with the file itself (a read error part-way).
    package mutating func fail(_ error: ReadError) {
        errors.append(error)
    }

    /// The errors of the whole file; a file with neither an article nor an error is reported as empty.
    package func finish() -> [ReadError] {
        articles == 0 && errors.isEmpty ? [.empty(path: path)] : errors
    }

    private func parse(_ line: ArraySlice<UInt8>) throws(ReadError) -> Article {
        let number = lineNumber
        if line.count > maxLineBytes {
            throw .badJSONLine(
                path: path, line: number,
                reason: "\(line.count) bytes, more than the \(maxLineBytes)-byte limit for one article")
        }
        if let bad = TextDecoding.firstInvalidUTF8(line) {
            throw .badJSONLine(
                path: path, line: number,
                reason:
                    "not UTF-8 text (invalid byte 0x\(String(line[bad], radix: 16, uppercase: true)) at offset \(bad - line.startIndex) of the line)"
            )
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
        return Article(
            source: fileKey + "#" + id, externalID: id, text: body,
            title: object["title"] as? String, date: object["date"] as? String,
            url: object["url"] as? String)
    }
}
