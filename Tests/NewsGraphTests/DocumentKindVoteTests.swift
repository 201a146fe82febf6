import Foundation
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// The kind of an entity decided article by article (`DocumentKindVote`, `GraphStore+Kinds`): the strongest cue of
/// each article names the kind there, and the articles are weighed by how strong that cue was.
@Suite struct DocumentKindVoteTests {
    @Test func aCompanySaidManyTimesIsTheCompanyOneArticleNamesWithItsLegalForm() {
        var vote = DocumentKindVote()
        for article in 1...12 {
            vote.add(kind: .person, rule: "person.speech-cue", article: Int64(article), mentions: 3, confidence: 2.1)
        }
        vote.add(
            kind: .organization, rule: "organization.same-organization", article: 13, mentions: 1, confidence: 0.75)
        #expect(vote.winner == .organization)
        // With nothing but sayings, the sayings decide.
        var said = DocumentKindVote()
        said.add(kind: .person, rule: "person.speech-cue", article: 1, mentions: 3, confidence: 2.1)
        said.add(kind: .organization, rule: "organization.statement-cue", article: 2, mentions: 1, confidence: 0.6)
        #expect(said.winner == .person)
    }

    @Test func withNothingButNameOnlyCuesConfidenceDecides() {
        // Three short "X said" against four "X said in a statement" in one article: no article cue counts, so the
        // summed confidence decides (not the number of articles).
        var vote = DocumentKindVote()
        for article in 1...3 {
            vote.add(kind: .person, rule: "person.speech-cue", article: Int64(article), mentions: 1, confidence: 0.5)
        }
        vote.add(kind: .organization, rule: "organization.statement-cue", article: 4, mentions: 4, confidence: 2.4)
        #expect(vote.scores.isEmpty)
        #expect(vote.winner == .organization)
    }

    @Test func theRuleListsComeFromTheRuleTable() {
        #expect(DocumentKindVote.townRules == ["place.city", "place.context-cue", "place.gazetteer"])
        #expect(DocumentKindVote.fullNameRules.contains("person.title-cue"))
        #expect(DocumentKindVote.fullNameRules.contains("person.given-name"))
        #expect(!DocumentKindVote.fullNameRules.contains("person.name-part"))
        #expect(!DocumentKindVote.fullNameRules.contains("person.speech-cue"))
    }

    @Test func aWeakCueCountsForNothingInAnArticleThatSaysMore() {
        // "Sears said" in the article that names "Sears, Roebuck and Co" is the company, however often it is said.
        var vote = DocumentKindVote()
        vote.add(kind: .person, rule: "person.surname", article: 1, mentions: 5, confidence: 3)
        vote.add(kind: .person, rule: "person.speech-cue", article: 1, mentions: 9, confidence: 6.3)
        vote.add(kind: .organization, rule: "organization.company-cue", article: 1, mentions: 1, confidence: 0.75)
        #expect(vote.scores == [.organization: DocumentKindVote.Cue.context.weight])
        #expect(vote.winner == .organization)
        // The losing evidence is still counted.
        #expect(vote.totals[.person]?.mentions == 14)
    }

    @Test func oneMisreadTitleDoesNotOutweighArticlesThatListTheCompany() {
        // "Engineer Mannesmann eased 3.20 marks" in a market report; four articles about the company.
        var vote = DocumentKindVote()
        vote.add(kind: .person, rule: "person.title-cue", article: 1, mentions: 2, confidence: 1.9)
        for article in 2...5 {
            vote.add(
                kind: .organization, rule: "organization.knowledge-base", article: Int64(article), mentions: 7,
                confidence: 6)
        }
        #expect(vote.winner == .organization)
        // One title against one listing: the sentence says more than the list.
        var senator = DocumentKindVote()
        senator.add(kind: .person, rule: "person.title-cue", article: 1, mentions: 1, confidence: 0.9)
        senator.add(kind: .place, rule: "place.city", article: 2, mentions: 1, confidence: 0.85)
        #expect(senator.winner == .person)
    }

    @Test func aWordOfSomeFullNameIsNoMoreThanAList() {
        // "The European Community (EC) and Euratom, the European atomic energy agency" read as part of a person's
        // name in two copies of one story, against the article that spells it out seven times.
        var vote = DocumentKindVote()
        vote.add(kind: .organization, rule: "organization.acronym", article: 1, mentions: 6, confidence: 4.6)
        vote.add(kind: .organization, rule: "organization.same-name", article: 1, mentions: 1, confidence: 0.8)
        for article in 2...3 {
            vote.add(kind: .person, rule: "person.name-part", article: Int64(article), mentions: 1, confidence: 0.75)
        }
        #expect(vote.winner == .organization)
    }

    @Test func datelinesOutweighAGivenNameList() {
        // "PITTSBURGH, Pa., March 27 -" against "Monroeville, Pa." read as the given name Pa.
        var vote = DocumentKindVote()
        for article in 1...6 {
            vote.add(kind: .place, rule: "place.dateline", article: Int64(article), mentions: 1, confidence: 0.9)
        }
        for article in 7...9 {
            vote.add(kind: .person, rule: "person.given-name", article: Int64(article), mentions: 1, confidence: 0.66)
        }
        #expect(vote.winner == .place)
    }

    @Test func aPlaceDoesNotSpeakButACompanyMay() {
        // "Kim said" in five articles against one city-list match.
        var kim = DocumentKindVote()
        for article in 1...5 {
            kim.add(kind: .person, rule: "person.speech-cue", article: Int64(article), mentions: 3, confidence: 2.1)
        }
        kim.add(kind: .place, rule: "place.city", article: 6, mentions: 1, confidence: 0.85)
        #expect(kim.winner == .person)
        // "Bundesbank said" a hundred times is no evidence against three gazetteer entries.
        var bank = DocumentKindVote()
        for article in 1...100 {
            bank.add(kind: .person, rule: "person.speech-cue", article: Int64(article), mentions: 1, confidence: 0.7)
        }
        for article in 101...103 {
            bank.add(
                kind: .organization, rule: "organization.gazetteer", article: Int64(article), mentions: 1,
                confidence: 0.85)
        }
        #expect(bank.winner == .organization)
    }

    @Test(arguments: [
        ("person.title-cue", EntityKind.person, DocumentKindVote.Cue.context),
        ("place.dateline", .place, .context),
        ("organization.same-organization", .organization, .article),
        ("organization.gazetteer", .organization, .gazetteer),
        ("place.city", .place, .list),
        ("person.name-part", .person, .list),
        ("person.surname", .person, .hint),
        ("place.context-cue", .place, .hint),
        ("organization.context-cue", .organization, .context),
        ("person.speech-cue", .person, .nameOnly),
        ("nonsense", .person, .nameOnly),
    ])
    func eachRuleHasTheStrengthOfWhatItReads(_ rule: String, _ kind: EntityKind, _ cue: DocumentKindVote.Cue) {
        #expect(DocumentKindVote.cue(of: rule, kind: kind) == cue)
    }

    // MARK: - On a store

    /// A company said to speak in five articles and named with its legal form in one; a senator whose name is a
    /// French town in the city list, named in full in each article; a town of the list no person is named after.
    static var articles: [ArticleBuilder] {
        var articles: [ArticleBuilder] = []
        for n in 0..<5 {
            var said = ArticleBuilder("articles/kelvane\(n).txt", sentences: ["Kelvane said profits rose."])
            said.mention("Kelvane", .person, sentence: 0, rule: "person.speech-cue", confidence: 0.7)
            articles.append(said)
        }
        var inc = ArticleBuilder(
            "articles/kelvane-inc.txt", sentences: ["Kelvane Inc bought a mill.", "Kelvane said it paid cash."])
        inc.mention("Kelvane Inc", .organization, sentence: 0, rule: "organization.legal-form", confidence: 0.9)
        inc.mention("Kelvane", .organization, sentence: 1, rule: "organization.same-organization", confidence: 0.75)
        articles.append(inc)
        for n in 0..<3 {
            var dole = ArticleBuilder(
                "articles/dole\(n).txt", sentences: ["Senator Robert Dole spoke.", "Dole said the bill would pass."])
            dole.mention("Robert Dole", .person, sentence: 0, rule: "person.title-cue", confidence: 0.9)
            dole.mention("Dole", .place, sentence: 1, rule: "place.city", confidence: 0.85)
            articles.append(dole)
        }
        var town = ArticleBuilder(
            "articles/dole-town.txt", sentences: ["Farmers near Dole sold wheat.", "Mr Henri Vautrin farms there."])
        town.mention("Dole", .place, sentence: 0, rule: "place.city", confidence: 0.85)
        town.mention("Henri Vautrin", .person, sentence: 1, rule: "person.title-cue", confidence: 0.9)
        articles.append(town)
        for n in 0..<2 {
            var naples = ArticleBuilder(
                "articles/naples\(n).txt", sentences: ["Prices in Naples rose.", "Mr Carlo Rossi spoke."])
            naples.mention("Naples", .place, sentence: 0, rule: "place.city", confidence: 0.85)
            naples.mention("Carlo Rossi", .person, sentence: 1, rule: "person.title-cue", confidence: 0.9)
            articles.append(naples)
        }
        return articles
    }

    func kinds(_ store: GraphStore) throws -> [String] {
        try store.database.prepare(
            """
            SELECT e.name || '|' || e.kind || '|' || count(m.id) FROM entity e JOIN mention m ON m.entity_id = e.id
            GROUP BY e.id ORDER BY 1
            """
        ).rows().map { $0[0].string ?? "" }
    }

    static let expected = [
        "Carlo Rossi|person|2", "Dole|person|4", "Henri Vautrin|person|1", "Kelvane Inc|organization|1",
        "Kelvane|organization|6", "Naples|place|2", "Robert Dole|person|3",
    ]

    @Test(arguments: StoreLocation.allCases)
    func eachEntityTakesTheKindItsStrongestArticlesGive(_ location: StoreLocation) throws {
        let store = try location.open()
        try store.ingest(DocumentKindVoteTests.articles.map(\.analyzed))
        #expect(try kinds(store) == DocumentKindVoteTests.expected)
    }

    @Test(arguments: StoreLocation.allCases)
    func theKindsDoNotDependOnIngestOrder(_ location: StoreLocation) throws {
        let articles = DocumentKindVoteTests.articles
        for order in [articles, articles.reversed()] {
            let store = try location.open()
            for article in order { try store.ingest([article.analyzed]) }
            #expect(try kinds(store) == DocumentKindVoteTests.expected)
        }
    }

    @Test(arguments: StoreLocation.allCases)
    func refreshingSomeEntitiesGivesWhatRefreshingAllGives(_ location: StoreLocation) throws {
        let store = try location.open()
        try store.ingest(DocumentKindVoteTests.articles.map(\.analyzed))
        // Spoil every kind, then refresh entity by entity: the incremental path asks the store for the people named
        // in full in each article instead of using what a pass over every entity saw.
        try store.database.execute("UPDATE entity SET kind = 'group'")
        let ids = try store.database.prepare("SELECT id FROM entity ORDER BY id").rows().compactMap { $0[0].int }
        for id in ids { try store.refreshNames(entityIDs: [Int64(id)]) }
        #expect(try kinds(store) == DocumentKindVoteTests.expected)
        try store.refreshNames(entityIDs: nil)
        #expect(try kinds(store) == DocumentKindVoteTests.expected)
    }
}
