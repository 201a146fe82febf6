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

/// A sentence: its code-point range and the indices of its tokens in `Document.tokens`.
public struct Sentence: Hashable, Sendable {
    public var range: TextRange
    public var tokens: Range<Int>

    public init(range: TextRange, tokens: Range<Int>) {
        self.range = range
        self.tokens = tokens
    }
}

/// The text of one article, split into content blocks, tokens and sentences: what extraction reads.
public struct Document: Sendable {
    public let text: TextBuffer
    /// Content blocks (paragraphs, headings) after boilerplate removal, in order.
    public let blocks: [TextRange]
    public let tokens: [Token]
    public let sentences: [Sentence]

    public init(text: TextBuffer, blocks: [TextRange], tokens: [Token], sentences: [Sentence]) {
        self.text = text
        self.blocks = blocks
        self.tokens = tokens
        self.sentences = sentences
    }

    public subscript(_ token: Token) -> String { text[token.range] }
}
