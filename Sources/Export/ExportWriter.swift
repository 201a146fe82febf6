import NewsGraphCore

/// The buffered byte writer every exporter formats into, with the escaping rules of each format.
///
/// Bytes accumulate in a buffer of `bufferSize` and go to the sink when a record ends past that
/// mark, so an export holds one buffer (plus at most one record) however large the graph is.
/// Escaping works on UTF-8 bytes with a fast path that copies clean strings whole.
package struct ExportWriter<Sink: OutputSink> {
    package static var bufferSize: Int { 1 << 16 }

    package var sink: Sink
    private var buffer: [UInt8] = []

    package init(sink: Sink) {
        self.sink = sink
        buffer.reserveCapacity(Self.bufferSize + 1024)
    }

    // MARK: Buffering

    /// Hands the buffer to the sink when it is full; call between records.
    @inline(__always)
    package mutating func endRecord() throws {
        if buffer.count >= Self.bufferSize { try drain() }
    }

    /// Hands everything buffered to the sink.
    package mutating func finish() throws { try drain() }

    private mutating func drain() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try sink.write($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    // MARK: Plain text

    @inline(__always)
    package mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { buffer.append(contentsOf: $0) }
    }

    @inline(__always)
    package mutating func raw(_ text: String) {
        var text = text
        text.withUTF8 { buffer.append(contentsOf: $0) }
    }

    @inline(__always)
    package mutating func raw(_ bytes: UnsafeBufferPointer<UInt8>) { buffer.append(contentsOf: bytes) }

    @inline(__always)
    package mutating func byte(_ value: UInt8) { buffer.append(value) }

    /// A decimal integer, without going through `String`.
    package mutating func int(_ value: Int) {
        if value < 0 {
            buffer.append(UInt8(ascii: "-"))
            if value == Int.min { raw(String(value).dropFirst().description); return }
        }
        var magnitude = value.magnitude
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { storage in
            repeat {
                storage[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for index in stride(from: count - 1, through: 0, by: -1) { buffer.append(storage[index]) }
        }
    }

    /// A number with at most 4 decimals and no trailing zeros (`JSONText.number`), valid in every format.
    package mutating func number(_ value: Double) {
        if value == value.rounded(), abs(value) < 1e15 { int(Int(value)) } else { raw(JSONText.number(value)) }
    }

    // MARK: XML

    /// `text` escaped for XML 1.0 element content or a double-quoted attribute value.
    ///
    /// Characters XML 1.0 forbids (C0 controls other than tab, newline and carriage return;
    /// U+FFFE and U+FFFF) are removed. Carriage returns, and in attributes tabs and newlines too,
    /// are written as character references so parsers do not normalise them away.
    package mutating func xml(_ text: String, attribute: Bool = false) {
        var text = text
        text.withUTF8 { bytes in
            if !bytes.contains(where: { ExportText.xmlNeedsWork($0) }) {
                buffer.append(contentsOf: bytes)
                return
            }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "&"): raw("&amp;")
                case UInt8(ascii: "<"): raw("&lt;")
                case UInt8(ascii: ">"): raw("&gt;")
                case UInt8(ascii: "\""): raw("&quot;")
                case 0x0D: raw("&#13;")
                case 0x09: if attribute { raw("&#9;") } else { buffer.append(byte) }
                case 0x0A: if attribute { raw("&#10;") } else { buffer.append(byte) }
                case 0x00..<0x20: break  // forbidden in XML 1.0
                case 0xEF
                where index + 2 < bytes.count && bytes[index + 1] == 0xBF
                    && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF):
                    index += 2  // U+FFFE, U+FFFF: forbidden in XML 1.0
                default: buffer.append(byte)
                }
                index += 1
            }
        }
    }

    // MARK: JSON

    /// `text` as a JSON string literal (RFC 8259), quotes included.
    package mutating func json(_ text: String) {
        buffer.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            if !bytes.contains(where: {
                $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0xE2
            }) {
                buffer.append(contentsOf: bytes)
                return
            }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""): raw("\\\"")
                case UInt8(ascii: "\\"): raw("\\\\")
                case 0x0A: raw("\\n")
                case 0x0D: raw("\\r")
                case 0x09: raw("\\t")
                case 0x08: raw("\\b")
                case 0x0C: raw("\\f")
                case 0x00..<0x20:
                    raw("\\u00")
                    buffer.append(ExportText.hexDigit(byte >> 4))
                    buffer.append(ExportText.hexDigit(byte & 0xF))
                case 0xE2
                where index + 2 < bytes.count && bytes[index + 1] == 0x80
                    && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    // U+2028 and U+2029 are valid JSON but end lines in JavaScript.
                    raw(bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                    index += 2
                default: buffer.append(byte)
                }
                index += 1
            }
        }
        buffer.append(UInt8(ascii: "\""))
    }
}
