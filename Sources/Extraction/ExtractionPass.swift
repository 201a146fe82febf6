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

    package mutating func run() -> [Mention] {
        var headlines = [Bool](repeating: false, count: document.sentences.count)
        for (index, sentence) in document.sentences.enumerated() {
            headlines[index] = isHeadline(sentence)
            guard !headlines[index] else { continue }
            var previousIsWord = false
            for i in sentence.tokens {
                if shapes[i].contains(.capitalized) && previousIsWord { capitalVocabulary.insert(keys[i]) }
                previousIsWord =
                    shapes[i].contains(.word) || shapes[i].contains(.number)
                    || (tokens[i].range.count == 1 && s[tokens[i].range.start] == ",")
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
        documentPass()
        dropUnsupported()
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
        for i in sentence.tokens {
            let shape = shapes[i]
            guard shape.contains(.word) else { continue }
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
        let acronym = shape.contains(.allCaps) && !shouting
        if !acronym && startsKnownPhrase(i, sentence) { return true }
        if f.contains(.common) && !acronym {
            // Capitalised common words are names only when the gazetteer also knows them as names, mid-sentence,
            // or when they open a name that ends in a head word ("Royal Society", "National Park").
            if isStartLike(i, sentence) || headline { return false }
            if f.isDisjoint(with: Gazetteer.Flags.place.union([.group, .orgLast]))
                && (isShortFunctionWord(i) || !leadsToHeadWord(i, sentence))
            {
                return false
            }
        }
        if acronym { return true }
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
        while j < sentence.tokens.upperBound && j <= i + 3 && shapes[j].contains(.capitalized) {
            if !flags[j].isDisjoint(with: [.orgLast, .placeLast]) { return true }
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
                    with: Gazetteer.Flags.place.union([.group, .organization]).union(.user))
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
                with: Gazetteer.Flags.place.union([.group, .orgFirst, .orgLast, .organization]).union(.user))
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
        var hasOrgWord = !flags[first].isDisjoint(with: [.orgFirst, .orgLast, .placeLast])
        var j = last + 1
        let end = sentence.tokens.upperBound
        while j < end, !taken[j] {
            // An acronym does not run into an ordinary capitalised word ("NASA T-shirt"), only into head words or acronyms.
            if last == first && shapes[first].contains(.allCaps) && !shouting && !shapes[j].contains(.allCaps)
                && flags[j].isDisjoint(with: [.orgLast, .placeLast]) && !leadsToHeadWord(first, sentence)
            {
                break
            }
            // Arabic and French particles joined to a name: "Abd al-Karim Qasim", "Patrizia d'Ettorre".
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
                if !flags[j].isDisjoint(with: [.orgFirst, .orgLast]) { hasOrgWord = true }
                j += 1
                continue
            }
            guard shapes[j].contains(.word) || s[tokens[j].range.start] == "&" else { break }
            // Up to two connecting words ("for the") between capitalised words of an organization name.
            var k = j
            var isConnector = true
            while k < end, k < j + 2, shapes[k].contains(.lower) || s[tokens[k].range.start] == "&" {
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
            if !flags[k].isDisjoint(with: [.orgFirst, .orgLast]) { hasOrgWord = true }
            j = k + 1
        }
        return last
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
        // Whole-run user entries and multi-word gazetteer places win before any cutting.
        let whole = gazetteer.flags(phraseKey(first, last))
        if !whole.isDisjoint(with: .user)
            || (last > first && !whole.isDisjoint(with: Gazetteer.Flags.place.union([.group, .organization])))
        {
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

    package mutating func add(
        _ first: Int, _ last: Int, _ kind: EntityKind, _ rule: String, _ sentence: Int, bonus: Double = 0,
        canonical: String? = nil
    ) {
        var conf = RuleTable.confidence(rule) + bonus
        conf = min(0.99, max(0.05, conf))
        found.append(
            Candidate(
                first: first, last: last, kind: kind, rule: rule, confidence: conf, sentence: sentence,
                key: phraseKey(first, last), canonical: canonical, weak: RuleTable.isDefault(rule)))
        for t in first...last { taken[t] = true }
    }

    package mutating func classify(
        _ firstIn: Int, _ last: Int, sentence index: Int, in sentence: Sentence, titleCue: Bool, shouting: Bool
    ) {
        var first = firstIn
        guard first <= last else { return }
        let key = phraseKey(first, last)
        let entry = gazetteer.entry(key)
        let whole = entry?.flags ?? []
        let single = first == last
        let before = wordBefore(first, sentence)
        let after = wordAfter(last, sentence)
        let nextIsPossessive = last + 1 < sentence.tokens.upperBound && shapes[last + 1].contains(.possessive)

        // An unknown capitalised first word of a sentence before a known name: "Progressive Mérida had".
        if !single && isStartLike(first, sentence)
            && flags[first].isDisjoint(with: Gazetteer.Flags.place.union([.givenName, .surname, .orgFirst, .group]))
        {
            let rest = gazetteer.flags(phraseKey(first + 1, last))
            if !rest.isDisjoint(with: Gazetteer.Flags.place.union(.group))
                && rest.isDisjoint(with: [.givenName, .surname])
            {
                classify(first + 1, last, sentence: index, in: sentence, titleCue: titleCue, shouting: shouting)
                return
            }
        }
        // 1. User gazetteer.
        if let kind = userKind(whole) {
            add(first, last, kind, "user.gazetteer", index)
            return
        }
        // 2. Groups: plural forms always, singular forms only used as nouns ("a Kazakh", "the Kazakh said").
        if whole.contains(.group), let entry {
            let canonical = gazetteer.groupName(entry)
            if whole.contains(.groupPlural) {
                add(first, last, .group, "group.gazetteer", index, canonical: canonical)
                return
            }
            let invariant =
                gazetteer.groupName(entry)
                == document.text[TextRange(tokens[first].range.start, tokens[last].range.end)]
            let language = before.map { CueWords.languageVerbs.contains(keys[$0]) } ?? false
            let afterThe = before.map { CueWords.the.contains(keys[$0]) } ?? false
            if invariant && !language && afterThe
                && (after.map { CueWords.afterGroupNoun.contains(keys[$0]) } ?? !nextIsPossessive)
            {
                add(first, last, .group, "group.demonym-noun", index, canonical: canonical)
                return
            }
            let nounUse =
                after == nil && !nextIsPossessive && before.map { CueWords.nounDeterminers.contains(keys[$0]) } == true
            if nounUse {
                add(first, last, .group, "group.demonym-noun", index, canonical: canonical)
                return
            }
            if single { return }  // an adjective: "Kazakh dissident"
        }
        // A plural group name after other capitalised words: "Black Americans", "English-speaking Americans".
        if !single, let g = pluralGroup(last) {
            add(last, last, .group, "group.gazetteer", index, canonical: g)
            return
        }
        if single, !whole.contains(.group),
            whole.isDisjoint(with: Gazetteer.Flags.place.union([.givenName, .surname])),
            let g = pluralGroup(first)
        {
            add(first, last, .group, "group.morphology", index, canonical: g)
            return
        }
        // A leading nationality adjective is not part of a name: "American Andy Warhol".
        if !single, let firstEntry = gazetteer.entry(keys[first]), firstEntry.flags.contains(.group),
            !firstEntry.flags.contains(.givenName),
            !firstEntry.flags.contains(.groupPlural), whole.isDisjoint(with: Gazetteer.Flags.place),
            !flags[last].contains(.orgLast) || first + 1 == last, !hasHeadBeforeOf(first + 1, last)
        {
            first += 1
            classify(first, last, sentence: index, in: sentence, titleCue: titleCue, shouting: shouting)
            return
        }
        // Well-known organizations.
        if whole.contains(.organization) && !titleCue {
            add(first, last, .organization, "organization.gazetteer", index)
            return
        }
        // 3. Title cue.
        if titleCue && whole.isDisjoint(with: [.country, .region]) && !flags[last].contains(.orgLast) {
            add(first, last, .person, "person.title-cue", index, bonus: whole.contains(.givenName) ? 0.05 : 0)
            return
        }
        // A country or city standing for its team: "Belgium defeated Panama".
        if !whole.isDisjoint(with: [.country, .city]), let a = after, CueWords.teamVerbs.contains(keys[a]) {
            add(first, last, .organization, "organization.team-cue", index)
            return
        }
        // 4. Countries, regions and multi-word places.
        if !whole.isDisjoint(with: [.country, .region, .subdivision])
            || (!single && !whole.isDisjoint(with: Gazetteer.Flags.place))
        {
            if !(single && isPersonContext(first, last, sentence) && !whole.isDisjoint(with: [.givenName, .surname])) {
                add(first, last, .place, "place.gazetteer", index)
                return
            }
        }
        // 5. Organization head word: "Foreign Ministry", "University of Portsmouth".
        if !single && (flags[last].contains(.orgLast) || hasHeadBeforeOf(first, last)) {
            add(first, last, .organization, "organization.head-word", index)
            return
        }
        // A head word alone, mid-sentence and capitalised: "the Senate", "the Court".
        if single && flags[first].contains(.orgLast) && !isStartLike(first, sentence)
            && whole.isDisjoint(with: Gazetteer.Flags.place)
            && !shapes[first].contains(.allCaps)
        {
            add(first, last, .organization, "organization.head-word", index, bonus: -0.2)
            return
        }
        // 6. Acronym: "NATO", "CCP" (not in an all-capitals line).
        if single && shapes[first].contains(.allCaps) && !shouting && tokens[first].range.count <= 7 {
            if !whole.isDisjoint(with: Gazetteer.Flags.place) {
                add(first, last, .place, "place.gazetteer", index)
            } else {
                add(first, last, .organization, "organization.acronym", index)
                found[found.count - 1].weak = true
                // Next to a number it is a unit or currency ("250 MXN"); common technical acronyms are not names.
                if isNextToNumber(first, sentence) || whole.contains(.common) {
                    found.removeLast(); taken[first] = false
                }
            }
            return
        }
        if single && isCitationCue(last, sentence) && whole.isDisjoint(with: [.country, .region, .subdivision]) {
            add(first, last, .person, "person.citation-cue", index)
            return
        }
        if let a = after, CueWords.personNouns.contains(keys[a]), last - first <= 2 {
            add(first, last, .person, "person.speech-cue", index)
            return
        }
        // Inner capitals mark brands and organizations: "LibriVox", "YouTube" (not "McDonald", "DeVito").
        if single && whole.isDisjoint(with: Gazetteer.Flags.place.union([.givenName, .surname])) && isCamelCase(first) {
            add(first, last, .organization, "organization.camel-case", index)
            return
        }
        // 7. Single-word places: cities, unless the context says person.
        if single && !whole.isDisjoint(with: Gazetteer.Flags.place) {
            let nameToo = !whole.isDisjoint(with: [.givenName, .surname])
            if !nameToo || isPlaceContext(first, last, sentence)
                || (whole.contains(.bigCity) && !isPersonContext(first, last, sentence))
            {
                add(
                    first, last, .place, "place.gazetteer", index,
                    bonus: isPlaceContext(first, last, sentence) ? 0.05 : 0)
                return
            }
        }
        // 8. Place head words: "Hotan Prefecture", "Lake Baikal".
        if !single && (flags[last].contains(.placeLast) || flags[first].contains(.placeFirst)) {
            add(first, last, .place, "place.head-word", index)
            return
        }
        // 9. Role, age and speech cues before the generic name rules.
        if let b = before, gazetteer.flags(keys[b]).contains(.lowerTitle) {
            add(first, last, .person, "person.role-cue", index)
            return
        }
        if let b = before, CueWords.organizationNouns.contains(keys[b]), last - first < 5 {
            add(first, last, .organization, "organization.context-cue", index)
            return
        }
        // 10. Given names and surnames.
        let firstIsGiven = flags[first].contains(.givenName)
        // The other words must not be ordinary lower-case words of this text ("Fan Responses", "Moon Rocks").
        let restIsNameLike =
            single
            || ((first + 1)...last).allSatisfy {
                !lowerVocabulary.contains(keys[$0]) || flags[$0].contains(.surname) || hasNameParticlePrefix($0)
            }
        // With a surname as the only evidence, only two words whose first is no ordinary or organization word.
        let surnameOnly =
            !firstIsGiven && flags[last].contains(.surname) && last == first + 1
            && !lowerVocabulary.contains(keys[first])
            && flags[first].isDisjoint(with: [.common, .orgFirst, .orgLast, .placeFirst, .organization])
        if !single && last - first <= 3 && (firstIsGiven || surnameOnly) && restIsNameLike {
            add(
                first, last, .person, "person.given-name", index,
                bonus: firstIsGiven && flags[last].contains(.surname) ? 0.1 : 0)
            // People are seldom "the X Y": after "the" it is more often a work, a product or a place.
            if let b = before, CueWords.the.contains(keys[b]) { found[found.count - 1].weak = true }
            return
        }
        if isAgeCue(last, sentence) {
            add(first, last, .person, "person.age-cue", index)
            return
        }
        if last - first <= 3 && isSpeechCue(last, sentence) {
            if isStatementCue(last, sentence) {
                add(first, last, .organization, "organization.statement-cue", index)
            } else {
                add(first, last, .person, "person.speech-cue", index)
            }
            return
        }
        if isCitationCue(last, sentence) {
            add(first, last, .person, "person.citation-cue", index)
            return
        }
        if last - first <= 2 && isPlaceContext(first, last, sentence) && !flags[first].contains(.givenName)
            && isPlainWord(first)
            && !nextIsPossessive && !isStartLike(first, sentence) && !lowerVocabulary.contains(keys[first])
            && (single || isCommaPlaceContext(last, sentence))
        {
            add(first, last, .place, "place.context-cue", index)
            return
        }
        let ordinaryWord = lowerVocabulary.contains(keys[first])
        if single && flags[first].contains(.givenName) && !ordinaryWord {
            add(first, last, .person, "person.given-name", index, bonus: -0.15)
            // At a sentence start a given name is also often an ordinary word: keep it if the text supports it.
            if isStartLike(first, sentence) && !isSpeechCue(last, sentence) { found[found.count - 1].weak = true }
            return
        }
        if single && flags[first].contains(.surname) && !ordinaryWord {
            add(first, last, .person, "person.surname", index)
            if isStartLike(first, sentence) { found[found.count - 1].weak = true }
            return
        }
        // 11. Defaults.
        if last - first >= 3 {
            add(first, last, .organization, "organization.capitalized-name", index)
        } else if single && nextIsPossessive && !isStartLike(first, sentence) && !lowerVocabulary.contains(keys[first])
        {
            add(first, last, .person, "person.possessive-cue", index)
        } else if single {
            add(first, last, .person, "person.capitalized-word", index)
        } else if s[tokens[first].range.start].value >= 0x370 && !isStartLike(first, sentence) {
            // Cased scripts the gazetteers do not cover (Cyrillic, Greek, Armenian): capitals mid-sentence are the evidence.
            add(first, last, .person, "person.non-latin-name", index)
        } else {
            add(first, last, .person, "person.capitalized-name", index)
        }
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

    package func userKind(_ f: Gazetteer.Flags) -> EntityKind? {
        if f.contains(.userPerson) { return .person }
        if f.contains(.userPlace) { return .place }
        if f.contains(.userOrganization) { return .organization }
        if f.contains(.userGroup) { return .group }
        return nil
    }

    /// "School of Architecture", "University of Portsmouth": an organization word followed by "of" or "for".
    package func hasHeadBeforeOf(_ first: Int, _ last: Int) -> Bool {
        guard first < last else { return false }
        for k in first..<last where !flags[k].isDisjoint(with: [.orgFirst, .orgLast]) {
            if shapes[k + 1].contains(.lower) && CueWords.ofFor.contains(keys[k + 1]) { return true }
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
            && !flags[last + 2].isDisjoint(with: [.country, .subdivision])
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
                    add(start, end, pattern.kind, pattern.rule, index, bonus: 0.4)
                    i = end + 1
                    matched = true
                    break
                }
            }
            if !matched { i += 1 }
        }
    }

    // MARK: Document pass

    /// Gives weak mentions the kind of a stronger mention of the same name, parts of full person names the person kind,
    /// acronyms defined in parentheses the organization kind, and repeated names more confidence.
    package mutating func documentPass() {
        guard !found.isEmpty else { return }
        var strongest: [UInt64: (kind: EntityKind, confidence: Double)] = [:]
        var counts: [UInt64: Int] = [:]
        var singles = Set<UInt64>()
        var singleCounts: [UInt64: Int] = [:]
        for c in found {
            if c.first == c.last && c.kind == .person {
                singles.insert(c.key)
                singleCounts[c.key, default: 0] += 1
            }
            counts[c.key, default: 0] += 1
        }
        // News refers to people by one part of their name after the first mention; a multi-word name repeated in full
        // three times or more, never shortened, with no personal-name evidence, names an organization ("Bitter Winter").
        var personEvidence = Set<UInt64>()
        for c in found where c.kind == .person && RuleTable.isPersonalNameEvidence(c.rule) {
            personEvidence.insert(c.key)
        }
        for n in found.indices {
            let c = found[n]
            guard c.kind == .person, c.last > c.first else { continue }
            let shortened = singles.contains(keys[c.first]) || singles.contains(keys[c.last])
            if (counts[c.key] ?? 0) >= 3 && !personEvidence.contains(c.key) && !shortened {
                found[n].kind = .organization
                found[n].rule = "organization.repeated-full-name"
                found[n].confidence = RuleTable.confidence("organization.repeated-full-name")
                found[n].weak = false
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
                found[n].weak = false
                found[n].rule = "person.repeated-name"
                found[n].confidence = RuleTable.confidence("person.repeated-name")
            }
        }
        // An acronym used more than once is taken as a name; one spelled out in lower-case words is a term ("SST").
        var terms = Set<UInt64>()
        for c in found
        where c.first == c.last && c.first >= 2 && shapes[c.first].contains(.allCaps)
            && s[tokens[c.first - 1].range.start] == "(" && shapes[c.first - 2].contains(.lower)
        {
            terms.insert(c.key)
        }
        var organizationInitials = Set<String>()
        for c in found where c.kind == .organization && c.last > c.first { organizationInitials.insert(initials(c)) }
        for n in found.indices where found[n].rule == "organization.acronym" {
            if terms.contains(found[n].key) {
                found[n].weak = true
                found[n].rule = "organization.acronym-term"
            } else if (counts[found[n].key] ?? 0) >= 2 || organizationInitials.contains(capitals(found[n].first)) {
                // Used twice, or the initials of an organization named in the text.
                found[n].weak = false
            }
        }
        var personParts = Set<UInt64>()
        for c in found {
            if c.confidence >= 0.6, !c.weak, (strongest[c.key]?.confidence ?? 0) < c.confidence {
                strongest[c.key] = (c.kind, c.confidence)
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
                found[n].kind = previous.kind == .person ? .organization : previous.kind
                found[n].rule = "organization.acronym-definition"
                found[n].confidence = RuleTable.confidence("organization.acronym-definition")
                found[n].weak = false
                strongest[c.key] = (found[n].kind, found[n].confidence)
                continue
            }
            if (c.confidence < 0.6 || c.weak) && !(c.first == c.last && lowerVocabulary.contains(c.key)) {
                if let strong = strongest[c.key], strong.kind != c.kind || c.weak {
                    found[n].kind = strong.kind
                    found[n].rule = strong.kind.rawValue + ".same-name"
                    found[n].confidence = max(c.confidence, strong.confidence - 0.1)
                    found[n].weak = false
                } else if c.first == c.last, personParts.contains(c.key), c.kind != .group {
                    found[n].kind = .person
                    found[n].rule = "person.name-part"
                    found[n].confidence = RuleTable.confidence("person.name-part")
                    found[n].weak = false
                }
            }
            if found[n].weak { continue }
            let repeats = (counts[c.key] ?? 1) - 1
            if repeats > 0 { found[n].confidence = min(0.99, found[n].confidence + min(0.15, 0.05 * Double(repeats))) }
        }
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
