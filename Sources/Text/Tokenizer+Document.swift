import NewsGraphCore

extension Tokenizer {
    /// Tokenizes and splits `blocks` of `text` into sentences (a sentence never crosses a block).
    public static func document(text: TextBuffer, blocks: [TextRange]) -> Document {
        let tokenizer = Tokenizer()
        let splitter = SentenceSplitter()
        var tokens: [Token] = []
        tokens.reserveCapacity(blocks.reduce(0) { $0 + $1.count } / 5)
        var sentences: [Sentence] = []
        for block in blocks {
            let first = tokens.count
            tokenizer.appendTokens(in: text, range: block, to: &tokens)
            splitter.appendSentences(in: text, tokens: tokens, range: first..<tokens.count, to: &sentences)
        }
        return Document(text: text, blocks: blocks, tokens: tokens, sentences: sentences)
    }
}
