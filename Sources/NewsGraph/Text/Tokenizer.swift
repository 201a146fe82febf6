/// Splits text into tokens: words (letters, digits, inner apostrophes and hyphens), numbers and punctuation.
public struct Tokenizer: Sendable {
    public init() {}

    /// The tokens of `range` of `text`, in order.
    public func tokens(in text: TextBuffer, range: TextRange) -> [Token] {
        var tokens: [Token] = []
        var i = range.start
        let end = range.end
        while i < end {
            let c = text[i]
            if c.properties.isWhitespace { i += 1; continue }
            if c.properties.isAlphabetic || c.properties.numericType != nil {
                let start = i
                var allDigits = true
                i += 1
                while i < end {
                    let d = text[i]
                    if d.properties.isAlphabetic || d.properties.numericType != nil || d.properties.generalCategory == .nonspacingMark {
                        if d.properties.numericType == nil { allDigits = false }
                        i += 1
                    } else if (d == "-" || d == "'" || d == "\u{2019}" || d == "." || d == ",") && i + 1 < end
                                && (text[i + 1].properties.isAlphabetic || text[i + 1].properties.numericType != nil)
                                && !((d == "'" || d == "\u{2019}") && Tokenizer.isPossessiveS(text, i + 1, end))
                                && !((d == "." || d == ",") && !(allDigits && text[i + 1].properties.numericType != nil)) {
                        i += 1
                    } else {
                        break
                    }
                }
                if c.properties.numericType == nil { allDigits = false }
                tokens.append(Token(range: TextRange(start, i), kind: allDigits ? .number : .word))
                continue
            }
            let kind: Token.Kind = c.properties.generalCategory.isPunctuation ? .punctuation : .symbol
            tokens.append(Token(range: TextRange(i, i + 1), kind: kind))
            i += 1
        }
        return tokens
    }

    /// True when `text[i]` starts a lone `s` (a possessive `'s` / `’s`).
    static func isPossessiveS(_ text: TextBuffer, _ i: Int, _ end: Int) -> Bool {
        guard text[i] == "s" || text[i] == "S" else { return false }
        return i + 1 >= end || !(text[i + 1].properties.isAlphabetic)
    }
}

extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            true
        default:
            false
        }
    }
}
