import NewsGraphCore
import NewsGraphText

/// A run of name tokens as the entity rules see it: its words, what the gazetteers know about them, and the words
/// around it, asked by name (`run.wordAfter(in: CueWords.teamVerbs)`) rather than read from scalar buffers.
///
/// Token positions are document token indices; `first...last` is the run being classified.
package struct RunView {
    let pass: ExtractionPass
    package let sentence: Sentence
    package let first: Int
    package let last: Int
    /// The run follows a title ("President [Xi Jinping]").
    package let titleCue: Bool
    /// The sentence is written in capitals (a headline).
    package let shouting: Bool
    /// What the gazetteers know about the whole run as one phrase.
    package let whole: Gazetteer.Flags
    package let entry: Gazetteer.Entry?
    /// The word right before the run, if the token before it is a word.
    package let before: Int?
    /// The word right after the run, if the token after it is a word.
    package let after: Int?
    /// A possessive `'s` follows the run.
    package let nextIsPossessive: Bool

    init(pass: ExtractionPass, first: Int, last: Int, sentence: Sentence, titleCue: Bool, shouting: Bool) {
        self.pass = pass
        self.sentence = sentence
        self.first = first
        self.last = last
        self.titleCue = titleCue
        self.shouting = shouting
        let key = pass.phraseKey(first, last)
        entry = pass.gazetteer.entry(key)
        whole = entry?.flags ?? []
        before = pass.wordBefore(first, sentence)
        after = pass.wordAfter(last, sentence)
        nextIsPossessive = last + 1 < sentence.tokens.upperBound && pass.shapes[last + 1].contains(.possessive)
    }

    // MARK: The run

    /// One word.
    package var single: Bool { first == last }
    /// Number of words after the first (0 for one word).
    package var extent: Int { last - first }
    /// The run's text.
    package var text: String {
        pass.document.text[TextRange(pass.tokens[first].range.start, pass.tokens[last].range.end)]
    }

    /// What the gazetteers know about token `i` alone.
    package func flags(_ i: Int) -> Gazetteer.Flags { pass.gazetteer.flags(pass.keys[i]) }
    /// Whether the whole run is known with any of `flags`.
    package func wholeIs(_ flags: Gazetteer.Flags) -> Bool { !whole.isDisjoint(with: flags) }
    /// Whether token `i` is known with any of `flags`.
    package func word(_ i: Int, is flags: Gazetteer.Flags) -> Bool { !pass.flags[i].isDisjoint(with: flags) }
    /// Whether the tokens `from...to` are known together with any of `flags`.
    package func phrase(_ from: Int, _ to: Int, is flags: Gazetteer.Flags) -> Bool {
        from <= to && !pass.gazetteer.flags(pass.phraseKey(from, to)).isDisjoint(with: flags)
    }
    /// Whether token `i` is one of `words`.
    package func word(_ i: Int, in words: Set<UInt64>) -> Bool { words.contains(pass.keys[i]) }
    /// Whether token `i` is one of `words`.
    package func word(_ i: Int, in words: KeySet) -> Bool { words.contains(pass.keys[i]) }
    /// Whether token `i` is written in capitals ("NATO").
    package func isAllCaps(_ i: Int) -> Bool { pass.shapes[i].contains(.allCaps) }
    /// Whether the document also uses token `i` as a lower-case word ("fan" for "Fan").
    package func isOrdinaryWord(_ i: Int) -> Bool { pass.lowerVocabulary.contains(pass.keys[i]) }
    /// Whether a capital at `i` says nothing (sentence start, after a quote or colon).
    package func isStartLike(_ i: Int) -> Bool { pass.isStartLike(i, sentence) }
    /// Token `i` is a lower-case word that is no name particle ("on", "and", not "van", "al-").
    package func isLowerConnector(_ i: Int) -> Bool {
        pass.shapes[i].contains(.lower) && !CueWords.nameParticles.contains(pass.keys[i])
            && !pass.hasNameParticlePrefix(i)
    }
    /// Number of letters of token `i`.
    package func length(_ i: Int) -> Int { pass.tokens[i].range.count }
    /// Token `i` starts with a letter of a cased script the gazetteers do not cover (Cyrillic, Greek, Armenian).
    package func isNonLatin(_ i: Int) -> Bool { pass.s[pass.tokens[i].range.start].value >= 0x370 }
    /// Token `i` is an initial of a personal name: "J.", "K.C.".
    package func isInitial(_ i: Int) -> Bool { pass.isInitial(i) }
    /// The last of the initials opening the run ("[W. W.] Rouse Ball"), if it opens with initials and goes on after them.
    package var initialsEnd: Int? { pass.initialsEnd(first, last) }
    /// A period follows the run directly: "Calif[.]".
    package var periodFollows: Bool {
        last + 1 < pass.tokens.count && pass.tokens[last + 1].range.start == pass.tokens[last].range.end
            && pass.s[pass.tokens[last + 1].range.start] == "."
    }
    /// The run is a state abbreviation after a town and a comma: "Vinita, [OK]".
    package var isStateAbbreviation: Bool { pass.isStateAbbreviation(first, sentence) }
    /// Token `i` is the letter of a lettered list ("A. Inca" above "B. Maya").
    package func isListLetter(_ i: Int) -> Bool { pass.isListLetter(i) }
    /// A lower-case particle joined to a name: "al-Amr".
    package func hasNameParticle(_ i: Int) -> Bool { pass.hasNameParticlePrefix(i) }
    /// A brand's inner capital: "LibriVox".
    package func isCamelCase(_ i: Int) -> Bool { pass.isCamelCase(i) }
    /// Letters only, capitalised, not all capitals, three letters or more.
    package func isPlainWord(_ i: Int) -> Bool { pass.isPlainWord(i) }

    // MARK: Around the run

    package func wordBefore(in words: Set<UInt64>) -> Bool { before.map { words.contains(pass.keys[$0]) } ?? false }
    package func wordAfter(in words: Set<UInt64>) -> Bool { after.map { words.contains(pass.keys[$0]) } ?? false }
    /// The word before is a lower-case role or title ("director [X]").
    package var followsLowerTitle: Bool { before.map { flags($0).contains(.lowerTitle) } ?? false }
    /// A number is next to the run ("250 MXN").
    package var isNextToNumber: Bool { pass.isNextToNumber(first, sentence) }
    /// "in X", "the town of X", "X, Kazakhstan", "X region".
    package var isPlaceContext: Bool { pass.isPlaceContext(first, last, sentence) }
    /// "X, Kazakhstan".
    package var isCommaPlaceContext: Bool { pass.isCommaPlaceContext(last, sentence) }
    /// "director X", "X said", "X, 45,".
    package var isPersonContext: Bool { pass.isPersonContext(first, last, sentence) }
    /// "X said", "X, who".
    package var isSpeechCue: Bool { pass.isSpeechCue(last, sentence) }
    /// "X said in a statement".
    package var isStatementCue: Bool { pass.isStatementCue(last, sentence) }
    /// "X (2011)", "X et al.".
    package var isCitationCue: Bool { pass.isCitationCue(last, sentence) }
    /// "X, 45,".
    package var isAgeCue: Bool { pass.isAgeCue(last, sentence) }
    /// "shares of X", "X's chief executive", "X, a company".
    package var isCompanyCue: Bool { pass.isCompanyCue(first, last, sentence) }
    /// A score follows, in a results line or table: "Leeds 1 Wimbledon 0".
    package var isScoreLine: Bool { pass.isScoreLine(first, last) }
    /// A dateline: "WASHINGTON, March 3 -".
    package var isDateline: Bool { pass.isDateline(first, last, sentence) }
    /// A short acronym before a town: "PSV Eindhoven".
    package var isClubName: Bool { first < last && pass.isClubName(first, first + 1) }
    /// "University of X", "School for X": an organization word followed by "of" or "for" inside the run.
    package var hasHeadBeforeOf: Bool { pass.hasHeadBeforeOf(first, last) }
    /// The group named by token `i` in the plural ("Kazakhs", "Nevadans"), if any.
    package func pluralGroup(_ i: Int) -> String? { pass.pluralGroup(i) }
    /// The group name of the whole run, if it is a known group.
    package var groupName: String? { entry.flatMap { pass.gazetteer.groupName($0) } }

    // MARK: Outcomes

    /// The whole run is the mention.
    package func mention(
        bonus: Double = 0, weak: Bool = false, canonical: String? = nil, kind: EntityKind? = nil
    ) -> RuleOutcome {
        .mention(RuleMatch(first: first, last: last, bonus: bonus, weak: weak, canonical: canonical, kind: kind))
    }

    /// Tokens `first...last` of the run are the mention.
    package func mention(_ first: Int, _ last: Int, canonical: String? = nil) -> RuleOutcome {
        .mention(RuleMatch(first: first, last: last, canonical: canonical))
    }
}
