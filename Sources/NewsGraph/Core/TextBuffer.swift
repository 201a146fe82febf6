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
    public subscript(_ range: TextRange) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count)
        for index in range.start..<range.end {
            let value = scalars[index].value
            if value < 0x80 {
                bytes.append(UInt8(value))
            } else {
                bytes.append(contentsOf: UTF8.encode(scalars[index])!)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
