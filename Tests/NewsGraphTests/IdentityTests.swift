import Foundation
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// Store-wide identity: case twins, listed variants, acronyms defined elsewhere, lone surnames, one kind per entity,
/// a reason for every merge, order independence, and curation applied incrementally.
@Suite struct IdentityTests {
    /// NEW YORK (a dateline, typed by a weak rule) and New York are one place, named as written with care.
    static var dateline: ArticleBuilder {
        var b = ArticleBuilder(
            "articles/dateline.txt", date: "1987-03-02",
            sentences: ["NEW YORK - Shares rose.", "The U.S. Treasury said Baker met Funaro."])
        b.mention("NEW YORK", .place, sentence: 0, rule: "place.gazetteer", confidence: 0.85)
        b.mention("U.S.", .place, sentence: 1, rule: "place.gazetteer", confidence: 0.85)
        b.mention("Baker", .person, sentence: 1, rule: "person.speech-cue", confidence: 0.7)
        b.mention("Funaro", .person, sentence: 1, rule: "person.speech-cue", confidence: 0.7)
        b.relation(("NEW YORK", .place), ("U.S.", .place), sentences: [0, 1])
        b.relation(("Baker", .person), ("Funaro", .person), sentences: [1])
        return b
    }

    static var body: ArticleBuilder {
        var b = ArticleBuilder(
            "articles/body.txt", date: "1987-03-03",
            sentences: [
                "Brazil's finance minister Dilson Funaro flew to New York.",
                "The European Community (EC) and the United States met.",
                "Treasury Secretary James Baker spoke.",
            ])
        b.mention("Dilson Funaro", .person, sentence: 0, rule: "person.role-cue", confidence: 0.8)
        b.alias("Funaro", of: "Dilson Funaro", .person)
        b.mention("New York", .place, sentence: 0, rule: "place.gazetteer", confidence: 0.85)
        b.mention("European Community", .organization, sentence: 1, rule: "organization.head-word", confidence: 0.8)
        b.mention("EC", .organization, sentence: 1, entity: "European Community", rule: "organization.acronym")
        b.mention("United States", .place, sentence: 1, rule: "place.gazetteer", confidence: 0.85)
        b.mention("James Baker", .person, sentence: 2, rule: "person.title-cue", confidence: 0.9)
        b.alias("EC", of: "European Community", .organization, reason: "alias.acronym-defined")
        b.relation(("Dilson Funaro", .person), ("New York", .place), sentences: [0])
        b.relation(("European Community", .organization), ("United States", .place), sentences: [1])
        return b
    }

    static var other: ArticleBuilder {
        var b = ArticleBuilder(
            "articles/other.txt", date: "1987-03-04",
            sentences: ["Senator Howard Baker said the EC must act.", "Bundesbank said rates hold in WASHINGTON."])
        b.mention("Howard Baker", .person, sentence: 0, rule: "person.title-cue", confidence: 0.9)
        b.mention("EC", .organization, sentence: 0, rule: "organization.acronym", confidence: 0.65)
        b.mention("Bundesbank", .person, sentence: 1, rule: "person.speech-cue", confidence: 0.7)
        b.mention("WASHINGTON", .place, sentence: 1, rule: "place.gazetteer", confidence: 0.85)
        b.relation(("Howard Baker", .person), ("EC", .organization), sentences: [0])
        b.relation(("Bundesbank", .person), ("WASHINGTON", .place), sentences: [1])
        return b
    }

    static var bank: ArticleBuilder {
        var b = ArticleBuilder(
            "articles/bank.txt", date: "1987-03-05",
            sentences: ["The Bundesbank raised rates.", "Bundesbank officials said so in Washington."])
        b.mention("Bundesbank", .organization, sentence: 0, rule: "organization.gazetteer", confidence: 0.85)
        b.alias("Funaro", of: "Dilson Funaro", .person)
        b.mention("Bundesbank", .person, sentence: 1, rule: "person.speech-cue", confidence: 0.7)
        b.mention("Washington", .place, sentence: 1, rule: "place.gazetteer", confidence: 0.85)
        b.relation(("Bundesbank", .organization), ("Washington", .place), sentences: [1])
        b.relation(("Bundesbank", .person), ("Washington", .place), sentences: [1])
        return b
    }

    static var all: [ArticleBuilder] { [dateline, body, other, bank] }

    func entity(_ store: GraphStore, _ name: String) throws -> (name: String, kind: EntityKind, mentions: Int)? {
        let row = try store.database.prepare(
            """
            SELECT e.name, e.kind, count(m.id) FROM entity e JOIN mention m ON m.entity_id = e.id
            WHERE e.id = (SELECT entity_id FROM mention WHERE extracted_name = ? LIMIT 1) GROUP BY e.id
            """
        ).rows([.text(name)]).first
        guard let row, let kind = row[1].string.flatMap(EntityKind.init(rawValue:)) else { return nil }
        return (row[0].string ?? "", kind, row[2].int ?? 0)
    }

    func reason(_ store: GraphStore, _ name: String) throws -> String? {
        try store.database.prepare("SELECT reason FROM name_join WHERE name = ?").rows([.text(name)]).first?[0].string
    }

    func ingested(_ location: StoreLocation, _ articles: [ArticleBuilder] = IdentityTests.all) throws -> GraphStore {
        let store = try location.open()
        try store.ingest(articles.map(\.analyzed))
        return store
    }

    @Test(arguments: StoreLocation.allCases)
    func caseTwinsAreOneEntityNamedByTheBestWrittenForm(_ location: StoreLocation) throws {
        let store = try ingested(location)
        #expect(try entity(store, "NEW YORK")?.name == "New York")
        #expect(try entity(store, "NEW YORK")?.mentions == 2)
        #expect(try entity(store, "WASHINGTON")?.name == "Washington")
        #expect(try reason(store, "NEW YORK") == "identity.case")
    }

    @Test(arguments: StoreLocation.allCases)
    func listedVariantsAreOneCountry(_ location: StoreLocation) throws {
        let store = try ingested(location)
        #expect(try entity(store, "U.S.")?.name == "United States")
        #expect(try entity(store, "United States")?.mentions == 2)
        #expect(try reason(store, "U.S.") == "identity.variant")
    }

    @Test(arguments: StoreLocation.allCases)
    func anAcronymDefinedInOneArticleJoinsItsDefinitionEverywhere(_ location: StoreLocation) throws {
        let store = try ingested(location)
        // "EC" of articles/other.txt never says what it stands for; articles/body.txt does.
        #expect(try entity(store, "EC")?.name == "European Community")
        let detail = try store.database.prepare("SELECT detail FROM name_join WHERE name = 'EC'").rows().first?[0]
        #expect(detail?.string?.contains("articles/body.txt") == true)
        #expect(try reason(store, "EC") == "identity.acronym-defined")
    }

    @Test(arguments: StoreLocation.allCases)
    func strongCuesDecideTheKindAndTheLosingEvidenceStays(_ location: StoreLocation) throws {
        let store = try ingested(location)
        // Two "Bundesbank said" (weak) against one gazetteer entry (strong).
        #expect(try entity(store, "Bundesbank")?.kind == .organization)
        #expect(try entity(store, "Bundesbank")?.mentions == 3)
        let kinds = try store.database.prepare(
            "SELECT DISTINCT extracted_kind FROM mention WHERE extracted_name = 'Bundesbank' ORDER BY 1"
        ).rows().map { $0[0].string ?? "" }
        #expect(kinds == ["organization", "person"])
    }

    @Test(arguments: StoreLocation.allCases)
    func aLoneSurnameJoinsTheOnlyFullNameAndAmbiguousOnesStayApart(_ location: StoreLocation) throws {
        let store = try ingested(location)
        #expect(try entity(store, "Funaro")?.name == "Dilson Funaro")
        #expect(try reason(store, "Funaro") == "identity.surname")
        // James Baker and Howard Baker: "Baker" alone is neither, and audit says why.
        #expect(try entity(store, "Baker")?.name == "Baker")
        #expect(try entity(store, "James Baker")?.name == "James Baker")
        #expect(try entity(store, "Howard Baker")?.name == "Howard Baker")
        let row = try Auditor(store).audit().first { $0.name == "Baker" }
        #expect(row?.reasons.contains { $0.hasPrefix("ambiguous short name") } == true)
    }

    /// Two articles call Chirac's spokesman Denis Baudouin "Baudouin"; two others speak of King Baudouin with no full
    /// name. The corpus does not say the king is the spokesman: "Baudouin" alone stays its own node, marked ambiguous.
    static func baudouin(_ king: Int) -> [ArticleBuilder] {
        let spokesman = (0..<2).map { n in
            var b = ArticleBuilder(
                "articles/spokesman\(n).txt", date: "1987-03-1\(n)",
                sentences: ["Government spokesman Denis Baudouin said ministers agreed.", "Baudouin said so again."])
            b.mention("Denis Baudouin", .person, sentence: 0, rule: "person.role-cue", confidence: 0.8)
            b.mention("Baudouin", .person, sentence: 1, entity: "Denis Baudouin", rule: "person.speech-cue")
            b.alias("Baudouin", of: "Denis Baudouin", .person)
            return b
        }
        let kings = (0..<king).map { n in
            var b = ArticleBuilder(
                "articles/king\(n).txt", date: "1987-10-1\(n)", sentences: ["King Baudouin accepted the resignation."])
            b.mention("Baudouin", .person, sentence: 0, rule: "person.title-cue", confidence: 0.9)
            return b
        }
        return spokesman + kings
    }

    @Test(arguments: StoreLocation.allCases)
    func aSurnameUsedAloneAsOftenAsForTheFullNameStaysApart(_ location: StoreLocation) throws {
        let store = try ingested(location, IdentityTests.baudouin(2))
        #expect(try entity(store, "Denis Baudouin")?.mentions == 4)
        let king = try store.database.prepare(
            "SELECT e.name FROM mention m JOIN entity e ON e.id = m.entity_id WHERE m.rule = 'person.title-cue'"
        ).rows([]).map { $0[0].string }
        #expect(king == ["Baudouin", "Baudouin"])
        let row = try Auditor(store).audit().first { $0.name == "Baudouin" }
        #expect(row?.reasons.contains { $0.hasPrefix("ambiguous short name") } == true)
        // With one lone article against two that name him, the corpus says it is the spokesman.
        let one = try ingested(location, IdentityTests.baudouin(1))
        #expect(try entity(one, "Denis Baudouin")?.mentions == 5)
        #expect(try reason(one, "Baudouin") == "identity.surname")
    }

    @Test(arguments: StoreLocation.allCases)
    func showGivesEveryMergeItsReason(_ location: StoreLocation) throws {
        let store = try ingested(location)
        let report = try Auditor(store).report(for: GraphQuery(store).entity(named: "European Community").entity)
        let reasons = Dictionary(uniqueKeysWithValues: report.aliases.map { ($0.name, $0.reason) })
        #expect(reasons["EC"]?.hasPrefix("alias.acronym-defined") == true)
        let york = try Auditor(store).report(for: GraphQuery(store).entity(named: "New York").entity)
        #expect(york.aliases.map(\.reason) == ["identity.case"])
    }

    @Test(arguments: StoreLocation.allCases)
    func ingestOrderDoesNotChangeTheGraph(_ location: StoreLocation) throws {
        let together = try StoreInvariants.identitySnapshot(try ingested(location))
        let forward = try location.open()
        for article in IdentityTests.all { try forward.ingest([article.analyzed]) }
        let backward = try location.open()
        for article in IdentityTests.all.reversed() { try backward.ingest([article.analyzed]) }
        #expect(try StoreInvariants.identitySnapshot(forward) == together)
        #expect(try StoreInvariants.identitySnapshot(backward) == together)
        #expect(together.contains("Dilson Funaro|New York|co-occurrence|1|1"))
        #expect(together.contains("New York|United States|co-occurrence|2|1"))
    }

    @Test(arguments: StoreLocation.allCases)
    func reingestIsIdempotent(_ location: StoreLocation) throws {
        let store = try ingested(location)
        let before = try StoreInvariants.identitySnapshot(store)
        let summary = try store.ingest(IdentityTests.all.map(\.analyzed))
        #expect(summary.unchanged == IdentityTests.all.count)
        #expect(try StoreInvariants.identitySnapshot(store) == before)
    }

    @Test(arguments: StoreLocation.allCases)
    func anIncrementalMergeGivesWhatRederivingEverythingGives(_ location: StoreLocation) throws {
        let store = try ingested(location)
        try Curator(store).record(
            .merge(
                GraphQuery(store).entity(named: "Baker").entity,
                into: GraphQuery(store).entity(named: "James Baker").entity))
        let incremental = try StoreInvariants.identitySnapshot(store)
        #expect(try entity(store, "Baker")?.name == "James Baker")
        try store.database.transaction { try store.reapplyCuration() }
        #expect(try StoreInvariants.identitySnapshot(store) == incremental)
        // The decision survives a new article that adds a Baker.
        var more = ArticleBuilder("articles/more.txt", sentences: ["BAKER said no."])
        more.mention("BAKER", .person, sentence: 0, rule: "person.speech-cue", confidence: 0.7)
        try store.ingest([more.analyzed])
        #expect(try entity(store, "BAKER")?.name == "James Baker")
        #expect(try reason(store, "Baker") == "curation")
    }

    @Test(arguments: StoreLocation.allCases)
    func statsCountEntitiesBeforeAndAfterAndMergesByReason(_ location: StoreLocation) throws {
        let stats = try ingested(location).stats()
        #expect(stats.entitiesBeforeResolution > stats.entities)
        #expect(stats.mergesByReason["identity.case"] == 2)
        #expect(stats.mergesByReason["identity.variant"] == 1)
        #expect(stats.mergesByReason["identity.surname"] == 1)
    }
}

/// The pure parts: keys, naming, kind votes, store-wide joins, and the resolver's first-name and initials rules.
@Suite struct IdentityRuleTests {
    @Test(arguments: [
        ("NEW YORK", "New York"), ("Zürich", "Zurich"), ("U.S.", "United States"), ("USA", "America"),
        ("Britain", "United Kingdom"), ("Dilson  Funaro", "Dilson Funaro"), ("O’Brien", "O'Brien"),
    ])
    func oneKey(_ a: String, _ b: String) {
        #expect(NameVariants.key(a) == NameVariants.key(b))
    }

    @Test(arguments: [("Latin America", "America"), ("EC", "EC Commission"), ("Georgia", "Georgia Power")])
    func differentKeys(_ a: String, _ b: String) {
        #expect(NameVariants.key(a) != NameVariants.key(b))
    }

    @Test func theBestWrittenFormNamesTheEntity() {
        #expect(EntityNaming.best([("NEW YORK", 2358), ("New York", 744)]) == "New York")
        #expect(EntityNaming.best([("Zurich", 5), ("Zürich", 1)]) == "Zürich")
        #expect(EntityNaming.best([("U.S.", 7787), ("United States", 963)]) == "United States")
        #expect(EntityNaming.best([("McDonald", 2), ("Mcdonald", 2)]) == "McDonald")
        #expect(EntityNaming.best([("WALTHAM", 40), ("WALtHAM", 1)]) == "WALTHAM")
    }

    @Test func strongEvidenceOutweighsAnyNumberOfSaids() {
        var vote = KindVote()
        vote.add(kind: .person, rule: "person.speech-cue", mentions: 147, confidence: 102.9)
        vote.add(kind: .organization, rule: "organization.gazetteer", mentions: 3, confidence: 2.55)
        #expect(vote.winner == .organization)
        var weak = KindVote()
        weak.add(kind: .person, rule: "person.speech-cue", mentions: 3, confidence: 2.1)
        weak.add(kind: .organization, rule: "organization.statement-cue", mentions: 1, confidence: 0.6)
        #expect(weak.winner == .person)
    }

    func stat(_ name: String, _ kind: EntityKind, _ rule: String, _ n: Int = 1) -> CorpusJoins.NameStat {
        CorpusJoins.NameStat(name: name, kind: kind, rule: rule, mentions: n, confidence: 0.8 * Double(n))
    }

    @Test func anAcronymJoinsOnlyWhenItsDefinitionsAgree() {
        let names = [stat("EC", .organization, "organization.acronym", 9)]
        let agree = (0..<4).map { CorpusJoins.Definition(acronym: "EC", name: "European Community", source: "a\($0)") }
        #expect(CorpusJoins.compute(names: names, definitions: agree).joins["ec"]?.target == "european community")
        let split =
            agree.prefix(2)
            + [
                .init(acronym: "EC", name: "Eastern Caribbean", source: "b1"),
                .init(acronym: "EC", name: "Eastern Caribbean", source: "b2"),
            ]
        #expect(CorpusJoins.compute(names: names, definitions: Array(split)).joins["ec"] == nil)
    }

    @Test func aSurnameNeverWrittenInMixedCaseStaysAlone() {
        let names = [
            stat("Dilson Funaro", .person, "person.title-cue"), stat("SELLS", .person, "person.surname"),
            stat("Tom Sells", .person, "person.title-cue"),
        ]
        let used = [CorpusJoins.ShortForm(short: "Sells", full: "Tom Sells", articles: 5)]
        #expect(CorpusJoins.compute(names: names, definitions: [], shortForms: used).joins["sells"] == nil)
    }

    @Test func aFullNameNeverNamedWithATitleOrRoleTakesNoSurname() {
        let names = [stat("Merrill Lynch", .person, "person.speech-cue"), stat("Lynch", .person, "person.speech-cue")]
        #expect(CorpusJoins.compute(names: names, definitions: []).joins["lynch"] == nil)
        let person = [stat("Peter Lynch", .person, "person.role-cue"), stat("Lynch", .person, "person.speech-cue")]
        let used = [CorpusJoins.ShortForm(short: "Lynch", full: "Peter Lynch", articles: 2)]
        #expect(
            CorpusJoins.compute(names: person, definitions: [], shortForms: used).joins["lynch"]?.target
                == "peter lynch")
        // Only one article ever called him Lynch: not enough to call every Lynch him.
        let once = [CorpusJoins.ShortForm(short: "Lynch", full: "Peter Lynch", articles: 1)]
        #expect(CorpusJoins.compute(names: person, definitions: [], shortForms: once).joins["lynch"] == nil)
    }

    @Test func aSurnameJoinsOnlyWhenMoreArticlesNameItsFullNameThanUseItAlone() {
        let names = [stat("Denis Baudouin", .person, "person.role-cue"), stat("Baudouin", .person, "person.title-cue")]
        let used = [CorpusJoins.ShortForm(short: "Baudouin", full: "Denis Baudouin", articles: 2)]
        let tie = CorpusJoins.compute(names: names, definitions: [], shortForms: used, loneArticles: ["Baudouin": 2])
        #expect(tie.joins["baudouin"]?.target == "")
        #expect(tie.joins["baudouin"]?.reason == "identity.ambiguous")
        let fewer = CorpusJoins.compute(names: names, definitions: [], shortForms: used, loneArticles: ["Baudouin": 1])
        #expect(fewer.joins["baudouin"]?.target == "denis baudouin")
    }

    @Test func aNameJoinedByConnectorsIsNoPersonToTakeASurname() {
        let names = [
            stat("Agreement on Tariffs and Trade", .person, "person.role-cue"),
            stat("Trade", .person, "person.speech-cue"),
        ]
        let used = [CorpusJoins.ShortForm(short: "Trade", full: "Agreement on Tariffs and Trade", articles: 3)]
        #expect(CorpusJoins.compute(names: names, definitions: [], shortForms: used).joins["trade"] == nil)
        // A particle is part of a person's name: "de Clercq" still takes "Clercq".
        let person = [
            stat("Willy de Clercq", .person, "person.role-cue"), stat("Clercq", .person, "person.speech-cue"),
        ]
        let clercq = [CorpusJoins.ShortForm(short: "Clercq", full: "Willy de Clercq", articles: 3)]
        #expect(
            CorpusJoins.compute(names: person, definitions: [], shortForms: clercq).joins["clercq"]?.target
                == "willy de clercq")
    }

    @Test func aHeadlineFullNameTakesNoSurname() {
        let names = [stat("SEES HOPE", .person, "person.title-cue"), stat("Hope", .person, "person.given-name")]
        #expect(CorpusJoins.compute(names: names, definitions: []).joins["hope"] == nil)
    }

    func resolve(_ text: String, _ spans: [(String, EntityKind, String)]) -> [Mention] {
        let buffer = TextBuffer(text)
        let document = Tokenizer.document(text: buffer, blocks: [buffer.fullRange])
        var mentions: [Mention] = []
        var from = text.startIndex
        for (surface, kind, rule) in spans {
            guard let found = text.range(of: surface, range: from..<text.endIndex) else { continue }
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: found.lowerBound)
            mentions.append(
                Mention(
                    range: TextRange(start, start + surface.unicodeScalars.count), text: surface, kind: kind,
                    rule: rule, confidence: 0.8, sentence: 0))
            from = found.upperBound
        }
        return Resolver().resolve(mentions, in: document).mentions
    }

    @Test func aCompanysFirstWordDoesNotJoinALongerName() {
        let mentions = resolve(
            "Toshiba Machine said it sold tools. Toshiba said it was not involved.",
            [("Toshiba Machine", .person, "person.speech-cue"), ("Toshiba", .person, "person.speech-cue")])
        #expect(mentions.map(\.entity) == ["Toshiba Machine", "Toshiba"])
    }

    @Test func aGivenNameJoinsAFullNameEndingInASurname() {
        let mentions = resolve(
            "Mr Robert Miller arrived. Robert said hello.",
            [("Robert Miller", .person, "person.title-cue"), ("Robert", .person, "person.given-name")])
        #expect(mentions.map(\.entity) == ["Robert Miller", "Robert Miller"])
    }

    @Test func aListedGivenNameJoinsOnlyAFullNameTypedByMoreThanTheLists() {
        // "Martin Eby" (a builder) is typed person by the name lists alone; Rep. Martin is someone else.
        let lists = resolve(
            "A venture with Robert Miller won the job. Robert said Congress must review it.",
            [("Robert Miller", .person, "person.given-name"), ("Robert", .person, "person.speech-cue")])
        #expect(lists.map(\.entity) == ["Robert Miller", "Robert"])
        // Named with a title, the same full name takes its first word.
        let titled = resolve(
            "Mr Robert Miller won the job. Robert said Congress must review it.",
            [("Robert Miller", .person, "person.title-cue"), ("Robert", .person, "person.speech-cue")])
        #expect(titled.map(\.entity) == ["Robert Miller", "Robert Miller"])
    }

    @Test func headlineWordsJoinNoFullName() {
        let mentions = resolve(
            "ALGERIA SIGNS LNG DEAL. The LNG will flow.",
            [("LNG DEAL", .person, "person.speech-cue"), ("LNG", .person, "person.name-part")])
        #expect(mentions.map(\.entity) == ["LNG DEAL", "LNG"])
    }

    @Test func aHeadWordAloneJoinsNoNameEndingInIt() {
        let mentions = resolve(
            "Elgin National bank was sold. American National now owns nine banks.",
            [("Elgin National", .person, "person.given-name"), ("National", .person, "person.surname")])
        #expect(mentions.map(\.entity) == ["Elgin National", "National"])
    }

    @Test func initialsNeverJoinAUnitNamedWithTheAcronym() {
        let mentions = resolve(
            "The EC Commission proposed cuts. The EC will decide.",
            [("EC Commission", .organization, "organization.head-word"), ("EC", .organization, "organization.acronym")])
        #expect(mentions.map(\.entity) == ["EC Commission", "EC"])
    }
}

/// Acronyms defined by a name extraction did not find as a mention.
@Suite struct WrittenDefinitionTests {
    func entity(of acronym: String, in text: String) -> String? {
        let buffer = TextBuffer(text)
        let document = Tokenizer.document(text: buffer, blocks: [buffer.fullRange])
        guard let found = text.range(of: "(" + acronym + ")") else { return nil }
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: found.lowerBound) + 1
        let mention = Mention(
            range: TextRange(start, start + acronym.unicodeScalars.count), text: acronym, kind: .organization,
            rule: "organization.acronym", confidence: 0.65, sentence: 0)
        let (mentions, aliases) = Resolver().resolve([mention], in: document)
        guard aliases.first?.reason == "alias.acronym-defined" else { return nil }
        return mentions.first?.entity
    }

    @Test(arguments: [
        ("Ministers of the European Community (EC) met.", "EC", "European Community"),
        ("The Securities and Exchange Commission (SEC) said.", "SEC", "Securities and Exchange Commission"),
        ("International Business Machines Corp (IBM) rose.", "IBM", "International Business Machines Corp"),
        ("The Bank for International Settlements (BIS) said.", "BIS", "Bank for International Settlements"),
    ])
    func aNameWrittenBeforeTheParenthesesDefinesTheAcronym(_ text: String, _ acronym: String, _ name: String) {
        #expect(entity(of: acronym, in: text) == name)
    }

    @Test(arguments: [
        ("Prices rose (EC) today.", "EC"), ("Shares of Merrill Lynch (MER) rose.", "MER"),
        ("He said (GM) that.", "GM"),
    ])
    func noNameNoDefinition(_ text: String, _ acronym: String) {
        #expect(entity(of: acronym, in: text) == nil)
    }
}
