import Foundation
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// Identity round 4: one name spelt with other full stops and commas ("St. Louis" / "St Louis") or with another legal
/// form ("General Motors" / "General Motors Corp" / "General Motors Corporation") is one entity, and the companies,
/// institutions and people that only look alike stay apart.
@Suite struct SpellingIdentityTests {
    static var detroit: ArticleBuilder {
        var b = ArticleBuilder(
            "articles/detroit.txt", date: "1987-03-02",
            sentences: [
                "General Motors Corp said it will cut output.", "General Motors said sales fell.",
                "Boeing Co and Texaco Inc. also reported.", "Goldman, Sachs and Co advised, and Salomon Inc bid.",
            ])
        b.mention("General Motors Corp", .organization, sentence: 0, rule: "organization.legal-form")
        b.mention("General Motors", .organization, sentence: 1, rule: "organization.knowledge-base", confidence: 0.8)
        b.mention("Boeing Co", .organization, sentence: 2, rule: "organization.legal-form")
        b.mention("Texaco Inc.", .organization, sentence: 2, rule: "organization.legal-form")
        b.mention("Goldman, Sachs and Co", .organization, sentence: 3, rule: "organization.legal-form")
        b.mention("Salomon Inc", .organization, sentence: 3, rule: "organization.legal-form")
        b.relation(("Boeing Co", .organization), ("Texaco Inc.", .organization), sentences: [2])
        b.relation(("Goldman, Sachs and Co", .organization), ("Salomon Inc", .organization), sentences: [3])
        return b
    }

    static var newYork: ArticleBuilder {
        var b = ArticleBuilder(
            "articles/new-york.txt", date: "1987-03-03",
            sentences: [
                "General Motors Corporation shares rose.", "Boeing said orders rose, and Texaco agreed.",
                "Goldman Sachs and First Boston Inc led the issue.", "Salomon Brothers Inc managed the bond.",
            ])
        b.mention("General Motors Corporation", .organization, sentence: 0, rule: "organization.legal-form")
        b.mention("Boeing", .organization, sentence: 1, rule: "organization.knowledge-base", confidence: 0.8)
        b.mention("Texaco", .organization, sentence: 1, rule: "organization.knowledge-base", confidence: 0.8)
        b.mention("Goldman Sachs", .organization, sentence: 2, rule: "organization.knowledge-base", confidence: 0.8)
        b.mention("First Boston Inc", .organization, sentence: 2, rule: "organization.legal-form")
        b.mention("Salomon Brothers Inc", .organization, sentence: 3, rule: "organization.legal-form")
        b.relation(("Boeing", .organization), ("Texaco", .organization), sentences: [1])
        b.relation(("Goldman Sachs", .organization), ("First Boston Inc", .organization), sentences: [2])
        return b
    }

    static var stLouis: ArticleBuilder {
        var b = ArticleBuilder(
            "articles/st-louis.txt", date: "1987-03-04",
            sentences: [
                "ST. LOUIS - The Commodity Credit Corporation will buy wheat.",
                "The Commodity Credit Corp. said prices in St Louis rose, the Commodity Credit Corporation said.",
                "General Electric Co Plc said sales rose.", "The Treasury sold bills.",
            ])
        b.mention("ST. LOUIS", .place, sentence: 0, rule: "place.dateline", confidence: 0.95)
        b.mention("Commodity Credit Corporation", .organization, sentence: 0, rule: "organization.legal-form")
        b.mention("Commodity Credit Corp.", .organization, sentence: 1, rule: "organization.legal-form")
        b.mention("St Louis", .place, sentence: 1, rule: "place.gazetteer", confidence: 0.9)
        b.mention("Commodity Credit Corporation", .organization, sentence: 1, rule: "organization.legal-form")
        b.mention("General Electric Co Plc", .organization, sentence: 2, rule: "organization.legal-form")
        b.mention("Treasury", .organization, sentence: 3, rule: "organization.gazetteer", confidence: 0.85)
        b.relation(("ST. LOUIS", .place), ("Commodity Credit Corporation", .organization), sentences: [0])
        b.relation(("Commodity Credit Corp.", .organization), ("St Louis", .place), sentences: [1])
        return b
    }

    static var washington: ArticleBuilder {
        var b = ArticleBuilder(
            "articles/washington.txt", date: "1987-03-05",
            sentences: [
                "General Electric Co said profits rose, General Electric Co. said.", "General Electric said so.",
                "General Electric Co said it again.", "Goldman Sachs International was lead manager.",
                "TREASURY CORP OF NSW ISSUES BOND.", "Senator Ford said Ford Motor Co must act.",
                "Ford Motor said no.", "First Boston Corp and Merrill Lynch and Co Inc bid.", "Merrill Lynch said so.",
            ])
        b.mention("General Electric Co", .organization, sentence: 0, rule: "organization.legal-form")
        b.mention("General Electric Co.", .organization, sentence: 0, rule: "organization.legal-form")
        b.mention("General Electric", .organization, sentence: 1, rule: "organization.knowledge-base", confidence: 0.8)
        b.mention("General Electric Co", .organization, sentence: 2, rule: "organization.legal-form")
        b.mention("Goldman Sachs International", .organization, sentence: 3, rule: "organization.head-word")
        b.mention("TREASURY CORP", .organization, sentence: 4, rule: "organization.legal-form")
        b.mention("Ford", .person, sentence: 5, rule: "person.title-cue")
        b.mention("Ford Motor Co", .organization, sentence: 5, rule: "organization.legal-form")
        b.mention("Ford Motor", .organization, sentence: 6, rule: "organization.knowledge-base", confidence: 0.8)
        b.mention("First Boston Corp", .organization, sentence: 7, rule: "organization.legal-form")
        b.mention("Merrill Lynch and Co Inc", .organization, sentence: 7, rule: "organization.legal-form")
        b.mention("Merrill Lynch", .organization, sentence: 8, rule: "organization.knowledge-base", confidence: 0.8)
        b.relation(("Ford", .person), ("Ford Motor Co", .organization), sentences: [5])
        b.relation(
            ("First Boston Corp", .organization), ("Merrill Lynch and Co Inc", .organization), sentences: [7])
        return b
    }

    static var all: [ArticleBuilder] { [detroit, newYork, stLouis, washington] }

    func ingested(_ location: StoreLocation, _ articles: [ArticleBuilder] = SpellingIdentityTests.all) throws
        -> GraphStore
    {
        let store = try location.open()
        try store.ingest(articles.map(\.analyzed))
        return store
    }

    /// The entity an extracted name belongs to: its name, kind and mention count.
    func entity(_ store: GraphStore, _ name: String) throws -> String? {
        try store.database.prepare(
            """
            SELECT e.name || '|' || e.kind || '|' || (SELECT count(*) FROM mention x WHERE x.entity_id = e.id)
            FROM entity e WHERE e.id = (SELECT entity_id FROM mention WHERE extracted_name = ? LIMIT 1)
            """
        ).rows([.text(name)]).first?[0].string
    }

    func reason(_ store: GraphStore, _ name: String) throws -> String? {
        try store.database.prepare("SELECT reason FROM name_join WHERE name = ?").rows([.text(name)]).first?[0].string
    }

    @Test(arguments: StoreLocation.allCases)
    func spellingsOfOneNameAreOneEntity(_ location: StoreLocation) throws {
        let store = try ingested(location)
        for name in ["General Motors Corp", "General Motors", "General Motors Corporation"] {
            #expect(try entity(store, name) == "General Motors|organization|3")
        }
        #expect(try entity(store, "Boeing Co") == "Boeing|organization|2")
        #expect(try entity(store, "Texaco Inc.") == "Texaco|organization|2")
        #expect(try entity(store, "Commodity Credit Corp.") == "Commodity Credit Corporation|organization|3")
        #expect(try entity(store, "Goldman, Sachs and Co") == "Goldman Sachs|organization|2")
        #expect(try entity(store, "First Boston Inc") == "First Boston Corp|organization|2")
        #expect(try entity(store, "Merrill Lynch and Co Inc") == "Merrill Lynch|organization|2")
        #expect(try entity(store, "Ford Motor Co") == "Ford Motor|organization|2")
        #expect(try entity(store, "ST. LOUIS") == "St Louis|place|2")
        #expect(try entity(store, "General Electric") == "General Electric Co|organization|4")
    }

    @Test(arguments: StoreLocation.allCases)
    func eachJoinHasItsReason(_ location: StoreLocation) throws {
        let store = try ingested(location)
        #expect(try reason(store, "General Motors Corp") == "identity.legal-form")
        #expect(try reason(store, "Goldman, Sachs and Co") == "identity.legal-form")
        #expect(try reason(store, "ST. LOUIS") == "identity.punctuation")
        #expect(try reason(store, "General Electric Co.") == "identity.punctuation")
        let detail = try store.database.prepare("SELECT detail FROM name_join WHERE name = 'General Electric'")
            .rows().first?[0].string
        #expect(detail?.contains("another kind of legal form is another company: General Electric Co Plc (1)") == true)
        let stats = try store.stats()
        #expect(stats.mergesByReason["identity.legal-form"] == 10)
        #expect(stats.mergesByReason["identity.punctuation"] == 2)
    }

    @Test(arguments: StoreLocation.allCases)
    func companiesInstitutionsAndPeopleThatOnlyLookAlikeStayApart(_ location: StoreLocation) throws {
        let store = try ingested(location)
        // The parent and the broker; the US and the British General Electric; the US Treasury and a state treasury
        // corporation; a subsidiary; Senator Ford and the car maker.
        #expect(try entity(store, "Salomon Inc") == "Salomon Inc|organization|1")
        #expect(try entity(store, "Salomon Brothers Inc") == "Salomon Brothers Inc|organization|1")
        #expect(try entity(store, "General Electric Co Plc") == "General Electric Co Plc|organization|1")
        #expect(try entity(store, "Treasury") == "Treasury|organization|1")
        #expect(try entity(store, "TREASURY CORP") == "TREASURY CORP|organization|1")
        #expect(try entity(store, "Goldman Sachs International") == "Goldman Sachs International|organization|1")
        #expect(try entity(store, "Ford") == "Ford|person|1")
        #expect(try StoreInvariants.identitySnapshot(store).contains("Ford|Ford Motor|co-occurrence|1|1"))
    }

    @Test(arguments: StoreLocation.allCases)
    func ingestOrderAndBatchesDoNotChangeTheGraph(_ location: StoreLocation) throws {
        let together = try ingested(location)
        let expected = try StoreInvariants.identitySnapshot(together)
        let orders = [[0, 1, 2, 3], [3, 2, 1, 0], [2, 0, 3, 1], [1, 3, 0, 2]]
        for order in orders {
            let store = try location.open()
            for n in order { try store.ingest([SpellingIdentityTests.all[n].analyzed]) }
            #expect(try StoreInvariants.identitySnapshot(store) == expected, "order \(order)")
        }
        // Two batches: the joins only grow entity by entity, which must give what deriving everything gives.
        let batches = try location.open()
        try batches.ingest([SpellingIdentityTests.detroit.analyzed, SpellingIdentityTests.stLouis.analyzed])
        try batches.ingest([SpellingIdentityTests.newYork.analyzed, SpellingIdentityTests.washington.analyzed])
        #expect(try StoreInvariants.identitySnapshot(batches) == expected)
        try together.ingest(SpellingIdentityTests.all.map(\.analyzed))
        #expect(try StoreInvariants.identitySnapshot(together) == expected)
        try together.database.transaction { try together.reapplyCuration() }
        #expect(try StoreInvariants.identitySnapshot(together) == expected)
        #expect(expected.contains("Boeing|Texaco|co-occurrence|2|2"))
    }

    /// A later article that makes another spelling the commonest does not take a curated entity's decision away.
    @Test(arguments: StoreLocation.allCases)
    func curationOfAJoinedEntitySurvivesLaterArticles(_ location: StoreLocation) throws {
        let store = try ingested(location)
        try Curator(store).record(.retype(GraphQuery(store).entity(named: "Boeing").entity, to: .place))
        try Curator(store).record(
            .merge(
                GraphQuery(store).entity(named: "Salomon Brothers Inc").entity,
                into: GraphQuery(store).entity(named: "Salomon Inc").entity))
        #expect(try entity(store, "Boeing Co") == "Boeing|place|2")
        var more = ArticleBuilder(
            "articles/more.txt",
            sentences: ["Boeing Co said Boeing Co. and Boeing Company won.", "Salomon Brothers Inc. bid."])
        more.mention("Boeing Co", .organization, sentence: 0, rule: "organization.legal-form")
        more.mention("Boeing Co.", .organization, sentence: 0, rule: "organization.legal-form")
        more.mention("Boeing Company", .organization, sentence: 0, rule: "organization.legal-form")
        more.mention("Salomon Brothers Inc.", .organization, sentence: 1, rule: "organization.legal-form")
        try store.ingest([more.analyzed])
        #expect(try entity(store, "Boeing Company") == "Boeing|place|5")
        #expect(try entity(store, "Salomon Brothers Inc.") == "Salomon Inc|organization|3")
        let incremental = try StoreInvariants.identitySnapshot(store)
        try store.database.transaction { try store.reapplyCuration() }
        #expect(try StoreInvariants.identitySnapshot(store) == incremental)
    }
}

/// The pure parts: spellings, legal forms, and the store-wide decision of which spellings are one entity.
@Suite struct SpellingRuleTests {
    @Test(arguments: [
        ("n.y.", "ny"), ("goldman, sachs and co", "goldman sachs and co"), ("st. louis", "st louis"),
        ("u.s", "united states"), ("new york", "new york"),
    ])
    func fullStopsAndCommasAreDropped(_ key: String, _ spelling: String) {
        #expect(NameVariants.spelling(ofKey: key) == spelling)
    }

    @Test(arguments: [
        ("general motors corp", "general motors", "us"), ("merrill lynch and co inc", "merrill lynch", "us"),
        ("general electric co plc", "general electric", "uk"), ("volkswagen ag", "volkswagen", "ag"),
        ("morgan stanley & co", "morgan stanley", "us"), ("british petroleum company plc", "british petroleum", "uk"),
        ("news corp ltd", "news corp", "uk"),
    ])
    func aLegalFormIsTakenOffWithItsKind(_ spelling: String, _ base: String, _ family: String) {
        let legal = NameVariants.legalForm(ofSpelling: spelling)
        #expect(legal?.base == base)
        #expect(legal?.family == family)
    }

    @Test(arguments: ["co", "bank ltd", "bank of america nt and sa", "general motors", "co inc"])
    func noLegalFormOrNothingLeft(_ spelling: String) {
        #expect(NameVariants.legalForm(ofSpelling: spelling) == nil)
    }

    @Test func initialsAreNotAWord() {
        #expect(NameVariants.initialsClash("V.A.", "Va"))
        #expect(NameVariants.initialsClash("T.E.A.M.", "Team"))
        #expect(!NameVariants.initialsClash("N.Y.", "NY"))
        #expect(!NameVariants.initialsClash("N.Y", "N.Y."))
        #expect(!NameVariants.initialsClash("St. Louis", "St Louis"))
        #expect(!NameVariants.initialsClash("Montedison S.p.A.", "Montedison SpA"))
        #expect(!NameVariants.initialsClash("Fiat S.P.A.", "Fiat Spa"))
    }

    func stat(_ name: String, _ kind: EntityKind, _ rule: String, _ n: Int = 1) -> CorpusJoins.NameStat {
        CorpusJoins.NameStat(name: name, kind: kind, rule: rule, mentions: n, confidence: 0.85 * Double(n))
    }

    func org(_ name: String, _ n: Int) -> CorpusJoins.NameStat {
        stat(name, .organization, name.contains(" ") ? "organization.legal-form" : "organization.knowledge-base", n)
    }

    /// The Reuters store's heaviest spellings, with their mention counts there.
    var reuters: [CorpusJoins.NameStat] {
        [
            org("General Motors", 328), org("General Motors Corp", 110), org("General Motors Corp.", 2),
            org("General Motors Corporation", 1), org("Commodity Credit Corporation", 200),
            org("Commodity Credit Corp", 19), org("Commodity Credit Corp.", 9), org("Goldman, Sachs and Co", 47),
            org("Goldman Sachs and Co", 31), stat("Goldman Sachs", .organization, "organization.knowledge-base", 28),
            org("Goldman Sachs and Co Inc", 2), org("Goldman Sachs International", 3), org("General Electric Co", 59),
            stat("General Electric", .organization, "organization.knowledge-base", 55),
            org("General Electric Co Plc", 3),
            org("Salomon Inc", 34), org("Salomon Brothers Inc", 47), org("Treasury", 871), org("TREASURY CORP", 1),
            stat("Ford", .person, "person.title-cue", 150), org("Ford Co", 2),
            stat("N.Y.", .place, "place.dateline", 384),
            stat("N.Y", .place, "place.dateline", 2), stat("NY", .place, "place.gazetteer", 1),
            stat("Va", .place, "place.dateline", 145), stat("V.A.", .place, "place.gazetteer", 1),
            stat("St. Louis", .place, "place.gazetteer", 92), stat("St Louis", .place, "place.gazetteer", 28),
        ]
    }

    @Test func spellingsJoinTheirBestWrittenForm() {
        let joins = CorpusJoins.compute(names: reuters, definitions: []).joins
        for key in ["general motors corp", "general motors corp.", "general motors corporation"] {
            #expect(joins[key]?.target == "general motors", "\(key)")
            #expect(joins[key]?.reason == "identity.legal-form")
        }
        #expect(joins["commodity credit corp."]?.target == "commodity credit corporation")
        #expect(joins["goldman sachs"]?.target == "goldman, sachs and co")
        #expect(joins["goldman sachs and co"]?.reason == "identity.punctuation")
        #expect(joins["goldman sachs and co inc"]?.reason == "identity.legal-form")
        #expect(joins["general electric"]?.target == "general electric co")
        #expect(joins["n.y"]?.target == "n.y.")
        #expect(joins["ny"]?.reason == "identity.punctuation")
        #expect(joins["st louis"]?.target == "st. louis")
    }

    @Test func lookAlikesStayApart() {
        let joins = CorpusJoins.compute(names: reuters, definitions: []).joins
        for key in [
            "salomon inc", "salomon brothers inc", "general electric co plc", "treasury", "treasury corp",
            "goldman sachs international", "ford", "ford co", "va", "v.a.",
        ] {
            #expect(joins[key] == nil, "\(key)")
        }
    }

    /// Without a clear majority of one kind of legal form, the bare name could be either company: it stays alone.
    @Test func aBareNameBetweenTwoKindsOfLegalFormStaysAlone() {
        let names = [org("Petrofina", 10), org("Petrofina SA", 6), org("Petrofina NV", 4), org("Petrofina S.A.", 1)]
        let joins = CorpusJoins.compute(names: names, definitions: []).joins
        #expect(joins["petrofina"] == nil)
        #expect(joins["petrofina nv"] == nil)
        #expect(joins["petrofina s.a."]?.target == "petrofina sa")
    }

    /// Mixed case in a legal form ("Company") does not make "IBM Company" better written than "IBM".
    @Test func anAcronymNamesItsCompanyOverItsLegalFormSpellings() {
        let names = [
            stat("IBM", .organization, "organization.acronym", 219), org("IBM Company", 4), org("IBM Corp", 2),
        ]
        let joins = CorpusJoins.compute(names: names, definitions: []).joins
        #expect(joins["ibm company"]?.target == "ibm")
        #expect(joins["ibm corp"]?.name == "IBM")
        #expect(EntityNaming.bestSpelling([("General Motors", 328), ("General Motors Corp", 110)]) == "General Motors")
        #expect(EntityNaming.bestSpelling([("CHRYSLER", 20), ("Chrysler Corp", 3)]) == "Chrysler Corp")
    }

    /// A curated key stays the target however the counts move.
    @Test func aCuratedSpellingStaysTheTarget() {
        let names = [org("Boeing", 2), org("Boeing Co", 5)]
        #expect(CorpusJoins.compute(names: names, definitions: []).joins["boeing"]?.target == "boeing co")
        let pinned = CorpusJoins.compute(names: names, definitions: [], pinned: ["boeing"]).joins
        #expect(pinned["boeing co"]?.target == "boeing")
        #expect(pinned["boeing co"]?.name == "Boeing")
    }

    func resolve(_ text: String, _ spans: [(String, EntityKind)]) -> (entities: [String], reasons: [String]) {
        let buffer = TextBuffer(text)
        let document = Tokenizer.document(text: buffer, blocks: [buffer.fullRange])
        var mentions: [Mention] = []
        var from = text.startIndex
        for (surface, kind) in spans {
            guard let found = text.range(of: surface, range: from..<text.endIndex) else { continue }
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: found.lowerBound)
            mentions.append(
                Mention(
                    range: TextRange(start, start + surface.unicodeScalars.count), text: surface, kind: kind,
                    rule: "organization.legal-form", confidence: 0.9, sentence: 0))
            from = found.upperBound
        }
        let resolved = Resolver().resolve(mentions, in: document)
        return (resolved.mentions.map(\.entity), resolved.aliases.map(\.reason))
    }

    /// In one article, a company named without its legal form is the article's company named with one.
    @Test func aBareNameJoinsTheArticlesLegalName() {
        let gec = resolve(
            "General Electric Co Plc said sales rose. General Electric said so.",
            [("General Electric Co Plc", .organization), ("General Electric", .organization)])
        #expect(gec.entities == ["General Electric Co Plc", "General Electric Co Plc"])
        #expect(gec.reasons == ["alias.legal-form"])
        let csr = resolve(
            "CSR Ltd said sales rose. CSR said so.", [("CSR Ltd", .organization), ("CSR", .organization)])
        #expect(csr.entities == ["CSR Ltd", "CSR Ltd"])
    }

    /// Two kinds of legal form, a person, or a longer name: no join in the article.
    @Test func aBareNameBetweenTwoCompaniesOrOfAPersonStaysAlone() {
        let both = resolve(
            "General Electric Co and General Electric Co Plc met. General Electric said so.",
            [
                ("General Electric Co", .organization), ("General Electric Co Plc", .organization),
                ("General Electric", .organization),
            ])
        #expect(both.entities.last == "General Electric")
        let ford = resolve("Ford Co said so. Ford said no.", [("Ford Co", .organization), ("Ford", .person)])
        #expect(ford.entities == ["Ford Co", "Ford"])
        let salomon = resolve(
            "Salomon Brothers Inc said so. Salomon said no.",
            [("Salomon Brothers Inc", .organization), ("Salomon", .organization)])
        #expect(salomon.entities == ["Salomon Brothers Inc", "Salomon"])
    }

    /// An acronym defined by one spelling follows the join to the entity.
    @Test func anAcronymFollowsItsDefinitionsSpelling() {
        let names = reuters + [org("GM", 40)]
        let definitions = [CorpusJoins.Definition(acronym: "GM", name: "General Motors Corp", source: "a")]
        let joins = CorpusJoins.compute(names: names, definitions: definitions).joins
        #expect(joins["gm"]?.target == "general motors")
    }
}
