/// An article's text as an array of Unicode scalars, so that code-point offsets index it directly.
///
/// Every stage after reading works on a `TextBuffer`; `TextRange` offsets index `scalars`.
public struct TextBuffer: Sendable {
    public let scalars: [Unicode.Scalar]

    public init(_ string: String) {
        var string = string
        self.scalars = string.withUTF8 { TextBuffer.decode($0) }
    }

    /// The scalars of valid UTF-8 (a `String`'s own bytes), decoded in one pass into storage sized by the byte count.
    ///
    /// `Array(string.unicodeScalars)` walks the string twice (once to count) through the generic view, which was a
    /// noticeable part of analysing an article; ASCII bytes are copied one to one here.
    package static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { out, count in
            var i = 0
            var n = 0
            let end = bytes.count
            while i < end {
                let b0 = bytes[i]
                if b0 < 0x80 {
                    out[n] = Unicode.Scalar(b0)
                    i += 1
                } else {
                    let value: UInt32
                    if b0 < 0xE0 {
                        value = UInt32(b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                        i += 2
                    } else if b0 < 0xF0 {
                        value = UInt32(b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                        i += 3
                    } else {
                        value =
                            UInt32(b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                            | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                        i += 4
                    }
                    out[n] = Unicode.Scalar(value) ?? "\u{FFFD}"  // valid UTF-8 decodes to valid scalars
                }
                n += 1
            }
            count = n
        }
    }

    // Inlinable: the relation stage reads text scalar by scalar around every mention, and a call per scalar into
    // this module cost more than the read.
    @inlinable public var count: Int { scalars.count }
    public var fullRange: TextRange { TextRange(0, scalars.count) }

    @inlinable public subscript(_ index: Int) -> Unicode.Scalar { scalars[index] }

    /// The text of `range` as a `String`.
    ///
    /// Written straight into the string's storage (one pass to size it, one to encode): this runs for every
    /// line, mention and many words, and going through a temporary `[UInt8]` cost an extra allocation each time.
    public subscript(_ range: TextRange) -> String {
        scalars.withUnsafeBufferPointer { s in
            var length = 0
            for index in range.start..<range.end { length += UTF8.width(s[index]) }
            return String(unsafeUninitializedCapacity: length) { out in
                var n = 0
                for index in range.start..<range.end {
                    let value = s[index].value
                    if value < 0x80 {
                        out[n] = UInt8(truncatingIfNeeded: value)
                        n += 1
                    } else {
                        // A scalar always has a UTF-8 encoding; `encode` is optional only by signature.
                        if let encoded = UTF8.encode(s[index]) {
                            for byte in encoded {
                                out[n] = byte
                                n += 1
                            }
                        }
                    }
                }
                return n
            }
        }
    }
}
