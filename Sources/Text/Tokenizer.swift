import NewsGraphCore

/// Splits text into tokens: words (letters, digits, inner apostrophes and hyphens), numbers and punctuation.
///
/// Abbreviations keep their period (`Mr.`, `U.S.`, `Jan.`, initials like `J.`), a possessive `'s` / `’s`
/// is a token of its own, hyphenated names stay one word, and letters of any script count as letters.
/// ASCII characters take a fast path; `Unicode.Scalar.properties` is only read for other characters.
public struct Tokenizer: Sendable {
    public init() {}

    /// Lower-case abbreviations (without their period) that keep a following period in their token.
    package static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "rev", "fr", "gen", "col", "lt", "sgt", "capt", "cpl", "pvt",
        "maj", "adm", "cmdr", "gov", "sen", "rep", "pres", "supt", "insp", "det", "hon", "mt", "ft", "ave", "blvd",
        "rd",
        "co", "corp", "inc", "ltd", "bros", "dept", "univ", "assn", "vs", "etc", "approx", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "tue", "thu", "fri",
        "al", "e.g", "i.e", "a.m", "p.m", "ph.d", "u.s", "u.k", "u.n", "u.s.a", "e.u", "d.c", "b.c", "a.d", "mme",
        "mlle",
    ]

    /// The tokens of `range` of `text`, in order.
    public func tokens(in text: TextBuffer, range: TextRange) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(range.count / 5)
        appendTokens(in: text, range: range, to: &tokens)
        return tokens
    }

    /// Appends the tokens of `range` of `text` to `tokens` (a document's blocks go into one array, without an array per
    /// block copied into it).
    package func appendTokens(in text: TextBuffer, range: TextRange, to tokens: inout [Token]) {
        text.scalars.withUnsafeBufferPointer { s in
            var i = range.start
            let end = range.end
            while i < end {
                let c = s[i]
                if Tokenizer.isSpace(c) { i += 1; continue }
                if Tokenizer.isWordScalar(c) {
                    let start = i
                    var allDigits = Tokenizer.isDigit(c)
                    var hasInnerPeriod = false
                    i += 1
                    while i < end {
                        let d = s[i]
                        if Tokenizer.isWordScalar(d) || Tokenizer.isMark(d) {
                            // "2023Ruth" (a date glued to a name) splits before the capital.
                            if i - start >= 2 && allDigits && Tokenizer.isUpper(d) && i + 1 < end
                                && Tokenizer.isLower(s[i + 1])
                            {
                                break
                            }
                            if !Tokenizer.isDigit(d) { allDigits = false }
                            i += 1
                            continue
                        }
                        guard i + 1 < end, Tokenizer.isWordScalar(s[i + 1]) else { break }
                        let next = s[i + 1]
                        if d == "-" || d == "\u{2010}" {
                            i += 1
                        } else if d == "'" || d == "\u{2019}" {
                            // A possessive 's is a token of its own; O'Brien and don't stay whole.
                            if (next == "s" || next == "S") && (i + 2 >= end || !Tokenizer.isWordScalar(s[i + 2])) {
                                break
                            }
                            i += 1
                        } else if (d == "." || d == ",") && allDigits && Tokenizer.isDigit(next) {
                            i += 1
                        } else if d == "." && !allDigits && Tokenizer.isLetter(next) && i + 2 < end && s[i + 2] == "." {
                            // U.S., e.g., Ph.D.: single letters joined by periods.
                            hasInnerPeriod = true
                            i += 1
                        } else if d == "." && hasInnerPeriod && Tokenizer.isLetter(next) {
                            i += 1
                        } else {
                            break
                        }
                    }
                    // A trailing period belongs to abbreviations and initials.
                    if i < end, s[i] == ".", !allDigits {
                        let length = i - start
                        if hasInnerPeriod || (length == 1 && Tokenizer.isUpper(s[start]))
                            || (length <= 5 && Tokenizer.isAbbreviation(s, start, i))
                        {
                            i += 1
                        }
                    }
                    tokens.append(Token(range: TextRange(start, i), kind: allDigits ? .number : .word))
                    continue
                }
                if (c == "'" || c == "\u{2019}") && i + 1 < end && (s[i + 1] == "s" || s[i + 1] == "S")
                    && (i + 2 >= end || !Tokenizer.isWordScalar(s[i + 2])) && i > range.start
                    && Tokenizer.isWordScalar(s[i - 1])
                {
                    tokens.append(Token(range: TextRange(i, i + 2), kind: .punctuation))
                    i += 2
                    continue
                }
                tokens.append(
                    Token(range: TextRange(i, i + 1), kind: Tokenizer.isPunctuation(c) ? .punctuation : .symbol))
                i += 1
            }
        }
    }

    /// `abbreviations` of up to five characters, each as its ASCII bytes packed into an integer (`abbreviationCode`).
    package static let abbreviationCodes: KeySet = {
        var codes = KeySet(capacity: abbreviations.count)
        for word in abbreviations where word.unicodeScalars.count <= 5 {
            let scalars = Array(word.unicodeScalars)
            scalars.withUnsafeBufferPointer { codes.insert(abbreviationCode($0, 0, scalars.count)) }
        }
        return codes
    }()

    /// The ASCII bytes of `s[start..<end]` (at most five), lower-cased and packed into an integer, or 0 when one is not
    /// ASCII: equal codes, equal lower-case words, as `lowerASCII` would give them.
    @inline(__always)
    package static func abbreviationCode(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> UInt64 {
        var code: UInt64 = 0
        for k in start..<end {
            let v = s[k].value
            if v >= 128 { return 0 }
            code = code << 8 | UInt64(v >= 65 && v <= 90 ? v + 32 : v)
        }
        return code
    }

    /// Whether `s[start..<end]` (at most five scalars) is one of `abbreviations`, in any ASCII case: the test of
    /// `abbreviations.contains(lowerASCII(s, start, end))` without making a string and hashing it (about 1,000
    /// instructions a word that ends before a period, 10M on the 291-article sample).
    @inline(__always)
    package static func isAbbreviation(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> Bool {
        let code = abbreviationCode(s, start, end)
        return code != 0 && abbreviationCodes.contains(code)
    }

    /// The ASCII lower-case form of `s[start..<end]`, or "" when it holds a non-ASCII character.
    package static func lowerASCII(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        s.withUnsafeBufferPointer { lowerASCII($0, start, end) }
    }

    package static func lowerASCII(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> String {
        var out = ""
        for k in start..<end {
            let v = s[k].value
            if v >= 128 { return "" }
            out.unicodeScalars.append(Unicode.Scalar(UInt8(v >= 65 && v <= 90 ? v + 32 : v)))
        }
        return out
    }

    @inlinable @inline(__always) package static func isSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v == 32 || (v >= 9 && v <= 13) }
        return c.properties.isWhitespace
    }

    @inlinable @inline(__always) package static func isDigit(_ c: Unicode.Scalar) -> Bool {
        c.value >= 48 && c.value <= 57
    }

    @inlinable @inline(__always) package static func isUpper(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v >= 65 && v <= 90 }
        return c.properties.isUppercase || c.properties.generalCategory == .titlecaseLetter
    }

    @inlinable @inline(__always) package static func isLower(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v >= 97 && v <= 122 }
        return c.properties.isLowercase
    }

    @inlinable @inline(__always) package static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return (v | 32) >= 97 && (v | 32) <= 122 }
        return c.properties.isAlphabetic
    }

    /// Letters and digits of any script.
    @inlinable @inline(__always) package static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return (v >= 48 && v <= 57) || ((v | 32) >= 97 && (v | 32) <= 122) }
        let p = c.properties
        return p.isAlphabetic || p.numericType != nil
    }

    @inlinable @inline(__always) package static func isMark(_ c: Unicode.Scalar) -> Bool {
        c.value >= 0x300 && c.properties.generalCategory == .nonspacingMark
    }

    package static func isPunctuation(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 {
            switch v {
            case 33...35, 37...42, 44...47, 58, 59, 63, 64, 91...93, 95, 123, 125: return true
            default: return false
            }
        }
        return c.properties.generalCategory.isPunctuation
    }
}

extension Unicode.GeneralCategory {
    package var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            true
        default:
            false
        }
    }
}
