import NewsGraphCore

/// The dateline that opens a wire story: `WASHINGTON, March 3 -`, `NEW YORK, March 2 -`, `ST. PAUL, Minn., March 3 -`.
///
/// A news digest line opens with the place in capitals and a dash, without a date (`BERNE - Swiss prices rose`).
///
/// A dateline says where the story was filed, not what it is about: its place is not paired by co-occurrence
/// with the entities of the article; it gets a `dateline` relation to the entities of the lead sentence instead
/// (see `docs/relations.md`). Matched on tokens at the start of a sentence: one or more words that start with a
/// capital letter (with `.`, `,` and `'` between them), a comma, a month name or abbreviation, a day number of 1 or
/// 2 digits, and a dash. Anything else (`Washington, which ...`, `In March 3 ...`) is not a dateline.
package enum Dateline {
    /// Month names and the abbreviations wire services use, lowercased, without the period.
    package static let months: Set<String> = [
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
        "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
    ]

    /// At most this many tokens before the month: `ST. PAUL , Minn . ,` is 7.
    package static let maxPlaceTokens = 10

    /// The range of the dateline's place part (up to, not including, the comma before the month) when sentence
    /// `sentence` of `document` opens with a dateline.
    package static func place(in document: Document, sentence: Int) -> TextRange? {
        let tokens = document.sentences[sentence].tokens
        let text = document.text
        var t = tokens.lowerBound
        var sawWord = false
        var allCapitals = true
        var lastComma = -1
        while t < tokens.upperBound, t - tokens.lowerBound <= maxPlaceTokens + 1 {
            let token = document.tokens[t]
            let first = text[token.range.start]
            switch token.kind {
            case .word:
                let word = SentenceView.word(in: text, token.range)
                if lastComma >= 0, months.contains(word) {
                    return month(in: document, after: t, tokens: tokens)
                        ? TextRange(
                            document.tokens[tokens.lowerBound].range.start, document.tokens[lastComma].range.start)
                        : nil
                }
                guard ScalarTest.isUppercase(first) else { return nil }
                sawWord = true
                allCapitals = allCapitals && !text[token.range].unicodeScalars.contains { ScalarTest.isLowercase($0) }
            case .punctuation:
                // A digest line without a date: `BERNE - Swiss consumer prices rose`, the place in capitals.
                if sawWord, allCapitals, lastComma < 0, isDash(text[token.range]) {
                    return TextRange(document.tokens[tokens.lowerBound].range.start, token.range.start)
                }
                guard sawWord, first == "," || first == "." || first == "'" || first == "&" else { return nil }
                if first == "," { lastComma = t }
            case .number, .symbol:
                return nil
            }
            t += 1
        }
        return nil
    }

    /// True when `mention` is part of the dateline whose place is `place`: inside the place, or the month right
    /// after it that extraction took for a name (`NEW YORK, [APRIL] 1 -`).
    package static func isInHeader(_ mention: Mention, place: TextRange, in text: TextBuffer) -> Bool {
        if mention.range.start < place.end { return true }
        guard mention.range.start <= place.end + 3 else { return false }
        var word = mention.text.lowercased()
        if word.hasSuffix(".") { word.removeLast() }
        return months.contains(word)
    }

    /// True when the month word at `t` is followed by `[.] DAY -`.
    private static func month(in document: Document, after t: Int, tokens: Range<Int>) -> Bool {
        let text = document.text
        var i = t + 1
        if i < tokens.upperBound, text[document.tokens[i].range] == "." { i += 1 }
        guard i < tokens.upperBound, document.tokens[i].kind == .number, document.tokens[i].range.count <= 2 else {
            return false
        }
        i += 1
        guard i < tokens.upperBound else { return false }
        return isDash(text[document.tokens[i].range])
    }

    private static func isDash(_ text: String) -> Bool {
        text == "-" || text == "--" || text == "\u{2013}" || text == "\u{2014}"
    }
}
