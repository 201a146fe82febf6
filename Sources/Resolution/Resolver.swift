import NewsGraphCore
import NewsGraphExtraction
import NewsGraphText

/// Gives every mention of one article its canonical entity name, and records why each alias joined.
///
/// In: the mentions of one article (sorted). Out: the same mentions with `entity` set, and the aliases used.
///
/// - A person's one-word mention joins the only full name (two or more words) of the article whose first word
///   (`alias.first-name`, see `mayJoinByFirstName`) or last word (`alias.surname`) it is; a short form shared by two
///   full names stays alone, and so does one written right after a capitalised word other than a title ("CCR
///   Productions" is not "Ralph Andrews Productions": see `continuesAName`).
///   Titles and possessives are never part of mentions, so "Ms Zhumatai" and "Zhumatai’s" join the same way.
/// - An acronym joins the organization it abbreviates: written in parentheses right after it (`alias.acronym-defined`,
///   which the store also applies to every other article), or the initials of the article's only organization with
///   those initials (`alias.acronym`), unless that name holds the acronym itself ("EC" is not "EC Commission").
/// - A town written with its state, province or country ("CANTON, Mass., March 3", "Canton, Ohio") is named with it,
///   and so are the article's other mentions of that town: "Canton (Massachusetts)". The store keeps that name apart
///   only for a town the corpus names with several qualifiers (`PlaceQualifier`, `CorpusJoins`).
/// - An acronym written right before a country or region names the company's unit there ("BP North America",
///   `alias.unit`), never the company itself.
/// - Group mentions keep the group name the extractor gave ("Kazakh" -> "Kazakhs", `alias.group-form`).
/// - A company named without its legal form ("Chrysler", "General Electric") joins the article's only organization
///   named so with one ("Chrysler Corp", "General Electric Co Plc"), full stops and commas aside (`alias.legal-form`):
///   in an article about the British GEC, "General Electric" is GEC, whatever the store's General Electric is.
///
/// ```swift
/// let (mentions, aliases) = Resolver().resolve(EntityExtractor().mentions(in: document), in: document)
/// ```
public struct Resolver: Sendable {
    /// Whether a word is a known given name: a one-word person mention joins a full name by its first word only then
    /// ("Zhanargul" -> "Zhanargul Zhumatai"), never a company's first word ("Toshiba" -> "Toshiba Machine").
    public var isGivenName: @Sendable (String) -> Bool
    /// Whether a word is a known surname: a given name joins a full name only when it ends in one.
    public var isSurname: @Sendable (String) -> Bool
    /// Whether a word is a common word or a head word of organization and place names ("National", "Bank"): such a
    /// word alone never joins the full name that ends in it ("American National" is not "Elgin National").
    public var isNameWord: @Sendable (String) -> Bool
    /// Whether a place is a country, a state or a region, never a town qualified by another (`PlaceQualifier`).
    public var isLargerPlace: @Sendable (String) -> Bool = PlaceQualifier.isLargerPlace
    /// Whether a word may stand right before a person's name without being part of another name: a title or role
    /// ("Mr", "Senator") or a common word opening a sentence ("Although Delors said", "The Bentsen proposal").
    public var mayPrecedeAName: @Sendable (String) -> Bool = { word in
        guard case .success(let gazetteer) = Gazetteer.standard else { return false }
        return gazetteer.contains(word, [.title, .common])
    }
    /// Whether a place is a country, which may qualify a town ("Hamilton, Bermuda").
    public var isCountry: @Sendable (String) -> Bool = PlaceQualifier.isCountry

    /// With the standard gazetteers' given names, surnames and head words.
    public init() {
        self.init(
            isGivenName: CorpusJoins.standardGivenName, isSurname: CorpusJoins.standardSurname,
            isNameWord: CorpusJoins.standardNameWord)
    }

    public init(
        isGivenName: @escaping @Sendable (String) -> Bool,
        isSurname: @escaping @Sendable (String) -> Bool,
        isNameWord: @escaping @Sendable (String) -> Bool
    ) {
        self.isGivenName = isGivenName
        self.isSurname = isSurname
        self.isNameWord = isNameWord
    }

    /// Whether a one-word person mention may join the full name it is the first word of: extraction found it to be
    /// part of that name (`person.name-part`), or it is a given name and the full name ends in a surname. A company's
    /// first word ("Toshiba" of "Toshiba Machine", "Bell" of "Bell Atlantic") is neither.
    ///
    /// A given name found by the lists joins only a full name typed person in the article by more than a saying, a
    /// repetition or the name lists (`Resolver.weakPersonRules`): "Martin Eby" (a builder) is typed person only because
    /// "Martin" is a given name, and Rep. Martin is someone else.
    ///
    /// Either way the word must not build another name of the article: it is no word of an organization's or a
    /// place's name there ("Islamic" of "Islamic Development Bank"), and the mention does not follow a capitalised
    /// word other than a title ("In Capital", "American Healthcare": the end of a longer name, cut by extraction).
    func mayJoinByFirstName(
        _ mention: Mention, word: String, full: String, personEvidence: Set<String>, nameWords: Set<String>,
        in document: Document
    ) -> Bool {
        // Headlines: "SAS UNIT", "LNG DEAL" are no one's first and last name.
        guard EntityNaming.hasLowercase(word), EntityNaming.hasLowercase(full) else { return false }
        guard !nameWords.contains(word), !continuesAName(mention, in: document.text) else { return false }
        if mention.rule == EntityRules.personNamePart.id { return true }
        guard personEvidence.contains(full) else { return false }
        guard isGivenName(word), let last = Resolver.words(full).last else { return false }
        return isSurname(last)
    }

    public func resolve(_ mentions: [Mention], in document: Document) -> (mentions: [Mention], aliases: [Alias]) {
        var result = mentions
        var aliases: [Alias] = []
        // An article has a few aliases: comparing with each is cheaper than hashing four strings into a set.
        func record(_ alias: Alias) {
            if !aliases.contains(alias) { aliases.append(alias) }
        }

        var wordsOf: [[String]] = []
        wordsOf.reserveCapacity(mentions.count)
        // Each mention's words joined with single spaces (most often the mention's text itself, not copied).
        var namesOf: [String] = []
        namesOf.reserveCapacity(mentions.count)
        for mention in mentions {
            let (words, spaced) = Resolver.wordsAndSpacing(mention.text)
            wordsOf.append(words)
            if spaced {
                namesOf.append(mention.text)
            } else {
                namesOf.append(words.count == 1 ? words[0] : words.joined(separator: " "))
            }
        }
        // Full person names and their first and last words.
        var firstWords: [String: Set<String>] = [:]
        var lastWords: [String: Set<String>] = [:]
        for n in mentions.indices where mentions[n].kind == .person {
            let words = wordsOf[n]
            guard words.count >= 2 else { continue }
            let full = namesOf[n]
            firstWords[words[0], default: []].insert(full)
            lastWords[words[words.count - 1], default: []].insert(full)
        }
        // Organizations by initials.
        var byInitials: [String: Set<String>] = [:]
        var rangesOf: [String: [(sentence: Int, range: TextRange)]] = [:]
        for n in mentions.indices where mentions[n].kind == .organization {
            let mention = mentions[n]
            let words = wordsOf[n]
            guard words.count >= 2 else { continue }
            byInitials[Resolver.initials(words), default: []].insert(namesOf[n])
            rangesOf[namesOf[n], default: []].append((mention.sentence, mention.range))
        }

        // Full names typed person by a person's cue somewhere in the article, built only when a first-name join asks
        // (rarely).
        var personEvidenceMemo: Set<String>?
        func personEvidence() -> Set<String> {
            if let personEvidenceMemo { return personEvidenceMemo }
            var set = Set<String>()
            for n in mentions.indices where mentions[n].kind == .person && wordsOf[n].count >= 2 {
                if !Resolver.weakPersonRules.contains(where: mentions[n].rule.hasSuffix) { set.insert(namesOf[n]) }
            }
            personEvidenceMemo = set
            return set
        }
        // The words of the article's organization and place names of two or more words, built only when a first-name
        // join asks (rarely).
        var nameWordsMemo: Set<String>?
        func nameWords() -> Set<String> {
            if let nameWordsMemo { return nameWordsMemo }
            var set = Set<String>()
            for n in mentions.indices where mentions[n].kind == .organization || mentions[n].kind == .place {
                if wordsOf[n].count >= 2 { set.formUnion(wordsOf[n]) }
            }
            nameWordsMemo = set
            return set
        }

        let qualifiers = placeQualifiers(mentions, names: namesOf, in: document)
        // Organizations named with a legal form, by the spelling of the name without it (built when an article has one).
        var legalNames: [String: [String: NameVariants.LegalFamily]] = [:]
        for n in mentions.indices where mentions[n].kind == .organization && wordsOf[n].count >= 2 {
            guard let last = wordsOf[n].last, Resolver.mayBeLegalForm(last) else { continue }
            let spelling = NameVariants.spelling(ofKey: NameVariants.fold(namesOf[n]))
            guard let legal = NameVariants.legalForm(ofSpelling: spelling) else { continue }
            legalNames[legal.base, default: [:]][namesOf[n]] = legal.family
        }
        /// The article's name of an organization that is `name` with a legal form, when all such names have one kind
        /// of legal form ("General Electric Co" beside "General Electric Co Plc" says nothing).
        func legalName(of name: String) -> String? {
            guard !legalNames.isEmpty, let fulls = legalNames[NameVariants.spelling(ofKey: NameVariants.fold(name))],
                Set(fulls.values).count == 1
            else { return nil }
            return fulls.keys.min()
        }

        for n in result.indices {
            let mention = result[n]
            let words = wordsOf[n]
            switch mention.kind {
            case .person:
                if words.count >= 2 {
                    result[n].entity = namesOf[n]
                } else if let word = words.first {
                    if let fulls = lastWords[word], fulls.count == 1, let full = fulls.first, !isNameWord(word),
                        !continuesAName(mention, in: document.text)
                    {
                        result[n].entity = full
                        record(Alias(name: mention.text, entity: full, kind: .person, reason: "alias.surname"))
                    } else if let fulls = firstWords[word], fulls.count == 1, let full = fulls.first,
                        lastWords[word] == nil,
                        mayJoinByFirstName(
                            mention, word: word, full: full, personEvidence: personEvidence(),
                            nameWords: nameWords(), in: document)
                    {
                        result[n].entity = full
                        record(Alias(name: mention.text, entity: full, kind: .person, reason: "alias.first-name"))
                    }
                }
            case .organization, .place:
                guard words.count == 1, Resolver.isAcronym(mention.text) else {
                    result[n].entity = namesOf[n]
                    if mention.kind == .organization, let full = legalName(of: namesOf[n]) {
                        result[n].entity = full
                        record(Alias(name: mention.text, entity: full, kind: .organization, reason: "alias.legal-form"))
                    }
                    continue
                }
                if mention.kind == .organization, n + 1 < mentions.count, mentions[n + 1].kind == .place,
                    mentions[n + 1].range.start == mention.range.end + 1, document.text[mention.range.end] == " ",
                    isLargerPlace(namesOf[n + 1])
                {
                    // "BP North America", "IBM France": the company's unit in that region, not the company.
                    result[n].entity = namesOf[n] + " " + namesOf[n + 1]
                    record(
                        Alias(name: mention.text, entity: result[n].entity, kind: .organization, reason: "alias.unit"))
                } else if let defined = Resolver.definition(of: n, in: result, document: document)
                    ?? Resolver.writtenDefinition(of: mention, in: document)
                {
                    result[n].entity = defined
                    record(
                        Alias(name: mention.text, entity: defined, kind: mention.kind, reason: "alias.acronym-defined"))
                } else if let fulls = byInitials[Resolver.letters(mention.text)], fulls.count == 1,
                    let full = fulls.first, !Resolver.words(full).contains(mention.text),
                    !mentions.contains(where: {
                        $0.text == mention.text
                            && Resolver.saysParentOrUnit($0, rangesOf[full] ?? [], in: document.text)
                    })
                {
                    result[n].entity = full
                    record(Alias(name: mention.text, entity: full, kind: mention.kind, reason: "alias.acronym"))
                } else if mention.kind == .organization, let full = legalName(of: namesOf[n]) {
                    // "CSR" beside "CSR Ltd".
                    result[n].entity = full
                    record(Alias(name: mention.text, entity: full, kind: .organization, reason: "alias.legal-form"))
                }
            case .group:
                if mention.entity != mention.text {
                    record(Alias(name: mention.text, entity: mention.entity, kind: .group, reason: "alias.group-form"))
                }
            }
        }
        for (n, qualifier) in qualifiers where result[n].entity == namesOf[n] {
            result[n].entity = PlaceQualifier.qualified(namesOf[n], by: qualifier)
        }
        return (result, aliases)
    }

    /// For each place mention of a town named with a qualifier, the qualifier: the one written after it, else the only
    /// one the article writes after that town.
    func placeQualifiers(_ mentions: [Mention], names: [String], in document: Document) -> [Int: String] {
        let text = document.text
        var direct: [Int: String] = [:]
        var byTown: [String: Set<String>] = [:]
        for n in mentions.indices where mentions[n].kind == .place {
            let mention = mentions[n]
            let end = mention.range.end
            // A qualifier starts with a capital (`PlaceQualifier.qualifier`): checked first, it is cheap.
            guard end + 2 < text.count, text[end] == ",", text[end + 1] == " ",
                PlaceQualifier.isUppercase(text[end + 2]), !isLargerPlace(names[n]),
                let qualifier = PlaceQualifier.qualifier(in: text, at: end + 2, isCountry: isCountry),
                NameVariants.fold(qualifier.name) != NameVariants.fold(names[n])
            else { continue }
            // In running text "Boston, Mass." qualifies, "Chicago, Ohio, and Texas" lists: a capitalised word or
            // "and" after the qualifier's comma means a list. A dateline is always a town and its qualifier.
            if !mention.rule.hasSuffix(".dateline"),
                Resolver.listContinues(text, after: qualifier.end) || Resolver.followsComma(mention.range.start, text)
            {
                continue
            }
            direct[n] = qualifier.name
            byTown[NameVariants.fold(names[n]), default: []].insert(qualifier.name)
        }
        guard !direct.isEmpty else { return [:] }
        var result = direct
        for n in mentions.indices where mentions[n].kind == .place && direct[n] == nil {
            if let set = byTown[NameVariants.fold(names[n])], set.count == 1, let only = set.first { result[n] = only }
        }
        return result
    }

    /// Whether a one-word mention follows a capitalised word other than a title or a common word ("CCR Productions",
    /// "In Capital"): it is the end of a longer name extraction cut, and joins no full name by its first or last word.
    func continuesAName(_ mention: Mention, in text: TextBuffer) -> Bool {
        guard let previous = Resolver.previousWord(before: mention.range.start, in: text),
            let first = previous.unicodeScalars.first, PlaceQualifier.isUppercase(first)
        else { return false }
        return !mayPrecedeAName(previous)
    }

    /// The word written right before offset `start` on the same line, separated by one space ("In" of "In Capital");
    /// nil after punctuation, a line break or at the start.
    static func previousWord(before start: Int, in text: TextBuffer) -> String? {
        guard start >= 2, text[start - 1] == " " else { return nil }
        var k = start - 2
        let end = start - 1
        while k >= 0, PlaceQualifier.isAlphabetic(text[k]) { k -= 1 }
        guard k + 1 < end else { return nil }
        return text[TextRange(k + 1, end)]
    }

    /// Whether a name's last word may be a legal form ("Corp", "Inc.", "PLC"): a cheap test before the full one.
    static func mayBeLegalForm(_ word: String) -> Bool {
        let letters = word.utf8.filter { $0 != UInt8(ascii: ".") && $0 != UInt8(ascii: ",") }
        guard letters.count >= 2, letters.count <= 12 else { return false }
        return NameVariants.legalForms[String(decoding: letters, as: UTF8.self).lowercased()] != nil
    }

    /// Words that make two names of one sentence two companies: "FGIC is a wholly owned subsidiary of Financial
    /// Guaranty Insurance Co." says FGIC is not the company it abbreviates, anywhere in that article.
    static let parentOrUnitWords: Set<String> = [
        "subsidiary", "subsidiaries", "unit", "units", "parent", "division", "affiliate", "affiliated", "owned", "owns",
        "spinoff", "spin-off",
    ]

    /// Whether a sentence names `acronym` and one of `full`'s mentions with a parent-or-unit word between them.
    static func saysParentOrUnit(
        _ acronym: Mention, _ full: [(sentence: Int, range: TextRange)], in text: TextBuffer
    ) -> Bool {
        for other in full where other.sentence == acronym.sentence {
            let start = min(acronym.range.end, other.range.end)
            let end = max(acronym.range.start, other.range.start)
            guard start < end else { continue }
            let between = text[TextRange(start, end)].lowercased()
            let words = between.split { !$0.isLetter && $0 != "-" }
            if words.contains(where: { parentOrUnitWords.contains(String($0)) }) { return true }
        }
        return false
    }

    /// Whether a list of names goes on after offset `k`: ", Texas", " and Utah", ", and the U.S.".
    static func listContinues(_ text: TextBuffer, after k: Int) -> Bool {
        var i = k
        if i < text.count, text[i] == "." { i += 1 }
        var comma = false
        if i < text.count, text[i] == "," {
            comma = true
            i += 1
        }
        while i < text.count, text[i] == " " { i += 1 }
        for word in ["and ", "or "] where Resolver.hasWord(word, in: text, at: i) { return true }
        return comma && i < text.count && PlaceQualifier.isUppercase(text[i])
    }

    /// Whether the name at `start` follows ", " (an item of a list: "Alaska, the North Sea, Malaysia").
    static func followsComma(_ start: Int, _ text: TextBuffer) -> Bool {
        var k = start - 1
        while k >= 0, text[k] == " " { k -= 1 }
        if k >= 3, text[TextRange(k - 2, k + 1)] == "the" { k -= 3 }
        while k >= 0, text[k] == " " { k -= 1 }
        return k >= 0 && text[k] == ","
    }

    private static func hasWord(_ word: String, in text: TextBuffer, at i: Int) -> Bool {
        var k = i
        for scalar in word.unicodeScalars {
            guard k < text.count, text[k] == scalar else { return false }
            k += 1
        }
        return true
    }

    /// Rules that type a name person only because it says or owns something, is repeated, or is made of listed names:
    /// not enough for a first-name join. "Capital Markets said" (of Merrill Lynch Capital Markets), "Martin Eby" (a
    /// builder: "Martin" is a given name) and "Islamic Banks" ("Banks" is a surname) are typed person so.
    static let weakPersonRules = [
        ".speech-cue", ".possessive-cue", ".repeated-name", ".same-name", ".given-name", ".surname",
        ".capitalized-word", ".name-part",
    ]

    /// The words of a name, split at white space (line breaks inside a name become single spaces).
    ///
    /// This runs for every mention, so it scans the UTF-8 bytes for the separators (space, tab, CR, LF, and
    /// no-break space as C2 A0) and cuts the words as scalar ranges, instead of appending scalar by scalar.
    package static func words(_ text: String) -> [String] {
        wordsAndSpacing(text).words
    }

    /// The words of a name, and whether the name is already them joined by single spaces ("Bank of England", not
    /// "Bank  of\nEngland"), so that the joined name need not be built.
    package static func wordsAndSpacing(_ text: String) -> (words: [String], spaced: Bool) {
        var words: [String] = []
        var spaced = true
        let utf8 = text.utf8
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            let byte = utf8[i]
            var width = 0
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                width = 1
                if byte != 0x20 { spaced = false }
            } else if byte == 0xC2 {
                let next = utf8.index(after: i)
                if next != utf8.endIndex && utf8[next] == 0xA0 {
                    width = 2
                    spaced = false
                }
            }
            guard width > 0 else { i = utf8.index(after: i); continue }
            // A separator first or right after another: the joined name differs from the text.
            if start != i { words.append(String(Substring(utf8[start..<i]))) } else { spaced = false }
            i = utf8.index(i, offsetBy: width)
            start = i
        }
        // One word and no separator (most mentions): the name itself, no copy.
        if start == utf8.startIndex { return (i == start ? [] : [text], i != start) }
        if start != i { words.append(String(Substring(utf8[start..<i]))) } else { spaced = false }
        return (words, spaced)
    }

    /// Two or more characters other than `.` and `&`, all capitals or digits (one pass, no filtered copy).
    package static func isAcronym(_ text: String) -> Bool {
        var letters = 0
        for scalar in text.unicodeScalars where scalar != "." && scalar != "&" {
            guard Tokenizer.isUpper(scalar) || Tokenizer.isDigit(scalar) else { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// The upper-case letters of `text` ("U.S." -> "US"); ASCII byte by byte, other names scalar by scalar.
    package static func letters(_ text: String) -> String {
        var upper = 0
        for byte in text.utf8 {
            guard byte < 0x80 else {
                return String(String.UnicodeScalarView(text.unicodeScalars.filter { Tokenizer.isUpper($0) }))
            }
            if byte >= 0x41 && byte <= 0x5A { upper += 1 }
        }
        // All capitals ("IBM"): the text itself.
        if upper == text.utf8.count { return text }
        return String(unsafeUninitializedCapacity: upper) { out in
            var n = 0
            for byte in text.utf8 where byte >= 0x41 && byte <= 0x5A {
                out[n] = byte
                n += 1
            }
            return n
        }
    }

    /// Upper-case initials of the capitalised words ("Chinese Communist Party" -> "CCP"; "of" and "the" skipped).
    package static func initials(_ words: [String]) -> String {
        var out = String.UnicodeScalarView()
        for word in words {
            if let first = word.unicodeScalars.first, Tokenizer.isUpper(first) { out.append(first) }
        }
        return String(out)
    }

    /// Words allowed inside a written-out name without giving an initial ("Bank for International Settlements").
    private static let connectors: Set<String> = ["of", "the", "and", "for", "on", "de", "&", "in"]
    /// Last words a written-out company name may add to its acronym's letters ("... Machines Corp (IBM)").
    private static let companySuffixes: Set<String> = ["Corp", "Corp.", "Inc", "Inc.", "Co", "Co.", "Ltd", "Ltd."]

    /// The name written right before `(ACRONYM)` when extraction did not find it as a mention ("the European
    /// Community (EC)", "Securities and Exchange Commission (SEC)"): the shortest run of capitalised words (connectors
    /// allowed inside) whose initials are the acronym's letters, or those letters and a company suffix.
    package static func writtenDefinition(of acronym: Mention, in document: Document) -> String? {
        let text = document.text
        var k = acronym.range.start - 1
        while k >= 0 && text[k] == " " { k -= 1 }
        guard k >= 0, text[k] == "(" else { return nil }
        let letters = Resolver.letters(acronym.text)
        guard letters.count >= 2 else { return nil }
        k -= 1
        var words: [String] = []
        while words.count < letters.count + 4 {
            while k >= 0 && text[k] == " " { k -= 1 }
            let end = k + 1
            while k >= 0 && !text[k].properties.isWhitespace && text[k] != "(" && text[k] != ")" && text[k] != ","
                && text[k] != ";" && text[k] != "\""
            {
                k -= 1
            }
            guard k + 1 < end else { return nil }
            let word = text[TextRange(k + 1, end)]
            guard let first = word.unicodeScalars.first else { return nil }
            let capitalised = Tokenizer.isUpper(first)
            guard capitalised || connectors.contains(word) else { return nil }
            words.insert(word, at: 0)
            // A name starts with a capitalised word; its initials must spell the acronym.
            guard capitalised else { continue }
            let initials = Resolver.initials(words)
            if initials == letters && words.count >= 2 { return words.joined(separator: " ") }
            if initials.count == letters.count + 1, initials.hasPrefix(letters), let last = words.last,
                companySuffixes.contains(last), words.count >= 3
            {
                return words.joined(separator: " ")
            }
            if initials.count > letters.count + 1 { return nil }
        }
        return nil
    }

    /// The organization or place named right before `(ACRONYM)`, whose initials the acronym's letters are.
    package static func definition(of n: Int, in mentions: [Mention], document: Document) -> String? {
        guard n > 0 else { return nil }
        let previous = mentions[n - 1]
        let acronym = mentions[n]
        guard previous.kind == acronym.kind || previous.kind == .organization else { return nil }
        // Only "(" and spaces between the name and the acronym.
        var k = previous.range.end
        var sawParenthesis = false
        while k < acronym.range.start {
            let c = document.text[k]
            // Reuters writes an unlisted company in angle brackets: "<Saudi American Bank> (SAMBA)".
            if c == "(" { sawParenthesis = true } else if c != " " && (c != ">" || sawParenthesis) { return nil }
            k += 1
        }
        guard sawParenthesis else { return nil }
        let words = Resolver.words(previous.text)
        let initials = Resolver.initials(words)
        let letters = Resolver.letters(acronym.text)
        // Initials must agree, allowing one extra or missing letter (e.g. "Committee to Protect Journalists (CPJ)").
        guard !letters.isEmpty, initials.first == letters.first,
            initials == letters || abs(initials.count - letters.count) <= 1
                || Resolver.spellsByPrefixes(acronym.text, words)
        else { return nil }
        return previous.entity == previous.text ? words.joined(separator: " ") : previous.entity
    }

    /// Whether an all-capitals acronym of three letters or more is the name's capitalised words each cut to a
    /// beginning, in order ("SAMBA" of "Saudi American Bank": SA-M-BA; "NABISCO" of "National Biscuit Company"), as
    /// acronyms made of syllables are (Schwartz and Hearst's rule that every letter of the short form comes, in order,
    /// from the long form, kept here to word beginnings so that a stray letter inside a word does not count).
    package static func spellsByPrefixes(_ acronym: String, _ words: [String]) -> Bool {
        let letters = Array(acronym.utf8)
        guard letters.count >= 3, letters.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) else { return false }
        let parts: [[UInt8]] = words.compactMap { word in
            guard let first = word.utf8.first, first >= 0x41 && first <= 0x5A else { return nil }
            return word.utf8.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 }
        }
        guard parts.count >= 2, parts.count < letters.count else { return false }
        func match(_ word: Int, _ at: Int) -> Bool {
            if word == parts.count { return at == letters.count }
            let part = parts[word]
            let remainingWords = parts.count - word - 1
            var length = 1
            while length <= part.count, at + length + remainingWords <= letters.count,
                part[length - 1] == letters[at + length - 1]
            {
                if match(word + 1, at + length) { return true }
                length += 1
            }
            return false
        }
        return match(0, 0)
    }
}
