/// An article's text as an array of Unicode scalars, so that code-point offsets index it directly.
///
/// Every stage after reading works on a `TextBuffer`; `TextRange` offsets index `scalars`.
public struct TextBuffer: Sendable {
    public let scalars: [Unicode.Scalar]

    public init(_ string: String) {
        self.scalars = Array(string.unicodeScalars)
    }

    public var count: Int { scalars.count }
    public var fullRange: TextRange { TextRange(0, scalars.count) }

    public subscript(_ index: Int) -> Unicode.Scalar { scalars[index] }

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
                        for byte in UTF8.encode(s[index])! {
                            out[n] = byte
                            n += 1
                        }
                    }
                }
                return n
            }
        }
    }
}
