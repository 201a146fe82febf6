import NewsGraphCore

/// Enumerations and rows of figures inside one sentence: `Britain, France, Italy and Japan`, `Netherlands 12.5
/// Denmark 11.2`. Names side by side in a list are peers, not parties to one statement, so pairs inside a list get
/// the weaker `co-list` kind (rule `cooccurrence.list`) instead of `co-occurrence`.
///
/// A list is a run of consecutive mentions of one kind (people and organizations count as one) where each gap between two of them is only a separator:
/// - a conjunction gap: commas, semicolons, slashes, bracketed acronyms and the words `and`, `or`, `nor`, `the`;
///   a run joined by such gaps is a list from 3 items, or of 2 joined by `and`/`or` without a comma (`Saudi Arabia and Kuwait`:
///   peers side by side, which the judging guide counts as a list); `Paris, France` (a comma alone) names one
///   place, and `sold wheat to Egypt, and Brazil bought it` joins two clauses;
/// - a figure gap: numbers with punctuation and units (`12.5 pct`, `1,234 tonnes vs`); a run with a figure gap is
///   a table row from 2 items.
package enum Enumeration {
    /// Words allowed in a conjunction gap.
    package static let conjunctions: Set<String> = ["and", "or", "nor", "the", "as", "well"]
    /// Words allowed in a figure gap besides numbers.
    package static let units: Set<String> = [
        "pct", "mln", "billion", "bln", "dlrs", "dlr", "tonnes", "tons", "bags", "barrels", "bpd", "vs", "and",
        "pct.", "cts", "stg", "yen", "marks", "francs", "pesos", "n/a", "nil", "na", "in", "for", "from", "to",
        "at", "plus", "minus", "points", "pts", "mm", "cm", "inches", "between", "one", "two", "three", "four",
        "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    ]

    /// Number words that make a gap a figure gap like digits do (`three to 20 mm in`, `one to eight mm in`).
    private static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    ]

    private enum Gap { case conjunction(comma: Bool, word: Bool), figure, other }

    /// For each of `mentions` (sorted, not overlapping, all in one sentence), the index of the list it belongs to,
    /// or -1 when it is not in a list.
    package static func lists(in text: TextBuffer, mentions: [Mention]) -> [Int] {
        var result = [Int](repeating: -1, count: mentions.count)
        guard mentions.count >= 2 else { return result }
        var runStart = 0
        var commas = false
        var conjunctions = false
        var figures = false
        var next = 0
        func close(_ end: Int) {
            let size = end - runStart
            if figures || (size >= 3 && (commas || conjunctions)) || (size == 2 && conjunctions && !commas) {
                for k in runStart..<end { result[k] = next }
                next += 1
            }
        }
        for k in 1..<mentions.count {
            let gap =
                sameKind(mentions[k], mentions[k - 1]) && mentions[k - 1].range.end <= mentions[k].range.start
                ? classify(
                    text, TextRange(mentions[k - 1].range.end, mentions[k].range.start),
                    beforePerson: mentions[k].kind == .person) : .other
            switch gap {
            case .conjunction(let comma, let word):
                commas = commas || comma
                conjunctions = conjunctions || word
            case .figure:
                figures = true
            case .other:
                close(k)
                runStart = k
                commas = false
                conjunctions = false
                figures = false
            }
        }
        close(mentions.count)
        return result
    }

    /// Items of one list have one kind; people and organizations count as one, as extraction often confuses them
    /// (`Volkswagen, General Motors, [Ford] and Fiat` with Ford a person).
    private static func sameKind(_ a: Mention, _ b: Mention) -> Bool {
        a.kind == b.kind || (a.kind != .place && a.kind != .group && b.kind != .place && b.kind != .group)
    }

    /// The gap between two items. Before a person, a title run that ends the gap is part of the item, not of the
    /// gap (`Chancellor Franz Vranitzky, Finance Minister Ferdinand Lacina and ...`); a ticker in angle brackets
    /// (`Citicorp <CCI>, Bankers Trust <BT>`) belongs to the item before it.
    private static func classify(_ text: TextBuffer, _ range: TextRange, beforePerson: Bool = false) -> Gap {
        guard range.count <= 40 else { return .other }
        var end = range.end
        if beforePerson { end = startOfTitleRun(text, from: range.start, to: end) }
        var words: [String] = []
        var word = ""
        var comma = false
        var digit = false
        var bracket = false
        var other = false
        var inTicker = false
        for i in range.start..<end {
            let c = text[i]
            if inTicker {
                if c == ">" { inTicker = false }
                if c == "<" || c == " " { return .other }
                continue
            }
            if c == "<" || c == ">" {
                // A ticker that is a mention of its own leaves ` <` and `>, ` as gaps.
                inTicker = c == "<" && word.isEmpty
                bracket = true
                continue
            }
            if ScalarTest.isAlphabetic(c) {
                word.unicodeScalars.append(c)
                continue
            }
            if !word.isEmpty {
                words.append(word.lowercased())
                word = ""
            }
            if c.properties.numericType != nil {
                digit = true
            } else if c == "," || c == ";" {
                comma = true
            } else if c == " " || c == "\t" || c == "/" {
                continue
            } else if c == "(" || c == ")" {
                // `the United Arab Emirates (UAE), Kuwait and Qatar`: a bracketed acronym stays inside the list.
                bracket = true
            } else if c == "." || c == "%" || c == "(" || c == ")" || c == "-" || c == "+" {
                other = true
            } else {
                return .other
            }
        }
        if !word.isEmpty { words.append(word.lowercased()) }
        if !digit, words.contains(where: { numberWords.contains($0) }), words.contains("mm") || words.contains("to") {
            digit = true
        }
        if digit {
            return words.allSatisfy { units.contains($0) } ? .figure : .other
        }
        guard !other, words.allSatisfy({ conjunctions.contains($0) }), comma || bracket || !words.isEmpty else {
            return .other
        }
        // Two names joined by a bare `and` or `or` (`Saudi Arabia and Kuwait`) are peers side by side: a list of
        // two. A comma alone (`Paris, France`) is not.
        return .conjunction(comma: comma, word: words.contains { $0 == "and" || $0 == "or" || $0 == "nor" })
    }

    /// Where a run of capitalized words ending in a title or role word (`Finance Minister `, `Chancellor `)
    /// starts, when the gap `start..<end` ends with one; otherwise `end`. The run must follow a space.
    private static func startOfTitleRun(_ text: TextBuffer, from start: Int, to end: Int) -> Int {
        var cut = end
        var i = end
        var sawTitle = false
        while true {
            var wordEnd = i
            while wordEnd > start, text[wordEnd - 1] == " " { wordEnd -= 1 }
            guard wordEnd < i || i == end else { break }
            var wordStart = wordEnd
            while wordStart > start, ScalarTest.isAlphabetic(text[wordStart - 1]) || text[wordStart - 1] == "-" {
                wordStart -= 1
            }
            guard wordStart < wordEnd, ScalarTest.isUppercase(text[wordStart]), wordStart > start,
                text[wordStart - 1] == " "
            else { break }
            let lower = String(text[TextRange(wordStart, wordEnd)]).lowercased()
            if !sawTitle {
                // The word nearest the person must be a title or role.
                guard RelationVocabulary.titles.contains(lower) || RelationVocabulary.roles.contains(lower) else {
                    break
                }
                sawTitle = true
            }
            cut = wordStart
            i = wordStart
        }
        return cut
    }
}
