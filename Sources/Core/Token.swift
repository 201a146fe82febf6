/// A word, number or punctuation mark, with its code-point range in the article text.
public struct Token: Hashable, Sendable {
    public enum Kind: UInt8, Sendable {
        case word, number, punctuation, symbol
    }

    public var range: TextRange
    public var kind: Kind

    public init(range: TextRange, kind: Kind) {
        self.range = range
        self.kind = kind
    }
}
