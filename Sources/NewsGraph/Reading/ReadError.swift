/// Why an input could not be read; the description names the file and, where it helps, the line or offset.
public enum ReadError: Error, Equatable, CustomStringConvertible {
    case missing(path: String)
    case unreadable(path: String, reason: String)
    case empty(path: String)
    case binary(path: String, offset: Int)
    case invalidUTF8(path: String, byte: UInt8, offset: Int)
    case badJSONLine(path: String, line: Int, reason: String)
    case noArticles(path: String)

    public var description: String {
        switch self {
        case .missing(let path):
            "\(path): no such file or folder"
        case .unreadable(let path, let reason):
            "\(path): cannot be read (\(reason))"
        case .empty(let path):
            "\(path): empty file; expected article text"
        case .binary(let path, let offset):
            "\(path): binary data, not text (NUL byte at offset \(offset))"
        case .invalidUTF8(let path, let byte, let offset):
            "\(path): not UTF-8 text (invalid byte 0x\(String(byte, radix: 16, uppercase: true)) at offset \(offset))"
        case .badJSONLine(let path, let line, let reason):
            "\(path):\(line): \(reason); expected one JSON object {\"id\", \"text\"} per line"
        case .noArticles(let path):
            "\(path): no articles found (expected .txt, .md, .html, .htm or .jsonl files)"
        }
    }

    /// The file the error is about.
    public var path: String {
        switch self {
        case .missing(let p), .unreadable(let p, _), .empty(let p), .binary(let p, _), .invalidUTF8(let p, _, _),
             .badJSONLine(let p, _, _), .noArticles(let p):
            p
        }
    }
}
