import Foundation
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

@Suite struct RelationScoreTests {
    @Test func associationScoreIsDunningG2() {
        // 2x2 table [10, 0; 0, 90]: two names always together in 10 of 100 articles.
        // G² = 2 (10 ln(10 / 1) + 90 ln(90 / 81)) = 65.017...
        let score = GraphStore.associationScore(both: 10, source: 10, target: 10, total: 100)
        #expect(abs(score - 2 * (10 * log(10.0) + 90 * log(90.0 / 81))) < 0.001)
    }

    @Test func frequentNamesMeetingByChanceScoreLowerThanARarePair() {
        // `U.S.` and `Japan` in half the articles each, together in a quarter: exactly chance.
        let chance = GraphStore.associationScore(both: 250, source: 500, target: 500, total: 1000)
        let rare = GraphStore.associationScore(both: 5, source: 5, target: 6, total: 1000)
        #expect(chance == 0)
        #expect(rare > 30)
    }

    @Test func pairsRarerThanChanceScoreNegative() {
        #expect(GraphStore.associationScore(both: 1, source: 500, target: 500, total: 1000) < 0)
        #expect(GraphStore.associationScore(both: 0, source: 5, target: 5, total: 1000) == 0)
    }

    @Test(arguments: StoreLocation.allCases)
    func ingestComputesScoresAndKeepsThemRightIncrementally(_ location: StoreLocation) throws {
        let store = try location.open()
        func article(_ n: Int, _ sentence: String, _ names: [(String, EntityKind)]) -> AnalyzedArticle {
            var b = ArticleBuilder("a\(n).txt", sentences: [sentence])
            for (name, kind) in names { b.mention(name, kind, sentence: 0) }
            if names.count == 2 { b.relation(names[0], names[1], sentences: [0]) }
            return b.analyzed
        }
        let ann = ("Ann Lee", EntityKind.person)
        let acme = ("Acme", EntityKind.organization)
        let paris = ("Paris", EntityKind.place)
        try store.ingest([article(1, "Ann Lee joined Acme.", [ann, acme]), article(2, "Paris is cold.", [paris])])
        let first = try store.database.scalar("SELECT score FROM relation")?.double ?? -1
        #expect(abs(first - GraphStore.associationScore(both: 1, source: 1, target: 1, total: 2)) < 0.001)
        // A later article changes N, so the stored score of the old relation changes with it.
        try store.ingest([article(3, "Paris is warm.", [paris])])
        let second = try store.database.scalar("SELECT score FROM relation")?.double ?? -1
        #expect(abs(second - GraphStore.associationScore(both: 1, source: 1, target: 1, total: 3)) < 0.001)
        #expect(second > first)
    }

    @Test(arguments: StoreLocation.allCases)
    func linksRankByScoreWhenAsked(_ location: StoreLocation) throws {
        let store = try location.open()
        var articles: [AnalyzedArticle] = []
        // Hub is named in every article; Rare only with Hub, twice. Hub~Common weighs more, Hub~Rare says more.
        let hub = ("Hub", EntityKind.place)
        let rare = ("Rare", EntityKind.person)
        let common = ("Common", EntityKind.person)
        for n in 0..<12 {
            let other = n < 2 ? rare : common
            // Distinct sentences: a story filed twice word for word counts once (see the test below).
            var b = ArticleBuilder("a\(n).txt", sentences: ["Hub and \(other.0) met on day \(n)."])
            b.mention("Hub", .place, sentence: 0)
            b.mention(other.0, other.1, sentence: 0)
            b.relation(hub, other, sentences: [0])
            articles.append(b.analyzed)
        }
        for n in 0..<8 {
            var b = ArticleBuilder("c\(n).txt", sentences: ["Common spoke."])
            b.mention("Common", .person, sentence: 0)
            articles.append(b.analyzed)
        }
        try store.ingest(articles)
        let rareEntity = try GraphQuery(store).entity(named: "Rare").entity
        let hubEntity = try GraphQuery(store).entity(named: "Hub").entity
        #expect(try GraphQuery(store).links(of: hubEntity).map(\.entity.name) == ["Common", "Rare"])
        let byScore = try GraphQuery(store).links(
            of: hubEntity, depth: 1, kind: nil, filter: LinkFilter(), ranking: .score)
        #expect(byScore.map(\.entity.name) == ["Rare", "Common"])
        #expect(byScore[0].score > byScore[1].score)
        _ = rareEntity
    }

    @Test(arguments: StoreLocation.allCases)
    func aStoryFiledTwiceCountsOnceInTheScore(_ location: StoreLocation) throws {
        let store = try location.open()
        func article(_ n: Int, _ sentence: String) -> AnalyzedArticle {
            var b = ArticleBuilder("a\(n).txt", sentences: [sentence])
            b.mention("Ann Lee", .person, sentence: 0)
            b.mention("Acme", .organization, sentence: 0)
            b.relation(("Ann Lee", .person), ("Acme", .organization), sentences: [0])
            return b.analyzed
        }
        var others: [AnalyzedArticle] = []
        for n in 0..<6 {
            var b = ArticleBuilder("o\(n).txt", sentences: ["Paris is cold on day \(n)."])
            b.mention("Paris", .place, sentence: 0)
            others.append(b.analyzed)
        }
        // The same sentence in two articles (a repeat of one story): one observation.
        try store.ingest([article(1, "Ann Lee joined Acme."), article(2, "Ann Lee joined Acme.")] + others)
        let repeated = try store.database.scalar("SELECT score FROM relation")?.double ?? -1
        #expect(abs(repeated - GraphStore.associationScore(both: 1, source: 2, target: 2, total: 8)) < 0.001)
        // A different sentence in a third article is a second observation.
        try store.ingest([article(3, "Ann Lee left Acme.")])
        let twice = try store.database.scalar("SELECT score FROM relation")?.double ?? -1
        #expect(abs(twice - GraphStore.associationScore(both: 2, source: 3, target: 3, total: 9)) < 0.001)
    }

    @Test func exportTopRanksByScore() throws {
        var graph = Graph()
        let a = GraphNode(label: "A", kind: .person, mentions: 1, articles: 1, confidence: 1, aliases: [])
        let b = GraphNode(label: "B", kind: .person, mentions: 1, articles: 1, confidence: 1, aliases: [])
        let c = GraphNode(label: "C", kind: .person, mentions: 1, articles: 1, confidence: 1, aliases: [])
        graph.nodes = [a, b, c]
        var heavy = GraphEdge(source: a.id, target: b.id, kind: "co-occurrence", weight: 50)
        heavy.score = 1
        var telling = GraphEdge(source: b.id, target: c.id, kind: "co-occurrence", weight: 2)
        telling.score = 90
        graph.edges = [heavy, telling]
        var filter = GraphFilter()
        filter.top = 2
        filter.ranking = .score
        #expect(Set(try filter.apply(to: graph).nodes.map(\.label)) == ["B", "C"])
        filter.ranking = .weight
        #expect(Set(try filter.apply(to: graph).nodes.map(\.label)) == ["A", "B"])
    }

    @Test(arguments: StoreLocation.allCases)
    func whyShowsSentencesNamingBothBeforeParagraphs(_ location: StoreLocation) throws {
        let store = try location.open()
        var first = ArticleBuilder("a1.txt", date: "2024-01-01", sentences: ["Ann spoke.", "Bob left."])
        first.mention("Ann", .person, sentence: 0)
        first.mention("Bob", .person, sentence: 1)
        first.relation(
            ("Ann", .person), ("Bob", .person), kind: "co-paragraph", sentences: [0], rule: "cooccurrence.paragraph")
        var second = ArticleBuilder("a2.txt", date: "2024-02-01", sentences: ["Ann met Bob."])
        second.mention("Ann", .person, sentence: 0)
        second.mention("Bob", .person, sentence: 0)
        second.relation(("Ann", .person), ("Bob", .person), sentences: [0])
        try store.ingest([first.analyzed, second.analyzed])
        let ann = try GraphQuery(store).entity(named: "Ann").entity
        let bob = try GraphQuery(store).entity(named: "Bob").entity
        #expect(
            try GraphQuery(store).evidence(between: ann, and: bob).map(\.rule) == [
                "cooccurrence.sentence", "cooccurrence.paragraph",
            ])
    }
}
