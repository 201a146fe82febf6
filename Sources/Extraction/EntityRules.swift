import NewsGraphCore

/// The built-in entity rules, in priority order: for each run of name tokens the first rule whose match function
/// returns an outcome decides. Document-pass rules (`phase == .document`) come last; `ExtractionPass.documentPass`
/// applies them after every run is classified.
///
/// docs/rules.md's table of built-in rules is generated from this array (`newsgraph rules --markdown`), and the tests
/// run every rule's firing and silent examples. To add a rule: declare it here, where its priority belongs, with at
/// least one example of each kind, then regenerate the docs.
package enum EntityRules {
    package static let all: [EntityRule] = [
        userGazetteer, placeDateline, organizationLegalForm, groupGazetteer, groupDemonymNoun,
        groupMorphology,
        organizationGazetteer, organizationKnowledgeBase, personInitials, personTitleCue, organizationTeamCue,
        organizationTeamScore,
        personAdministrationCue,
        placeGazetteer, placeCity,
        organizationHeadWord, organizationCompanyCue, placeStateAbbreviation, organizationAcronym,
        organizationCamelCase, placeHeadWord,
        personRoleCue, organizationContextCue, personGivenName, personAgeCue, organizationStatementCue, personSpeechCue,
        personCitationCue, placeContextCue, personSurname, organizationCapitalizedName, personPossessiveCue,
        personCapitalizedWord, personNonLatinName, personCapitalizedName,
        // Document pass.
        organizationAcronymDefinition, organizationRepeatedFullName, personRepeatedName, organizationSameOrganization,
        personSameName, placeSameName, organizationSameName, personNamePart, personCoordination, placeCoordination,
        organizationCoordination,
    ]

    /// The rules tried on each run, in order.
    package static let runRules: [EntityRule] = all.filter { $0.match != nil }

    /// The match functions of `runRules`, in the same order (what the classifier loops over).
    package static let runMatchers: [RunMatcher] = runRules.compactMap(\.matcher)

    /// The rule declared with `id`, if any.
    package static func rule(_ id: String) -> EntityRule? { byID[id] }

    private static let byID: [String: EntityRule] = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

    /// The rule that carries a propagated kind: `person.same-name` for a person, and so on (groups do not spread: a
    /// group name is typed by its form and use in each sentence).
    package static func sameName(_ kind: EntityKind) -> EntityRule? {
        switch kind {
        case .person: personSameName
        case .place: placeSameName
        case .organization: organizationSameName
        case .group: nil
        }
    }

    /// The rule that types an unsupported name by the names listed with it.
    package static func coordination(_ kind: EntityKind) -> EntityRule? {
        switch kind {
        case .person: personCoordination
        case .place: placeCoordination
        case .organization: organizationCoordination
        case .group: nil
        }
    }

    // MARK: Helpers of the match functions

    /// Token `i` is a word in lower case.
    private static func isLowerWord(_ run: RunView, _ i: Int) -> Bool { run.pass.shapes[i].contains(.lower) }

    /// The run is a group's plural made by adding "s" to its singular ("Kazakhs"), not an invariant form ("Swiss").
    private static func isRegularPlural(_ run: RunView) -> Bool {
        let text = run.text
        return text.hasSuffix("s")
            && run.pass.gazetteer.flags(NameKey.phrase(String(text.dropLast())).key).contains(.group)
    }

    /// A number follows the run on its line (a table row: "Avg shrs 12.3 mln").
    private static func isNextToNumberOnLine(_ run: RunView) -> Bool {
        var k = run.last + 1
        while k < run.pass.tokens.count && k <= run.last + 4 && !run.pass.isBlockStart(k) {
            if run.pass.shapes[k].contains(.number) { return true }
            k += 1
        }
        return false
    }

    /// The run is one word shaped like a plural noun of people ("Dealers", "Analysts", "Officials").
    private static func isPluralNoun(_ run: RunView) -> Bool {
        guard run.single, run.length(run.first) >= 6 else { return false }
        let text = run.text
        return ["ers", "sts", "nts", "ials", "ians", "ors", "sses"].contains(where: { text.hasSuffix($0) })
    }

    // MARK: User knowledge

    static let userGazetteer = EntityRule(
        "user.gazetteer", nil, confidence: 0.95, phase: .user,
        summary: "the whole run is a name of a `--rules DIR` gazetteer file (docs/rules.md); the kind is the file's",
        fires: ["Yesterday [Qoryn Velt] spoke."], silent: ["Zhumatai spoke with Bilash."]
    ) { run in
        let f = run.whole
        let kind: EntityKind? =
            f.contains(.userPerson)
            ? .person
            : f.contains(.userPlace)
                ? .place : f.contains(.userOrganization) ? .organization : f.contains(.userGroup) ? .group : nil
        guard let kind else { return nil }
        return run.mention(kind: kind)
    }

    // MARK: Sure-fire context and lists

    static let placeDateline = EntityRule(
        "place.dateline", .place, confidence: 0.9, phase: .sureFire,
        summary:
            "capitals opening a news story before its date: \"WASHINGTON, March 3 -\", \"ST. PAUL, Minn., Feb 26 -\"",
        fires: [
            "[WASHINGTON], March 3 - The budget was cut.", "[ST. PAUL], Minn., Feb 26 - The company said it grew.",
            "[NEW YORK], Oct 2 - Shares fell.", "GREENWICH, [Conn]., March 3 - The company said it grew.",
        ],
        silent: ["WASHINGTON POST SELLS UNIT", "In Washington, March was cold."]
    ) { run in
        run.isDateline ? run.mention() : nil
    }

    static let placeStateAbbreviation = EntityRule(
        "place.state-abbreviation", .place, confidence: 0.85, phase: .sureFire,
        summary: "a US state or Canadian province abbreviation after a town and a comma: \"Vinita, OK\", \"Fresno, "
            + "Calif.\"; the town before it is in place context",
        fires: ["He was born in Zhelbirov, [OK] in May.", "The plant in Akanville, [Calif.] closed."],
        silent: ["It was fine, OK? He left.", "Yesterday, Mass. was held."]
    ) { run in
        guard run.single, run.isStateAbbreviation else { return nil }
        // "Calif." keeps its period (the tokenizer splits it off a word it does not know as an abbreviation).
        return run.isAllCaps(run.first) || !run.periodFollows ? run.mention() : run.mention(run.first, run.first + 1)
    }

    static let organizationLegalForm = EntityRule(
        "organization.legal-form", .organization, confidence: 0.9, phase: .sureFire,
        summary:
            "a name ending in a legal form (Inc, Corp, Co, Ltd, PLC, AG, GmbH, ...); a legal form alone is no name",
        fires: [
            "Yesterday [Kessler Dynamics Inc] said profits rose.",
            "The deal was run by [Halvard Brothers and Co] last year.",
            "Shares of [Taranaki Holdings Ltd] fell.", "The bank [Ostrava Credit AG] lost money.",
        ],
        silent: ["Inc said nothing.", "Yesterday Dynamics said profits rose."]
    ) { run in
        guard run.word(run.last, is: .legalForm) else { return nil }
        // "Co", "Co Inc": legal forms and connectors only.
        if (run.first...run.last).allSatisfy({ run.word($0, is: [.legalForm, .connector]) }) { return .notAName }
        return run.mention()
    }

    static let groupGazetteer = EntityRule(
        "group.gazetteer", .group, confidence: 0.9, phase: .list,
        summary: "a plural group name of the gazetteer, alone or after other words (\"Black [Americans]\")",
        fires: [
            "Thousands of [Kazakhs] crossed the border.", "Many [Muslims] fasted that month.",
            "Thousands of Turkish-speaking [Uyghurs] left.",
        ],
        silent: ["Ethnic Kazakh herders lost their land.", "The Chinese authorities refused.", "The Swiss franc rose."]
    ) { run in
        if run.wholeIs(.groupPlural) {
            // A form that is also the adjective ("Swiss", "Japanese") before a lower-case noun: "the Swiss franc".
            if run.single, run.groupName == run.text, let a = run.after, isLowerWord(run, a),
                !run.word(a, in: CueWords.afterGroupNoun), !isRegularPlural(run)
            {
                return .notAName
            }
            return run.mention(canonical: run.groupName)
        }
        if !run.single, !run.wholeIs(.group), let group = run.pluralGroup(run.last) {
            return run.mention(run.last, run.last, canonical: group)
        }
        return nil
    }

    static let groupDemonymNoun = EntityRule(
        "group.demonym-noun", .group, confidence: 0.75, phase: .list,
        summary:
            "a singular group name used as a noun: \"a Kazakh\", \"ethnic Kazakh\", \"the Chinese are\"; used as an "
            + "adjective (\"Kazakh dissident\") it is no name at all",
        fires: ["She met a [Kazakh].", "Here the [Chinese] have a saying."],
        silent: [
            "Ethnic Kazakh herders lost their land.", "The Chinese authorities refused.", "He speaks Chinese.",
            "Congress passed the Central Asian sanctions bill.",
        ]
    ) { run in
        guard run.wholeIs(.group) else { return nil }
        let invariant = run.groupName == run.text
        let afterThe = run.wordBefore(in: CueWords.the)
        let language = run.wordBefore(in: CueWords.languageVerbs)
        if invariant && !language && afterThe
            && (run.after.map { run.word($0, in: CueWords.afterGroupNoun) } ?? !run.nextIsPossessive)
        {
            return run.mention(canonical: run.groupName)
        }
        if run.after == nil && !run.nextIsPossessive && run.wordBefore(in: CueWords.nounDeterminers) {
            return run.mention(canonical: run.groupName)
        }
        // Several words of a group form before a lower-case noun are an adjective too: "the South African sanctions".
        return run.single || run.after.map({ isLowerWord(run, $0) }) == true ? .notAName : nil
    }

    static let groupMorphology = EntityRule(
        "group.morphology", .group, confidence: 0.6, phase: .list,
        summary: "a plural group by its form: \"Anglo-Kazakhs\" (a group after a hyphen), \"Nevadans\" (a place + -ns)",
        fires: ["Many [Nevadans] voted early.", "Some [Anglo-Kazakhs] stayed."],
        silent: ["Nevada voted early."]
    ) { run in
        guard run.single, !run.wholeIs(Gazetteer.Flags.place.union([.givenName, .surname, .group])),
            let group = run.pluralGroup(run.first)
        else { return nil }
        return run.mention(canonical: group)
    }

    static let organizationGazetteer = EntityRule(
        "organization.gazetteer", .organization, confidence: 0.85, phase: .list,
        summary: "the whole run is a well-known organization (organizations.txt)",
        fires: ["Later the [United Nations] sent observers."],
        silent: ["The nations met."]
    ) { run in
        run.wholeIs(.organization) && !run.titleCue ? run.mention() : nil
    }

    static let organizationKnowledgeBase = EntityRule(
        "organization.knowledge-base", .organization, confidence: 0.8, phase: .list,
        summary:
            "the whole run names an organization of the open-data knowledge base (organizations-kb.tsv: companies, "
            + "banks, universities, clubs, parties, agencies, media), if it is not also a place; one word only if it is "
            + "no personal name, common word or word the text uses in lower case, or with company context",
        fires: ["The report came from [Deutsche Bank] on Monday.", "Later [Petrobras] raised prices."],
        silent: ["Later Ford said he would stay.", "Shares rose in Chelsea."]
    ) { run in
        guard run.wholeIs(.organizationKB) || (run.wholeIs(.organizationKBPlace) && run.isCompanyCue), !run.titleCue,
            !run.wholeIs(Gazetteer.Flags.place.union(.group))
        else { return nil }
        if !run.single || run.isAllCaps(run.first) { return run.mention() }
        let ambiguous =
            run.wholeIs([.givenName, .surname, .common, .title, .lowerTitle]) || run.isOrdinaryWord(run.first)
        return !ambiguous || run.isCompanyCue ? run.mention() : nil
    }

    static let personInitials = EntityRule(
        "person.initials", .person, confidence: 0.85, phase: .sureFire,
        summary: "initials before one or two capitalised words: \"A. Tamazov\", \"K.C. Zhelbirov\", \"W. W. Rouse "
            + "Ball\"; an abbreviated compass point before a country is a place (\"S. Korea\"), other initials before a "
            + "place or an organization no part of the name",
        fires: [
            "Later [R. Tamazov] took two wickets.", "The chief financial officer, [K.C. Zhelbirov], resigned.",
            "It was described by [W. W. Rouse Ball] in a book.",
        ],
        silent: [
            "The U.S. Congress voted.", "A. Inca\nB. Maya\nC. Olmec",
            "It ended at 10 P.M. Zhelbirov left.",
        ]
    ) { run in
        guard let end = run.initialsEnd, run.last - end <= 2 else { return nil }
        // "A. Inca" above "B. Maya": the letters of a list, not initials.
        if run.isListLetter(run.first) { return .retry(first: run.first + 1, last: run.last) }
        if run.phrase(end + 1, run.last, is: [.country, .region]) && end == run.first
            && run.word(run.first, in: CueWords.compassInitials)
        {
            // "S. Korea", "W. Africa": an abbreviated compass word and a country are one place.
            return run.mention(kind: .place)
        }
        if run.phrase(end + 1, run.last, is: [.country, .region, .organization, .organizationKB, .group])
            || run.word(run.last, is: [.orgLast, .legalForm, .placeLast])
        {
            return .retry(first: end + 1, last: run.last)
        }
        return run.mention()
    }

    static let personTitleCue = EntityRule(
        "person.title-cue", .person, confidence: 0.9, phase: .sureFire,
        summary: "after a title: \"Ms X\", \"President X\", \"Activist X\" (the title is not part of the name)",
        fires: [
            "The talks were led by Ms [Aigerim Tokayeva] on Monday.", "Later, Ambassador [Farid Osmani] arrived.",
            "Chinese President [Xi Jinping] visited.",
        ],
        silent: ["The President spoke at length.", "The General Agreement on Tariffs and Trade was signed."]
    ) { run in
        // Names after a title have no connecting words: "General [Agreement on Tariffs and Trade]" is no person.
        guard run.titleCue, !run.wholeIs([.country, .region]), !run.word(run.last, is: .orgLast),
            !(run.first...run.last).contains(where: { run.isLowerConnector($0) })
        else { return nil }
        return run.mention(bonus: run.wholeIs(.givenName) ? 0.05 : 0)
    }

    static let organizationTeamCue = EntityRule(
        "organization.team-cue", .organization, confidence: 0.6, phase: .sureFire,
        summary: "a country or city standing for its team: \"Belgium defeated Panama\"; a town or county (not a "
            + "country) in a fixture (\"Birmingham v Barnsley\"), after a result verb (\"beat Leeds\") or before a "
            + "player's role (\"Lecce striker\"); the other mentions of that town in the document follow it",
        fires: [
            "In the final [Belgium] defeated Panama.", "Fixtures: [Eldoret] v Nakuru.",
            "Then [Lecce] striker Jonathan Bachini scored.", "On Saturday Nakuru beat [Eldoret] by an innings.",
        ],
        silent: ["In the final Belgium voted.", "Fixtures: Japan v Syria.", "He flew to Eldoret to beat the rain."]
    ) { run in
        guard run.wholeIs([.country, .city, .subdivision]), !run.wholeIs(.givenName) else { return nil }
        if run.wholeIs([.country, .city]) && !run.wholeIs(.surname) && run.wordAfter(in: CueWords.teamVerbs) {
            return run.mention()
        }
        guard !run.wholeIs([.country, .region]) else { return nil }
        let fixture = run.wordAfter(in: CueWords.versus) || run.wordBefore(in: CueWords.versus)
        let role = run.wordAfter(in: CueWords.playerRoles)
        // "Essex beat [Tranmere]": a capitalised word (the other team) before the verb.
        let beaten =
            run.wordBefore(in: CueWords.resultVerbs)
            && run.before.map { $0 > run.sentence.tokens.lowerBound && run.pass.shapes[$0 - 1].contains(.capitalized) }
                ?? false
        return fixture || role || beaten ? run.mention() : nil
    }

    static let organizationTeamScore = EntityRule(
        "organization.team-score", .organization, confidence: 0.7, phase: .sureFire,
        summary: "a city or state followed by a score in a results line or table: \"Leeds 1 Wimbledon 0\", "
            + "\"BOSTON 65 65 .500\" (a club named after its town; national teams stay places)",
        fires: [
            "Results on Saturday:\nLeeds 1 [Wimbledon] 0\n[Eldoret] 2 Thika 1",
            "Results on Saturday were these.\nLeeds 1 [Wisla Eldoret] 2 on the day.",
        ],
        silent: ["Eldoret 2 days later the rain came.", "Results:\nJapan 2 Syria 1"]
    ) { run in
        let town =
            run.wholeIs([.city, .subdivision])
            || (!run.single && run.word(run.last, is: .city) && !run.wholeIs(Gazetteer.Flags.place))
        return town && !run.wholeIs([.country, .region]) && run.isScoreLine ? run.mention() : nil
    }

    static let placeGazetteer = EntityRule(
        "place.gazetteer", .place, confidence: 0.85, phase: .list,
        summary: "a country, region or subdivision of the gazetteer, or a multi-word place, unless it is also a "
            + "personal name in person context",
        fires: [
            "Her family lives in [Xinjiang] now.", "The trip went through [Bosnia and Herzegovina] quickly.",
            "Exports to [Brazil] rose.",
        ],
        silent: ["She moved from Urumqi to the coast.", "Yesterday Jordan said he would stay."]
    ) { run in
        guard run.wholeIs([.country, .region, .subdivision]) || (!run.single && run.wholeIs(Gazetteer.Flags.place))
        else { return nil }
        return run.single && run.wholeIs([.givenName, .surname]) && run.isPersonContext ? nil : run.mention()
    }

    static let placeCity = EntityRule(
        "place.city", .place, confidence: 0.85, phase: .list,
        summary: "a one-word city of the gazetteer (GeoNames, 15,000 people or more); if it is also a personal name, "
            + "only in place context or, for a big city, outside person context",
        fires: ["She moved from [Urumqi] to the coast.", "She flew to [Eldoret] in May."],
        silent: [
            "Yesterday Jordan said he would stay.", "As shown by Santos (2011), it works.",
            "Cocoa volume fell. Prices of cocoa rose.",
        ]
    ) { run in
        // "the Bank": a town somewhere, but here the head word of a name said before.
        guard run.single, run.wholeIs(.city), !run.isCitationCue,
            !run.word(run.first, is: [.orgLast, .orgFirst, .genericHead])
        else { return nil }
        // A small town's name opening a sentence is an ordinary word when the text also writes it in lower case
        // ("Cocoa volume fell", "Dual trading refers to").
        if run.isOrdinaryWord(run.first) && !run.wholeIs(.bigCity) && run.isStartLike(run.first) { return nil }
        let placeContext = run.isPlaceContext
        if !run.wholeIs([.givenName, .surname]) || placeContext || (run.wholeIs(.bigCity) && !run.isPersonContext)
            || (run.isAllCaps(run.first) && !run.shouting)
        {
            return run.mention(bonus: placeContext ? 0.05 : 0)
        }
        return nil
    }

    static let organizationHeadWord = EntityRule(
        "organization.head-word", .organization, confidence: 0.8, phase: .sureFire,
        summary: "a name ending in an organization word (\"Foreign Ministry\") or with one before of/for (\"University "
            + "of X\"), or a short acronym before a town (\"PSV Eindhoven\"); a head word alone only capitalised "
            + "mid-sentence (\"the Senate\"), with less confidence, and never a generic one (\"the Bank\")",
        fires: [
            "She wrote to the [Institute of War and Peace Reporting] in May.",
            "A report by the [Committee for the Protection of Journalists] came out.",
            "Officials of the [Tarbagatai Public Security Bureau] declined to comment.",
            "Then the [Assembly] voted.", "Yesterday [SKV Eldoret] won again.",
        ],
        silent: ["Senate votes are rare.", "The ministry said so."]
    ) { run in
        if !run.single && (run.word(run.last, is: .orgLast) || run.hasHeadBeforeOf) { return run.mention() }
        if run.extent == 1 && run.isAllCaps(run.first) && run.isClubName { return run.mention() }
        // A generic head word alone ("the Bank", "the Group") refers to a name said elsewhere: no name of any kind.
        if run.single && run.word(run.first, is: .genericHead) && !run.wholeIs([.organization, .organizationKB]) {
            return .notAName
        }
        if run.single && run.word(run.first, is: .orgLast) && !run.isStartLike(run.first)
            && !run.wholeIs(Gazetteer.Flags.place) && !run.isAllCaps(run.first)
        {
            return run.mention(bonus: -0.2)
        }
        return nil
    }

    static let organizationCompanyCue = EntityRule(
        "organization.company-cue", .organization, confidence: 0.75, phase: .sureFire,
        summary: "company context: \"shares of X\", \"a stake in X\", \"X's chief executive\", \"X, a unit of\", "
            + "\"X said its\"",
        fires: [
            "He bought shares of [Kelvane] last week.", "Later [Brightwater]'s chief executive resigned.",
            "Yesterday [Ardent Vale] said its profit rose.",
        ],
        silent: ["He bought shares last week.", "Yesterday Ardent said he was tired."]
    ) { run in
        // A word opening a line of a table is a label ("Avg shrs 12.3 mln"), not a company.
        run.extent <= 4 && run.isCompanyCue && !(run.single && run.isStartLike(run.first) && isNextToNumberOnLine(run))
            ? run.mention() : nil
    }

    static let organizationAcronym = EntityRule(
        "organization.acronym", .organization, confidence: 0.65, phase: .weak, support: .always,
        summary:
            "a word in capitals outside a headline (\"NATO\"), kept when used twice or when it spells the initials "
            + "of an organization in the text; not next to a number (a unit, a currency) or a common acronym (TV)",
        fires: ["The motion was backed by [KNB] officers and the KNB chief."],
        silent: [
            "It cost 250 MXN at the border.", "They watched TV all night.", "A single KNB memo leaked.",
            "We measured sea surface temperature (SST) daily, and SST rose.",
        ]
    ) { run in
        guard run.single, run.isAllCaps(run.first), !run.shouting, run.length(run.first) <= 7 else { return nil }
        if run.isNextToNumber || run.wholeIs(.common) { return .notAName }
        return run.mention(weak: true)
    }

    static let personAdministrationCue = EntityRule(
        "person.administration-cue", .person, confidence: 0.7, phase: .sureFire,
        summary: "a name before \"administration\" or \"presidency\": \"the Obama administration\"",
        fires: ["Under the [Kessler] administration taxes rose."],
        silent: ["Under the administration taxes rose."]
    ) { run in
        run.extent <= 2 && run.wordAfter(in: CueWords.personNouns) ? run.mention() : nil
    }

    static let organizationCamelCase = EntityRule(
        "organization.camel-case", .organization, confidence: 0.6, phase: .sureFire,
        summary: "inner capitals of a brand: \"LibriVox\", \"YouTube\" (not \"McDonald\")",
        fires: ["The recordings were posted on [LibriVox] last year."],
        silent: ["The recordings were sent to McDonald last year."]
    ) { run in
        run.single && !run.wholeIs(Gazetteer.Flags.place.union([.givenName, .surname])) && run.isCamelCase(run.first)
            ? run.mention() : nil
    }

    static let placeHeadWord = EntityRule(
        "place.head-word", .place, confidence: 0.75, phase: .sureFire,
        summary: "a name with a place word: \"Hotan Prefecture\", \"Lake Baikal\"",
        fires: ["They hiked around [Lake Zaisan] for a week.", "The rally in [Ili Prefecture] was broken up."],
        silent: ["The lake was cold.", "SEVEN HURT IN CENTRAL ASIAN TOWNSHIP"]
    ) { run in
        guard !run.single, run.word(run.last, is: .placeLast) || run.word(run.first, is: .placeFirst) else {
            return nil
        }
        // A nationality before a place word is an adjective: "SEVEN KILLED IN SOUTH AFRICAN TOWNSHIP".
        let rest = run.pass.gazetteer.flags(run.pass.phraseKey(run.first, run.last - 1))
        if run.word(run.last, is: .placeLast) && rest.contains(.group) && rest.isDisjoint(with: Gazetteer.Flags.place) {
            return .notAName
        }
        return run.mention()
    }

    static let personRoleCue = EntityRule(
        "person.role-cue", .person, confidence: 0.8, phase: .sureFire,
        summary: "after a lower-case role: \"director X\", \"activist X\"",
        fires: ["The award went to director [Ilyas Abenov] last year."],
        silent: ["The award went to the director last year."]
    ) { run in
        run.followsLowerTitle ? run.mention() : nil
    }

    static let organizationContextCue = EntityRule(
        "organization.context-cue", .organization, confidence: 0.7, phase: .sureFire,
        summary: "after an organization noun: \"the group X\", \"the newspaper X\"",
        fires: ["She joined the rights group [Erkindik] in 2019."],
        silent: ["She joined the group in 2019."]
    ) { run in
        run.extent < 5 && run.wordBefore(in: CueWords.organizationNouns) ? run.mention() : nil
    }

    static let personGivenName = EntityRule(
        "person.given-name", .person, confidence: 0.8, phase: .list,
        support: .when("after \"the\", or one word opening a sentence"),
        summary: "a known given name first (\"Kuanysh Temirbek\"), or a known surname second after a word that is no "
            + "ordinary or organization word; one given name alone with less confidence",
        fires: ["The farmer, [Kuanysh Temirbek], 45, was detained.", "Yesterday she met [Kuanysh] again."],
        silent: ["Fan Responses were mixed.", "The Moon Rocks were shown.", "Costs at the Reed operation fell."]
    ) { run in
        let firstIsGiven = run.word(run.first, is: .givenName)
        if !run.single {
            // The other words must not be ordinary lower-case words of this text ("Fan Responses", "Moon Rocks").
            let restIsNameLike = ((run.first + 1)...run.last).allSatisfy {
                !run.isOrdinaryWord($0) || run.word($0, is: .surname) || run.hasNameParticle($0) || run.isInitial($0)
            }
            // With a surname as the only evidence, only two words whose first is no ordinary or organization word.
            let surnameOnly =
                !firstIsGiven && run.word(run.last, is: .surname) && run.extent == 1 && !run.isOrdinaryWord(run.first)
                && !run.word(run.first, is: [.common, .orgFirst, .orgLast, .placeFirst, .organization])
            guard run.extent <= 3, firstIsGiven || surnameOnly, restIsNameLike else { return nil }
            // People are seldom "the X Y": after "the" it is more often a work, a product or a place.
            return run.mention(
                bonus: firstIsGiven && run.word(run.last, is: .surname) ? 0.1 : 0,
                weak: run.wordBefore(in: CueWords.the))
        }
        guard firstIsGiven, !run.isOrdinaryWord(run.first), !run.isAgeCue, !run.isSpeechCue, !run.isCitationCue
        else { return nil }
        // At a sentence start a given name is also often an ordinary word, and after "the" a company or a product named
        // like a person ("the Reed operation"): keep it if the text supports it.
        return run.mention(bonus: -0.15, weak: run.isStartLike(run.first) || run.wordBefore(in: CueWords.the))
    }

    static let personAgeCue = EntityRule(
        "person.age-cue", .person, confidence: 0.8, phase: .sureFire,
        summary: "an age after the name: \"X, 52,\"",
        fires: ["Yesterday [Zhomart Qasymov], 52, was released."],
        silent: ["Yesterday Zhomart Qasymov was released."]
    ) { run in
        run.isAgeCue ? run.mention() : nil
    }

    static let organizationStatementCue = EntityRule(
        "organization.statement-cue", .organization, confidence: 0.6, phase: .weak,
        summary: "\"X said in a statement\"",
        fires: ["Yesterday [Kazkom] said in a statement that prices would rise."],
        silent: ["Yesterday Kazkom said that prices would rise."]
    ) { run in
        run.extent <= 3 && run.isSpeechCue && run.isStatementCue ? run.mention() : nil
    }

    static let personSpeechCue = EntityRule(
        "person.speech-cue", .person, confidence: 0.7, phase: .weak,
        summary: "a speech verb or \"who\" after the name: \"X said\", \"X, who\"; stronger evidence of another kind "
            + "for the same name anywhere in the document wins",
        fires: ["Yesterday [Ospanov] said the plan had failed."],
        silent: [
            "Yesterday Ospanov Holdings Inc said the plan had failed.", "The plan had failed.",
            "Dealers said the plan had failed.",
        ]
    ) { run in
        // "Dealers said", "Analysts said": a plural noun opening the sentence, not a name.
        guard run.extent <= 3, run.isSpeechCue,
            !(run.single && run.isStartLike(run.first) && isPluralNoun(run)
                && !run.word(run.first, is: [.surname, .givenName]))
        else { return nil }
        return run.mention()
    }

    static let personCitationCue = EntityRule(
        "person.citation-cue", .person, confidence: 0.7, phase: .sureFire,
        summary: "an academic citation: \"X (2011)\", \"X, 2011\", \"X et al.\"; not a title of a work after \"the\" "
            + "or a work noun (\"the film Watchmen (2009)\")",
        fires: ["As shown by [Vernekar] (2011), the effect is small."],
        silent: ["As shown by Vernekar, the effect is small.", "She starred in the film Zhelbirov Nights (2009)."]
    ) { run in
        run.isCitationCue && !run.wholeIs([.country, .region, .subdivision])
            && !run.wordBefore(in: CueWords.the) && !run.wordBefore(in: CueWords.workNouns) ? run.mention() : nil
    }

    static let placeContextCue = EntityRule(
        "place.context-cue", .place, confidence: 0.55, phase: .weak,
        summary: "an unknown word in place context: \"in X\", \"the town of X\", \"X region\", \"X, Kazakhstan\"",
        fires: ["He was born in [Tarbagatai] and raised there.", "He grew up in [Zhanakorgan], Kazakhstan."],
        silent: ["He was born in Tarbagatai's house."]
    ) { run in
        guard run.extent <= 2, run.isPlaceContext, !run.word(run.first, is: .givenName), run.isPlainWord(run.first),
            !run.nextIsPossessive, !run.isStartLike(run.first), !run.isOrdinaryWord(run.first),
            run.single || run.isCommaPlaceContext
        else { return nil }
        return run.mention()
    }

    static let personSurname = EntityRule(
        "person.surname", .person, confidence: 0.6, phase: .weak, support: .when("opening a sentence"),
        summary: "one known surname (US Census list) that the text does not use as an ordinary word",
        fires: ["The prize was won by [Hernandez] last year."],
        silent: ["The prize was won by the hall last year.", "The bill passed the House last year."]
    ) { run in
        // An organization word ("House", "Union") is no surname here.
        run.single && run.word(run.first, is: .surname) && !run.isOrdinaryWord(run.first)
            && !run.word(run.first, is: [.orgFirst, .orgLast])
            ? run.mention(weak: run.isStartLike(run.first)) : nil
    }

    // MARK: The cautious last pass

    static let organizationCapitalizedName = EntityRule(
        "organization.capitalized-name", .organization, confidence: 0.35, phase: .fallback, support: .always,
        summary: "four or more capitalised words",
        fires: ["They met at [Grand Ember Velvet Lounge]."],
        silent: ["They met at Ember Velvet Lounge."]
    ) { run in
        run.extent >= 3 ? run.mention(weak: true) : nil
    }

    static let personPossessiveCue = EntityRule(
        "person.possessive-cue", .person, confidence: 0.5, phase: .fallback,
        summary: "one unknown word before a possessive, mid-sentence: \"X's\"",
        fires: ["Then [Zhelbirov]'s sister called."],
        silent: ["Zhelbirov's sister called."]
    ) { run in
        run.single && run.nextIsPossessive && !run.isStartLike(run.first) && !run.isOrdinaryWord(run.first)
            ? run.mention() : nil
    }

    static let personCapitalizedWord = EntityRule(
        "person.capitalized-word", .person, confidence: 0.35, phase: .fallback, support: .always,
        summary: "one unknown capitalised word",
        fires: ["Then [Zhelbirov] left."],
        silent: ["Then we left."]
    ) { run in
        run.single ? run.mention(weak: true) : nil
    }

    static let personNonLatinName = EntityRule(
        "person.non-latin-name", .person, confidence: 0.5, phase: .fallback,
        summary: "capitalised words of a cased script the gazetteers do not cover (Cyrillic, Greek, Armenian), "
            + "mid-sentence",
        fires: ["Вчера в Алматы приехал [Нурлан Сабуров]."],
        silent: ["Вчера приехал."]
    ) { run in
        run.isNonLatin(run.first) && !run.isStartLike(run.first) ? run.mention() : nil
    }

    static let personCapitalizedName = EntityRule(
        "person.capitalized-name", .person, confidence: 0.45, phase: .fallback, support: .always,
        summary: "two or three unknown capitalised words",
        fires: ["Then we saw [Zhelbirov Akan]."],
        silent: ["Then we saw Zhelbirov."]
    ) { run in
        run.mention(weak: true)
    }

    // MARK: Document pass

    static let organizationAcronymDefinition = EntityRule(
        "organization.acronym-definition", .organization, confidence: 0.9, phase: .document,
        summary: "an acronym in parentheses right after an organization or a name with those initials: "
            + "\"Chinese Communist Party (CCP)\"; it takes that name's kind",
        fires: ["Members of the Kazakh Workers Union ([KWU]) marched."],
        silent: ["Members met Dauren Sadykov (ABC) there."]
    )

    static let organizationRepeatedFullName = EntityRule(
        "organization.repeated-full-name", .organization, confidence: 0.6, phase: .document,
        summary: "a multi-word name taken for a person, repeated in full three times or more, never shortened, with no "
            + "personal-name evidence",
        fires: [
            "Later [Bitter Winter] said it had proof. Then [Bitter Winter] said more. At last [Bitter Winter] said no more."
        ],
        silent: ["Later Bitter Winter said it had proof."]
    )

    static let personRepeatedName = EntityRule(
        "person.repeated-name", .person, confidence: 0.7, phase: .document,
        summary: "two or three unknown capitalised words whose words also stand alone twice elsewhere in the document",
        fires: ["Then we saw [Zhelbirov Akan] here. Zhelbirov left. Zhelbirov came back."],
        silent: ["Then we saw Zhelbirov Akan here."]
    )

    static let organizationSameOrganization = EntityRule(
        "organization.same-organization", .organization, confidence: 0.75, phase: .document,
        summary: "a name taken for a person by a weak cue (\"X said\", a surname) that the document names as an "
            + "organization by a stronger rule, in full, with a legal form or head word (\"X Inc\", \"X Group\") or as "
            + "the first word of a legal-form name (\"Corby\" of \"Corby Distilleries Ltd\"); also a small town's "
            + "name so used outside place context (\"Dome\" of \"Dome Petroleum Ltd\")",
        fires: [
            "Yesterday Ospanov Holdings Inc reported a loss. Later [Ospanov] said the plan had failed.",
            "Yesterday Nanyuki Petroleum Ltd reported a loss. Later [Nanyuki] cut its debt.",
        ],
        silent: ["Yesterday Ospanov reported a loss. Later Ospanov said the plan had failed."]
    )

    static let personSameName = EntityRule(
        "person.same-name", .person, confidence: 0.8, phase: .document,
        summary: "a weakly typed or unsupported mention of a name that a stronger rule typed as a person",
        fires: ["Ms Zhelbirov Akan came. Then [Zhelbirov Akan] left."],
        silent: ["Then Zhelbirov Akan left."]
    )

    static let placeSameName = EntityRule(
        "place.same-name", .place, confidence: 0.8, phase: .document,
        summary: "a weakly typed or unsupported mention of a name that a stronger rule typed as a place",
        fires: ["TARBAGATAI, March 3 - Farmers left. Later [Tarbagatai] said no."],
        silent: ["Later Tarbagatai said no."]
    )

    static let organizationSameName = EntityRule(
        "organization.same-name", .organization, confidence: 0.8, phase: .document,
        summary: "a weakly typed or unsupported mention of a name that a stronger rule typed as an organization; "
            + "also a town's list-place mention when the document names that town as a team (results line, fixture)",
        fires: [
            "He bought shares of Kelvane. Later [Kelvane] grew.", "Fixtures: Eldoret v Nakuru. Rain fell in [Eldoret].",
        ],
        silent: ["Later Kelvane grew."]
    )

    static let personCoordination = EntityRule(
        "person.coordination", .person, confidence: 0.65, phase: .document,
        summary: "an unsupported name listed with people that lists or cues typed (\"X, Y and Z\", \"X & Y\"), when "
            + "every typed name of the list is a person",
        fires: ["Later Ms Aigerim Tokayeva and [Zhelbirov Akan] arrived."],
        silent: ["Later Zhelbirov Akan and Tamazov Orken arrived."]
    )

    static let placeCoordination = EntityRule(
        "place.coordination", .place, confidence: 0.65, phase: .document,
        summary: "an unsupported name listed with places that lists or cues typed: \"Almaty, [Zhanakorgan] and "
            + "Astana\"",
        fires: ["The town borders Almaty, [Zhelbirovka] and Astana."],
        silent: ["The town borders Zhelbirovka and Akanovka."]
    )

    static let organizationCoordination = EntityRule(
        "organization.coordination", .organization, confidence: 0.65, phase: .document,
        summary: "an unsupported name listed with organizations that lists or cues typed: \"Deutsche Bank, "
            + "[Kelvane] and Petrobras\"",
        fires: ["Bonds were sold by Deutsche Bank, [Zhelbirov] and Petrobras."],
        silent: ["Bonds were sold by Zhelbirov and Akanov."]
    )

    package static let personNamePart = EntityRule(
        "person.name-part", .person, confidence: 0.75, phase: .document,
        summary: "one word that is the first or last word of a full person name in the document",
        fires: ["The talks were led by Ms Aigerim Tokayeva. Later [Tokayeva] spoke."],
        silent: ["Later Tokayeva spoke."]
    )
}
