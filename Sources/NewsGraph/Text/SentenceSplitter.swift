/// Groups tokens into sentences at `.`, `!`, `?` (and closing quotes after them) followed by a capital or the end.
public struct SentenceSplitter: Sendable {
    public init() {}

    /// Sentences over `tokens[range]`, each with its code-point range and token indices.
    public func sentences(in text: TextBuffer, tokens: [Token], range: Range<Int>) -> [Sentence] {
        var sentences: [Sentence] = []
        var first = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            let token = tokens[i]
            var boundary = false
            if token.kind == .punctuation, [".", "!", "?", "\u{2026}"].contains(text[token.range.start]) {
                var j = i + 1
                while j < range.upperBound, tokens[j].kind == .punctuation,
                      ["\"", "\u{201D}", "\u{2019}", ")", "'"].contains(text[tokens[j].range.start]) {
                    j += 1
                }
                if j == range.upperBound || text[tokens[j].range.start].properties.isUppercase
                    || tokens[j].kind == .punctuation {
                    boundary = true
                    i = j - 1
                }
            }
            if boundary || i == range.upperBound - 1 {
                let last = min(i, range.upperBound - 1)
                sentences.append(Sentence(range: TextRange(tokens[first].range.start, tokens[last].range.end),
                                          tokens: first..<(last + 1)))
                first = last + 1
            }
            i += 1
        }
        return sentences
    }
}
