import NewsGraphCore

extension Tokenizer {
    /// Tokenizes and splits `blocks` of `text` into sentences (a sentence never crosses a block).
    public static func document(text: TextBuffer, blocks: [TextRange]) -> Document {
        let tokenizer = Tokenizer()
        let splitter = SentenceSplitter()
        var tokens: [Token] = []
        var sentences: [Sentence] = []
        for block in blocks {
            let first = tokens.count
            tokens.append(contentsOf: tokenizer.tokens(in: text, range: block))
            sentences.append(contentsOf: splitter.sentences(in: text, tokens: tokens, range: first..<tokens.count))
        }
        return Document(text: text, blocks: blocks, tokens: tokens, sentences: sentences)
    }
}
