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
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range.start..<range.end])
        return String(view)
    }
}
