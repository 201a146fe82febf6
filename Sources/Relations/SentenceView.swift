import NewsGraphCore
import NewsGraphText

/// One sentence as a sequence of items (lowercased words, punctuation, and whole mentions): what patterns match on.
///
/// Built from the document's tokens and the mentions of the sentence, so patterns never look at raw text
/// and do not depend on how the tokenizer splits names: every token a mention overlaps becomes part of
/// that mention's single item. A possessive (`’s`, `'s`, as one token, two tokens, or glued to the end
/// of a mention's last token) becomes one item with text `'s`.
package struct SentenceView {
    /// One word, punctuation mark or mention of the sentence.
    package struct Item {
        /// Lowercased text with `’` written as `'`; for a mention, its lowercased surface text.
        package var text: String
        package var range: TextRange
        /// The kind of the mention this item stands for; `nil` for a word or punctuation.
        package var kind: EntityKind?
        /// Index in `SentenceView.mentions` of that mention, or -1.
        package var mentionIndex: Int
        package var isPunctuation: Bool
        /// The word lists the text belongs to (empty for a mention).
        package var classes: WordClass
        /// For a word: its first letter is a capital in the text (`Foreign` in `Foreign Ministry spokesman`).
        package var isCapitalized = false

        package var isMention: Bool { kind != nil }

        /// A word or punctuation item.
        package init(text: String, range: TextRange, isPunctuation: Bool) {
            self.init(
                text: text, range: range, isPunctuation: isPunctuation, classes: WordClass.of(text),
                isCapitalized: false)
        }

        /// A word or punctuation item whose classes (`WordClass.of(text)`) the caller found.
        package init(text: String, range: TextRange, isPunctuation: Bool, classes: WordClass, isCapitalized: Bool) {
            self.text = text
            self.range = range
            self.kind = nil
            self.mentionIndex = -1
            self.isPunctuation = isPunctuation
            self.classes = classes
            self.isCapitalized = isCapitalized
        }

        /// The item of `mentions[index]`.
        package init(mention: Mention, index: Int) {
            self.text = SentenceView.normalize(mention.text)
            self.range = mention.range
            self.kind = mention.kind
            self.mentionIndex = index
            self.isPunctuation = false
            self.classes = []
        }
    }

    /// Index of the sentence in `Document.sentences`.
    package let sentence: Int
    package let items: [Item]
    /// The mentions placed in the sentence; items refer to them by index (items stay small to copy).
    package let mentions: [Mention]
    /// The kinds of `mentions`.
    package let kinds: EntityKinds
    /// True when every word of the sentence is in capitals and there are at least three (a wire headline,
    /// `GATT OFFICIAL MEETS WITH U.S. FARM LEADERS`): names cannot be told from headline words there.
    package let isHeadline: Bool

    /// The view of `document.sentences[sentence]` with `mentions` (sorted by start, all of that sentence) as items.
    package init(document: Document, sentence: Int, mentions: [Mention]) {
        self.sentence = sentence
        let tokenRange = document.sentences[sentence].tokens
        var items: [Item] = []
        items.reserveCapacity(tokenRange.count)
        var placed: [Mention] = []
        var next = 0  // next mention to place
        var t = tokenRange.lowerBound
        let text = document.text
        let classTable = WordClass.asciiTable
        while t < tokenRange.upperBound {
            let token = document.tokens[t]
            // Mentions that end before this token (or overlap one already placed) can no longer be placed.
            while next < mentions.count, mentions[next].range.end <= token.range.start { next += 1 }
            if next < mentions.count, mentions[next].range.start < token.range.end {
                let mention = mentions[next]
                next += 1
                var last = t
                while last + 1 < tokenRange.upperBound, document.tokens[last + 1].range.start < mention.range.end {
                    last += 1
                }
                // Punctuation glued before the name (`“Bilash` as one token) stays an item of its own.
                if token.range.start < mention.range.start {
                    SentenceView.appendGlued(TextRange(token.range.start, mention.range.start), of: text, to: &items)
                }
                items.append(Item(mention: mention, index: placed.count))
                placed.append(mention)
                // A possessive or punctuation glued after the name (`Zhanargul’s`, `Bilash,` as one token).
                let tail = document.tokens[last].range.end
                if tail > mention.range.end {
                    SentenceView.appendGlued(TextRange(mention.range.end, tail), of: text, to: &items)
                }
                t = last + 1
                continue
            }
            let word = SentenceView.word(in: text, token.range)
            // `word == "'"`: one scalar, `'` or `’` (no other scalar lowercases to `'`).
            let isApostrophe =
                token.range.count == 1 && (text[token.range.start] == "'" || text[token.range.start] == "\u{2019}")
            if isApostrophe, t + 1 < tokenRange.upperBound,
                document.tokens[t + 1].range.start == token.range.end,
                SentenceView.normalize(text[document.tokens[t + 1].range]) == "s",
                let previous = items.last, !previous.isPunctuation
            {
                items.append(
                    Item(
                        text: "'s", range: TextRange(token.range.start, document.tokens[t + 1].range.end),
                        isPunctuation: false))
                t += 2
                continue
            }
            // A possessive word is `'s` already (`word` is normalized), and its classes are read from the scalars
            // when they are ASCII, the same lookup as `WordClass.of(word)`.
            items.append(
                Item(
                    text: word, range: token.range,
                    isPunctuation: token.kind == .punctuation || token.kind == .symbol,
                    classes: classTable.classes(lowercasing: text, token.range) ?? WordClass.of(word),
                    isCapitalized: token.kind == .word && ScalarTest.isUppercase(text[token.range.start])))
            t += 1
        }
        self.items = items
        self.mentions = placed
        self.kinds = placed.reduce(into: EntityKinds()) { $0.formUnion(EntityKinds($1.kind)) }
        self.isHeadline = SentenceView.isHeadline(document, sentence: sentence)
    }

    /// True when sentence `sentence` of `document` is an all-capitals headline: 3 words or more, no lowercase letter.
    package static func isHeadline(_ document: Document, sentence: Int) -> Bool {
        var words = 0
        let text = document.text
        for t in document.sentences[sentence].tokens where document.tokens[t].kind == .word {
            words += 1
            let range = document.tokens[t].range
            for i in range.start..<range.end where ScalarTest.isLowercase(text[i]) { return false }
        }
        return words >= 3
    }

    /// Lowercased words that may stand capitalized right before a name without being part of it.
    package static let sentenceOpeners: Set<String> = [
        "the", "a", "an", "but", "and", "or", "in", "on", "at", "for", "when", "while", "as", "after", "before", "if",
        "meanwhile", "also", "then", "however", "yesterday", "today", "last", "this", "that", "its", "his", "her",
        "their", "our", "by", "from", "with", "under", "since", "although", "though", "because", "so", "thus",
        "unlike", "like", "both", "all", "other", "some", "such", "only", "even", "about", "to", "said", "says",
        "later", "earlier", "now", "here", "there", "why", "how", "what", "where", "whether", "once", "until",
        "during", "despite", "against", "among", "between", "into", "over", "through", "within", "without", "it",
        "he", "she", "they", "we", "i", "you", "no", "not", "every", "each", "any", "many", "most", "several",
        "these", "those", "two", "three", "separately", "instead", "still", "yet", "indeed", "recently",
    ]

    /// True when item `i` is a capitalized word standing right before a mention at `i + 1` that is not a common
    /// opener: the mention is likely a name cut short (`Foreign [Ministry]`, `First [National Bank]`).
    package func isCutName(at i: Int) -> Bool {
        let before = i - 1
        guard before >= 0, !items[before].isMention, !items[before].isPunctuation, items[before].isCapitalized
        else { return false }
        return !SentenceView.sentenceOpeners.contains(items[before].text)
            && !items[before].classes.contains(.roles) && !items[before].classes.contains(.roleModifiers)
    }

    package var count: Int { items.count }

    /// Items for the part of a token outside a mention: a leading possessive (`’s`) and punctuation marks;
    /// letters (a name cut inside a word) are dropped.
    package static func appendGlued(_ range: TextRange, of text: TextBuffer, to items: inout [Item]) {
        var i = range.start
        if range.count >= 2, text[i] == "'" || text[i] == "\u{2019}", text[i + 1] == "s" || text[i + 1] == "S",
            range.count == 2 || !ScalarTest.isAlphabetic(text[i + 2])
        {
            items.append(Item(text: "'s", range: TextRange(i, i + 2), isPunctuation: false))
            i += 2
        }
        while i < range.end {
            if text[i].properties.generalCategory.isPunctuation {
                items.append(Item(text: normalize(String(text[i])), range: TextRange(i, i + 1), isPunctuation: true))
            }
            i += 1
        }
    }

    /// The mention at item `i`, if `i` is in range and the item is a mention.
    package func mention(at i: Int) -> Mention? {
        i >= 0 && i < items.count && items[i].mentionIndex >= 0 ? mentions[items[i].mentionIndex] : nil
    }

    /// The mention at item `i` if it has one of `kinds`.
    package func mention(at i: Int, _ kinds: EntityKinds) -> Mention? {
        guard i >= 0, i < items.count, let kind = items[i].kind, kinds.contains(EntityKinds(kind)) else { return nil }
        return mentions[items[i].mentionIndex]
    }

    /// True when item `i` is a plain word or punctuation (not a mention) with text `word`.
    package func isWord(_ i: Int, _ word: String) -> Bool {
        i >= 0 && i < items.count && !items[i].isMention && items[i].text == word
    }

    /// True when item `i` is a plain word or punctuation whose text is in `words`.
    package func isWord(_ i: Int, in words: Set<String>) -> Bool {
        i >= 0 && i < items.count && !items[i].isMention && words.contains(items[i].text)
    }

    /// True when item `i` is a plain word or punctuation in one of the word lists `classes`.
    package func isWord(_ i: Int, _ classes: WordClass) -> Bool {
        i >= 0 && i < items.count && !items[i].classes.isDisjoint(with: classes)
    }

    /// The first index at or after `i` that is not an article (`the`, `a`, `an`).
    package func skippingDeterminers(from i: Int) -> Int {
        var j = i
        while isWord(j, .determiners) { j += 1 }
        return j
    }

    /// The first item of an appositive after the name at `i`: after `,` and an optional age (`Bilash, 45, director`).
    package func appositive(after i: Int) -> Int? {
        guard isWord(i + 1, ",") else { return nil }
        let j = i + 2
        if j < items.count, !items[j].isMention, !items[j].text.isEmpty, items[j].text.count <= 3,
            items[j].text.unicodeScalars.allSatisfy({ $0.properties.numericType != nil }), isWord(j + 1, ",")
        {
            return j + 2
        }
        return j
    }

    /// True when item `i` starts a clause: the sentence start, or after a comma, semicolon, colon, dash or opening quote.
    package func startsClause(_ i: Int) -> Bool {
        i == 0 || isWord(i - 1, .clauseOpeners)
    }

    /// The code-point range from the start of item `first` to the end of item `last`.
    package func span(_ first: Int, _ last: Int) -> TextRange {
        TextRange(items[min(first, last)].range.start, items[max(first, last)].range.end)
    }

    /// `normalize(text[range])`, without building the original string first when the word is short ASCII
    /// (most tokens: such strings are stored inline, so this allocates nothing).
    package static func word(in text: TextBuffer, _ range: TextRange) -> String {
        guard range.count <= 32 else { return normalize(text[range]) }
        return text.scalars.withUnsafeBufferPointer { s in
            for index in range.start..<range.end where s[index].value >= 0x80 { return normalize(text[range]) }
            // Lowercased straight into the string's storage: no temporary byte array per word.
            return String(unsafeUninitializedCapacity: range.count) { out in
                var n = 0
                for index in range.start..<range.end {
                    let value = s[index].value
                    out[n] = UInt8(truncatingIfNeeded: value >= 0x41 && value <= 0x5A ? value + 0x20 : value)
                    n += 1
                }
                return n
            }
        }
    }

    /// Lowercased, with the typographic apostrophe written as `'`.
    package static func normalize(_ text: String) -> String {
        // ASCII (nearly every name): lowercased byte by byte, as `lowercased()` does, or returned as it is.
        var text = text
        let ascii = text.withUTF8 { bytes -> String? in
            var upper = false
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte &- 0x41 < 26 { upper = true }
            }
            guard upper else { return "" }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                for k in bytes.indices { out[k] = bytes[k] &- 0x41 < 26 ? bytes[k] | 0x20 : bytes[k] }
                return bytes.count
            }
        }
        if let ascii { return ascii.isEmpty ? text : ascii }
        var lowered = text.lowercased()
        if lowered.unicodeScalars.contains("\u{2019}") {
            lowered = String(String.UnicodeScalarView(lowered.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
        }
        return lowered
    }

    package static func isPossessive(_ text: String) -> Bool {
        let normalized = normalize(text)
        return normalized == "'s"
    }
}
