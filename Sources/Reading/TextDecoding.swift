/// Turns the bytes of an input file into text, or says precisely why they are not text.
///
/// Decisions, so that nothing is guessed silently:
/// - UTF-8, with or without a byte-order mark, is read as is (CRLF line ends are kept: offsets index the text as given).
/// - UTF-16 and UTF-32 with a byte-order mark are decoded; without one they contain NUL bytes and are refused as binary.
/// - Invalid UTF-8 is refused with the offset of the first bad byte. When every byte would be valid Windows-1252
///   (Latin-1) the message says so and suggests converting the file: guessing would store names such as
///   "ZÃ¼rich" for a file that was really UTF-8 with one damaged byte, and the content hash would depend on the guess.
/// - Binary files (a NUL byte in the first 8 KiB, or a known signature: PNG, JPEG, GIF, PDF, ZIP, gzip, ELF, Mach-O,
///   SQLite) are refused, naming the format where known.
/// - Files of only whitespace are refused as empty.
package enum TextDecoding {
    /// How far binary sniffing looks for a NUL byte (as git does).
    package static let sniffLength = 8192

    package static func decode(_ bytes: ArraySlice<UInt8>, path: String) throws(ReadError) -> String {
        if let format = binaryFormat(bytes) { throw .binary(path: path, format: format, offset: 0) }
        var bytes = bytes
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            return try checkEmpty(decodeUTF32(bytes.dropFirst(4), bigEndian: true, path: path), path: path)
        }
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) {
            return try checkEmpty(decodeUTF32(bytes.dropFirst(4), bigEndian: false, path: path), path: path)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return try checkEmpty(decodeUTF16(bytes.dropFirst(2), bigEndian: true, path: path), path: path)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return try checkEmpty(decodeUTF16(bytes.dropFirst(2), bigEndian: false, path: path), path: path)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0x0C }) {
            throw .empty(path: path)
        }
        if let nul = bytes.prefix(sniffLength).firstIndex(of: 0) {
            throw .binary(
                path: path, format: bomlessUTF16(bytes).map { "\($0) text without a byte-order mark?" }, offset: nul)
        }
        if let bad = firstInvalidUTF8(bytes) {
            if looksLikeWindows1252(bytes) { throw .latin1(path: path, byte: bytes[bad], offset: bad) }
            throw .invalidUTF8(path: path, byte: bytes[bad], offset: bad)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func checkEmpty(_ text: String, path: String) throws(ReadError) -> String {
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw .empty(path: path) }
        return text
    }

    /// "UTF-16LE" or "UTF-16BE" when the first bytes look like ASCII text in UTF-16 (every other byte NUL), or nil.
    package static func bomlessUTF16(_ bytes: ArraySlice<UInt8>) -> String? {
        let head = Array(bytes.prefix(512))
        guard head.count >= 4 else { return nil }
        let even = stride(from: 0, to: head.count - 1, by: 2).map { head[$0] }
        let odd = stride(from: 1, to: head.count, by: 2).map { head[$0] }
        if odd.allSatisfy({ $0 == 0 }) && even.allSatisfy({ $0 != 0 }) { return "UTF-16LE" }
        if even.allSatisfy({ $0 == 0 }) && odd.allSatisfy({ $0 != 0 }) { return "UTF-16BE" }
        return nil
    }

    /// The name of a binary format recognised by its first bytes, or nil.
    package static func binaryFormat(_ bytes: ArraySlice<UInt8>) -> String? {
        let signatures: [([UInt8], String)] = [
            ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "PNG image"),
            ([0xFF, 0xD8, 0xFF], "JPEG image"),
            (Array("GIF87a".utf8), "GIF image"),
            (Array("GIF89a".utf8), "GIF image"),
            (Array("%PDF-".utf8), "PDF document"),
            ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"),
            ([0x1F, 0x8B], "gzip archive"),
            ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
            ([0xCF, 0xFA, 0xED, 0xFE], "Mach-O executable"),
            (Array("SQLite format 3\0".utf8), "SQLite database"),
        ]
        return signatures.first { bytes.starts(with: $0.0) }?.1
    }

    /// Offset (an index of `bytes`) of the first byte that does not start or continue a valid UTF-8 sequence, or nil.
    package static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        let n = bytes.endIndex
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            let minimum: UInt32
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

    /// True when every byte is printable Windows-1252 text (the five undefined bytes and C0 controls other than
    /// tab, line feed, form feed and carriage return rule it out).
    package static func looksLikeWindows1252(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.allSatisfy { b in
            switch b {
            case 0x09, 0x0A, 0x0C, 0x0D: true
            case 0x00..<0x20, 0x7F, 0x81, 0x8D, 0x8F, 0x90, 0x9D: false
            default: true
            }
        }
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool, path: String) throws(ReadError)
        -> String
    {
        let encoding = bigEndian ? "UTF-16BE" : "UTF-16LE"
        var scalars = String.UnicodeScalarView()
        var i = bytes.startIndex
        func unit(_ at: Int) -> UInt16 {
            bigEndian ? UInt16(bytes[at]) << 8 | UInt16(bytes[at + 1]) : UInt16(bytes[at + 1]) << 8 | UInt16(bytes[at])
        }
        while i < bytes.endIndex {
            guard i + 2 <= bytes.endIndex else { throw .invalidUTF16(path: path, encoding: encoding, offset: i) }
            let u = unit(i)
            if (0xD800...0xDBFF).contains(u) {
                guard i + 4 <= bytes.endIndex else { throw .invalidUTF16(path: path, encoding: encoding, offset: i) }
                let low = unit(i + 2)
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw .invalidUTF16(path: path, encoding: encoding, offset: i)
                }
                let value = 0x10000 + (UInt32(u - 0xD800) << 10) + UInt32(low - 0xDC00)
                scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                i += 4
            } else if let scalar = Unicode.Scalar(u) {
                scalars.append(scalar)
                i += 2
            } else {
                throw .invalidUTF16(path: path, encoding: encoding, offset: i)
            }
        }
        return String(scalars)
    }

    private static func decodeUTF32(_ bytes: ArraySlice<UInt8>, bigEndian: Bool, path: String) throws(ReadError)
        -> String
    {
        let encoding = bigEndian ? "UTF-32BE" : "UTF-32LE"
        var scalars = String.UnicodeScalarView()
        var i = bytes.startIndex
        while i < bytes.endIndex {
            guard i + 4 <= bytes.endIndex else { throw .invalidUTF16(path: path, encoding: encoding, offset: i) }
            let b = bytes[i..<(i + 4)].map(UInt32.init)
            let value =
                bigEndian ? b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3] : b[3] << 24 | b[2] << 16 | b[1] << 8 | b[0]
            guard let scalar = Unicode.Scalar(value) else {
                throw .invalidUTF16(path: path, encoding: encoding, offset: i)
            }
            scalars.append(scalar)
            i += 4
        }
        return String(scalars)
    }
}
