import Foundation
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// Identity round 3: towns of one name told apart by their qualifier, the kind decided by the weight of evidence,
/// and first-word joins held back where the word builds another name.
@Suite struct HomonymIdentityTests {
    static func article(_ name: String, _ text: String) -> AnalyzedArticle {
        Analyzer().analyze(Article(source: "articles/\(name).txt", externalID: name, text: text))
    }

    /// Two towns called Canton (a Massachusetts maker of valves, an Ohio steel plant) and the Chinese city.
    static var cantons: [AnalyzedArticle] {
        [
            article(
                "canton-mass",
                "CANTON, Mass., March 2 - Plymouth Valve Corp said it sold its pump unit.\n"
                    + "The company, based in Canton, employs 400 people."),
            article(
                "canton-ohio",
                "CANTON, Ohio, March 3 - Timken Steel Co said it will close a mill.\n"
                    + "The mill in Canton made bearings for Detroit carmakers."),
            article(
                "canton-china",
                "PEKING, March 4 - The Canton trade fair opened with buyers from Japan.\n"
                    + "Traders in Canton said orders rose."),
            article(
                "canton-mass-2",
                "CANTON, Mass., March 5 - Plymouth Valve Corp named a new president.\n"
                    + "Sales in Boston rose."),
        ]
    }

    func entities(_ store: GraphStore, like pattern: String) throws -> [String] {
        try store.database.prepare(
            """
            SELECT e.name || '|' || e.kind || '|' || count(m.id) FROM entity e JOIN mention m ON m.entity_id = e.id
            WHERE e.name LIKE ? GROUP BY e.id ORDER BY 1
            """
        ).rows([.text(pattern)]).map { $0[0].string ?? "" }
    }

    @Test func aDatelineQualifierNamesTheTownInTheWholeArticle() {
        let analyzed = HomonymIdentityTests.cantons[0]
        let names = analyzed.mentions.filter { $0.text.lowercased() == "canton" }.map(\.entity)
        #expect(names == ["CANTON (Massachusetts)", "Canton (Massachusetts)"])
    }

    @Test(arguments: [
        "Plants in Chicago, Ohio, and Texas closed.", "NEW YORK, N.Y., March 3 - Shares rose.",
        "Talks in Boston, Tokyo and Paris went on.",
    ])
    func listsAndStatesTakeNoQualifier(_ text: String) {
        let analyzed = HomonymIdentityTests.article("list", text)
        #expect(!analyzed.mentions.contains { PlaceQualifier.parse($0.entity) != nil })
    }

    @Test func qualifiersAreReadAsTheirStateOrCountry() throws {
        let text = TextBuffer("Mass., W. Va., Bermuda and N.J.")
        #expect(PlaceQualifier.qualifier(in: text, at: 0, isCountry: PlaceQualifier.isCountry)?.name == "Massachusetts")
        #expect(PlaceQualifier.qualifier(in: text, at: 7, isCountry: PlaceQualifier.isCountry)?.name == "West Virginia")
        #expect(PlaceQualifier.qualifier(in: text, at: 15, isCountry: PlaceQualifier.isCountry)?.name == "Bermuda")
        #expect(PlaceQualifier.parse("Canton (Massachusetts)")?.town == "Canton")
        #expect(PlaceQualifier.parse("Canton") == nil)
    }

    @Test(arguments: StoreLocation.allCases)
    func townsNamedWithSeveralQualifiersAreSeveralPlaces(_ location: StoreLocation) throws {
        let store = try location.open()
        try store.ingest(HomonymIdentityTests.cantons)
        #expect(
            try entities(store, like: "Canton%") == [
                "Canton (Massachusetts)|place|3", "Canton (Ohio)|place|2", "Canton|place|2",
            ])
        let homonym = try store.database.prepare("SELECT detail FROM identity_join WHERE reason = 'identity.homonym'")
            .rows().map { $0[0].string ?? "" }
        #expect(
            homonym == [
                "Canton is written with 2 different states or countries: Massachusetts (3 mentions), Ohio (2 mentions); each is its own place"
            ])
    }

    @Test(arguments: StoreLocation.allCases)
    func splittingATownKeepsTheResultIndependentOfIngestOrder(_ location: StoreLocation) throws {
        let together = try location.open()
        try together.ingest(HomonymIdentityTests.cantons)
        let expected = try StoreInvariants.identitySnapshot(together)
        // One Canton first (no homonym yet: one entity), then the others split it.
        let forward = try location.open()
        for article in HomonymIdentityTests.cantons { try forward.ingest([article]) }
        let backward = try location.open()
        for article in HomonymIdentityTests.cantons.reversed() { try backward.ingest([article]) }
        #expect(try StoreInvariants.identitySnapshot(forward) == expected)
        #expect(try StoreInvariants.identitySnapshot(backward) == expected)
        #expect(expected.contains { $0.hasPrefix("Canton (Ohio)|Timken Steel Co|dateline|1|1") })
        // Re-ingest changes nothing; deriving everything again gives the same graph.
        try together.ingest(HomonymIdentityTests.cantons)
        #expect(try StoreInvariants.identitySnapshot(together) == expected)
        try together.database.transaction { try together.reapplyCuration() }
        #expect(try StoreInvariants.identitySnapshot(together) == expected)
    }

    @Test(arguments: StoreLocation.allCases)
    func aTownNamedWithOneQualifierStaysOnePlace(_ location: StoreLocation) throws {
        let store = try location.open()
        try store.ingest([
            HomonymIdentityTests.cantons[0], HomonymIdentityTests.cantons[2],
            HomonymIdentityTests.article(
                "london",
                "LONDON, March 6 - Gold rose.\nA plant in London, Ont., closed; London, England, was calm."),
            HomonymIdentityTests.article("london-2", "LONDON, March 7 - Gold fell."),
        ])
        #expect(try entities(store, like: "Canton%") == ["Canton|place|4"])
        #expect(try entities(store, like: "London%").count == 1)
        let reason = try store.database.prepare("SELECT reason FROM name_join WHERE name = 'CANTON (Massachusetts)'")
            .rows().first?[0].string
        #expect(reason == "identity.place-qualifier")
    }

    @Test(arguments: StoreLocation.allCases)
    func curationStillWinsOverAQualifiedTown(_ location: StoreLocation) throws {
        let store = try location.open()
        try store.ingest(HomonymIdentityTests.cantons)
        try Curator(store).record(
            .merge(
                GraphQuery(store).entity(named: "Canton (Ohio)").entity,
                into: GraphQuery(store).entity(named: "Canton").entity))
        #expect(try entities(store, like: "Canton%") == ["Canton (Massachusetts)|place|3", "Canton|place|4"])
        try store.ingest([HomonymIdentityTests.article("canton-ohio-2", "CANTON, Ohio, March 9 - Steel output fell.")])
        #expect(try entities(store, like: "Canton%") == ["Canton (Massachusetts)|place|3", "Canton|place|5"])
    }

    /// A town whose name is a surname joined store-wide to a person ("Baudouin" -> "Denis Baudouin") stays a place.
    @Test(arguments: StoreLocation.allCases)
    func aQualifiedTownKeepsItsOwnNodeWhenItsNameJoinsAPerson(_ location: StoreLocation) throws {
        var town = ArticleBuilder("articles/town.txt", sentences: ["BAUDOUIN, Texas - Oil output rose."])
        town.mention("BAUDOUIN", .place, sentence: 0, entity: "BAUDOUIN (Texas)", rule: "place.dateline")
        let articles = IdentityTests.baudouin(1) + [town]
        var snapshots: [[String]] = []
        for order in [articles, articles.reversed()] {
            let store = try location.open()
            for article in order { try store.ingest([article.analyzed]) }
            #expect(try entities(store, like: "%Baudouin%") == ["BAUDOUIN (Texas)|place|1", "Denis Baudouin|person|5"])
            snapshots.append(try StoreInvariants.identitySnapshot(store))
        }
        let together = try location.open()
        try together.ingest(articles.map(\.analyzed))
        #expect(
            snapshots == [
                try StoreInvariants.identitySnapshot(together), try StoreInvariants.identitySnapshot(together),
            ])
    }

    @Test func aFewStrongCuesDoNotOutweighHundredsOfMentionsOfAnotherKind() {
        var chicago = KindVote()
        chicago.add(kind: .place, rule: "place.dateline", mentions: 513, confidence: 466.8)
        chicago.add(kind: .place, rule: "place.city", mentions: 226, confidence: 207.9)
        chicago.add(kind: .organization, rule: "organization.team-cue", mentions: 1, confidence: 0.68)
        chicago.add(kind: .organization, rule: "organization.team-score", mentions: 4, confidence: 3)
        #expect(chicago.winner == .place)
        // The losing evidence stays in the tally.
        #expect(chicago.tallies[.organization]?.mentions == 5)
        // A handful of city mentions does not beat the same strong cue.
        var team = KindVote()
        team.add(kind: .place, rule: "place.city", mentions: 20, confidence: 18)
        team.add(kind: .organization, rule: "organization.team-cue", mentions: 1, confidence: 0.68)
        #expect(team.winner == .organization)
        // Sayings never count as evidence of the kind, however many.
        var bank = KindVote()
        bank.add(kind: .person, rule: "person.speech-cue", mentions: 900, confidence: 700)
        bank.add(kind: .organization, rule: "organization.gazetteer", mentions: 1, confidence: 0.9)
        #expect(bank.winner == .organization)
    }

    @Test(arguments: StoreLocation.allCases)
    func theKindOfAPlaceNamedByHundredsOfMentionsSurvivesATeamCue(_ location: StoreLocation) throws {
        var articles: [ArticleBuilder] = []
        for n in 0..<60 {
            var b = ArticleBuilder("articles/chicago\(n).txt", sentences: ["CHICAGO - Grain futures rose."])
            b.mention("CHICAGO", .place, sentence: 0, rule: "place.dateline", confidence: 0.9)
            articles.append(b)
        }
        var team = ArticleBuilder("articles/team.txt", sentences: ["Chicago beat Boston 3-1."])
        team.mention("Chicago", .organization, sentence: 0, rule: "organization.team-cue", confidence: 0.68)
        articles.append(team)
        let store = try location.open()
        try store.ingest(articles.map(\.analyzed))
        #expect(try entities(store, like: "Chicago") == ["Chicago|place|61"])
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

    @Test func aWordOfAnOrganizationsNameJoinsNoPersonByItsFirstWord() {
        let mentions = resolve(
            "The Islamic Development Bank and Islamic Banks signed. Islamic countries will trade.",
            [
                ("Islamic Development Bank", .organization, "organization.head-word"),
                ("Islamic Banks", .person, "person.surname"), ("Islamic", .person, "person.name-part"),
            ])
        #expect(mentions.map(\.entity) == ["Islamic Development Bank", "Islamic Banks", "Islamic"])
    }

    @Test func theEndOfALongerNameJoinsNoPersonByItsFirstWord() {
        let mentions = resolve(
            "Hudson Markets said it will help. The unit of Tor Hudson grew.",
            [("Hudson Markets", .person, "person.speech-cue"), ("Hudson", .person, "person.name-part")])
        #expect(mentions.map(\.entity) == ["Hudson Markets", "Hudson"])
        // After a title the same word is the person's first name.
        let titled = resolve(
            "Zhanargul Zhumatai said it will help. Ms Zhanargul grew up there.",
            [("Zhanargul Zhumatai", .person, "person.speech-cue"), ("Zhanargul", .person, "person.name-part")])
        #expect(titled.map(\.entity) == ["Zhanargul Zhumatai", "Zhanargul Zhumatai"])
    }

    @Test func aUnitOrParentIsNotTheCompanyItsInitialsSpell() {
        let mentions = resolve(
            "ACME HOLDINGS TO BUY STOCK. AHI is a wholly owned subsidiary of Acme Holdings Inc.",
            [
                ("ACME HOLDINGS", .organization, "organization.head-word"),
                ("AHI", .organization, "organization.acronym"),
                ("Acme Holdings Inc", .organization, "organization.legal-form"),
            ])
        // The headline's company is the article's Acme Holdings Inc (`alias.legal-form`); its unit AHI is not.
        #expect(mentions.map(\.entity) == ["Acme Holdings Inc", "AHI", "Acme Holdings Inc"])
        let plain = resolve(
            "AHI said profits rose. Acme Holdings Inc sold a plant.",
            [
                ("AHI", .organization, "organization.acronym"),
                ("Acme Holdings Inc", .organization, "organization.legal-form"),
            ])
        #expect(plain.map(\.entity) == ["Acme Holdings Inc", "Acme Holdings Inc"])
    }

    func stat(_ name: String, _ kind: EntityKind, _ rule: String, _ n: Int = 1) -> CorpusJoins.NameStat {
        CorpusJoins.NameStat(name: name, kind: kind, rule: rule, mentions: n, confidence: 0.8 * Double(n))
    }

    @Test func aDefinitionOutvotedByInitialsElsewhereJoinsNothing() {
        let names = [stat("AMC", .organization, "organization.acronym", 30)]
        let definition = [CorpusJoins.Definition(acronym: "AMC", name: "Amalgamated Metal Corporation", source: "d")]
        #expect(CorpusJoins.compute(names: names, definitions: definition).joins["amc"] != nil)
        let initials = (0..<5).map {
            CorpusJoins.Definition(acronym: "AMC", name: "American Motors Corp", source: "i\($0)")
        }
        #expect(CorpusJoins.compute(names: names, definitions: definition, initials: initials).joins["amc"] == nil)
        // Initials that agree with the definition keep it.
        let agreeing = initials.map {
            CorpusJoins.Definition(acronym: "AMC", name: "Amalgamated Metal Corporation", source: $0.source)
        }
        let joined = CorpusJoins.compute(names: names, definitions: definition, initials: agreeing).joins["amc"]
        #expect(joined?.target == "amalgamated metal corporation")
    }

    @Test func anAcronymWhoseMentionsSayAnotherKindJoinsNoDefinition() {
        // "Md" of "BALTIMORE, Md." is a place; one article abbreviates McDonnell Douglas Corp "MD".
        let names = [
            stat("Md", .place, "place.dateline", 60), stat("MD", .organization, "organization.acronym", 4),
            stat("McDonnell Douglas Corp", .organization, "organization.legal-form", 20),
        ]
        let definition = [CorpusJoins.Definition(acronym: "MD", name: "McDonnell Douglas Corp", source: "d")]
        #expect(CorpusJoins.compute(names: names, definitions: definition).joins["md"] == nil)
        let company = [stat("MD", .organization, "organization.acronym", 4)] + names.suffix(1)
        #expect(CorpusJoins.compute(names: company, definitions: definition).joins["md"] != nil)
    }

    @Test func aTownUsedAloneAsADatelineAsOftenAsQualifiedIsTheWellKnownOne() {
        let madison = [
            stat("MADISON (Wisconsin)", .place, "place.dateline", 5),
            stat("MADISON (New Jersey)", .place, "place.dateline", 3),
            stat("MADISON", .place, "place.dateline", 1),
        ]
        #expect(CorpusJoins.compute(names: madison, definitions: []).homonyms == ["madison"])
        let london = [
            stat("LONDON", .place, "place.dateline", 500), stat("London (Ontario)", .place, "place.city", 1),
            stat("London (England)", .place, "place.city", 1),
        ]
        #expect(CorpusJoins.compute(names: london, definitions: []).homonyms.isEmpty)
    }

    @Test func anAcronymBeforeARegionNamesTheUnitNotTheCompany() {
        let mentions = resolve(
            "BP North America is a subsidiary of British Petroleum Co Plc.",
            [
                ("BP", .organization, "organization.acronym"), ("North America", .place, "place.gazetteer"),
                ("British Petroleum Co Plc", .organization, "organization.legal-form"),
            ])
        #expect(mentions.map(\.entity) == ["BP North America", "North America", "British Petroleum Co Plc"])
    }

    @Test func theEndOfAnotherNameJoinsNoFullNameByItsLastWord() {
        let mentions = resolve(
            "Ralph Andrews Productions and CCR Productions sold a show. Productions said so.",
            [
                ("Ralph Andrews Productions", .person, "person.given-name"), ("Productions", .person, "person.surname"),
                ("Productions", .person, "person.speech-cue"),
            ])
        #expect(mentions.map(\.entity) == ["Ralph Andrews Productions", "Productions", "Ralph Andrews Productions"])
        let titled = resolve(
            "Treasury Secretary James Baker spoke. Secretary Baker said so.",
            [("James Baker", .person, "person.title-cue"), ("Baker", .person, "person.title-cue")])
        #expect(titled.map(\.entity) == ["James Baker", "James Baker"])
        let opener = resolve(
            "EC Commission President Jacques Delors spoke. Although Delors said so, talks go on.",
            [("Jacques Delors", .person, "person.title-cue"), ("Delors", .person, "person.speech-cue")])
        #expect(opener.map(\.entity) == ["Jacques Delors", "Jacques Delors"])
    }

    @Test func aBareDatelineBesideAQualifiedOneIsAnotherTown() {
        let names = [
            stat("SAN JOSE (California)", .place, "place.dateline", 36), stat("SAN JOSE", .place, "place.dateline", 7),
        ]
        #expect(CorpusJoins.compute(names: names, definitions: []).homonyms == ["san jose"])
        let chicago = [
            stat("CHICAGO", .place, "place.dateline", 500), stat("Chicago (Illinois)", .place, "place.city", 3),
        ]
        #expect(CorpusJoins.compute(names: chicago, definitions: []).homonyms.isEmpty)
    }
}
