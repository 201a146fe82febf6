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
