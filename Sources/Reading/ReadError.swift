/// Why an input could not be read; the description names the file and, where it helps, the line or offset.
///
/// Every case is about one file (or one line of a JSON Lines file): the rest of a batch is still read.
public enum ReadError: Error, Equatable, CustomStringConvertible {
    case missing(path: String)
    case unreadable(path: String, reason: String)
    case empty(path: String)
    /// `format` names a recognised file type (`PNG image`, `ELF executable`); otherwise the offset of the first NUL byte.
    case binary(path: String, format: String?, offset: Int)
    case invalidUTF8(path: String, byte: UInt8, offset: Int)
    /// Invalid UTF-8 whose bytes all fit Windows-1252 (Latin-1): refused with the offset and a hint to convert it.
    case latin1(path: String, byte: UInt8, offset: Int)
    /// UTF-16 or UTF-32 (with a byte-order mark) that does not decode: an odd length or an unpaired surrogate.
    case invalidUTF16(path: String, encoding: String, offset: Int)
    case tooLarge(path: String, bytes: Int, limit: Int)
    case badJSONLine(path: String, line: Int, reason: String)
    case noArticles(path: String)
    /// A file whose extension names a format that is not article text (`.json`: one document, not one per line).
    case unsupportedFormat(path: String, format: String)

    public var description: String {
        switch self {
        case .missing(let path):
            "\(path): no such file or folder"
        case .unreadable(let path, let reason):
            "\(path): cannot be read (\(reason))"
        case .empty(let path):
            "\(path): empty file; expected article text"
        case .binary(let path, let format?, _):
            "\(path): binary data (\(format)), not text"
        case .binary(let path, nil, let offset):
            "\(path): binary data, not text (NUL byte at offset \(offset))"
        case .invalidUTF8(let path, let byte, let offset):
            "\(path): not UTF-8 text (invalid byte 0x\(ReadError.hex(byte)) at offset \(offset))"
        case .latin1(let path, let byte, let offset):
            "\(path): not UTF-8 text (invalid byte 0x\(ReadError.hex(byte)) at offset \(offset)); it looks like "
                + "Latin-1 or Windows-1252. Convert it first, e.g. 'iconv -f WINDOWS-1252 -t UTF-8'"
        case .invalidUTF16(let path, let encoding, let offset):
            "\(path): not \(encoding) text despite its byte-order mark (invalid code unit at offset \(offset))"
        case .tooLarge(let path, let bytes, let limit):
            "\(path): \(bytes) bytes, more than the \(limit)-byte limit for one article. Split it into articles"
        case .badJSONLine(let path, let line, let reason):
            "\(path):\(line): \(reason); expected one JSON object {\"id\", \"text\"} per line"
        case .unsupportedFormat(let path, let format):
            "\(path): a .\(format) file, not read as articles; expected .jsonl (one JSON object {\"id\", \"text\"} per "
                + "line), .txt, .md or .html. Convert it, e.g. 'jq -c \".[]\" \(path) > articles.jsonl'"
        case .noArticles(let path):
            "\(path): no articles found (expected .txt, .md, .html, .htm or .jsonl files)"
        }
    }

    /// The file the error is about.
    public var path: String {
        switch self {
        case .missing(let p), .unreadable(let p, _), .empty(let p), .binary(let p, _, _), .invalidUTF8(let p, _, _),
            .latin1(let p, _, _), .invalidUTF16(let p, _, _), .tooLarge(let p, _, _), .badJSONLine(let p, _, _),
            .noArticles(let p), .unsupportedFormat(let p, _):
            p
        }
    }

    private static func hex(_ byte: UInt8) -> String {
        let s = String(byte, radix: 16, uppercase: true)
        return s.count == 1 ? "0" + s : s
    }
}
