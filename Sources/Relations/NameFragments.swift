import NewsGraphCore

/// Mentions that are pieces of one name, which co-occurrence must not pair with each other.
///
/// - A firm name cut into mentions: a run of person or organization mentions joined by `and`, `&`, `,` or `'s`,
///   whose last mention ends in a company designator and no earlier one does (`[Goldman], [Sachs] and [Co]`,
///   `Standard and [Poor]'s [Corp]`, `[Nippon Telegraph] and [Telephone Corp]`). `Texaco Inc and Pennzoil Co` is
///   two firms: the first ends in a designator.
/// - Mentions inside one `<...>` (how Reuters marks an unlisted company): `<Prudential Insurance Co of America>`.
/// - A name and its acronym or ticker right after it in brackets: `[Brazilian Coffee Institute] ([IBC])`,
///   `[Toyota Motor Corp] <[TOYO]>`.
///
/// The extraction stage should give such names one mention; this keeps its misses out of the link graph.
package enum NameFragments {
    /// Last words that end a company name, lowercased.
    package static let designators: Set<String> = [
        "co", "co.", "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "plc", "cos", "cos.", "llc", "ag", "sa", "nv",
        "bv", "spa", "gmbh", "lp", "l.p.", "n.v.", "s.a.", "a.g.", "corporation", "incorporated", "limited",
    ]

    /// At most this many mentions make one cut firm name (`Donaldson, Lufkin and Jenrette Securities Corp` is 4).
    package static let maxPieces = 4

    /// Gaps allowed between the pieces of a firm name, lowercased.
    package static let joiners: Set<String> = [" and ", " & ", ", ", "'s ", "\u{2019}s ", ", and ", " "]

    /// Pairs of indices into `mentions` (sorted, not overlapping, one sentence) that are pieces of one name.
    package static func pairs(in text: TextBuffer, mentions: [Mention]) -> [(Int, Int)] {
        var pairs: [(Int, Int)] = []
        guard mentions.count >= 2 else { return pairs }
        // Bracketed acronym or ticker right after a name.
        for k in 1..<mentions.count {
            let previous = mentions[k - 1]
            let mention = mentions[k]
            guard previous.range.end <= mention.range.start, mention.range.end < text.count else { continue }
            let gap = text[TextRange(previous.range.end, mention.range.start)]
            let close = text[mention.range.end]
            // A ticker may be cut by the sentence splitter at its dot: `Toyota Motor Corp <TOYO.`
            if (gap == " (" && close == ")") || ((gap == " <" || gap == " (<") && (close == ">" || close == ".")) {
                pairs.append((k - 1, k))
            }
        }
        // Pieces inside one pair of angle brackets: Reuters brackets unlisted company names (`<Prudential
        // Insurance Co of America>`, `<China International Trust and Investment Corp>`).
        for k in 1..<mentions.count where isPiece(mentions[k - 1]) || isPiece(mentions[k]) {
            if inOneBracket(mentions[k - 1], mentions[k], in: text) { pairs.append((k - 1, k)) }
        }
        // Firm names cut at `and`, `,` or `'s`.
        var start = 0
        for k in 0..<mentions.count {
            let mention = mentions[k]
            let piece = isPiece(mention)
            let joined =
                k > start && piece && isPiece(mentions[k - 1]) && mentions[k - 1].range.end <= mention.range.start
                && isJoiner(text[TextRange(mentions[k - 1].range.end, mention.range.start)])
            if !joined { start = k }
            guard piece else { continue }
            if !endsInDesignator(mention.text) {
                // `Sachs and Co` where `Co` is a mention of its own: the run goes on to it.
                let nextIsDesignator =
                    k + 1 < mentions.count && mentions[k + 1].range.start - mention.range.end <= 6
                    && endsInDesignator(mentions[k + 1].text)
                guard !nextIsDesignator, followedByDesignator(mention, in: text) else { continue }
            }
            // A firm name has a few pieces; a longer run is a list that happens to end in a firm.
            if k > start, k - start < maxPieces {
                for a in start..<k {
                    for b in (a + 1)...k { pairs.append((a, b)) }
                }
            }
            // A name ending in a designator is complete: what follows starts a new name.
            start = k + 1
        }
        return pairs
    }

    /// True when the text after `mention` is ` and Co`, ` & Co`, `, Inc` or ` Inc` (a designator left out of it).
    private static func followedByDesignator(_ mention: Mention, in text: TextBuffer) -> Bool {
        let end = min(text.count, mention.range.end + 12)
        guard mention.range.end < end else { return false }
        var rest = Substring(text[TextRange(mention.range.end, end)])
        for joiner in [" and ", " & ", ", ", " "] where rest.hasPrefix(joiner) {
            rest = rest.dropFirst(joiner.count)
            break
        }
        let word = rest.prefix { $0.isLetter || $0 == "." }
        return designators.contains(word.lowercased())
    }

    /// Pairs of indices into `mentions` of two one-word person or organization names joined by `and` or `&`
    /// (`Tate and Lyle`, `Procter and Gamble`, `Exxon and Mobil`): a firm named after two people, or two peers
    /// side by side; either way not two parties to one statement, so they pair as `co-list`.
    package static func joinedOneWordNames(in text: TextBuffer, mentions: [Mention]) -> [(Int, Int)] {
        var pairs: [(Int, Int)] = []
        for k in mentions.indices.dropFirst() where isPiece(mentions[k - 1]) && isPiece(mentions[k]) {
            let (a, b) = (mentions[k - 1], mentions[k])
            guard a.range.end <= b.range.start, !a.entity.contains(" "), !b.entity.contains(" ") else { continue }
            let gap = text[TextRange(a.range.end, b.range.start)]
            if gap == " and " || gap == " & " { pairs.append((k - 1, k)) }
        }
        return pairs
    }

    /// True when `mention` (an organization or place; people are left alone, as titles precede them) looks like
    /// the tail of a longer name that extraction cut: a bare designator (`Ltd`, `Co`), or a mention right after
    /// a capitalized word that is no mention and no common sentence opener (`National [Gypsum Co]`, `Beryllium
    /// [International Corp]`), after `)` (`Nikko Securities Co (Europe) [Ltd]`), after `Word and` (`Minerals and
    /// [Metals Trading Corp]`), or after `Word of [the]` (`Public Service Co of [New Mexico]`). Such a mention is
    /// not paired by co-occurrence: the pair would join the wrong entity.
    package static func isCutPiece(_ mention: Mention, previous: Mention?, in text: TextBuffer) -> Bool {
        guard mention.kind == .organization || mention.kind == .place else { return false }
        if mention.kind == .organization, designators.contains(mention.text.lowercased()) { return true }
        let floor = previous?.range.end ?? 0
        // The words before the mention, nearest first, up to three, stopping at a previous mention.
        var words: [Substring] = []
        var i = mention.range.start
        while words.count < 3 {
            var end = i
            while end > floor, text[end - 1] == " " { end -= 1 }
            guard end > floor, end < i else { break }
            if text[end - 1] == ")" { return words.isEmpty }
            var start = end
            while start > floor, text[start - 1].properties.isAlphabetic || text[start - 1] == "-" { start -= 1 }
            guard start < end else { break }
            words.append(Substring(text[TextRange(start, end)]))
            i = start
        }
        func isNamePart(_ word: Substring?) -> Bool {
            guard let word, let first = word.unicodeScalars.first, first.properties.isUppercase else { return false }
            let lower = word.lowercased()
            let classes = WordClass.of(lower)
            return !SentenceView.sentenceOpeners.contains(lower)
                && classes.isDisjoint(with: [.roles, .roleModifiers, .determiners, .demonyms])
                && !RelationVocabulary.titles.contains(lower)
        }
        guard let nearest = words.first else { return false }
        if isNamePart(nearest) { return true }
        if nearest == "and" || nearest == "&" { return isNamePart(words.dropFirst().first) }
        if nearest == "the", words.count >= 2, words[1] == "of" { return isNamePart(words.dropFirst(2).first) }
        if nearest == "of" { return isNamePart(words.dropFirst().first) }
        return false
    }

    /// A gap between two pieces of one firm name: a joiner (`and`, `&`, `,`, `'s`), possibly around one
    /// capitalized word that extraction left out (`L.F. [Rothschild], Unterberg, [Towbin Inc]`).
    private static func isJoiner(_ gap: String) -> Bool {
        if joiners.contains(SentenceView.normalize(gap)) { return true }
        guard gap.count <= 24, gap.hasPrefix(", ") || gap.hasPrefix(" and "),
            gap.hasSuffix(", ") || gap.hasSuffix(" and ")
        else { return false }
        let words = gap.split(whereSeparator: { $0 == " " || $0 == "," }).filter { $0 != "and" && $0 != "&" }
        return words.count == 1 && words[0].first?.isUppercase == true && words[0].allSatisfy(\.isLetter)
    }

    /// True when `a` and `b` (in this order) are inside one `<...>`: a `<` before `a` with no `>` between, and a
    /// `>` after `b` with no `<` between, within 80 characters.
    private static func inOneBracket(_ a: Mention, _ b: Mention, in text: TextBuffer) -> Bool {
        guard a.range.end <= b.range.start, b.range.start - a.range.end <= 40 else { return false }
        for i in a.range.end..<b.range.start where text[i] == "<" || text[i] == ">" { return false }
        var open = false
        var i = a.range.start - 1
        while i >= 0, i >= a.range.start - 80 {
            if text[i] == ">" { return false }
            if text[i] == "<" {
                open = true
                break
            }
            i -= 1
        }
        guard open else { return false }
        i = b.range.end
        while i < text.count, i < b.range.end + 80 {
            if text[i] == "<" || text[i] == "\n" { return false }
            if text[i] == ">" { return true }
            i += 1
        }
        return false
    }

    /// True when one name is the other's first words and both are organizations or people (`PPG` and `PPG
    /// Industries Inc`, `Toyota` and `Toyota Motor Corp`): one firm under its short and full name, which
    /// resolution did not join.
    package static func isShortForm(_ a: Relation.End, _ b: Relation.End) -> Bool {
        guard a.kind == .organization || a.kind == .person, b.kind == .organization || b.kind == .person else {
            return false
        }
        let (short, long) = a.name.count < b.name.count ? (a.name, b.name) : (b.name, a.name)
        return long.hasPrefix(short + " ")
    }

    private static func isPiece(_ mention: Mention) -> Bool {
        mention.kind == .organization || mention.kind == .person
    }

    private static func endsInDesignator(_ name: String) -> Bool {
        guard let last = name.split(separator: " ").last else { return false }
        return designators.contains(last.lowercased())
    }
}
