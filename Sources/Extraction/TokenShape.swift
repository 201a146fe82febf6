import NewsGraphCore
import NewsGraphText

/// What a token looks like, computed once per token with ASCII fast paths: word or not, capitalised, all capitals.
package struct TokenShape: OptionSet, Sendable {
    package let rawValue: UInt8
    package init(rawValue: UInt8) { self.rawValue = rawValue }
    package static let word = TokenShape(rawValue: 1 << 0)
    /// Starts with an upper-case letter.
    package static let capitalized = TokenShape(rawValue: 1 << 1)
    /// Two or more letters, all upper case ("NATO", "U.S.").
    package static let allCaps = TokenShape(rawValue: 1 << 2)
    /// Starts with a lower-case letter.
    package static let lower = TokenShape(rawValue: 1 << 3)
    package static let number = TokenShape(rawValue: 1 << 4)
    /// Letters of a script without case (Chinese, Arabic, …).
    package static let uncased = TokenShape(rawValue: 1 << 5)
    /// A possessive `'s` / `’s` token.
    package static let possessive = TokenShape(rawValue: 1 << 6)

    package static func of(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ token: Token) -> TokenShape {
        let start = token.range.start
        let end = token.range.end
        switch token.kind {
        case .number: return [.number]
        case .punctuation:
            if end - start == 2 { return [.possessive] }
            return []
        case .symbol: return []
        case .word: break
        }
        let c = s[start]
        var shape: TokenShape = .word
        if Tokenizer.isUpper(c) {
            shape.insert(.capitalized)
            var letters = 0
            var allUpper = true
            var k = start
            while k < end {
                let d = s[k]
                if Tokenizer.isLetter(d) {
                    letters += 1
                    if !Tokenizer.isUpper(d) { allUpper = false; break }
                }
                k += 1
            }
            if allUpper && letters >= 2 { shape.insert(.allCaps) }
        } else if Tokenizer.isLower(c) {
            shape.insert(.lower)
        } else if c.value >= 128 && c.properties.isAlphabetic {
            shape.insert(.uncased)
        }
        return shape
    }
}
