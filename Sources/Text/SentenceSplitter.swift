import NewsGraphCore

/// Groups tokens into sentences at `.`, `!`, `?`, `…` (and closing quotes after them) followed by a capital,
/// a digit, an opening quote or the end; an abbreviation's period ends a sentence only before a common opener.
///
/// Sentences are made per block, so a sentence never crosses a block.
public struct SentenceSplitter: Sendable {
    public init() {}

    /// Abbreviations (lower case, without the final period) that never end a sentence: titles and initials.
    package static let neverFinal: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "rev", "fr", "gen", "col", "lt", "sgt", "capt", "cpl", "pvt", "maj",
        "adm",
        "cmdr", "gov", "sen", "rep", "pres", "supt", "insp", "det", "hon", "mt", "ft", "no", "vs", "mme", "mlle", "e.g",
        "i.e",
    ]

    /// Words that begin a new sentence after an abbreviation such as `U.S.` or `Inc.`.
    package static let openers: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "this", "that", "there", "but", "and", "in", "on", "at",
        "his", "her", "their", "its", "our", "my", "as", "after", "when", "while", "if", "for", "so", "yet",
    ]

    /// Sentences over `tokens[range]`, each with its code-point range and token indices.
    public func sentences(in text: TextBuffer, tokens: [Token], range: Range<Int>) -> [Sentence] {
        var sentences: [Sentence] = []
        appendSentences(in: text, tokens: tokens, range: range, to: &sentences)
        return sentences
    }

    /// Appends the sentences over `tokens[range]` to `sentences`.
    package func appendSentences(
        in text: TextBuffer, tokens: [Token], range: Range<Int>, to sentences: inout [Sentence]
    ) {
        guard !range.isEmpty else { return }
        let s = text.scalars
        var first = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            let token = tokens[i]
            var boundary = false
            var last = i
            let c = s[token.range.end - 1]
            let endsWithPeriod = c == "."
            let isTerminal =
                (token.kind == .punctuation && token.range.count == 1
                    && (c == "." || c == "!" || c == "?" || c == "\u{2026}"))
            let isAbbreviation = token.kind == .word && endsWithPeriod
            if isTerminal || isAbbreviation {
                var j = i + 1
                // Further terminal marks and closing quotes or brackets stay with the sentence.
                while j < range.upperBound, tokens[j].kind == .punctuation, tokens[j].range.count == 1 {
                    let p = s[tokens[j].range.start]
                    if p == "." || p == "!" || p == "?" || p == "\u{2026}" || p == "\"" || p == "\u{201D}"
                        || p == "\u{2019}"
                        || p == ")" || p == "]" || p == "'"
                    {
                        j += 1
                    } else {
                        break
                    }
                }
                if j == range.upperBound {
                    boundary = true
                } else {
                    let next = tokens[j]
                    let n = s[next.range.start]
                    let startsNew =
                        Tokenizer.isUpper(n) || Tokenizer.isDigit(n) || n == "\"" || n == "\u{201C}" || n == "'"
                        || n == "\u{2018}" || n == "(" || n == "["
                    if startsNew {
                        if isTerminal {
                            boundary = true
                        } else {
                            let word = Tokenizer.lowerASCII(s, token.range.start, token.range.end - 1)
                            if !SentenceSplitter.neverFinal.contains(word) {
                                let nextWord = Tokenizer.lowerASCII(s, next.range.start, next.range.end)
                                boundary = SentenceSplitter.openers.contains(nextWord)
                            }
                        }
                    }
                }
                if boundary { last = j - 1 }
            }
            if boundary || i == range.upperBound - 1 {
                let end = boundary ? last : range.upperBound - 1
                sentences.append(
                    Sentence(
                        range: TextRange(tokens[first].range.start, tokens[end].range.end),
                        tokens: first..<(end + 1)))
                first = end + 1
                i = end + 1
                continue
            }
            i += 1
        }
    }
}
