/// A sentence: its code-point range and the indices of its tokens in `Document.tokens`.
public struct Sentence: Hashable, Sendable {
    public var range: TextRange
    public var tokens: Range<Int>

    public init(range: TextRange, tokens: Range<Int>) {
        self.range = range
        self.tokens = tokens
    }
}
