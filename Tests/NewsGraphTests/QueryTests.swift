import NewsGraphTestSupport
import Testing

@testable import NewsGraph

@Suite struct NameLookupTests {
    @Test(arguments: StoreLocation.allCases)
    func exactNameMatchesIgnoringCase(_ location: StoreLocation) throws {
        let store = try Fixture.store(location)
        let match = try GraphQuery(store).entity(named: "zhanargul ZHUMATAI")
        #expect(match.entity.name == "Zhanargul Zhumatai")
        #expect(match.entity.kind == .person)
    }

    @Test(arguments: StoreLocation.allCases)
    func aliasMatchesAndSaysSo(_ location: StoreLocation) throws {
        let store = try Fixture.store(location)
        let match = try GraphQuery(store).entity(named: "Zhumatai")
        #expect(match.entity.name == "Zhanargul Zhumatai")
        #expect(match.note == "'Zhumatai' is an alias of 'Zhanargul Zhumatai'")
    }

    @Test(arguments: StoreLocation.allCases)
    func unknownNameGetsSuggestion(_ location: StoreLocation) throws {
        let store = try Fixture.store(location)
        #expect {
            try GraphQuery(store).entity(named: "Zhanargul Zhumatay")
        } throws: { error in
            "\(error)" == "no entity 'Zhanargul Zhumatay'; did you mean 'Zhanargul Zhumatai'?"
        }
    }

    @Test(arguments: StoreLocation.allCases)
    func unknownNameWithNothingCloseGetsNoSuggestion(_ location: StoreLocation) throws {
        let store = try Fixture.store(location)
        #expect {
            try GraphQuery(store).entity(named: "Quetzalcoatl")
        } throws: { error in
            "\(error)" == "no entity 'Quetzalcoatl'"
        }
    }

    @Test(arguments: StoreLocation.allCases)
    func aNameFoundUnderTwoKindsIsOneEntityOfTheBetterSupportedKind(_ location: StoreLocation) throws {
        let store = try location.open()
        var b = ArticleBuilder("articles/two-kinds.txt", sentences: ["Paris is large.", "Paris said so."])
        b.mention("Paris", .place, sentence: 0, rule: "place.gazetteer")
        b.mention("Paris", .person, sentence: 1, rule: "person.speech-cue", confidence: 0.7)
        try store.ingest([b.analyzed])
        let match = try GraphQuery(store).entity(named: "paris")
        #expect(match.entity.kind == .place)
        #expect(match.note == nil)
        #expect(try GraphQuery(store).entity(named: "place:Paris").entity == match.entity)
    }

    @Test func diacriticsAndCaseFoldTogether() throws {
        let store = try GraphStore(path: ":memory:")
        var b = ArticleBuilder("u.txt", sentences: ["Ürümqi is far."])
        b.mention("Ürümqi", .place, sentence: 0)
        try store.ingest([b.analyzed])
        #expect(try GraphQuery(store).entity(named: "urumqi").entity.name == "Ürümqi")
    }

    @Test(arguments: [
        ("Zhanargul Zhumatay", "Zhanargul Zhumatai", true),
        ("Uighur", "Uyghur", true),
        ("Zhumatai", "Zhanargul Zhumatai", true),
        ("Li", "Xinjiang Police", false),
        ("Paris", "Urumqi", false),
    ])
    func similarity(_ query: String, _ candidate: String, close: Bool) {
        let lookup = NameLookup()
        let score = lookup.similarity(folded: NameLookup.fold(query), folded: NameLookup.fold(candidate))
        #expect((score >= lookup.threshold) == close, "\(query) ~ \(candidate): \(score)")
    }
}

@Suite struct LinksTests {
    @Test(arguments: StoreLocation.allCases)
    func directLinksHeaviestFirst(_ location: StoreLocation) throws {
        let store = try Fixture.store(location)
        let zz = try GraphQuery(store).entity(named: "Zhanargul Zhumatai").entity
        let links = try GraphQuery(store).links(of: zz)
        #expect(links.map(\.entity.name) == ["Urumqi", "Li Wei"])
        #expect(links.map(\.weight) == [2, 1])
        #expect(links.allSatisfy { $0.hop == 1 && $0.via == zz })
        #expect(
            links[0].relations == [
                // score: G² of a pair named together in the only one of 2 articles that names either: 4 ln 2.
                Link.Relation(
                    kind: "co-occurrence", weight: 2, articles: 1, directed: false, outgoing: false, score: 2.773)
            ])
    }

    @Test(arguments: StoreLocation.allCases)
    func depthBoundsTheTraversal(_ location: StoreLocation) throws {
        let store = try Fixture.store(location)
        let zz = try GraphQuery(store).entity(named: "Zhanargul Zhumatai").entity
        #expect(try GraphQuery(store).links(of: zz, depth: 1).contains { $0.entity.name == "Xinjiang Police" } == false)
        let two = try GraphQuery(store).links(of: zz, depth: 2)
        let police = try #require(two.first { $0.entity.name == "Xinjiang Police" })
        #expect(police.hop == 2)
        #expect(police.via.name == "Li Wei")
        #expect(police.relations.map(\.display) == ["affiliated-with (director) ->", "co-occurrence"])
        // Nothing is listed twice, and nothing outside the component is reached.
        #expect(Set(two.map(\.entity.name)).count == two.count)
        #expect(
            try GraphQuery(store).links(of: zz, depth: 4).map(\.entity.name) == ["Urumqi", "Li Wei", "Xinjiang Police"])
        #expect(throws: StoreError.invalid("links: depth 5 is out of range; use 1 to 4")) {
            try GraphQuery(store).links(of: zz, depth: 5)
        }
    }

    @Test(arguments: StoreLocation.allCases)
    func filtersByKindWeightAndRelation(_ location: StoreLocation) throws {
        let store = try Fixture.store(location)
        let zz = try GraphQuery(store).entity(named: "Zhanargul Zhumatai").entity
        let li = try GraphQuery(store).entity(named: "Li Wei").entity
        #expect(
            try GraphQuery(store).links(of: zz, depth: 2, kind: .organization).map(\.entity.name) == ["Xinjiang Police"]
        )
        #expect(try GraphQuery(store).links(of: zz, filter: LinkFilter(minWeight: 2)).map(\.entity.name) == ["Urumqi"])
        let directors = try GraphQuery(store).links(of: li, filter: LinkFilter(relation: "director"))
        #expect(directors.map(\.entity.name) == ["Xinjiang Police"])
        #expect(directors[0].relations.map(\.outgoing) == [true])
    }
}

@Suite struct PathTests {
    @Test(arguments: StoreLocation.allCases)
    func shortestPathWithRelationsPerHop(_ location: StoreLocation) throws {
        let store = try Fixture.store(location)
        let zz = try GraphQuery(store).entity(named: "Zhanargul Zhumatai").entity
        let police = try GraphQuery(store).entity(named: "xinjiang police").entity
        let paths = try GraphQuery(store).paths(from: zz, to: police)
        #expect(paths.count == 1)
        #expect(paths[0].entities.map(\.name) == ["Zhanargul Zhumatai", "Li Wei", "Xinjiang Police"])
        #expect(paths[0].hops[1].relations.map(\.display) == ["affiliated-with (director) ->", "co-occurrence"])
        #expect(
            try GraphQuery(store).paths(from: police, to: zz)[0].hops[0].relations.map(\.display)
                == ["affiliated-with (director) <-", "co-occurrence"])
    }

    @Test(arguments: StoreLocation.allCases)
    func noConnectionGivesNoPath(_ location: StoreLocation) throws {
        let store = try Fixture.store(location)
        let zz = try GraphQuery(store).entity(named: "Zhanargul Zhumatai").entity
        let anna = try GraphQuery(store).entity(named: "Anna Berg").entity
        let police = try GraphQuery(store).entity(named: "Xinjiang Police").entity
        #expect(try GraphQuery(store).paths(from: zz, to: anna).isEmpty)
        #expect(try GraphQuery(store).paths(from: zz, to: police, maxDepth: 1).isEmpty)
        #expect(try GraphQuery(store).paths(from: zz, to: police, maxDepth: 2).count == 1)
    }

    @Test func allShortestPathsUpToLimitInStableOrder() {
        // 1 - {2, 3, 4} - 5 - 6, plus a longer detour 1 - 7 - 8 - 9 - 6.
        let edges: [(Int64, Int64)] = [
            (1, 2), (1, 3), (1, 4), (2, 5), (3, 5), (4, 5), (5, 6), (1, 7), (7, 8), (8, 9), (9, 6),
        ]
        var adjacency: [Int64: [Int64]] = [:]
        for (a, b) in edges {
            adjacency[a, default: []].append(b)
            adjacency[b, default: []].append(a)
        }
        let all = PathFinder(maxDepth: 6, limit: 10).shortestPaths(from: 1, to: 6) { adjacency[$0] ?? [] }
        #expect(all == [[1, 2, 5, 6], [1, 3, 5, 6], [1, 4, 5, 6]])
        let two = PathFinder(maxDepth: 6, limit: 2).shortestPaths(from: 1, to: 6) { adjacency[$0] ?? [] }
        #expect(two == [[1, 2, 5, 6], [1, 3, 5, 6]])
        #expect(PathFinder(maxDepth: 2, limit: 10).shortestPaths(from: 1, to: 6) { adjacency[$0] ?? [] }.isEmpty)
        #expect(PathFinder().shortestPaths(from: 6, to: 1) { adjacency[$0] ?? [] }.count == 3)
    }

    @Test func searchVisitsEachNodeOnceOnADenseGraph() {
        // A complete bipartite ladder where path counts explode (4^10) but visits stay linear.
        var visits = 0
        let width: Int64 = 4, layers: Int64 = 10
        let paths = PathFinder(maxDepth: 12, limit: 5).shortestPaths(from: -1, to: -2) { node in
            visits += 1
            let layer = node < 0 ? (node == -1 ? -1 : layers) : node / width
            var next: [Int64] = []
            if layer == -1 { return (0..<width).map { $0 } }
            if layer == layers { return ((layers - 1) * width..<layers * width).map { $0 } }
            if layer + 1 < layers {
                next += ((layer + 1) * width..<(layer + 2) * width).map { $0 }
            } else {
                next.append(-2)
            }
            if layer > 0 { next += ((layer - 1) * width..<layer * width).map { $0 } } else { next.append(-1) }
            return next
        }
        #expect(paths.count == 5)
        #expect(paths.allSatisfy { $0.count == Int(layers) + 2 })
        #expect(visits <= Int(width * layers) + 2)
    }
}

@Suite struct EvidenceTests {
    @Test(arguments: StoreLocation.allCases)
    func everySentenceLinkingTwoEntities(_ location: StoreLocation) throws {
        let store = try Fixture.store(location)
        let zz = try GraphQuery(store).entity(named: "Zhanargul Zhumatai").entity
        let urumqi = try GraphQuery(store).entity(named: "Urumqi").entity
        let items = try GraphQuery(store).evidence(between: urumqi, and: zz)
        #expect(items.map(\.text) == ["Zhanargul Zhumatai lived in Urumqi.", "Zhumatai met Li Wei in Urumqi."])
        #expect(items.map(\.sentence) == [0, 1])
        #expect(items[1].start == 36 && items[1].end == 66)
        #expect(
            items.allSatisfy {
                $0.article == "Camps" && $0.rule == "cooccurrence.sentence" && $0.relation.kind == "co-occurrence"
            })
    }

    @Test(arguments: StoreLocation.allCases)
    func offsetsCountCodePoints(_ location: StoreLocation) throws {
        let store = try location.open()
        var b = ArticleBuilder("emoji.txt", sentences: ["👩‍👩‍👧 Ürümqi café.", "Ayşe met Ödön in Ürümqi."])
        b.mention("Ayşe", .person, sentence: 1)
        b.mention("Ödön", .person, sentence: 1)
        b.relation(("Ayşe", .person), ("Ödön", .person), sentences: [1])
        try store.ingest([b.analyzed])
        let items = try GraphQuery(store).evidence(
            between: GraphQuery(store).entity(named: "Ayşe").entity, and: GraphQuery(store).entity(named: "Ödön").entity
        )
        #expect(items.map(\.text) == ["Ayşe met Ödön in Ürümqi."])
        #expect(items[0].article == "emoji.txt")
        #expect(items[0].start == b.range(ofSentence: 1).start)
    }

    @Test(arguments: StoreLocation.allCases)
    func unlinkedEntitiesHaveNoEvidence(_ location: StoreLocation) throws {
        let store = try Fixture.store(location)
        #expect(
            try GraphQuery(store).evidence(
                between: GraphQuery(store).entity(named: "Anna Berg").entity,
                and: GraphQuery(store).entity(named: "Urumqi").entity
            ).isEmpty)
    }
}

@Suite struct FoldTests {
    @Test(arguments: [
        ("J. Smith", "j smith"), ("  Li--Wei ", "li wei"), ("Ürümqi  Café", "urumqi cafe"), ("ZHANARGUL", "zhanargul"),
        ("O'Brien & Co.", "o brien co"), ("Ａｂｃ", "abc"), ("新疆 Police", "新疆 police"),
    ])
    func foldLowercasesStripsDiacriticsAndCollapsesPunctuation(_ name: String, _ folded: String) {
        #expect(NameLookup.fold(name) == folded)
    }
}

@Suite struct RejectedLookupTests {
    @Test(arguments: StoreLocation.allCases)
    func rejectedNameSaysSoInsteadOfSuggesting(_ location: StoreLocation) throws {
        let store = try Fixture.store(location)
        try Curator(store).record(.reject(GraphQuery(store).entity(named: "Li Wei").entity))
        #expect(
            throws: StoreError.invalid(
                "'Li Wei' (person) was rejected by curation; 'newsgraph log' lists the decisions and 'newsgraph curation undo ID' undoes one"
            )
        ) {
            try GraphQuery(store).entity(named: "li wei")
        }
        // Its relations went with it: the path to the police is gone.
        let zz = try GraphQuery(store).entity(named: "Zhanargul Zhumatai").entity
        #expect(
            try GraphQuery(store).paths(from: zz, to: GraphQuery(store).entity(named: "Xinjiang Police").entity).isEmpty
        )
    }
}

@Suite struct NameLookupPreferenceTests {
    /// VOLCKER (a headline entity, one mention) and Paul Volcker (three mentions, two as "Volcker").
    static func store(_ location: StoreLocation) throws -> GraphStore {
        var b = ArticleBuilder(
            "articles/volcker.txt",
            sentences: [
                "VOLCKER WARNS ON DOLLAR", "Paul Volcker spoke.", "Volcker said rates would hold.",
                "Volcker left.",
            ])
        b.mention("VOLCKER", .person, sentence: 0)
        b.mention("Paul Volcker", .person, sentence: 1)
        b.mention("Volcker", .person, sentence: 2, entity: "Paul Volcker")
        b.mention("Volcker", .person, sentence: 3, entity: "Paul Volcker")
        b.alias("Volcker", of: "Paul Volcker", .person)
        let store = try location.open()
        try store.ingest([b.analyzed])
        return store
    }

    @Test(arguments: StoreLocation.allCases)
    func aNameTypedInAnotherCasePrefersTheMostMentionedEntityKnownByIt(_ location: StoreLocation) throws {
        let store = try Self.store(location)
        let match = try GraphQuery(store).entity(named: "volcker")
        #expect(match.entity.name == "Paul Volcker")
        #expect(match.note?.contains("over VOLCKER (person), 1 mention") == true, "\(match.note ?? "")")
        // The exact spelling still names the headline entity.
        #expect(try GraphQuery(store).entity(named: "VOLCKER").entity.name == "VOLCKER")
    }
}
