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

    /// `designators`, `Demonyms.adjectives` and `timeZones` with a fast lookup of ASCII words: the cut-piece and
    /// no-name tests ask them for nearly every mention.
    private static let designatorWords = ASCIIWordSet(designators)
    private static let demonymAdjectives = ASCIIWordSet(Demonyms.adjectives)
    private static let timeZoneWords = ASCIIWordSet(timeZones)

    /// At most this many mentions make one cut firm name (`Donaldson, Lufkin and Jenrette Securities Corp` is 4).
    package static let maxPieces = 4

    /// Gaps allowed between the pieces of a firm name, lowercased.
    package static let joiners: Set<String> = [" and ", " & ", ", ", "'s ", "\u{2019}s ", ", and ", " "]

    /// Pairs of indices into `mentions` (sorted, not overlapping, one sentence) that are pieces of one name.
    package static func pairs(in text: TextBuffer, mentions: [Mention]) -> [(Int, Int)] {
        var pairs: [(Int, Int)] = []
        guard mentions.count >= 2 else { return pairs }
        // The text between mention k-1 and k, read once (`nil` when they overlap). No test below accepts a gap of
        // more than 24 characters, so a longer one is not read out: it stands as "".
        let gaps: [String?] = mentions.indices.map { k in
            guard k > 0, mentions[k - 1].range.end <= mentions[k].range.start else { return nil }
            let range = TextRange(mentions[k - 1].range.end, mentions[k].range.start)
            guard range.count <= 96 else { return "" }
            // Over 24 code points of ASCII without a carriage return is over 24 characters too: not read either.
            if range.count > 24,
                !(range.start..<range.end).contains(where: { text[$0].value >= 0x80 || text[$0] == "\r" })
            {
                return ""
            }
            return text[range]
        }
        // Bracketed acronym or ticker right after a name.
        for k in 1..<mentions.count {
            let mention = mentions[k]
            guard let gap = gaps[k], mention.range.end < text.count else { continue }
            let close = text[mention.range.end]
            // A ticker may be cut by the sentence splitter at its dot: `Toyota Motor Corp <TOYO.`
            // `Westdeutsche Landesbank Girozentrale (WestLB said`: a closing bracket the text left out.
            if (gap == " (" && (close == ")" || close == " "))
                || ((gap == " <" || gap == " (<") && (close == ">" || close == "."))
            {
                pairs.append((k - 1, k))
            }
        }
        // Two organization or place mentions with only a space between are one name cut in two (`[H.K.]
        // [Telephone]`).
        for k in 1..<mentions.count where mentions[k - 1].kind != .person && mentions[k].kind == .organization {
            if gaps[k] == " " { pairs.append((k - 1, k)) }
        }
        // One person cut at a middle initial: `Judge [Eugene] A. [Gordon]`.
        for k in 1..<mentions.count where mentions[k - 1].kind == .person && mentions[k].kind == .person {
            guard let between = gaps[k], between.unicodeScalars.count == 4 else { continue }
            let gap = Array(between.unicodeScalars)
            if gap.count == 4, gap[0] == " ", ScalarTest.isUppercase(gap[1]), gap[2] == ".", gap[3] == " " {
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
                k > start && piece && isPiece(mentions[k - 1]) && gaps[k].map(isJoiner) == true
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

    /// `[" and ", " & ", ", ", " "]` as ASCII code points, in that order.
    private static let asciiJoiners: [[UInt32]] = [" and ", " & ", ", ", " "].map { $0.unicodeScalars.map(\.value) }

    /// True when the text after `mention` is ` and Co`, ` & Co`, `, Inc` or ` Inc` (a designator left out of it).
    private static func followedByDesignator(_ mention: Mention, in text: TextBuffer) -> Bool {
        let end = min(text.count, mention.range.end + 12)
        guard mention.range.end < end else { return false }
        // ASCII text (nearly always) is read scalar by scalar, without building strings: the same answer.
        var ascii = true
        for i in mention.range.end..<end where text[i].value >= 0x80 {
            ascii = false
            break
        }
        if ascii {
            var i = mention.range.end
            for joiner in asciiJoiners where i + joiner.count <= end {
                if joiner.indices.allSatisfy({ text[i + $0].value == joiner[$0] }) {
                    i += joiner.count
                    break
                }
            }
            let start = i
            while i < end, ScalarTest.isAlphabetic(text[i]) || text[i] == "." { i += 1 }
            return designatorWords.contains(SentenceView.word(in: text, TextRange(start, i)))
        }
        var rest = Substring(text[TextRange(mention.range.end, end)])
        for joiner in [" and ", " & ", ", ", " "] where rest.hasPrefix(joiner) {
            rest = rest.dropFirst(joiner.count)
            break
        }
        let word = rest.prefix { $0.isLetter || $0 == "." }
        return designatorWords.contains(word.lowercased())
    }

    /// Pairs of indices into `mentions` of two one-word person or organization names joined by `and` or `&`
    /// (`Tate and Lyle`, `Procter and Gamble`, `Exxon and Mobil`): a firm named after two people, or two peers
    /// side by side; either way not two parties to one statement, so they pair as `co-list`.
    ///
    /// With `places`, a one-word place counts too (`Spear, [Leeds] and [Kellogg]`), for the firm-piece test.
    package static func joinedOneWordNames(
        in text: TextBuffer, mentions: [Mention], places: Bool = false
    ) -> [(Int, Int)] {
        var pairs: [(Int, Int)] = []
        func piece(_ m: Mention) -> Bool { isPiece(m) || (places && m.kind == .place) }
        // Read in place (no copy of each mention), and the gap first: most neighbours are not joined by `and`.
        for k in mentions.indices.dropFirst() where mentions[k - 1].range.end <= mentions[k].range.start {
            guard isAndGap(TextRange(mentions[k - 1].range.end, mentions[k].range.start), in: text),
                piece(mentions[k - 1]), piece(mentions[k]),
                !ScalarTest.hasSpace(mentions[k - 1].entity), !ScalarTest.hasSpace(mentions[k].entity)
            else { continue }
            pairs.append((k - 1, k))
        }
        return pairs
    }

    /// Pairs of indices into `mentions` of a one-word name joined by `and` to an organization whose own name holds
    /// `and` (`[Wagner] and [Brown and AFG Industries Inc]`): three names run together where extraction cut one
    /// firm in the wrong place; both mentions are pieces.
    ///
    /// Also two names joined by a name particle (`[Fichtel] und [Sachs]`, `[Union] de [Garantie]`): one name.
    package static func chainedFirmNames(in text: TextBuffer, mentions: [Mention]) -> [(Int, Int)] {
        var pairs: [(Int, Int)] = []
        for k in mentions.indices.dropFirst() where mentions[k - 1].range.end <= mentions[k].range.start {
            // Particles are ASCII words of at most 4 letters: a longer gap (in code points) is none.
            let range = TextRange(mentions[k - 1].range.end, mentions[k].range.start)
            guard range.count <= 6, range.count >= 3 else { continue }
            let gap = String(text[range])
            if gap.count <= 6, gap.hasPrefix(" "), gap.hasSuffix(" "),
                particles.contains(String(gap.dropFirst().dropLast()))
            {
                pairs.append((k - 1, k))
            }
        }
        for k in mentions.indices.dropFirst() where isPiece(mentions[k - 1]) && mentions[k].kind == .organization {
            let (a, b) = (mentions[k - 1], mentions[k])
            guard a.range.end <= b.range.start, !ScalarTest.hasSpace(a.text), ScalarTest.contains(b.text, " and ")
            else {
                continue
            }
            if isAndGap(TextRange(a.range.end, b.range.start), in: text) { pairs.append((k - 1, k)) }
        }
        return pairs
    }

    /// True when `mention` (an organization or place; people are left alone, as titles precede them) looks like
    /// the tail of a longer name that extraction cut: a bare designator (`Ltd`, `Co`), or a mention right after
    /// a capitalized word that is no mention and no common sentence opener (`National [Gypsum Co]`, `Beryllium
    /// [International Corp]`), after `)` (`Nikko Securities Co (Europe) [Ltd]`), after `Word and` (`Minerals and
    /// [Metals Trading Corp]`), or after `Word of [the]` (`Public Service Co of [New Mexico]`). Such a mention is
    /// not paired by co-occurrence: the pair would join the wrong entity.
    package static func isCutPiece(
        _ mention: Mention, previous: Mention?, next: Mention? = nil, in text: TextBuffer
    ) -> Bool {
        if isNonName(mention, in: text) || isBracketFragment(mention, in: text) { return true }
        if isGlued(mention, in: text) || afterParticle(mention, previous: previous, in: text) { return true }
        if isTailAfterOf(mention, previous: previous, in: text) || isCutBeforeMore(mention, next: next, in: text) {
            return true
        }
        // `led by Wood Gundy Inc and [Brown], [Baldwin Nisker Ltd]`: a one-word "person" and a comma before a
        // firm name are the firm's first word.
        if mention.kind == .organization, endsInDesignator(mention.text), let previous, previous.kind == .person,
            !ScalarTest.hasSpace(previous.text), previous.range.end <= mention.range.start,
            text[TextRange(previous.range.end, mention.range.start)] == ", "
        {
            return true
        }
        let oneWord = !ScalarTest.hasSpace(mention.text)
        if oneWord, mention.kind != .place, beforeFirmWord(mention, next: next, in: text) { return true }
        if mention.kind == .person, oneWord {
            return isPersonAfterFirmWord(mention, previous: previous, in: text) || isPostHead(mention, in: text)
                || isPersonAfterCommaName(mention, previous: previous, in: text)
        }
        if mention.kind == .organization, endsInDesignator(mention.text),
            afterCommaWord(mention, previous: previous, in: text)
        {
            return true
        }
        if mention.kind == .group, oneWord, afterCapitalizedWord(mention, previous: previous, in: text) {
            return true
        }
        // A "person" holding a company designator is a firm typed person: whole (`Harris Associates L.P.`) or cut
        // after a capitalized word, even a title (`VMS [Mortgage L.P.]`, `General [Motors Acceptance Corp Canada]`).
        let firmLike = mention.kind == .person && holdsFirmWord(mention.text)
        guard mention.kind == .organization || mention.kind == .place || firmLike else { return false }
        if mention.kind == .organization, designatorWords.contains(lowercasing: mention.text) { return true }
        let floor = previous?.range.end ?? 0
        // The words before the mention, nearest first, up to three, stopping at a previous mention: their ranges,
        // read as strings only when a test needs it.
        var found = (TextRange(0, 0), TextRange(0, 0), TextRange(0, 0))
        var count = 0
        var i = mention.range.start
        while count < 3 {
            var end = i
            while end > floor, text[end - 1] == " " { end -= 1 }
            guard end > floor, end < i else { break }
            if text[end - 1] == ")" { return count == 0 }
            var start = end
            while start > floor, ScalarTest.isAlphabetic(text[start - 1]) || text[start - 1] == "-" { start -= 1 }
            guard start < end else { break }
            let range = TextRange(start, end)
            if count == 0 { found.0 = range } else if count == 1 { found.1 = range } else { found.2 = range }
            count += 1
            i = start
        }
        func word(_ k: Int) -> TextRange { k == 0 ? found.0 : k == 1 ? found.1 : found.2 }
        // `Staff of the [Atajurt] group`: a word capitalized because it opens the sentence names nothing with `of`.
        func opensSentence(_ k: Int) -> Bool {
            var j = word(k).start - 1
            while j >= 0, text[j] == " " || text[j] == "\t" { j -= 1 }
            return j < 0 || text[j] == "\n" || text[j] == "." || text[j] == "!" || text[j] == "?"
        }
        func isNamePart(_ k: Int) -> Bool {
            guard k < count, ScalarTest.isUppercase(text[word(k).start]) else { return false }
            let lower = String(text[word(k)]).lowercased()
            if firmLike { return !SentenceView.sentenceOpeners.contains(lower) }
            let classes = WordClass.of(lower)
            return !SentenceView.sentenceOpeners.contains(lower)
                && classes.isDisjoint(with: [.roles, .roleModifiers, .determiners, .demonyms])
                && !RelationVocabulary.titles.contains(lower)
        }
        // Words are letters and hyphens: compared scalar by scalar with these ASCII words.
        func isWord(_ k: Int, _ literal: StaticString) -> Bool {
            let range = word(k)
            return k < count && range.count == literal.utf8CodeUnitCount
                && (0..<range.count).allSatisfy { text[range.start + $0].value == UInt32(literal.utf8Start[$0]) }
        }
        guard count > 0 else { return false }
        if isNamePart(0) { return true }
        if isWord(0, "and") || isWord(0, "&") { return isNamePart(1) }
        if isWord(0, "the"), count >= 3, isWord(1, "of") { return isNamePart(2) && !opensSentence(2) }
        if isWord(0, "of"), count >= 2 { return isNamePart(1) && !opensSentence(1) }
        return false
    }

    /// True when `mention` is no name at all whatever extraction said: a hyphenated `-based` modifier
    /// (`Oporto-based`), a credit rating (`BB-minus`, `B-plus`), or a person after `a` / `an` (`an Illinois
    /// Democrat` describes a person, it does not name one).
    package static func isNonName(_ mention: Mention, in text: TextBuffer) -> Bool {
        if let answer = isNonNameASCII(mention, in: text) { return answer }
        let lower = mention.text.lowercased()
        if lower.hasSuffix("-based") { return true }
        // A credit rating glued to a firm name (`upgraded to B-1 from [B-3 National Gypsum Co]'s bonds`).
        let oneWord = !ScalarTest.hasSpace(lower)
        if !oneWord, isRating(ScalarTest.firstWord(lower)) { return true }
        // A party and state label (`D-Wis`, `R-Kan.`) after a legislator's name.
        if mention.text.utf8.contains(0x2D), mention.text.count <= 8, let dash = mention.text.firstIndex(of: "-"),
            ["d", "r", "i"].contains(mention.text[..<dash].lowercased())
        {
            return true
        }
        if lower.hasSuffix("-plus") || lower.hasSuffix("-minus") {
            let head = lower.prefix { $0 != "-" }
            if !head.isEmpty, head.count <= 4, head.allSatisfy({ "abcd123".contains($0) }) { return true }
        }
        // Two firms in one span (`Allied-Signal Inc and Schlumberger Ltd`): the first half ends in a designator.
        if mention.kind == .organization, endsInDesignator(mention.text) {
            let words = lower.split(separator: " ")
            for k in words.indices.dropFirst() where words[k] == "and" && designators.contains(String(words[k - 1])) {
                return true
            }
        }
        if isCoordination(lower, kind: mention.kind) { return true }
        // A name does not end in a function word (`the [International Court of] Justice`).
        let last = ScalarTest.lastWord(lower)
        if !oneWord, danglingWords.contains(String(last)) {
            return true
        }
        // A nationality adjective tagged as a person, place or organization (`one [Philippine] developer`,
        // `[Turkish] territorial waters`); a group (`the Swiss`) is a people.
        if mention.kind != .group, Demonyms.group(for: lower) != nil || demonymAdjectives.contains(lower) {
            return true
        }
        // An adjective before a currency (`3.10 billion [Swiss] francs`, `200 mln [H.K.] Dlr`) names no party.
        if isBeforeCurrency(mention, in: text) { return true }
        // Initials alone (`[A.H.] Robins`) name nobody: the rest of the name is another mention or none.
        if mention.kind == .person, oneWord, lower.contains("."),
            lower.unicodeScalars.allSatisfy({ $0 == "." || ScalarTest.isAlphabetic($0) }),
            lower.split(separator: ".").allSatisfy({ $0.unicodeScalars.count == 1 })
        {
            return true
        }
        // A nationality and a plural common noun name no organization (`five [U.S. Companies]`, `[Japanese Banks]`;
        // not `SunTrust Banks`).
        if mention.kind == .organization, genericPlurals.contains(String(last)) {
            let first = ScalarTest.firstWord(lower)
            if first.utf8.count + 1 + last.utf8.count == lower.utf8.count,
                first == "u.s." || first == "us" || Demonyms.adjectives.contains(String(first))
            {
                return true
            }
        }
        // A time zone after a clock time (`1300 [EST]/1800 gmt`) names no place.
        if oneWord, timeZoneWords.contains(lower) { return true }
        // A party member described, not named (`its [Christian Democrat] allies`, `an [Illinois Democrat]`).
        if mention.kind == .person, !oneWord, partyWords.contains(String(last)) {
            return true
        }
        guard mention.kind == .person, mention.range.start >= 3 else { return false }
        var i = mention.range.start
        while i > 0, text[i - 1] == " " { i -= 1 }
        guard i < mention.range.start else { return false }
        var start = i
        while start > 0, ScalarTest.isAlphabetic(text[start - 1]) { start -= 1 }
        let word = String(text[TextRange(start, i)]).lowercased()
        return word == "a" || word == "an"
    }

    /// `isNonName` for a name of plain ASCII words (no leading, trailing or double space, no carriage return): the
    /// same tests on the lowercased bytes, without building lowercased strings, splitting or `hasSuffix`. `nil` for
    /// any other name, which goes through the general tests.
    private static func isNonNameASCII(_ mention: Mention, in text: TextBuffer) -> Bool? {
        var name = mention.text
        return name.withUTF8 { raw -> Bool? in
            guard let first = raw.first, let last = raw.last, first != 0x20, last != 0x20 else { return nil }
            var previous: UInt8 = 0
            for byte in raw {
                if byte >= 0x80 || byte == 0x0D || (byte == 0x20 && previous == 0x20) { return nil }
                previous = byte
            }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: raw.count) { buffer in
                for k in raw.indices { buffer[k] = UInt8(truncatingIfNeeded: ASCIIWordTable.lower(UInt32(raw[k]))) }
                return isNonNameASCII(UnsafeBufferPointer(buffer), mention, in: text)
            }
        }
    }

    /// The body of `isNonNameASCII`, on `lower`: the mention's text lowercased, words separated by single spaces.
    private static func isNonNameASCII(
        _ lower: UnsafeBufferPointer<UInt8>, _ mention: Mention, in text: TextBuffer
    ) -> Bool {
        let count = lower.count
        func slice(_ from: Int, _ to: Int) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: lower[from..<to])
        }
        func equals(_ part: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
            part.count == literal.utf8CodeUnitCount
                && (0..<part.count).allSatisfy { part[$0] == literal.utf8Start[$0] }
        }
        func hasSuffix(_ literal: StaticString) -> Bool {
            count >= literal.utf8CodeUnitCount && equals(slice(count - literal.utf8CodeUnitCount, count), literal)
        }
        let firstSpace = lower.firstIndex(of: 0x20)
        let lastSpace = lower.lastIndex(of: 0x20)
        let oneWord = firstSpace == nil
        let firstWord = slice(0, firstSpace ?? count)
        let lastWord = slice(lastSpace.map { $0 + 1 } ?? 0, count)
        let dash = lower.firstIndex(of: 0x2D)
        if dash != nil, hasSuffix("-based") { return true }
        // A credit rating glued to a firm name (`upgraded to B-1 from [B-3 National Gypsum Co]'s bonds`).
        if !oneWord, isRatingASCII(firstWord) { return true }
        // A party and state label (`D-Wis`, `R-Kan.`) after a legislator's name.
        if let dash, count <= 8, dash == 1, lower[0] == 0x64 || lower[0] == 0x72 || lower[0] == 0x69 { return true }
        if let dash, hasSuffix("-plus") || hasSuffix("-minus") {
            if dash > 0, dash <= 4, (0..<dash).allSatisfy({ "abcd123".utf8.contains(lower[$0]) }) { return true }
        }
        // Two firms in one span (`Allied-Signal Inc and Schlumberger Ltd`): the first half ends in a designator.
        if mention.kind == .organization, !lastWord.isEmpty, lastWord.count <= 12,
            designatorWords.contains(ascii: lastWord)
        {
            // A `while` loop over word ends: a closed range's iteration here went through unspecialized witnesses.
            var start = 0
            var before: UnsafeBufferPointer<UInt8>?
            var k = 0
            while k <= count {
                if k == count || lower[k] == 0x20 {
                    let word = slice(start, k)
                    if let before, equals(word, "and"), designatorWords.contains(ascii: before) { return true }
                    before = word
                    start = k + 1
                }
                k += 1
            }
        }
        // `isCoordination` needs `and` or `&` as an inner word: ` and ` or ` & ` (words are one space apart).
        if !oneWord,
            (0..<max(0, count - 2)).contains(where: { equals(slice($0, $0 + 3), " & ") })
                || (0..<max(0, count - 4)).contains(where: { equals(slice($0, $0 + 5), " and ") }),
            isCoordination(String(decoding: lower, as: UTF8.self), kind: mention.kind)
        {
            return true
        }
        // A name does not end in a function word (`the [International Court of] Justice`).
        if !oneWord, danglingWordSet.contains(ascii: lastWord) { return true }
        // A nationality adjective tagged as a person, place or organization: the demonym table and the adjectives.
        if mention.kind != .group, demonymWords.contains(ascii: lower) { return true }
        if isBeforeCurrency(mention, in: text) { return true }
        // Initials alone (`[A.H.] Robins`): letters and dots, every run of letters one long.
        if mention.kind == .person, oneWord, lower.contains(0x2E) {
            var run = 0
            var initials = true
            for byte in lower {
                if byte == 0x2E {
                    run = 0
                } else if byte &- 0x61 < 26 {
                    run += 1
                    if run > 1 { initials = false }
                } else {
                    initials = false
                }
                if !initials { break }
            }
            if initials { return true }
        }
        // A nationality and a plural common noun (`five [U.S. Companies]`): exactly two words.
        if mention.kind == .organization, genericPluralWords.contains(ascii: lastWord), !oneWord,
            firstSpace == lastSpace,
            equals(firstWord, "u.s.") || equals(firstWord, "us") || demonymAdjectives.contains(ascii: firstWord)
        {
            return true
        }
        if oneWord, timeZoneWords.contains(ascii: lower) { return true }
        if mention.kind == .person, !oneWord, partyWordSet.contains(ascii: lastWord) { return true }
        return mention.kind == .person && isAfterArticle(mention, in: text)
    }

    /// `isRating` for ASCII bytes.
    private static func isRatingASCII(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        var head = 0
        while head < word.count, word[head] &- 0x61 < 3 { head += 1 }
        guard head > 0, head <= 3, head < word.count else { return false }
        var rest = head
        if word[rest] == 0x2D { rest += 1 }
        let tail = Array(word[rest...])
        return tail == [0x31] || tail == [0x32] || tail == [0x33] || tail == Array("plus".utf8)
            || tail == Array("minus".utf8)
    }

    /// True when the word before a person mention (after spaces) is `a` or `an`, in any case (`an [Illinois
    /// Democrat]`); the mention must start at offset 3 or later.
    private static func isAfterArticle(_ mention: Mention, in text: TextBuffer) -> Bool {
        guard mention.range.start >= 3 else { return false }
        var i = mention.range.start
        while i > 0, text[i - 1] == " " { i -= 1 }
        guard i < mention.range.start else { return false }
        var start = i
        while start > 0, ScalarTest.isAlphabetic(text[start - 1]) { start -= 1 }
        // No other letter lowercases to `a` or `n`.
        func isA(_ s: Unicode.Scalar) -> Bool { s == "a" || s == "A" }
        if i - start == 1 { return isA(text[start]) }
        return i - start == 2 && isA(text[start]) && (text[start + 1] == "n" || text[start + 1] == "N")
    }

    /// The demonym table's adjectives and `Demonyms.adjectives`, for the no-name test.
    private static let demonymWords = ASCIIWordSet(Set(Demonyms.table.keys).union(Demonyms.adjectives))
    private static let danglingWordSet = ASCIIWordSet(danglingWords)
    private static let genericPluralWords = ASCIIWordSet(genericPlurals)
    private static let partyWordSet = ASCIIWordSet(partyWords)
    private static let currencyWords = ASCIIWordSet(currencies)

    /// True when a lowercased name is two names run together by `and` / `&`: a "person" (a person's name holds no
    /// conjunction: `[Paul Volcker and International Monetary Fund]`), two bodies that each stand alone
    /// (`[House and Senate]`, `[Treasury and Fed]`), or two names of two words or more that start alike
    /// (`[Liberty Financial and Liberty Savings]`). Firm names with `and` (`Procter and Gamble`, `Securities and
    /// Exchange Commission`) are left alone.
    package static func isCoordination(_ lower: String, kind: EntityKind) -> Bool {
        guard ScalarTest.hasSpace(lower), ScalarTest.containsASCII(lower, anyOf: conjunctionBytes) else { return false }
        let words = lower.split(separator: " ")
        guard let joint = words.firstIndex(where: { $0 == "and" || $0 == "&" }), joint > 0, joint < words.count - 1
        else { return false }
        if kind == .person { return true }
        guard kind == .organization else { return false }
        // `[Liberty Financial and Liberty Savings]`: the second name starts as the first does.
        if joint >= 2, words[joint + 1] == words[0] { return true }
        guard words.count == 3 else { return false }
        return bodies.contains(String(words[0])) && bodies.contains(String(words[2]))
    }

    /// Institutions named by one word that stand alone (`the House`, `the Senate`, `the Fed`), lowercased.
    private static let bodies: Set<String> = [
        "house", "senate", "congress", "parliament", "government", "administration", "treasury", "fed", "cabinet",
        "council", "commons", "lords", "assembly", "bundestag", "bundesrat", "diet", "army", "navy", "police",
        "commission", "presidency", "court", "ministry", "bundesbank",
    ]

    /// True when a name holds a company designator as a word (`Harris Associates L.P.`).
    private static func holdsFirmWord(_ name: String) -> Bool {
        ScalarTest.hasSpace(name) && ScalarTest.containsASCII(name, anyOf: firmWordBytes)
            && name.lowercased().split(separator: " ").contains { firmWords.contains(String($0)) }
    }

    /// What every conjunction word holds, and what every firm word holds (`co` for `co`, `corp`, `corporation`;
    /// `inc` for `incorporated`): names without any of them are not split into words.
    private static let conjunctionBytes: [[UInt8]] = [Array("and".utf8), Array("&".utf8)]
    private static let firmWordBytes: [[UInt8]] = ["co", "inc", "ltd", "plc", "l.p.", "llc", "gmbh"].map {
        Array($0.utf8)
    }

    /// Designators no person's name holds, lowercased.
    private static let firmWords: Set<String> = [
        "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "plc", "co", "co.", "l.p.", "llc", "corporation",
        "incorporated", "gmbh",
    ]

    /// Plural nouns for kinds of firms and people: after a nationality they name no one (`U.S. Companies`).
    private static let genericPlurals: Set<String> = [
        "companies", "firms", "banks", "brokers", "dealers", "traders", "officials", "sources", "analysts",
        "producers", "exporters", "importers", "authorities", "governments",
    ]

    /// Time zones wire copy writes after clock times, lowercased.
    private static let timeZones: Set<String> = [
        "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "bst", "cet", "hkt", "jst",
    ]

    /// Party members' nouns: a "person" whose name ends in one describes a party member.
    private static let partyWords: Set<String> = [
        "democrat", "democrats", "republican", "republicans", "socialist", "socialists", "communist", "communists",
        "liberal", "liberals", "conservative", "conservatives",
    ]

    /// True for a rating code: `b-3`, `baa-1`, `aa2`, `b-plus` (lowercased).
    private static func isRating(_ word: Substring) -> Bool {
        let head = word.prefix { "abc".contains($0) }
        guard !head.isEmpty, head.count <= 3, head.count < word.count else { return false }
        var rest = word.dropFirst(head.count)
        if rest.first == "-" { rest = rest.dropFirst() }
        return rest == "1" || rest == "2" || rest == "3" || rest == "plus" || rest == "minus"
    }

    /// Words a name never ends in.
    private static let danglingWords: Set<String> = ["of", "and", "the", "for", "de", "du", "&"]

    /// Currency nouns (lowercased) that a nationality adjective may qualify.
    private static let currencies: Set<String> = [
        // Not `won`, `mark`, `pound`, `crown`, `rand`: verbs and nouns too (`United Grain Corp won contracts`).
        "franc", "francs", "dollar", "dollars", "dlr", "dlrs", "marks", "yen", "crowns", "pounds", "peso", "pesos",
        "lira", "lire", "rupee", "rupees", "shilling", "shillings", "guilder", "guilders", "escudo", "escudos",
        "peseta", "pesetas", "krona", "kronor", "krone", "kroner", "cruzado", "cruzados", "ringgit", "baht",
        "riyal", "riyals", "dinar", "dinars", "schilling", "schillings", "currency",
    ]

    private static func isBeforeCurrency(_ mention: Mention, in text: TextBuffer) -> Bool {
        var i = mention.range.end
        guard i < text.count, text[i] == " " else { return false }
        i += 1
        var end = i
        while end < text.count, end < i + 12, ScalarTest.isAlphabetic(text[end]) { end += 1 }
        return end > i && currencyWords.contains(lowercasing: text, TextRange(i, end))
    }

    /// True when `mention` is inside one `<...>` (Reuters' mark of a company name) that holds other words than
    /// its own and designators: `<Wagner and [Brown]>`, `<A.[Soriano]>`. The whole bracket is one name, so the
    /// piece would link the wrong entity. Looks at most 80 characters each way.
    package static func isBracketFragment(_ mention: Mention, in text: TextBuffer) -> Bool {
        var open = -1
        var i = mention.range.start - 1
        while i >= 0, i >= mention.range.start - 80 {
            let c = text[i]
            if c == ">" || c == "\n" { return false }
            if c == "<" {
                open = i
                break
            }
            i -= 1
        }
        guard open >= 0 else { return false }
        var close = -1
        i = mention.range.end
        while i < text.count, i < mention.range.end + 80 {
            let c = text[i]
            if c == "<" || c == "\n" { return false }
            if c == ">" {
                close = i
                break
            }
            i += 1
        }
        guard close >= 0 else { return false }
        let outside =
            String(text[TextRange(open + 1, mention.range.start)]) + " "
            + String(text[TextRange(mention.range.end, close)])
        let words = outside.split { !($0.isLetter || $0 == ".") }.map { $0.lowercased() }
        return words.contains { !designators.contains($0) && $0 != "the" && $0 != "." }
    }

    /// The word that ends right before `start` (skipping spaces, not crossing `floor`), with its start offset.
    private static func wordBefore(_ start: Int, floor: Int, in text: TextBuffer) -> (String, Int)? {
        var end = start
        while end > floor, text[end - 1] == " " { end -= 1 }
        guard end > floor else { return nil }
        var begin = end
        while begin > floor, ScalarTest.isAlphabetic(text[begin - 1]) { begin -= 1 }
        guard begin < end else { return nil }
        return (String(text[TextRange(begin, end)]), begin)
    }

    /// True when `word` may be part of a name: capitalized, and no sentence opener, title, role word, determiner
    /// or demonym.
    private static func isNameWord(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, ScalarTest.isUppercase(first) else { return false }
        let lower = word.lowercased()
        if Dateline.months.contains(lower) || weekdays.contains(lower) { return false }
        return !SentenceView.sentenceOpeners.contains(lower) && !RelationVocabulary.titles.contains(lower)
            && WordClass.of(lower).isDisjoint(with: [.roles, .roleModifiers, .determiners, .demonyms])
    }

    private static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// True when the mention is the tail of a name cut at `of` (`[Commonwealth Bank] of [Australia]`, `[Development
    /// Bank] of the [Philippines]`, `[Long-Term Credit Bank] of [Japan Ltd]`): right after an organization that ends
    /// in no designator, with only `of` or `of the` between. An organization ending in a designator is whole, and
    /// what follows `of` says where it is (`United Grain Corp of Oregon` keeps Oregon).
    private static func isTailAfterOf(_ mention: Mention, previous: Mention?, in text: TextBuffer) -> Bool {
        guard mention.kind == .place || mention.kind == .organization, let previous,
            previous.kind == .organization, previous.range.end <= mention.range.start,
            !endsInDesignator(previous.text)
        else { return false }
        let gap = String(text[TextRange(previous.range.end, mention.range.start)])
        return gap == " of " || gap == " of the "
    }

    /// True when the mention is glued to a word before it by `/` or `-` (`Audio/[Video Affiliates Inc]`): a cut.
    private static func isGlued(_ mention: Mention, in text: TextBuffer) -> Bool {
        let (start, end) = (mention.range.start, mention.range.end)
        if start >= 2, text[start - 1] == "/" || text[start - 1] == "-", ScalarTest.isAlphabetic(text[start - 2]) {
            return true
        }
        // `[Sun]/DIC Acquisition Corp`
        return end + 1 < text.count && text[end] == "/" && ScalarTest.isAlphabetic(text[end + 1])
    }

    /// True when an organization mention runs on into a longer name that extraction left out: `of` and a name word
    /// that starts no mention (`the [National Association] of Broadcast Employees`), or a plural possessive and a
    /// name word (`[Sao Paulo State Industries]' Federation`).
    private static func isCutBeforeMore(_ mention: Mention, next: Mention?, in text: TextBuffer) -> Bool {
        guard mention.kind == .organization else { return false }
        var i = mention.range.end
        let ceiling = min(text.count, mention.range.end + 30)
        while i < ceiling, text[i] == " " || text[i] == "'" || ScalarTest.isLowercase(text[i]) { i += 1 }
        // Every tail tested below is ASCII of at most 7 code points (` della `); a longer one equals none of them.
        guard i - mention.range.end <= 7 else { return false }
        let tail = text[TextRange(mention.range.end, i)]
        // `[Pay] 'N Pak Stores`
        if tail == " '", i < ceiling, ScalarTest.isUppercase(text[i]) { return true }
        // `[Personal Computer] Rental Corp`: a name word right after, which no mention starts.
        if tail == " ", i < ceiling, ScalarTest.isUppercase(text[i]), next?.range.start != i {
            var end = i
            while end < ceiling, ScalarTest.isAlphabetic(text[end]) { end += 1 }
            if end > i, end < text.count, text[end] == " " || text[end] == ",",
                isNameWord(String(text[TextRange(i, end)])), !ScalarTest.contains(mention.text, " and ")
            {
                return true
            }
        }
        let joins =
            tail == " of " || tail == " on " || tail == "' "
            || (tail.hasPrefix(" ") && tail.hasSuffix(" ") && particles.contains(String(tail.dropFirst().dropLast())))
        guard i < ceiling, ScalarTest.isUppercase(text[i]), joins else { return false }
        if let next, next.range.start == i { return false }
        var end = i
        while end < ceiling, ScalarTest.isAlphabetic(text[end]) { end += 1 }
        return isNameWord(String(text[TextRange(i, end)]))
    }

    /// True when a title or role word stands right before the mention (`President [Reagan]`): a person named as a
    /// person, not a piece of a firm name.
    package static func isAfterTitle(_ mention: Mention, in text: TextBuffer) -> Bool {
        guard let (word, _) = wordBefore(mention.range.start, floor: max(0, mention.range.start - 40), in: text)
        else { return false }
        let lower = word.lowercased()
        return RelationVocabulary.titles.contains(lower) || RelationVocabulary.roles.contains(lower)
    }

    /// True when a name particle (`du`, `de`, `von`, ...) after a capitalized word stands right before the mention
    /// (`Caisse d'Epargne de l'Etat du [Grand-Duche de Luxembourg]`, `Petroleos de [Venezuela]`): the tail of a
    /// longer name.
    private static func afterParticle(_ mention: Mention, previous: Mention?, in text: TextBuffer) -> Bool {
        let floor = previous?.range.end ?? 0
        // `wordBefore`, read as a string only when it can be a particle: at most 5 lowercase ASCII letters.
        var end = mention.range.start
        while end > floor, text[end - 1] == " " { end -= 1 }
        guard end > floor else { return false }
        var at = end
        while at > floor, ScalarTest.isAlphabetic(text[at - 1]) { at -= 1 }
        guard at < end, end - at <= 5, (at..<end).allSatisfy({ text[$0].value &- 0x61 < 26 }),
            particleWords.contains(lowercasing: text, TextRange(at, end)),
            let (before, _) = wordBefore(at, floor: floor, in: text)
        else { return false }
        return before.unicodeScalars.first?.properties.isUppercase == true
    }

    private static let particleWords = ASCIIWordSet(particles)

    private static let particles: Set<String> = [
        "de", "du", "des", "del", "della", "di", "da", "do", "dos", "das", "von", "van", "der", "den", "la", "le",
        "und", "et", "y",
    ]

    /// True when a one-word name is followed by `and Word` or `& Word` with `Word` a name word that no mention
    /// starts (`[Harper] and Row`, `[Dillon] & Read`): the first half of a firm name.
    private static func beforeFirmWord(_ mention: Mention, next: Mention?, in text: TextBuffer) -> Bool {
        let ceiling = min(text.count, next?.range.start ?? text.count, mention.range.end + 30)
        var i = mention.range.end
        var words: [(String, Int)] = []
        while words.count < 2, i < ceiling {
            while i < ceiling, text[i] == " " { i += 1 }
            var end = i
            while end < ceiling, ScalarTest.isAlphabetic(text[end]) || text[end] == "&" { end += 1 }
            guard end > i else { break }
            words.append((String(text[TextRange(i, end)]), i))
            i = end
        }
        // `[Donaldson], Lufkin and Jenrette`, `[Donaldson], Lufkin, Jenrette Inc`
        if mention.range.end + 2 < ceiling, text[mention.range.end] == "," {
            var i = mention.range.end + 1
            while i < ceiling, text[i] == " " { i += 1 }
            var end = i
            while end < ceiling, ScalarTest.isAlphabetic(text[end]) { end += 1 }
            if end > i, next?.range.start != i, isNameWord(String(text[TextRange(i, end)])) {
                let rest = String(text[TextRange(end, min(ceiling, end + 12))])
                if rest.hasPrefix(", ") || rest.hasPrefix(" and ") { return true }
                // `[Fox-Pitt], Kelton NV`
                let after = rest.split(separator: " ").first.map { $0.lowercased().filter { $0 != "," } }
                if rest.hasPrefix(" "), let after, designators.contains(after) { return true }
            }
        }
        guard words.count == 2, words[0].0 == "and" || words[0].0 == "&" else { return false }
        // The next word must not run on into a mention (`Exxon and [Mobil]` is two firms).
        guard words[1].1 + words[1].0.unicodeScalars.count <= ceiling, next?.range.start != words[1].1 else {
            return false
        }
        return isNameWord(words[1].0)
    }

    /// True when a name word and a comma stand before the mention, after a lowercase word or the sentence start
    /// (`analyst with Birr, [Wilson and Co]`): the tail of a firm name cut at its comma.
    private static func afterCommaWord(_ mention: Mention, previous: Mention?, in text: TextBuffer) -> Bool {
        let floor = previous?.range.end ?? 0
        var i = mention.range.start
        while i > floor, text[i - 1] == " " { i -= 1 }
        guard i > floor, text[i - 1] == "," else { return false }
        guard let (name, at) = wordBefore(i - 1, floor: floor, in: text), isNameWord(name) else { return false }
        // `Peat, Marwick, [Mitchell and Co]`: a chain of name words and commas.
        var j = at
        while j > floor, text[j - 1] == " " { j -= 1 }
        if j > floor, text[j - 1] == "," { return true }
        guard let (before, _) = wordBefore(at, floor: floor, in: text) else { return false }
        return before.unicodeScalars.first?.properties.isLowercase == true
    }

    /// True when a name word that is no mention stands right before the mention (`Nickel analyst Ilmar [Martens]`).
    private static func afterCapitalizedWord(_ mention: Mention, previous: Mention?, in text: TextBuffer) -> Bool {
        let floor = previous?.range.end ?? 0
        guard let (name, _) = wordBefore(mention.range.start, floor: floor, in: text) else { return false }
        return isNameWord(name)
    }

    /// True when a one-word "person" heads a government post: `[Finance] Minister Kiichi Miyazawa`, `[Energy]
    /// Secretary John Herrington`. A person's name stands after the title, not before it.
    private static func isPostHead(_ mention: Mention, in text: TextBuffer) -> Bool {
        let start = mention.range.end + 1
        guard start < text.count, text[mention.range.end] == " " else { return false }
        var end = start
        while end < text.count, end < start + 16, ScalarTest.isAlphabetic(text[end]) { end += 1 }
        return postTitles.contains(text[TextRange(start, end)])
    }

    /// Capitalized titles of government posts that follow the department's name.
    private static let postTitles: Set<String> = ["Minister", "Ministry", "Secretary", "Undersecretary"]

    /// True when a one-word "person" stands inside a chain of name words and commas that no mention holds
    /// (`Welsh, [Carson], Anderson and Stowe`): a piece of a firm named after its partners. Not `As a moderate
    /// Republican, [Baker] is` nor `Baker-Hughes, [Pace] said`: the chain must go on after the mention.
    private static func isPersonAfterCommaName(_ mention: Mention, previous: Mention?, in text: TextBuffer) -> Bool {
        let end = mention.range.end
        guard end + 2 < text.count else { return false }
        let goesOn =
            (text[end] == "," && text[end + 1] == " " && ScalarTest.isUppercase(text[end + 2]))
            || (end + 5 < text.count && text[TextRange(end, end + 5)] == " and "
                && ScalarTest.isUppercase(text[end + 5]))
        guard goesOn else { return false }
        let floor = previous?.range.end ?? 0
        var i = mention.range.start
        while i > floor, text[i - 1] == " " { i -= 1 }
        guard i > floor, i < mention.range.start, text[i - 1] == "," else { return false }
        guard let (name, _) = wordBefore(i - 1, floor: floor, in: text) else { return false }
        return isNameWord(name)
    }

    /// A one-word person right after `Word and` or `Word &` where `Word` is capitalized and no mention (`Wagner and
    /// [Brown]`, `Smith Barney, Harris [Upham]`): a firm named after its founders, cut.
    private static func isPersonAfterFirmWord(_ mention: Mention, previous: Mention?, in text: TextBuffer) -> Bool {
        let floor = previous?.range.end ?? 0
        var i = mention.range.start
        var words: [String] = []
        while words.count < 2 {
            var end = i
            while end > floor, text[end - 1] == " " { end -= 1 }
            guard end > floor, end < i else { break }
            var start = end
            while start > floor, ScalarTest.isAlphabetic(text[start - 1]) || text[start - 1] == "&" { start -= 1 }
            guard start < end else { break }
            words.append(String(text[TextRange(start, end)]))
            i = start
        }
        guard words.count == 2, words[0] == "and" || words[0] == "&",
            let first = words[1].unicodeScalars.first, ScalarTest.isUppercase(first)
        else { return false }
        let lower = words[1].lowercased()
        return !SentenceView.sentenceOpeners.contains(lower) && !RelationVocabulary.titles.contains(lower)
            && WordClass.of(lower).isDisjoint(with: [.roles, .roleModifiers, .determiners, .demonyms])
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
    ///
    /// A place that is the first words of a company name ending in a designator (`Dome` and `Dome Petroleum
    /// Ltd`) is the company under a short name that extraction typed place; `Japan` and `Japan Airlines` stay
    /// two entities.
    package static func isShortForm(_ a: Relation.End, _ b: Relation.End) -> Bool {
        if isPlainASCII(a.name), isPlainASCII(b.name) { return isShortFormASCII(a, b) }
        let (short, long) =
            ScalarTest.characterCount(a.name) < ScalarTest.characterCount(b.name) ? (a, b) : (b, a)
        // `Chicago Board of Trade` and `Chicago Board of Trade's`: one name, with and without its possessive.
        if stem(long.name) == stem(short.name) { return true }
        // `National Bank` and `Swiss National Bank`: an organization of two words or more that ends another's name.
        if short.kind == .organization, long.kind == .organization, short.name.contains(" "),
            long.name.hasSuffix(" " + short.name)
        {
            return true
        }
        // `Lake Ontario` and `Lake Erie and Lake Ontario`: two names in one span, one of them the other end.
        if short.kind == long.kind,
            long.name.hasSuffix(" and " + short.name) || long.name.hasPrefix(short.name + " and ")
        {
            return true
        }
        guard long.name.hasPrefix(short.name + " ") else { return false }
        if short.kind == .place {
            return long.kind == .organization && endsInDesignator(long.name)
        }
        return (short.kind == .organization || short.kind == .person)
            && (long.kind == .organization || long.kind == .person)
    }

    /// True when `text` is ASCII without a carriage return: every byte is one Character, so Character comparisons
    /// (`hasPrefix`, `hasSuffix`, `==` after lowercasing) give the same answers as byte comparisons.
    private static func isPlainASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for byte in bytes where byte >= 0x80 || byte == 0x0D { return false }
            return true
        }
    }

    /// `isShortForm` for two plain ASCII names (`isPlainASCII`), comparing bytes: the same answer without building
    /// lowercased or concatenated strings (or byte arrays) for every pair of an article's entities.
    private static func isShortFormASCII(_ a: Relation.End, _ b: Relation.End) -> Bool {
        var (aName, bName) = (a.name, b.name)
        return aName.withUTF8 { x in bName.withUTF8 { y in isShortFormASCII(a, b, x, y) } }
    }

    /// `isShortFormASCII` on the names' bytes `x` (of `a`) and `y` (of `b`).
    private static func isShortFormASCII(
        _ a: Relation.End, _ b: Relation.End, _ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        let (short, long, s, l) = x.count < y.count ? (a, b, x, y) : (b, a, y, x)
        func lower(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }
        // `stem`: lowercased, without one trailing `'s`, `'` or `.`.
        func stemLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
            guard let last = bytes.last else { return 0 }
            if lower(last) == UInt8(ascii: "s"), bytes.count >= 2, bytes[bytes.count - 2] == 0x27 {
                return bytes.count - 2
            }
            return last == 0x27 || last == UInt8(ascii: ".") ? bytes.count - 1 : bytes.count
        }
        let (ls, ll) = (stemLength(s), stemLength(l))
        if ls == ll, (0..<ls).allSatisfy({ lower(s[$0]) == lower(l[$0]) }) { return true }
        func holds(_ bytes: UnsafeBufferPointer<UInt8>, _ gap: StaticString, at start: Int) -> Bool {
            (0..<gap.utf8CodeUnitCount).allSatisfy { bytes[start + $0] == gap.utf8Start[$0] }
        }
        func holds(_ bytes: UnsafeBufferPointer<UInt8>, _ name: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
            (0..<name.count).allSatisfy { bytes[start + $0] == name[$0] }
        }
        func ends(_ bytes: UnsafeBufferPointer<UInt8>, with gap: StaticString, _ name: UnsafeBufferPointer<UInt8>)
            -> Bool
        {
            guard bytes.count >= gap.utf8CodeUnitCount + name.count else { return false }
            let start = bytes.count - gap.utf8CodeUnitCount - name.count
            return holds(bytes, gap, at: start) && holds(bytes, name, at: start + gap.utf8CodeUnitCount)
        }
        func starts(_ bytes: UnsafeBufferPointer<UInt8>, with name: UnsafeBufferPointer<UInt8>, _ gap: StaticString)
            -> Bool
        {
            guard bytes.count >= gap.utf8CodeUnitCount + name.count else { return false }
            return holds(bytes, name, at: 0) && holds(bytes, gap, at: name.count)
        }
        if short.kind == .organization, long.kind == .organization, s.contains(0x20), ends(l, with: " ", s) {
            return true
        }
        if short.kind == long.kind, ends(l, with: " and ", s) || starts(l, with: s, " and ") { return true }
        guard starts(l, with: s, " ") else { return false }
        if short.kind == .place {
            return long.kind == .organization && endsInDesignator(long.name)
        }
        return (short.kind == .organization || short.kind == .person)
            && (long.kind == .organization || long.kind == .person)
    }

    /// True when two organization ends are one thing under a clipped or initial form that resolution did not join:
    /// a one-word name that starts the other's first word (`Fed` and `Federal Reserve`), or an acronym of the
    /// other's capitalized words (`LCE` and `London Commodity Exchange`).
    package static func isAbbreviation(_ a: Relation.End, _ b: Relation.End) -> Bool {
        guard a.kind == .organization, b.kind == .organization else { return false }
        let (short, long) =
            ScalarTest.characterCount(a.name) < ScalarTest.characterCount(b.name) ? (a.name, b.name) : (b.name, a.name)
        // Plain ASCII (nearly every pair): a space is a byte, a Character a byte; the usual answer is no, found here.
        if isPlainASCII(short), isPlainASCII(long),
            ScalarTest.hasSpace(short) || short.utf8.count < 2 || !ScalarTest.hasSpace(long)
        {
            return false
        }
        if isPlainASCII(short), isPlainASCII(long), let answer = isAbbreviationASCII(short, long) { return answer }
        guard !short.contains(" "), short.count >= 2, long.contains(" ") else { return false }
        let words = long.split(separator: " ")
        if short.count >= 3, words[0].count > short.count, words[0].lowercased().hasPrefix(short.lowercased()) {
            return true
        }
        guard short.allSatisfy({ $0.isUppercase || $0 == "." }) else { return false }
        let acronym = short.filter { $0 != "." }
        let capitalized = words.filter { $0.first?.isUppercase == true }
        // `BP` and `British Petroleum Co PLC`: designators are often left out of the initials.
        let named = capitalized.filter { !designators.contains($0.lowercased()) }
        return String(capitalized.compactMap(\.first)) == acronym || String(named.compactMap(\.first)) == acronym
    }

    /// The first tests of `isAbbreviation` on the bytes of two plain ASCII names: `nil` when the acronym test must
    /// run (`short` is capitals and dots), or when `long` has no word.
    private static func isAbbreviationASCII(_ short: String, _ long: String) -> Bool? {
        var (short, long) = (short, long)
        return short.withUTF8 { s in
            long.withUTF8 { l -> Bool? in
                guard !s.contains(0x20), s.count >= 2, l.contains(0x20) else { return false }
                var start = 0
                while start < l.count, l[start] == 0x20 { start += 1 }
                guard start < l.count else { return nil }
                var end = start
                while end < l.count, l[end] != 0x20 { end += 1 }
                func lower(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }
                // `Fed` and `Federal Reserve`: the short name starts the first word.
                if s.count >= 3, end - start > s.count,
                    (0..<s.count).allSatisfy({ lower(l[start + $0]) == lower(s[$0]) })
                {
                    return true
                }
                return s.allSatisfy({ $0 &- 0x41 < 26 || $0 == 0x2E }) ? nil : false
            }
        }
    }

    /// A name without a trailing possessive or period, lowercased.
    private static func stem(_ name: String) -> String {
        var name = name.lowercased()
        // ASCII (nearly every name): the suffixes compared as bytes, the same answer without `hasSuffix`.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = name.utf8
            guard let last = bytes.last else { return name }
            if last == UInt8(ascii: "s"), bytes.count >= 2, bytes[bytes.index(bytes.endIndex, offsetBy: -2)] == 0x27 {
                name.removeLast(2)
            } else if last == 0x27 || last == UInt8(ascii: ".") {
                name.removeLast(1)
            }
            return name
        }
        for suffix in ["'s", "\u{2019}s", "'", "."] where name.hasSuffix(suffix) {
            name.removeLast(suffix.count)
            break
        }
        return name
    }

    /// Pairs of indices into `mentions` of an organization and its former name in apposition (`Armtek Corp,
    /// formerly the Armstrong Rubber Co`, `Armtek Corp, previously known as ...`): one firm, not two.
    package static func renamed(in text: TextBuffer, mentions: [Mention]) -> [(Int, Int)] {
        var pairs: [(Int, Int)] = []
        for k in mentions.indices.dropFirst() {
            let (a, b) = (mentions[k - 1], mentions[k])
            guard a.kind == .organization, b.kind == .organization, a.range.end <= b.range.start,
                b.range.start - a.range.end <= 32
            else { continue }
            // The first word must be `formerly` or `previously`: a gap without an `f` or a `p` is none (and no
            // other scalar lowercases to them).
            let range = TextRange(a.range.end, b.range.start)
            guard
                (range.start..<range.end).contains(where: {
                    text[$0].value | 0x20 == 0x66 || text[$0].value | 0x20 == 0x70
                })
            else { continue }
            let gap = text[range].lowercased()
            let words = gap.split { !$0.isLetter }
            if let first = words.first, first == "formerly" || first == "previously",
                words.dropFirst().allSatisfy({ ["known", "as", "the", "called", "named"].contains($0) })
            {
                pairs.append((k - 1, k))
            }
        }
        return pairs
    }

    /// True when the text at `range` is ` and ` or ` & `, read without building a string.
    private static func isAndGap(_ range: TextRange, in text: TextBuffer) -> Bool {
        if range.count == 3 {
            return text[range.start] == " " && text[range.start + 1] == "&" && text[range.start + 2] == " "
        }
        guard range.count == 5 else { return false }
        let s = range.start
        return text[s] == " " && text[s + 1] == "a" && text[s + 2] == "n" && text[s + 3] == "d" && text[s + 4] == " "
    }

    private static func isPiece(_ mention: Mention) -> Bool {
        mention.kind == .organization || mention.kind == .person
    }

    private static func endsInDesignator(_ name: String) -> Bool {
        // The last word read from the bytes when it is ASCII and ends the name (no trailing space).
        var name = name
        let answer = name.withUTF8 { bytes -> Bool? in
            guard let end = bytes.last, end != 0x20 else { return nil }
            var start = bytes.count
            while start > 0, bytes[start - 1] != 0x20 { start -= 1 }
            guard bytes.count - start <= 12 else { return false }
            return designatorWords.contains(lowercasingBytes: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        if let answer { return answer }
        let last = ScalarTest.lastWord(name)
        // No designator is longer than 12 letters: a longer word need not be lowercased.
        return !last.isEmpty && last.utf8.count <= 12 && designatorWords.contains(last.lowercased())
    }
}
