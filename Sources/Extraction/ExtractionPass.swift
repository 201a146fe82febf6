import NewsGraphCore
import NewsGraphText

/// The work of `EntityExtractor` on one document: token features, candidate runs, classification, document pass.
package struct ExtractionPass {
    package let document: Document
    package let s: UnsafeBufferPointer<Unicode.Scalar>
    package let gazetteer: Gazetteer
    package let userRules: UserRules
    package let tokens: [Token]
    package var keys: [UInt64]
    package var shapes: [TokenShape]
    package var flags: [Gazetteer.Flags]
    /// Keys of words seen starting with a lower-case letter anywhere in the document.
    package var lowerVocabulary = KeySet()
    /// Keys of capitalised words seen mid-sentence (not at a sentence start), outside headings.
    package var capitalVocabulary = KeySet()
    /// Keys of capitalised words seen after the first token of a sentence outside headings (what a headline in capitals
    /// is checked against).
    package var bodyCapitals = KeySet()
    /// Whether the document has sentences in mixed case (then a line in capitals is read against them).
    package var hasCasedBody = false
    /// Tokens already inside a mention.
    package var taken: [Bool]
    package var found: [Candidate] = []

    package struct Candidate {
        package var first: Int
        package var last: Int
        package var kind: EntityKind
        package var rule: String
        package var confidence: Double
        package var sentence: Int
        package var key: UInt64
        /// A group mention's group name.
        package var canonical: String?
        /// Found by a default rule only: kept if the document pass finds support.
        package var weak = false
        /// The phase of the rule that found it: how strong the evidence is.
        package var phase: EntityRule.Phase = .fallback
    }

    package init(
        document: Document, scalars: UnsafeBufferPointer<Unicode.Scalar>, gazetteer: Gazetteer, userRules: UserRules
    ) {
        self.document = document
        self.s = scalars
        self.gazetteer = gazetteer
        self.userRules = userRules
        self.tokens = document.tokens
        let n = tokens.count
        keys = [UInt64](repeating: 0, count: n)
        shapes = [TokenShape](repeating: [], count: n)
        flags = [Gazetteer.Flags](repeating: [], count: n)
        taken = [Bool](repeating: false, count: n)
        lowerVocabulary = KeySet(capacity: n / 2)
        for i in 0..<n {
            let token = tokens[i]
            let shape = TokenShape.of(scalars, token)
            shapes[i] = shape
            guard shape.contains(.word) else { continue }
            let key = NameKey.token(scalars, token.range.start, token.range.end)
            keys[i] = key
            if shape.contains(.lower) {
                lowerVocabulary.insert(key)
            } else {
                flags[i] = gazetteer.flags(key)
            }
        }
    }

    /// The mentions of the document; without `documentPass`, what the run rules found, unsupported ones included.
    package mutating func run(documentPass withDocumentPass: Bool = true) -> [Mention] {
        var headlines = [Bool](repeating: false, count: document.sentences.count)
        for (index, sentence) in document.sentences.enumerated() {
            headlines[index] = isHeadline(sentence)
            guard !headlines[index] else { continue }
            var previousIsWord = false
            hasCasedBody = true
            for i in sentence.tokens {
                if shapes[i].contains(.capitalized) && previousIsWord { capitalVocabulary.insert(keys[i]) }
                previousIsWord =
                    shapes[i].contains(.word) || shapes[i].contains(.number)
                    || (tokens[i].range.count == 1 && s[tokens[i].range.start] == ",")
            }
        }
        // What a headline in capitals is read against: the body's capitalised words after a sentence's first.
        if hasCasedBody
            && document.sentences.indices.contains(where: { headlines[$0] && isAllCaps(document.sentences[$0]) })
        {
            for (index, sentence) in document.sentences.enumerated() where !headlines[index] {
                for i in sentence.tokens.dropFirst() where shapes[i].contains(.capitalized) {
                    bodyCapitals.insert(keys[i])
                }
            }
        }
        for (index, sentence) in document.sentences.enumerated() {
            let headline = headlines[index]
            let shouting = isAllCaps(sentence)
            applyUserPatterns(sentence, index)
            var i = sentence.tokens.lowerBound
            while i < sentence.tokens.upperBound {
                guard !taken[i], isNameToken(i, sentence, headline: headline, shouting: shouting) else {
                    i += 1; continue
                }
                let last = extendRun(from: i, sentence, headline: headline, shouting: shouting)
                classifyRun(i, last, sentence: index, in: sentence, shouting: shouting)
                i = last + 1
            }
        }
        if withDocumentPass {
            documentPass()
            dropUnsupported()
        }
        found.sort { $0.first < $1.first }
        return found.map { c in
            let range = TextRange(tokens[c.first].range.start, tokens[c.last].range.end)
            return Mention(
                range: range, text: document.text[range], kind: c.kind, rule: c.rule,
                confidence: (c.confidence * 100).rounded() / 100, sentence: c.sentence, entity: c.canonical)
        }
    }

    // MARK: Sentences

    /// A heading in title case: no lower-case word except short function words, at least two words, no final period.
    package func isHeadline(_ sentence: Sentence) -> Bool {
        var words = 0
        var numbers = 0
        var commas = 0
        for i in sentence.tokens {
            let shape = shapes[i]
            guard shape.contains(.word) else {
                // A row of a results table or a list of names ("274 Phil Mickelson 70 66", "Nick Faldo ( Britain ) ,
                // John Cook , Mark Roe"): no heading, its capitals are names.
                if shape.contains(.number) {
                    numbers += 1
                    if numbers >= 2 { return false }
                } else if tokens[i].range.count == 1 && s[tokens[i].range.start] == "," {
                    commas += 1
                    if commas >= 2 { return false }
                }
                continue
            }
            words += 1
            if shape.contains(.lower) && !flags(forLower: i).contains(.connector) && !isShortFunctionWord(i) {
                return false
            }
        }
        let lastToken = tokens[sentence.tokens.upperBound - 1]
        return words >= 2 && s[lastToken.range.start] != "."
    }

    package func isShortFunctionWord(_ i: Int) -> Bool {
        tokens[i].range.count <= 4 && gazetteer.flags(keys[i]).contains(.common)
            && !CueWords.nameNouns.contains(keys[i])
    }

    /// Gazetteer flags for a lower-case token (not computed up front).
    package func flags(forLower i: Int) -> Gazetteer.Flags {
        gazetteer.flags(keys[i])
    }

    /// Every word in capitals ("ZHUMATAI DETAINED IN URUMQI").
    package func isAllCaps(_ sentence: Sentence) -> Bool {
        var words = 0
        for i in sentence.tokens where shapes[i].contains(.word) {
            if !shapes[i].contains(.allCaps) && tokens[i].range.count > 1 { return false }
            words += 1
        }
        return words >= 3
    }

    /// Where a capital says nothing: a sentence's first word, after an opening quote, colon or dash.
    package func isStartLike(_ i: Int, _ sentence: Sentence) -> Bool {
        // A line start inside a sentence (tables, lists: "Sales 50 mln vs 40 mln").
        if i > sentence.tokens.lowerBound && isBlockStart(i) { return true }
        var j = i - 1
        while j >= sentence.tokens.lowerBound {
            if shapes[j].contains(.word) || shapes[j].contains(.number) { return false }
            let c = s[tokens[j].range.start]
            if c == "\"" || c == "\u{201C}" || c == ":" || c == "\u{2014}" || c == "\u{2013}" || c == "(" || c == "'"
                || c == "\u{2018}" || c == "-" || c == "*" || c == "#" || c == "\u{2022}" || c == ";"
            {
                return true
            }
            j -= 1
        }
        return true
    }

    // MARK: Runs

    /// Whether token `i` can be part of a name.
    package func isNameToken(_ i: Int, _ sentence: Sentence, headline: Bool, shouting: Bool) -> Bool {
        let shape = shapes[i]
        guard shape.contains(.word) else { return false }
        let f = flags[i]
        if shape.contains(.uncased) { return !f.isDisjoint(with: Gazetteer.Flags.place.union(.user).union(.givenName)) }
        guard shape.contains(.capitalized) else { return false }
        if !f.isDisjoint(with: .user) { return true }
        // State abbreviations and initials have six characters at most ("W.Va.", "K.C."): most words skip both tests.
        if tokens[i].range.count <= 6 {
            if isStateAbbreviation(i, sentence) { return true }
            // An initial before a capitalised word opens a personal name: "A. Mullally", "Eugene [A.] Nida".
            if isInitial(i) && i + 1 < sentence.tokens.upperBound && shapes[i + 1].contains(.capitalized) {
                return true
            }
        }
        let acronym = shape.contains(.allCaps) && !shouting
        if !acronym && startsKnownPhrase(i, sentence) { return true }
        if f.contains(.common) && !acronym {
            // Capitalised common words are names only when the gazetteer also knows them as names, mid-sentence,
            // or when they open a name that ends in a head word ("Royal Society", "National Park").
            // At a sentence start only when a legal form follows: "News Corp said", "First Central Financial Corp".
            // Or a short noun before a head word: "Home Savings Bank said".
            if headline
                || (isStartLike(i, sentence) && !(!CueWords.openers.contains(keys[i]) && leadsToLegalForm(i, sentence))
                    && !(CueWords.nameNouns.contains(keys[i]) && leadsToHeadWord(i, sentence)))
            {
                return false
            }
            if f.isDisjoint(with: Gazetteer.Flags.place.union([.group, .orgLast]))
                && (isShortFunctionWord(i) || !leadsToHeadWord(i, sentence)) && !leadsToLegalForm(i, sentence)
            {
                return false
            }
        }
        if acronym { return true }
        if shouting && hasCasedBody {
            // A headline in capitals: a word is a name if the body writes it capitalised, or if it is a country, a
            // region, a big city or a known organization the body does not use as an ordinary word ("BUY", "SPLIT",
            // "SEES" are towns or names somewhere, and verbs here).
            if bodyCapitals.contains(keys[i]) { return true }
            return !lowerVocabulary.contains(keys[i])
                && !f.isDisjoint(with: [.country, .region, .subdivision, .bigCity, .organization, .groupPlural])
        }
        if headline || shouting || isStartLike(i, sentence) {
            // "Interestingly," "Importantly,": an adverb opening a sentence.
            if isStartLike(i, sentence) && isAdverbBeforeComma(i) { return false }
            let known = !f.isDisjoint(
                with: Gazetteer.Flags.place.union([
                    .givenName, .group, .title, .orgFirst, .orgLast, .placeLast, .placeFirst, .organization,
                ]))
            if !known && lowerVocabulary.contains(keys[i]) { return false }
            // In a title-case heading, an unknown word is a name only if the text capitalises it mid-sentence too.
            if headline && !known && !shape.contains(.allCaps) && !capitalVocabulary.contains(keys[i]) { return false }
        }
        return true
    }

    /// The group a token names in the plural: a plural group form, the same after a hyphen ("Anglo-Americans"), or a
    /// place name plus "ns" ("Tulsans", "Alaskans"), or nil.
    package func pluralGroup(_ i: Int) -> String? {
        guard shapes[i].contains(.capitalized) else { return nil }
        if let entry = gazetteer.entry(keys[i]), entry.flags.contains(.groupPlural) {
            return gazetteer.groupName(entry)
        }
        let start = tokens[i].range.start
        let end = tokens[i].range.end
        var hyphen = -1
        for k in start..<end where s[k] == "-" { hyphen = k }
        if hyphen > start, hyphen + 1 < end, let entry = gazetteer.entry(NameKey.token(s, hyphen + 1, end)),
            entry.flags.contains(.groupPlural)
        {
            return document.text[TextRange(start, end)]
        }
        if end - start >= 6, s[end - 1] == "s", s[end - 2] == "n", !shapes[i].contains(.allCaps),
            !gazetteer.flags(NameKey.token(s, start, end - 2)).isDisjoint(with: Gazetteer.Flags.place)
        {
            return document.text[TextRange(start, end)]
        }
        return nil
    }

    /// An initial of a personal name: one capital letter and a period ("J."), or two or three of them ("K.C.",
    /// "D.A.") that are no known place or organization ("U.S.", "U.N.").
    package func isInitial(_ i: Int) -> Bool {
        let start = tokens[i].range.start
        let end = tokens[i].range.end
        let n = end - start
        guard n == 2 || n == 4 || n == 6, s[end - 1] == "." else { return false }
        var k = start
        while k < end {
            guard Tokenizer.isUpper(s[k]), s[k + 1] == "." else { return false }
            k += 2
        }
        return n == 2
            || (flags[i].isDisjoint(with: Gazetteer.Flags.place.union([.organization, .organizationKB]))
                && !CueWords.letterAbbreviations.contains(keys[i]))
    }

    /// The last initial of the initials opening `first...last` ("W. W. Rouse Ball": the second "W."), if a word of two
    /// letters or more follows after a space ("A. Tamazov", not "M.Sc" or "A. L."); nil otherwise.
    package func initialsEnd(_ first: Int, _ last: Int) -> Int? {
        var k = first
        while k < last && isInitial(k) { k += 1 }
        guard k > first, letterCount(k) >= 2, !shapes[k].contains(.allCaps),
            tokens[k].range.start > tokens[k - 1].range.end
        else { return nil }
        return k - 1
    }

    /// A letter opening a line of a lettered list: "A. Inca" with "B. Maya" on the next line (or the letter before on
    /// the line before).
    package func isListLetter(_ i: Int) -> Bool {
        guard isBlockStart(i), tokens[i].range.count == 2 else { return false }
        let letter = s[tokens[i].range.start].value
        func opensLine(after start: Int, step: Int) -> Bool {
            var k = start + step
            while k >= 0 && k < tokens.count && !isBlockStart(k) { k += step }
            guard k >= 0 && k < tokens.count, tokens[k].range.count == 2, s[tokens[k].range.start + 1] == "." else {
                return false
            }
            return Int(s[tokens[k].range.start].value) == Int(letter) + step
        }
        return opensLine(after: i, step: 1) || opensLine(after: i, step: -1)
    }

    /// A word ending in "ly" followed by a comma.
    package func isAdverbBeforeComma(_ i: Int) -> Bool {
        let end = tokens[i].range.end
        guard end - tokens[i].range.start >= 5, s[end - 1] == "y", s[end - 2] == "l", i + 1 < tokens.count else {
            return false
        }
        return s[tokens[i + 1].range.start] == ","
    }

    /// A lower-case particle joined to a capitalised name: "al-Amr", "el-Sisi", "d'Ettorre", "bin-Laden".
    package func hasNameParticlePrefix(_ i: Int) -> Bool {
        guard shapes[i].contains(.lower) else { return false }
        let start = tokens[i].range.start
        let end = tokens[i].range.end
        var k = start + 1
        while k < end && k <= start + 3 {
            let c = s[k]
            if c == "-" || c == "'" || c == "\u{2019}" {
                return k + 1 < end && Tokenizer.isUpper(s[k + 1])
            }
            guard Tokenizer.isLower(c) else { return false }
            k += 1
        }
        return false
    }

    /// Whether a capitalised organization or place head word follows within three capitalised words.
    package func leadsToHeadWord(_ i: Int, _ sentence: Sentence) -> Bool {
        var j = i + 1
        while j < sentence.tokens.upperBound && j <= i + 4
            && (shapes[j].contains(.capitalized) || (keys[j] == CueWords.andKey && j > i + 1))
        {
            if !flags[j].isDisjoint(with: [.orgLast, .placeLast]) && shapes[j].contains(.capitalized) { return true }
            j += 1
        }
        return false
    }

    /// Whether a legal form ends the capitalised words after `i` (at most three): "News [Corp]", "First Central
    /// Financial [Corp]".
    package func leadsToLegalForm(_ i: Int, _ sentence: Sentence) -> Bool {
        var j = i + 1
        // One "and" may join the words: "Stop and Shop Cos Inc".
        var joined = false
        while j < sentence.tokens.upperBound && j <= i + 4 {
            if keys[j] == CueWords.andKey && !joined && j == i + 1 {
                joined = true
                j += 1
                continue
            }
            guard shapes[j].contains(.capitalized) else { return false }
            if flags[j].contains(.legalForm) { return true }
            j += 1
        }
        return false
    }

    /// The last token of the longest multi-word gazetteer name starting at `i` ("Bosnia and Herzegovina"), if any.
    package func knownPhraseEnd(_ i: Int, _ sentence: Sentence) -> Int? {
        var key = keys[i]
        var j = i + 1
        var best: Int?
        let limit = min(sentence.tokens.upperBound, i + gazetteer.longestPhrase)
        while j < limit, !taken[j] {
            let k = keys[j] == 0 ? NameKey.token(s, tokens[j].range.start, tokens[j].range.end) : keys[j]
            key = NameKey.combine(key, k)
            if shapes[j].contains(.capitalized),
                !gazetteer.flags(key).isDisjoint(
                    with: Gazetteer.Flags.place.union([.group, .organization, .organizationKB]).union(.user))
            {
                best = j
            }
            j += 1
        }
        return best
    }

    /// Whether tokens from `i` on spell a multi-word gazetteer name ("New York", "United States").
    package func startsKnownPhrase(_ i: Int, _ sentence: Sentence) -> Bool {
        var key = keys[i]
        var j = i + 1
        while j < sentence.tokens.upperBound && j <= i + 3 && shapes[j].contains(.word) {
            key = NameKey.combine(key, keys[j])
            if !gazetteer.flags(key).isDisjoint(
                with: Gazetteer.Flags.place.union([.group, .orgFirst, .orgLast, .organization, .organizationKB]).union(
                    .user))
            {
                return shapes[j].contains(.capitalized)
            }
            j += 1
        }
        return false
    }

    /// The last token of the run of name tokens starting at `first`, joined over connectors inside organization names
    /// and over particles inside personal names.
    package func extendRun(from first: Int, _ sentence: Sentence, headline: Bool, shouting: Bool) -> Int {
        var last = knownPhraseEnd(first, sentence) ?? first
        // A known phrase ("Development Bank") counts by its words and as a whole for going on over "of".
        var hasOrgWord =
            (first...last).contains(where: {
                !flags[$0].isDisjoint(with: [.orgFirst, .orgLast, .placeLast, .legalForm])
            })
            || (last > first
                && !gazetteer.flags(phraseKey(first, last)).isDisjoint(with: [.organization, .organizationKB]))
        var j = last + 1
        let end = sentence.tokens.upperBound
        while j < end, !taken[j] {
            // An acronym does not run into an ordinary capitalised word ("NASA T-shirt"), only into head words or acronyms.
            if last == first && shapes[first].contains(.allCaps) && !shouting && !shapes[j].contains(.allCaps)
                && !isInitial(first)
                && flags[j].isDisjoint(with: [.orgLast, .placeLast]) && !leadsToHeadWord(first, sentence)
                && !isClubName(first, j)
            {
                break
            }
            // Arabic and French particles joined to a name: "Abd al-Karim Qasim", "Patrizia d'Ettorre".
            // A company named with a possessive: "Moody's Investors Service Inc", "Sotheby's Holdings".
            if shapes[j].contains(.possessive), let k = possessiveCompanyEnd(j, sentence) {
                last = k
                hasOrgWord = true
                j = k + 1
                continue
            }
            if hasNameParticlePrefix(j) {
                last = j
                j += 1
                continue
            }
            // Mid-sentence capitals mean a name goes on ("Bitter Winter"), except short function words and titles.
            let midCapital =
                !headline && !shouting && shapes[j].contains(.capitalized) && !shapes[j].contains(.allCaps)
                && !isShortFunctionWord(j) && flags[j].isDisjoint(with: [.title]) && !isStartLike(j, sentence)
            let headWord =
                midCapital || (shapes[j].contains(.capitalized) && !flags[j].isDisjoint(with: [.orgLast, .placeLast]))
            if headWord
                || (isNameToken(j, sentence, headline: false, shouting: shouting)
                    && !(headline && !isNameToken(j, sentence, headline: true, shouting: shouting)))
            {
                last = j
                if !flags[j].isDisjoint(with: [.orgFirst, .orgLast, .placeLast, .legalForm]) { hasOrgWord = true }
                j += 1
                continue
            }
            // A country of business in parentheses before the legal form: "Total Holdings (Australia) Pty Ltd".
            if let k = parenthesizedPlaceEnd(j, sentence) {
                last = k
                j = k + 1
                continue
            }
            guard shapes[j].contains(.word) || s[tokens[j].range.start] == "&" else { break }
            // A company name after its legal form goes on only over "of" and a place: "Associates Corp of North America".
            if (first...last).contains(where: { flags[$0].contains(.legalForm) }) {
                guard keys[j] == CueWords.ofKey, let k = placeEnd(at: j + 1, sentence) else { break }
                last = k
                j = k + 1
                continue
            }
            if let k = andJoinEnd(j, first: first, last: last, sentence, shouting: shouting) {
                last = k
                hasOrgWord = true
                j = k + 1
                continue
            }
            // Up to two connecting words ("for the") between capitalised words of an organization name.
            var k = j
            var isConnector = true
            while k < end, k < j + 2,
                shapes[k].contains(.lower) || s[tokens[k].range.start] == "&"
                    || (shouting && flags[k].contains(.connector))
            {
                let key = keys[k] == 0 ? CueWords.andKey : keys[k]  // "&" works as "and"
                if CueWords.nameParticles.contains(key) && !hasOrgWord { k += 1; continue }
                if !gazetteer.flags(key).contains(.connector) && s[tokens[k].range.start] != "&" {
                    isConnector = false; break
                }
                if !hasOrgWord { isConnector = false; break }
                // A finished name ("Civic Party") does not go on over "and": "Civic Party and Labour Party" are two.
                if k == j && flags[last].contains(.orgLast)
                    && !(flags[last].contains(.orgFirst) && CueWords.ofFor.contains(key))
                {
                    isConnector = false; break
                }
                k += 1
            }
            guard isConnector, k > j, k < end, !taken[k], shapes[k].contains(.capitalized),
                isNameToken(k, sentence, headline: false, shouting: shouting)
            else { break }
            last = k
            if !flags[k].isDisjoint(with: [.orgFirst, .orgLast, .placeLast, .legalForm]) { hasOrgWord = true }
            j = k + 1
        }
        return last
    }

    /// The last legal form after "( Place )" at `j`: "Yamaichi International (Europe) Ltd", or nil.
    package func parenthesizedPlaceEnd(_ j: Int, _ sentence: Sentence) -> Int? {
        guard tokens[j].range.count == 1, s[tokens[j].range.start] == "(", let p = placeEnd(at: j + 1, sentence)
        else { return nil }
        let close = p + 1
        guard close + 1 < sentence.tokens.upperBound, tokens[close].range.count == 1,
            s[tokens[close].range.start] == ")",
            !taken[close + 1], flags[close + 1].contains(.legalForm)
        else { return nil }
        var k = close + 1
        while k + 1 < sentence.tokens.upperBound && !taken[k + 1] && flags[k + 1].contains(.legalForm) { k += 1 }
        return k
    }

    /// The last token of a place name starting at `i` (a known multi-word place or one capitalised place word), or nil.
    package func placeEnd(at i: Int, _ sentence: Sentence) -> Int? {
        guard i < sentence.tokens.upperBound, !taken[i], shapes[i].contains(.capitalized) else { return nil }
        if let k = knownPhraseEnd(i, sentence),
            !gazetteer.flags(phraseKey(i, k)).isDisjoint(with: Gazetteer.Flags.place)
        {
            return k
        }
        return flags[i].isDisjoint(with: Gazetteer.Flags.place) ? nil : i
    }

    /// Where a name goes on over "and" or "&": "Merrill Lynch and Co", "Securities and Exchange Commission" (one or two
    /// capitalised words after it, ending in a legal form or an organization word other than the one before "and"), or
    /// nil.
    package func andJoinEnd(_ j: Int, first: Int, last: Int, _ sentence: Sentence, shouting: Bool) -> Int? {
        let end = sentence.tokens.upperBound
        guard last - first <= 2, j + 1 < end, keys[j] == CueWords.andKey || s[tokens[j].range.start] == "&",
            // A country or a known place of several words ends there: "North America and May Department Stores".
            gazetteer.flags(phraseKey(first, last)).isDisjoint(
                with: first < last ? Gazetteer.Flags.place : [.country, .region])
        else {
            return nil
        }
        for k in (j + 1)...min(j + 3, end - 1) {
            guard !taken[k], shapes[k].contains(.capitalized), !shapes[k].contains(.possessive) else { return nil }
            if flags[k].contains(.legalForm) { return k }
            // "Smick-Medley and Associates", "Halvard and Sons": a firm named by its partners.
            if k == j + 1, CueWords.firmPartners.contains(keys[k]) { return k }
            if k >= j + 2, flags[k].contains(.orgLast),
                !flags[last].contains(.orgLast) || flags[last].contains(.genericHead), !flags[j + 1].contains(.title),
                // Two names with the same head are two: "Hongkong Bank and Hang Seng Bank".
                keys[k] != keys[last]
            {
                return k
            }
        }
        return nil
    }

    /// The end of a company name that goes on after a possessive: up to three capitalised words ending in a legal form
    /// or organization word ("Moody['s Investors Service Inc]"), or nil. Not when the owner is a finished company name
    /// ("Grand Metropolitan PLC's Heublein Inc") or the words after open a name of a place ("Energen's Alabama Gas"):
    /// then the owner and its unit are two names.
    package func possessiveCompanyEnd(_ j: Int, _ sentence: Sentence) -> Int? {
        guard j + 1 < sentence.tokens.upperBound else { return nil }
        if j > sentence.tokens.lowerBound && flags[j - 1].contains(.legalForm) { return nil }
        if !flags[j + 1].isDisjoint(with: Gazetteer.Flags.place)
            && flags[j + 1].isDisjoint(with: [.orgFirst, .orgLast, .legalForm])
        {
            return nil
        }
        var k = j + 1
        while k < sentence.tokens.upperBound && k <= j + 3 && !taken[k] && shapes[k].contains(.capitalized) {
            if flags[k].contains(.legalForm) || (k > j + 1 && flags[k].contains(.orgLast)) { return k }
            k += 1
        }
        return nil
    }

    /// A news dateline: capitals opening a sentence, then a comma, at most three more words, and a date or a dash
    /// ("WASHINGTON, March 3 -", "ST. PAUL, Minn., Feb 26 -", "LONDON -").
    package func isDateline(_ first: Int, _ last: Int, _ sentence: Sentence) -> Bool {
        // The region after the city: "ST. PAUL, [Minn.], Feb 26 -".
        if first >= 2, s[tokens[first - 1].range.start] == ",", shapes[first - 2].contains(.allCaps),
            last - first <= 1, shapes[first].contains(.capitalized), !CueWords.months.contains(keys[first])
        {
            var k = first - 2
            while k > 0 && !isBlockStart(k) && (shapes[k - 1].contains(.allCaps) || tokens[k - 1].range.count == 1) {
                k -= 1
            }
            if isBlockStart(k) && isDateline(k, first - 2, sentence) { return true }
        }
        guard first == sentence.tokens.lowerBound || (first > 0 && isBlockStart(first)) else { return false }
        for i in first...last
        where !shapes[i].contains(.allCaps) && !(tokens[i].range.count == 1 && shapes[i].contains(.capitalized)) {
            return false
        }
        var j = last + 1
        guard j < tokens.count else { return false }
        guard s[tokens[j].range.start] == "," else { return false }
        j += 1
        let limit = min(tokens.count, j + 6)
        while j < limit {
            if CueWords.months.contains(keys[j]) {
                return j + 1 < tokens.count && shapes[j + 1].contains(.number)
            }
            j += 1
        }
        return false
    }

    /// A score after `first...last` in a results line or table: a number follows, and the name opens its line or
    /// follows another score or a closing parenthesis ("Leeds 1 Wimbledon 0", "Leeds 1 ( Sharpe 58th ) Wimbledon 0"),
    /// and the line holds a second number.
    package func isScoreLine(_ first: Int, _ last: Int) -> Bool {
        guard last + 1 < tokens.count, shapes[last + 1].contains(.number), tokens[last + 1].range.count <= 3 else {
            return false
        }
        let opensLine = isBlockStart(first)
        let afterScore =
            first > 0 && (shapes[first - 1].contains(.number) || s[tokens[first - 1].range.start] == ")")
            && !isBlockStart(first)
        guard opensLine || afterScore else { return false }
        // Another number on the same line: the other score, or the columns of a table.
        var k = last + 2
        while k < tokens.count && !isBlockStart(k) {
            if shapes[k].contains(.number) { return true }
            k += 1
        }
        return afterScore
    }

    /// Whether token `i` opens a line of the text (a dateline after a headline).
    package func isBlockStart(_ i: Int) -> Bool {
        var k = tokens[i].range.start - 1
        while k >= 0, s[k] == " " || s[k] == "\t" { k -= 1 }
        return k < 0 || s[k] == "\n"
    }

    /// Company context around `first...last`: "shares of X", "a stake in X", "X's chief executive", "X said its",
    /// "X, a unit of", "the offer values X".
    package func isCompanyCue(_ first: Int, _ last: Int, _ sentence: Sentence) -> Bool {
        let start = sentence.tokens.lowerBound
        let end = sentence.tokens.upperBound
        // "shares of X", "stake in X", "unit of X".
        if first - 2 >= start, shapes[first - 1].contains(.lower), shapes[first - 2].contains(.lower),
            CueWords.companyBefore.contains(NameKey.combine(keys[first - 2], keys[first - 1]))
        {
            return true
        }
        if first - 1 >= start, shapes[first - 1].contains(.lower), CueWords.companyVerbs.contains(keys[first - 1]) {
            return true
        }
        var j = last + 1
        guard j < end else { return false }
        // "X's chief executive", "X's shares".
        if shapes[j].contains(.possessive) {
            return j + 1 < end && shapes[j + 1].contains(.lower) && CueWords.companyPossessions.contains(keys[j + 1])
        }
        // "X said its", "X reported".
        if shapes[j].contains(.lower) && CueWords.said.contains(keys[j]) {
            return j + 1 < end && keys[j + 1] == CueWords.itsKey
        }
        if shapes[j].contains(.lower) && CueWords.companyAfter.contains(keys[j]) { return true }
        // "X, a unit of", "X, the maker of".
        guard s[tokens[j].range.start] == "," else { return false }
        j += 1
        var k = j
        while k < end && k < j + 5 && shapes[k].contains(.lower) {
            if CueWords.companyNouns.contains(keys[k]) { return k > j }
            k += 1
        }
        return false
    }

    // MARK: Classification

    package func phraseKey(_ first: Int, _ last: Int) -> UInt64 {
        var key = keys[first]
        if first < last {
            for i in (first + 1)...last {
                key = NameKey.combine(
                    key, keys[i] == 0 ? NameKey.token(s, tokens[i].range.start, tokens[i].range.end) : keys[i])
            }
        }
        return key
    }

    /// The previous word token in the sentence, if it is right before `i` (only punctuation-free adjacency counts).
    package func wordBefore(_ i: Int, _ sentence: Sentence) -> Int? {
        let j = i - 1
        return j >= sentence.tokens.lowerBound && shapes[j].contains(.word) ? j : nil
    }

    package func wordAfter(_ i: Int, _ sentence: Sentence) -> Int? {
        let j = i + 1
        return j < sentence.tokens.upperBound && shapes[j].contains(.word) ? j : nil
    }

    /// Length in tokens of a title (one or two words) starting at `i`, or 0.
    package func titleLength(at i: Int, upTo last: Int) -> Int {
        if i + 1 <= last, gazetteer.flags(NameKey.combine(keys[i], keys[i + 1])).contains(.title) {
            return 2
        }
        // Roles written with a capital also work as titles: "Activist Dauren Sadykov".
        return flags[i].contains(.title) || gazetteer.flags(keys[i]).contains(.lowerTitle) ? 1 : 0
    }

    package mutating func classifyRun(
        _ first: Int, _ lastIn: Int, sentence index: Int, in sentence: Sentence, shouting: Bool
    ) {
        // A role after a name is not part of it: "the State Department Spokesperson".
        var last = lastIn
        while last > first && titleLength(at: last, upTo: last) > 0 && !flags[last].contains(.orgLast) { last -= 1 }
        // Nor a weekday after it ("Hugh Zhelbirov Sunday, May 28") or a caption label ("Ahmed Osmani Image: Reuters").
        while last > first && tokens[last].range.count >= 5
            && (CueWords.weekdays.contains(keys[last])
                || (CueWords.captionLabels.contains(keys[last]) && last + 1 < tokens.count
                    && s[tokens[last + 1].range.start] == ":"))
        {
            last -= 1
        }
        // Whole-run user entries and multi-word gazetteer places win before any cutting.
        let whole = gazetteer.flags(phraseKey(first, last))
        if !whole.isDisjoint(with: .user)
            || (last > first && !whole.isDisjoint(with: Gazetteer.Flags.place.union([.group, .organization])))
        {
            classify(first, last, sentence: index, in: sentence, titleCue: false, shouting: shouting)
            return
        }
        // A dateline keeps its words ("ST. PAUL" is a place, not the person "PAUL" after the title "St.").
        if isDateline(first, last, sentence) {
            classify(first, last, sentence: index, in: sentence, titleCue: false, shouting: shouting)
            return
        }
        // Cut off titles: "Chinese President Xi Jinping" gives "Chinese" and the person "Xi Jinping".
        var i = first
        let segmentStart = first
        while i <= last {
            var t = titleLength(at: i, upTo: last)
            while t > 0 && i + t <= last, titleLength(at: i + t, upTo: last) > 0, i + t < last {
                t += titleLength(at: i + t, upTo: last)
            }
            if t > 0 && i + t <= last && !isOrganizationHead(i + t, last) && !flags[last].contains(.placeLast) {
                if segmentStart < i {
                    classify(segmentStart, i - 1, sentence: index, in: sentence, titleCue: false, shouting: shouting)
                }
                classify(i + t, last, sentence: index, in: sentence, titleCue: true, shouting: shouting)
                return
            }
            if t > 0 && i == first && i + t > last {
                // A title alone ("the President") is not a name.
                return
            }
            i += 1
        }
        classify(segmentStart, last, sentence: index, in: sentence, titleCue: false, shouting: shouting)
    }

    /// Whether the words after a title end in an organization head ("Major League", "General Assembly").
    package func isOrganizationHead(_ first: Int, _ last: Int) -> Bool {
        flags[last].contains(.orgLast)
    }

    /// Records a mention found by `rule` (its confidence plus `bonus`) and takes its tokens.
    package mutating func add(
        _ first: Int, _ last: Int, _ kind: EntityKind, rule: EntityRule, _ sentence: Int, bonus: Double = 0,
        weak: Bool = false, canonical: String? = nil
    ) {
        add(
            first, last, kind, id: rule.id, confidence: rule.confidence + bonus, sentence, phase: rule.phase,
            weak: weak || rule.alwaysNeedsSupport, canonical: canonical)
    }

    package mutating func add(
        _ first: Int, _ last: Int, _ kind: EntityKind, id: String, confidence: Double, _ sentence: Int,
        phase: EntityRule.Phase, weak: Bool = false, canonical: String? = nil
    ) {
        found.append(
            Candidate(
                first: first, last: last, kind: kind, rule: id, confidence: min(0.99, max(0.05, confidence)),
                sentence: sentence, key: phraseKey(first, last), canonical: canonical, weak: weak, phase: phase))
        for t in first...last { taken[t] = true }
    }

    /// Gives the run `first...last` to the rules of `EntityRules.runRules` in order; the first that decides wins.
    package mutating func classify(
        _ firstIn: Int, _ last: Int, sentence index: Int, in sentence: Sentence, titleCue: Bool, shouting: Bool
    ) {
        var first = firstIn
        guard first <= last else { return }
        first = trimmedStart(first, last, sentence)
        // One letter alone ("P" of "S and P") is no name.
        if first == last && !shapes[first].contains(.allCaps) && letterCount(first) <= 1 { return }
        if isTicker(first, last) { return }
        // A holiday ("Easter sales") is no name of a person, place or organization.
        if first == last && CueWords.holidays.contains(keys[first]) { return }
        // An economic or market measure ("Gross National Product", "the Dow Jones index") is no name either.
        if isMeasure(first, last, sentence) { return }
        // Nor is an event, a prize, a law or a programme ("Davis Cup", "Tax Reform Act", "Export Enhancement Program").
        if tokens[last].range.count >= 3 && shapes[last].contains(.capitalized)
            && CueWords.otherNameHeads.contains(keys[last])
        {
            return
        }
        guard let (n, outcome) = decide(first, last, sentence, titleCue: titleCue, shouting: shouting) else { return }
        let rule = EntityRules.runRules[n]
        switch outcome {
        case .mention(let m):
            guard let kind = m.kind ?? rule.kind else { return }
            add(m.first, m.last, kind, rule: rule, index, bonus: m.bonus, weak: m.weak, canonical: m.canonical)
        case .retry(let from, let to):
            classify(from, to, sentence: index, in: sentence, titleCue: titleCue, shouting: shouting)
        case .notAName:
            break
        }
    }

    /// Whether `first...last` names a measure: several words ending in a measure word ("Consumer Price Index"), or
    /// a name before a lower-case measure noun ("the Nikkei average").
    package func isMeasure(_ first: Int, _ last: Int, _ sentence: Sentence) -> Bool {
        if first < last && CueWords.measureHeads.contains(keys[last]) { return true }
        guard var a = wordAfter(last, sentence), shapes[a].contains(.lower) else { return false }
        // One qualifier between: "the Dow Jones industrial average", "the Nikkei stock average".
        if CueWords.measureQualifiers.contains(keys[a]), let b = wordAfter(a, sentence), shapes[b].contains(.lower) {
            a = b
        }
        return CueWords.measureNouns.contains(keys[a])
    }

    /// The first run rule that decides about `first...last`, and its decision. The `RunView` lives only here: it shares
    /// this pass's arrays, and adding a mention while it is alive would copy them.
    package func decide(
        _ first: Int, _ last: Int, _ sentence: Sentence, titleCue: Bool, shouting: Bool
    ) -> (Int, RuleOutcome)? {
        let run = RunView(
            pass: self, first: first, last: last, sentence: sentence, titleCue: titleCue, shouting: shouting)
        for (n, match) in EntityRules.runMatchers.enumerated() {
            if let outcome = match.call(run) { return (n, outcome) }
        }
        return nil
    }

    /// A stock symbol in angle brackets after a company's name: "XOMA Corp <XOMA>" (news wires mark symbols so).
    package func isTicker(_ first: Int, _ last: Int) -> Bool {
        guard first == last, first >= 2, last + 1 < tokens.count, shapes[first].contains(.allCaps),
            tokens[first - 1].range.count == 1, s[tokens[first - 1].range.start] == "<",
            tokens[last + 1].range.count == 1, s[tokens[last + 1].range.start] == ">"
        else { return false }
        return shapes[first - 2].contains(.capitalized) || shapes[first - 2].contains(.allCaps)
    }

    /// A short acronym before a town: a club or company named after its home ("PSV Eindhoven", "AEK Athens").
    package func isClubName(_ acronym: Int, _ next: Int) -> Bool {
        tokens[acronym].range.count <= 4 && flags[next].contains(.city) && shapes[next].contains(.capitalized)
            && flags[acronym].isDisjoint(with: Gazetteer.Flags.place.union([.organization, .common]))
    }

    /// The letters of token `i`.
    package func letterCount(_ i: Int) -> Int {
        var n = 0
        for k in tokens[i].range.start..<tokens[i].range.end where Tokenizer.isLetter(s[k]) { n += 1 }
        return n
    }

    /// Where the name in `first...last` starts: after an unknown sentence-start word before a known name ("Progressive
    /// [Mérida] had") and after a leading nationality adjective ("American [Andy Warhol]").
    package func trimmedStart(_ firstIn: Int, _ last: Int, _ sentence: Sentence) -> Int {
        var first = firstIn
        let whole = gazetteer.flags(phraseKey(first, last))
        // Not a known organization ("Hansa Rostock") nor a club in a results line ("VfL Bochum 1").
        if first < last && isStartLike(first, sentence)
            && flags[first].isDisjoint(with: Gazetteer.Flags.place.union([.givenName, .surname, .orgFirst, .group]))
            && whole.isDisjoint(with: [.organization, .organizationKB]) && !isScoreLine(first, last)
        {
            let rest = gazetteer.flags(phraseKey(first + 1, last))
            if !rest.isDisjoint(with: Gazetteer.Flags.place.union(.group))
                && rest.isDisjoint(with: [.givenName, .surname])
            {
                return trimmedStart(first + 1, last, sentence)
            }
        }
        if first < last, whole.isDisjoint(with: Gazetteer.Flags.place.union([.group, .organization, .organizationKB])),
            let firstEntry = gazetteer.entry(keys[first]), firstEntry.flags.contains(.group),
            !firstEntry.flags.contains(.givenName), !firstEntry.flags.contains(.groupPlural),
            pluralGroup(last) == nil,
            !flags[last].contains(.orgLast), !hasHeadBeforeOf(first + 1, last)
        {
            first += 1
            return trimmedStart(first, last, sentence)
        }
        return first
    }

    /// A capital after the third letter following a lower-case letter, with no Mc/Mac prefix.
    package func isCamelCase(_ i: Int) -> Bool {
        let start = tokens[i].range.start
        let end = tokens[i].range.end
        guard end - start >= 4 else { return false }
        if s[start] == "M" && s[start + 1] == "c" { return false }
        if s[start] == "M" && s[start + 1] == "a" && s[start + 2] == "c" { return false }
        var k = start + 3
        while k < end {
            if Tokenizer.isUpper(s[k]) && Tokenizer.isLower(s[k - 1]) { return true }
            if s[k] == "-" || s[k] == "'" || s[k] == "\u{2019}" { return false }
            k += 1
        }
        return false
    }

    /// Letters only, capitalised but not all capitals, three letters or more.
    package func isPlainWord(_ i: Int) -> Bool {
        guard tokens[i].range.count >= 3, !shapes[i].contains(.allCaps) else { return false }
        for k in tokens[i].range.start..<tokens[i].range.end where !Tokenizer.isLetter(s[k]) && s[k] != "-" {
            return false
        }
        return true
    }

    package func isNextToNumber(_ i: Int, _ sentence: Sentence) -> Bool {
        (i > sentence.tokens.lowerBound && shapes[i - 1].contains(.number))
            || (i + 1 < sentence.tokens.upperBound && shapes[i + 1].contains(.number))
    }

    /// "School of Architecture", "University of Portsmouth": an organization word followed by "of" or "for".
    package func hasHeadBeforeOf(_ first: Int, _ last: Int) -> Bool {
        guard first < last else { return false }
        for k in first..<last where !flags[k].isDisjoint(with: [.orgFirst, .orgLast]) {
            if (shapes[k + 1].contains(.lower) || shapes[k + 1].contains(.allCaps))
                && CueWords.ofFor.contains(keys[k + 1])
            {
                return true
            }
        }
        return false
    }

    package func isPlaceContext(_ first: Int, _ last: Int, _ sentence: Sentence) -> Bool {
        if let b = wordBefore(first, sentence), CueWords.placePrepositions.contains(keys[b]) { return true }
        // "the town of X", "the village of X".
        if let b = wordBefore(first, sentence), CueWords.of.contains(keys[b]), let bb = wordBefore(b, sentence),
            shapes[bb].contains(.lower), CueWords.placeNouns.contains(keys[bb])
        {
            return true
        }
        // "X, Indiana", "X, Kazakhstan": a known region or country after a comma.
        if last + 2 < sentence.tokens.upperBound, s[tokens[last + 1].range.start] == ",",
            shapes[last + 2].contains(.capitalized),
            !flags[last + 2].isDisjoint(with: [.country, .subdivision])
        {
            return true
        }
        if let a = wordAfter(last, sentence), CueWords.placeNouns.contains(keys[a]) { return true }
        return false
    }

    package func isCommaPlaceContext(_ last: Int, _ sentence: Sentence) -> Bool {
        last + 2 < sentence.tokens.upperBound && s[tokens[last + 1].range.start] == ","
            && shapes[last + 2].contains(.capitalized)
            && (!flags[last + 2].isDisjoint(with: [.country, .subdivision]) || isStateAbbreviation(last + 2, sentence))
    }

    /// A US state or Canadian province abbreviation after a capitalised word and a comma, not followed by another
    /// capitalised word: "Vinita, [OK]", "Fresno, [Calif.] -", "the Paramus, [NJ] retail corridor".
    package func isStateAbbreviation(_ i: Int, _ sentence: Sentence) -> Bool {
        // Cheap tests first: this runs for every capitalised token.
        guard i >= sentence.tokens.lowerBound + 2, tokens[i - 1].range.count == 1, s[tokens[i - 1].range.start] == ",",
            tokens[i].range.count <= 6, shapes[i].contains(.capitalized), shapes[i - 2].contains(.capitalized),
            CueWords.stateAbbreviations.contains(keys[i])
        else { return false }
        // The town opens the sentence only in a dateline or as a known place ("Yesterday, Mass. was held" is no town).
        if isStartLike(i - 2, sentence) && !shapes[i - 2].contains(.allCaps)
            && flags[i - 2].isDisjoint(with: Gazetteer.Flags.place)
        {
            return false
        }
        // "Mass." is also a word: abbreviations of letters only need capitals or a period.
        let end = tokens[i].range.end
        guard shapes[i].contains(.allCaps) || s[end - 1] == "." || (end < s.count && s[end] == ".") else {
            return false
        }
        return i + 1 >= sentence.tokens.upperBound || !shapes[i + 1].contains(.capitalized)
    }

    package func isPersonContext(_ first: Int, _ last: Int, _ sentence: Sentence) -> Bool {
        if let b = wordBefore(first, sentence), gazetteer.flags(keys[b]).contains(.lowerTitle) { return true }
        return isSpeechCue(last, sentence) || isAgeCue(last, sentence)
    }

    /// "X said", "X, who", "X told".
    package func isSpeechCue(_ last: Int, _ sentence: Sentence) -> Bool {
        var j = last + 1
        if j < sentence.tokens.upperBound, s[tokens[j].range.start] == "," { j += 1 }
        return j < sentence.tokens.upperBound && shapes[j].contains(.lower) && CueWords.speechVerbs.contains(keys[j])
    }

    /// "X said in a statement".
    package func isStatementCue(_ last: Int, _ sentence: Sentence) -> Bool {
        let j = last + 1
        guard j + 4 < sentence.tokens.upperBound, CueWords.said.contains(keys[j]), CueWords.inWord.contains(keys[j + 1])
        else {
            return false
        }
        return CueWords.aWord.contains(keys[j + 2]) && CueWords.statement.contains(keys[j + 3])
    }

    /// Academic citations: "Smith (2011)", "Smith, 2011", "Smith et al.", "(Jasny, Chin, & Vignieri, 2011)".
    package func isCitationCue(_ last: Int, _ sentence: Sentence) -> Bool {
        let j = last + 1
        guard j + 1 < sentence.tokens.upperBound else { return false }
        let c = s[tokens[j].range.start]
        if (c == "(" || c == ",") && shapes[j + 1].contains(.number) && tokens[j + 1].range.count == 4 { return true }
        if c == "," || c == "&" || (shapes[j].contains(.lower) && CueWords.and.contains(keys[j])) {
            // A list of capitalised names ending in a year.
            var k = j
            while k < sentence.tokens.upperBound && k < j + 16 {
                let p = s[tokens[k].range.start]
                if shapes[k].contains(.number) { return tokens[k].range.count == 4 && (p == "1" || p == "2") }
                let ok =
                    p == "," || p == "&" || p == "." || shapes[k].contains(.capitalized)
                    || CueWords.and.contains(keys[k])
                    || (shapes[k].contains(.lower) && (keys[k] == CueWords.etKey || keys[k] == CueWords.alKey))
                if !ok { return false }
                k += 1
            }
            return false
        }
        return tokens[j].range.count == 2 && c == "e" && s[tokens[j].range.start + 1] == "t"
            && tokens[j + 1].range.count >= 2
            && s[tokens[j + 1].range.start] == "a" && s[tokens[j + 1].range.start + 1] == "l"
    }

    /// "X, 45,".
    package func isAgeCue(_ last: Int, _ sentence: Sentence) -> Bool {
        let j = last + 1
        guard j + 2 < sentence.tokens.upperBound else { return false }
        return s[tokens[j].range.start] == "," && shapes[j + 1].contains(.number) && tokens[j + 1].range.count <= 3
            && (s[tokens[j + 2].range.start] == "," || s[tokens[j + 2].range.start] == ".")
    }

    // MARK: User patterns

    package mutating func applyUserPatterns(_ sentence: Sentence, _ index: Int) {
        guard !userRules.patterns.isEmpty else { return }
        var i = sentence.tokens.lowerBound
        while i < sentence.tokens.upperBound {
            var matched = false
            for pattern in userRules.patterns {
                if let (start, end) = pattern.match(at: i, pass: self, sentence: sentence), start <= end,
                    !(start...end).contains(where: { taken[$0] })
                {
                    // User patterns are the user's explicit decision: high confidence whatever their id.
                    add(start, end, pattern.kind, id: pattern.rule, confidence: 0.9, index, phase: .user)
                    i = end + 1
                    matched = true
                    break
                }
            }
            if !matched { i += 1 }
        }
    }

    // MARK: Document pass

    /// The strongest evidence the document gives for a name.
    package struct Evidence: Sendable {
        package var kind: EntityKind
        package var confidence: Double
        package var strength: Int
    }

    /// How much a mention found in `phase` counts as evidence of its kind: a sure-fire cue or a list hit outweighs a
    /// weak cue ("X said") whatever their confidences.
    package static func strength(_ phase: EntityRule.Phase) -> Int {
        switch phase {
        case .user: 5
        case .sureFire: 4
        case .list: 3
        case .document: 2
        case .weak: 1
        case .fallback: 0
        }
    }

    /// Retypes `found[n]` as found by the document-pass `rule`.
    package mutating func retype(_ n: Int, _ rule: EntityRule, kind: EntityKind? = nil, confidence: Double? = nil) {
        found[n].kind = kind ?? rule.kind ?? found[n].kind
        found[n].rule = rule.id
        found[n].confidence = confidence ?? rule.confidence
        found[n].phase = .document
        found[n].weak = false
    }

    /// The document pass (propagation): gives weak mentions the kind of a stronger mention of the same name, parts of
    /// full person names the person kind, acronyms defined in parentheses the organization kind, names the document
    /// shows to be organizations the organization kind, and repeated names more confidence.
    package mutating func documentPass() {
        guard !found.isEmpty else { return }
        // KeyTable and KeySet rather than Dictionary and Set: the keys are hashes already (Hasher rounds and table growth
        // were about half of this pass's instructions).
        var counts = KeyTable<Int>(capacity: found.count)
        var singles = KeySet()
        var singleCounts = KeyTable<Int>()
        for c in found {
            if c.first == c.last && c.kind == .person {
                singles.insert(c.key)
                singleCounts[c.key, default: 0] += 1
            }
            counts[c.key, default: 0] += 1
        }
        // News refers to people by one part of their name after the first mention; a multi-word name repeated in full
        // three times or more, never shortened, with no personal-name evidence, names an organization ("Bitter Winter").
        // Names (and the first and last words of names) the document shows to be people by a title, a role, a known
        // given name, an age or a citation.
        var personEvidence = KeySet()
        // What can hold a name against organization evidence: a sure-fire person cue for the name itself, or the name
        // being the first or last word of a full person name ("Holt" after "Benjamin Holt"); a known given name alone
        // ("Shearson Lehman") gives way to "Shearson Lehman Brothers Inc".
        var personHold = KeySet()
        for c in found where c.kind == .person && ExtractionPass.strength(c.phase) >= 3 {
            personEvidence.insert(c.key)
            personEvidence.insert(keys[c.first])
            personEvidence.insert(keys[c.last])
            if ExtractionPass.strength(c.phase) >= 4 { personHold.insert(c.key) }
            if c.last > c.first {
                personHold.insert(keys[c.first])
                personHold.insert(keys[c.last])
            }
        }
        for n in found.indices {
            let c = found[n]
            guard c.kind == .person, c.last > c.first else { continue }
            let shortened = singles.contains(keys[c.first]) || singles.contains(keys[c.last])
            if (counts[c.key] ?? 0) >= 3 && !personEvidence.contains(c.key) && !shortened {
                retype(n, EntityRules.organizationRepeatedFullName)
            } else if c.weak && max(singleCounts[keys[c.first]] ?? 0, singleCounts[keys[c.last]] ?? 0) >= 2
                && c.last - c.first <= 2 && !lowerVocabulary.contains(keys[c.last])
                && !(c.last + 1 < tokens.count && shapes[c.last + 1].contains(.number))
                && (c.first...c.last).allSatisfy({
                    shapes[$0].contains(.capitalized)
                        && !shapes[$0].contains(.allCaps)
                        && flags[$0].isDisjoint(with: [.common, .orgLast, .placeLast, .orgFirst])
                })
            {
                // A full name whose words also stand alone elsewhere ("Zhanargul Zhumatai", later "Zhanargul").
                retype(n, EntityRules.personRepeatedName)
            }
        }
        // An acronym used more than once is taken as a name; one spelled out in lower-case words is a term ("SST").
        var terms = KeySet()
        for c in found
        where c.first == c.last && c.first >= 2 && shapes[c.first].contains(.allCaps)
            && s[tokens[c.first - 1].range.start] == "(" && shapes[c.first - 2].contains(.lower)
        {
            terms.insert(c.key)
        }
        var organizationInitials = Set<String>()
        for c in found where c.kind == .organization && c.last > c.first { organizationInitials.insert(initials(c)) }
        let acronymRule = EntityRules.organizationAcronym.id
        for n in found.indices where found[n].rule == acronymRule {
            if terms.contains(found[n].key) {
                found[n].weak = true
            } else if (counts[found[n].key] ?? 0) >= 2 || organizationInitials.contains(capitals(found[n].first)) {
                // Used twice, or the initials of an organization named in the text.
                found[n].weak = false
            }
        }
        // Names the document shows to be organizations by naming them with a legal form or head word, with the
        // strength of that evidence ("Ospanov Holdings Inc" gives "Ospanov Holdings" and "Ospanov"); the same name in
        // full is the same-name rule's.
        var organizationNames = KeyTable<Int>()
        for c in found where c.kind == .organization && !c.weak && ExtractionPass.strength(c.phase) >= 3 {
            let strength = ExtractionPass.strength(c.phase)
            if let possessive = (c.first...c.last).first(where: { shapes[$0].contains(.possessive) }),
                possessive > c.first
            {
                let key = phraseKey(c.first, possessive - 1)
                organizationNames[key] = max(organizationNames[key] ?? 0, strength)
            }
            // The first word of a company of three words or more ("Corby Distilleries Ltd": "Corby said").
            if c.rule == EntityRules.organizationLegalForm.id, c.last - c.first >= 2,
                shapes[c.first].contains(.capitalized),
                flags[c.first].isDisjoint(with: [.orgFirst, .common, .legalForm]),
                !shapes[c.first].contains(.possessive)
            {
                organizationNames[keys[c.first]] = max(organizationNames[keys[c.first]] ?? 0, strength)
            }
            var end = c.last
            while end > c.first && !flags[end].isDisjoint(with: [.legalForm, .orgLast, .connector, .genericHead]) {
                end -= 1
                if flags[end].isDisjoint(with: [.legalForm, .orgLast, .connector, .genericHead])
                    && !shapes[end].contains(.possessive)
                {
                    let key = phraseKey(c.first, end)
                    organizationNames[key] = max(organizationNames[key] ?? 0, strength)
                }
            }
        }
        // A town the document names as a team ("Leeds 1 Wimbledon 0", "Lecce striker") is the team wherever a list
        // of places gave it: a sports report rarely names the town itself.
        let teamRules = [EntityRules.organizationTeamScore.id, EntityRules.organizationTeamCue.id]
        var teams = Set<UInt64>()
        for c in found where teamRules.contains(c.rule) && gazetteer.flags(c.key).isDisjoint(with: [.country, .region])
        {
            teams.insert(c.key)
        }
        if !teams.isEmpty {
            let listPlaces = [EntityRules.placeCity.id, EntityRules.placeGazetteer.id, EntityRules.placeContextCue.id]
            for n in found.indices where teams.contains(found[n].key) && listPlaces.contains(found[n].rule) {
                retype(n, EntityRules.organizationSameName, confidence: found[n].confidence)
            }
        }
        // The strongest evidence for each name: first by strength, then by confidence.
        var strongest = KeyTable<Evidence>(capacity: found.count)
        var personParts = KeySet()
        let placeRule = EntityRules.placeGazetteer.id
        for c in found {
            let strength =
                c.rule == placeRule
                ? ExtractionPass.strength(.sureFire) : ExtractionPass.strength(c.phase)
            if c.confidence >= 0.6, !c.weak,
                strongest[c.key].map({
                    $0.strength < strength || ($0.strength == strength && $0.confidence < c.confidence)
                })
                    ?? true
            {
                strongest[c.key] = Evidence(kind: c.kind, confidence: c.confidence, strength: strength)
            }
            if c.kind == .person && c.last > c.first && !c.weak {
                personParts.insert(keys[c.first])
                personParts.insert(keys[c.last])
            }
        }
        for n in found.indices {
            let c = found[n]
            // Acronym defined right after a name: "Chinese Communist Party (CCP)".
            if c.first == c.last, shapes[c.first].contains(.allCaps), c.first >= 2,
                s[tokens[c.first - 1].range.start] == "(", let previous = found[..<n].last,
                previous.last == c.first - 2,
                previous.kind == .organization || initialsMatch(previous, c.first)
            {
                let rule = EntityRules.organizationAcronymDefinition
                retype(n, rule, kind: previous.kind == .person ? .organization : previous.kind)
                strongest[c.key] = Evidence(
                    kind: found[n].kind, confidence: found[n].confidence, strength: ExtractionPass.strength(.sureFire))
                continue
            }
            let strength = ExtractionPass.strength(c.phase)
            // A weak cue never overrides stronger evidence of another kind: "Ospanov said" after "Ospanov Holdings Inc".
            // A known given name alone gives way to sure-fire evidence too: "Lane" after "Lane's stockholders".
            let givenNameAlone = c.kind == .person && c.phase == .list && c.first == c.last
            if c.kind == .person, let organization = organizationNames[c.key], organization > strength,
                !personHold.contains(c.key)
            {
                retype(n, EntityRules.organizationSameOrganization)
            } else if c.rule == EntityRules.placeCity.id, (organizationNames[c.key] ?? 0) >= 4,
                !flags[c.first].contains(.bigCity), !isPlaceContext(c.first, c.last, document.sentences[c.sentence])
            {
                // A small town's name that the document gives a company ("Dome Petroleum Ltd", then "Dome said").
                retype(n, EntityRules.organizationSameOrganization)
            } else if c.confidence < 0.6 || c.weak || c.phase == .weak || givenNameAlone {
                // A weak cue with confidence gives way only to sure-fire context or a country, region or
                // multi-word place, and not where the document has strong evidence of its own kind.
                let unsure = c.confidence < 0.6 || c.weak
                if let strong = strongest[c.key], strong.kind != c.kind || c.weak,
                    unsure || (strong.strength >= 4 && !(c.kind == .person && personHold.contains(c.key))),
                    !(c.first == c.last && lowerVocabulary.contains(c.key)),
                    let rule = EntityRules.sameName(strong.kind)
                {
                    retype(n, rule, confidence: max(c.confidence, strong.confidence - 0.1))
                } else if c.confidence < 0.6 || c.weak, !(c.first == c.last && lowerVocabulary.contains(c.key)),
                    c.first == c.last, personParts.contains(c.key), c.kind != .group
                {
                    retype(n, EntityRules.personNamePart)
                }
            }
            if found[n].weak { continue }
            let repeats = (counts[c.key] ?? 1) - 1
            if repeats > 0 { found[n].confidence = min(0.99, found[n].confidence + min(0.15, 0.05 * Double(repeats))) }
        }
        typeCoordinatedNames()
    }

    /// Names listed together ("Edgewater, Cliffside Park and Leonia", "Albert and Marcia") are of one kind: an
    /// unsupported name in a list takes the kind of the list's names that lists or sure-fire cues typed, when they agree.
    package mutating func typeCoordinatedNames() {
        guard found.count >= 2 else { return }
        // Candidates are found in text order (only user patterns can come first): sort only when needed. Indices, not
        // candidates, are passed around (a candidate holds strings: copying it costs reference counting).
        let inOrder = found.indices.dropFirst().allSatisfy { found[$0 - 1].first < found[$0].first }
        let order = inOrder ? [] : found.indices.sorted { found[$0].first < found[$1].first }
        let n = found.count
        var start = 0
        while start < n {
            var end = start
            var conjunction = false
            while end + 1 < n {
                let a = inOrder ? end : order[end]
                let b = inOrder ? end + 1 : order[end + 1]
                guard let joint = coordination(a, b) else { break }
                conjunction = conjunction || joint
                end += 1
            }
            if end > start && conjunction {
                let members = (start...end).map { inOrder ? $0 : order[$0] }
                var kind: EntityKind?
                var agree = true
                for m in members
                where !found[m].weak && found[m].confidence >= 0.6 && ExtractionPass.strength(found[m].phase) >= 3 {
                    if kind == nil { kind = found[m].kind } else if kind != found[m].kind { agree = false }
                }
                if agree, let kind, let rule = EntityRules.coordination(kind) {
                    for m in members where found[m].weak && isListableName(found[m]) { retype(m, rule, kind: kind) }
                }
            }
            start = end + 1
        }
    }

    /// Whether an unsupported candidate may take its kind from a list: not a word the text uses in lower case, no
    /// sentence opener ("Stay, Sonia"), no title, common word or acronym, and not a name followed by "of" ("Wong Pik-wan
    /// of the Civic Party").
    package func isListableName(_ c: Candidate) -> Bool {
        if c.first == c.last
            && (lowerVocabulary.contains(c.key) || isStartLike(c.first, document.sentences[c.sentence]))
        {
            return false
        }
        if c.first == c.last && shapes[c.first].contains(.allCaps) { return false }
        if (c.first...c.last).contains(where: {
            !flags[$0].isDisjoint(with: [.title, .lowerTitle, .common, .legalForm]) && !shapes[$0].contains(.lower)
        }) {
            return false
        }
        return !(c.last + 1 < tokens.count && keys[c.last + 1] == CueWords.ofKey)
    }

    /// Whether candidate `b` follows candidate `a` in the same sentence across a list separator only (",", "and", "or",
    /// "&", ", and"): nil if not, else whether the separator holds a conjunction.
    package func coordination(_ a: Int, _ b: Int) -> Bool? {
        let aLast = found[a].last
        let bFirst = found[b].first
        guard bFirst > aLast + 1, bFirst - aLast <= 3, found[a].sentence == found[b].sentence else { return nil }
        var sawComma = false
        var sawWord = false
        for k in (aLast + 1)..<bFirst {
            if tokens[k].range.count == 1 && s[tokens[k].range.start] == "," && !sawComma && !sawWord {
                sawComma = true
            } else if (keys[k] == CueWords.andKey || keys[k] == CueWords.orKey || s[tokens[k].range.start] == "&")
                && !sawWord && !shapes[k].contains(.capitalized)
            {
                sawWord = true
            } else {
                return nil
            }
        }
        return sawWord
    }

    /// Drops default-rule mentions that nothing else in the document supports.
    package mutating func dropUnsupported() {
        found.removeAll { $0.weak }
    }

    /// Whether the capitals of `acronym` are the initials of the candidate's capitalised words.
    package func initialsMatch(_ c: Candidate, _ acronym: Int) -> Bool {
        initials(c) == capitals(acronym)
    }

    /// The first letters of a candidate's capitalised words ("Chinese Communist Party": "CCP").
    package func initials(_ c: Candidate) -> String {
        var out = String.UnicodeScalarView()
        for t in c.first...c.last where shapes[t].contains(.capitalized) { out.append(s[tokens[t].range.start]) }
        return String(out)
    }

    /// The capital letters of token `i` ("U.S." gives "US").
    package func capitals(_ i: Int) -> String {
        var out = String.UnicodeScalarView()
        for k in tokens[i].range.start..<tokens[i].range.end where Tokenizer.isUpper(s[k]) { out.append(s[k]) }
        return String(out)
    }
}
