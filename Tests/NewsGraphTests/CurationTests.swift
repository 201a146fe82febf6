import Foundation
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// Curation survives re-ingestion, reaches `store.graph()`, and `split` restores the state before a merge.
@Suite struct CurationTests {
    static var later: ArticleBuilder {
        var b = ArticleBuilder(
            "articles/later.txt", date: "2024-07-01", sentences: ["Zhanargul Zhumatay met Hilton at Xinjiang Police."])
        b.mention("Zhanargul Zhumatay", .person, sentence: 0)
        b.mention("Hilton", .person, sentence: 0)
        b.mention("Xinjiang Police", .organization, sentence: 0)
        b.relation(("Zhanargul Zhumatay", .person), ("Hilton", .person), sentences: [0])
        b.relation(("Zhanargul Zhumatay", .person), Fixture.police, sentences: [0])
        b.relation(("Hilton", .person), Fixture.police, sentences: [0])
        return b
    }

    func store(_ location: StoreLocation) throws -> GraphStore {
        let store = try location.open()
        try store.ingest([Fixture.camps.analyzed, Fixture.paris.analyzed, Fixture.misspelled.analyzed])
        return store
    }

    /// Records reject Hilton (person) and retype Xinjiang Police as a group.
    func rejectAndRetype(_ store: GraphStore) throws {
        try Curator(store).record(
            .reject(GraphQuery(store).entity(named: "person:Hilton").entity), note: "a first name, not a person here")
        try Curator(store).record(
            .retype(GraphQuery(store).entity(named: "Xinjiang Police").entity, to: .group), note: "a force")
    }

    func node(_ graph: Graph, _ name: String, _ kind: EntityKind) -> GraphNode? {
        graph.nodes.first { $0.label == name && $0.kind == kind }
    }

    func edge(_ graph: Graph, _ a: (String, EntityKind), _ b: (String, EntityKind), kind: String = "co-occurrence")
        -> GraphEdge?
    {
        let ids = Set([GraphNode.stableID(name: a.0, kind: a.1), GraphNode.stableID(name: b.0, kind: b.1)])
        return graph.edges.first { Set([$0.source, $0.target]) == ids && $0.kind == kind }
    }

    @Test(arguments: StoreLocation.allCases)
    func decisionsSurviveReingestAndNewArticles(_ location: StoreLocation) throws {
        let store = try store(location)
        let typo = try GraphQuery(store).entity(named: "Zhanargul Zhumatay").entity
        #expect(typo.name == "Zhanargul Zhumatay")  // its own entity before the merge
        try Curator(store).record(
            .merge(typo, into: GraphQuery(store).entity(named: "Zhanargul Zhumatai").entity), note: "typo")
        try rejectAndRetype(store)

        func check(_ graph: Graph, articles: Int) {
            #expect(node(graph, "Zhanargul Zhumatay", .person) == nil)
            #expect(node(graph, "Hilton", .person) == nil)
            #expect(node(graph, "Xinjiang Police", .organization) == nil)
            #expect(node(graph, "Xinjiang Police", .group) != nil)
            #expect(node(graph, "Paris", .place) != nil)
            #expect(node(graph, "Zhanargul Zhumatai", .person)?.aliases.contains("Zhanargul Zhumatay") == true)
            // Three sentences now link her to Urumqi: two in camps.txt and the merged one.
            #expect(edge(graph, Fixture.zz, Fixture.urumqi)?.weight == 3)
            #expect(edge(graph, Fixture.zz, Fixture.urumqi)?.articles == 2)
            #expect(edge(graph, Fixture.li, ("Xinjiang Police", .group), kind: "affiliated-with")?.label == "director")
            #expect(graph.nodes.count == Set(graph.nodes.map(\.id)).count)
            _ = articles
        }
        check(try store.graph(), articles: 3)

        // The same articles again: nothing changes.
        let again = try store.ingest([
            Fixture.camps.analyzed, Fixture.paris.analyzed, Fixture.misspelled.analyzed,
        ])
        #expect(again.unchanged == 3)
        check(try store.graph(), articles: 3)

        // A new article written with the typo, the rejected name and the old kind.
        try store.ingest([CurationTests.later.analyzed])
        let graph = try store.graph()
        check(graph, articles: 4)
        #expect(edge(graph, Fixture.zz, ("Xinjiang Police", .group)) != nil)
        #expect(edge(graph, Fixture.zz, ("Hilton", .person)) == nil)
        #expect(
            graph.edges.allSatisfy {
                $0.source != GraphNode.stableID(name: "Hilton", kind: .person)
                    && $0.target != GraphNode.stableID(name: "Hilton", kind: .person)
            })
        // The raw rows keep what extraction found; rejected mentions are kept without an entity.
        #expect(
            try store.database.scalar(
                "SELECT count(*) FROM mention WHERE extracted_name = 'Hilton' AND extracted_kind = 'person' AND entity_id IS NULL"
            )?.int == 2)
        #expect(
            try GraphQuery(store).links(of: GraphQuery(store).entity(named: "Zhanargul Zhumatai").entity).map(
                \.entity.name)
                == ["Urumqi", "Li Wei", "Xinjiang Police"])
    }

    @Test(arguments: StoreLocation.allCases)
    func splitRestoresThePreviousState(_ location: StoreLocation) throws {
        let expected = try store(location)
        try rejectAndRetype(expected)
        try expected.ingest([CurationTests.later.analyzed])

        let store = try store(location)
        try rejectAndRetype(store)
        let before = try store.graph()
        try Curator(store).record(
            .merge(
                GraphQuery(store).entity(named: "Zhanargul Zhumatay").entity,
                into: GraphQuery(store).entity(named: "Zhanargul Zhumatai").entity), note: "typo")
        #expect(try store.graph() != before)
        let undone = try Curator(store).split("zhanargul zhumatay")
        #expect(undone.decision.action == .merge)
        #expect(StoreInvariants.content(try store.graph()) == StoreInvariants.content(before))

        // Later articles keep the split: the typo stays its own entity.
        try store.ingest([CurationTests.later.analyzed])
        let (tg, sg) = (StoreInvariants.content(try store.graph()), StoreInvariants.content(try expected.graph()))
        #expect(
            tg.nodes == sg.nodes,
            "\(tg.nodes.filter { !sg.nodes.contains($0) }) vs \(sg.nodes.filter { !tg.nodes.contains($0) })")
        #expect(
            tg.edges == sg.edges,
            "\(tg.edges.filter { !sg.edges.contains($0) }) vs \(sg.edges.filter { !tg.edges.contains($0) })")
        #expect(try Curator(store).curationLog().map(\.isUndone) == [false, false, true])
    }

    @Test(arguments: StoreLocation.allCases)
    func splitOfUnknownMergeSuggests(_ location: StoreLocation) throws {
        let store = try store(location)
        #expect(throws: StoreError.invalid("no merge of 'Zhumatay' to split; no merge is in force")) {
            try Curator(store).split("Zhumatay")
        }
        try Curator(store).record(
            .merge(
                GraphQuery(store).entity(named: "Zhanargul Zhumatay").entity,
                into: GraphQuery(store).entity(named: "Zhanargul Zhumatai").entity))
        #expect(
            throws: StoreError.invalid("no merge of 'Zhanargul Zhumatau' to split; did you mean 'Zhanargul Zhumatay'?")
        ) {
            try Curator(store).split("Zhanargul Zhumatau")
        }
    }

    @Test(arguments: StoreLocation.allCases)
    func renameAndAliases(_ location: StoreLocation) throws {
        let store = try store(location)
        try Curator(store).record(.rename(GraphQuery(store).entity(named: "Urumqi").entity, to: "Ürümqi"))
        #expect(try GraphQuery(store).entity(named: "Ürümqi").entity.kind == .place)
        #expect(
            try GraphQuery(store).links(of: GraphQuery(store).entity(named: "Zhanargul Zhumatai").entity).first?.entity
                .name == "Ürümqi")

        // Detaching the surname makes "Zhumatai" an entity of its own; adding it back joins it again.
        let zz = try GraphQuery(store).entity(named: "Zhanargul Zhumatai").entity
        try Curator(store).record(.removeAlias("Zhumatai", from: zz))
        #expect(try GraphQuery(store).entity(named: "Zhumatai").entity.name == "Zhumatai")
        try Curator(store).record(.addAlias("Zhumatai", to: zz))
        let match = try GraphQuery(store).entity(named: "Zhumatai")
        #expect(match.entity.name == "Zhanargul Zhumatai")
    }
}

@Suite struct CurationFileTests {
    @Test(arguments: StoreLocation.allCases)
    func exportThenImportIntoAnotherStoreGivesTheSameGraph(_ location: StoreLocation) throws {
        let source = try CurationTests().store(location)
        try Curator(source).record(
            .merge(
                GraphQuery(source).entity(named: "Zhanargul Zhumatay").entity,
                into: GraphQuery(source).entity(named: "Zhanargul Zhumatai").entity),
            note: "typo \"Zhumatay\" = Zhumatai")
        try CurationTests().rejectAndRetype(source)
        try Curator(source).record(.addAlias("Li", to: GraphQuery(source).entity(named: "Li Wei").entity))
        let undone = try Curator(source).record(
            .rename(GraphQuery(source).entity(named: "Urumqi").entity, to: "Wulumuqi"))
        try Curator(source).undo(entry: try #require(undone))
        let text = CurationFile.write(try Curator(source).curationLog())
        #expect(
            text.contains(
                "merge \"Zhanargul Zhumatay\" person \"Zhanargul Zhumatai\" person note=\"typo \\\"Zhumatay\\\" = Zhumatai\" at="
            ))
        #expect(text.contains("reject Hilton person note=\"a first name, not a person here\""))
        #expect(text.contains("retype \"Xinjiang Police\" organization group"))
        #expect(text.contains("alias-add Li - \"Li Wei\" person at="))
        #expect(!text.contains("Wulumuqi"))

        let target = try CurationTests().store(location)
        let lines = try CurationFile.parse(text, path: "curation.txt")
        #expect(lines.map(\.number) == [3, 4, 5, 6])
        #expect(lines[0].note == "typo \"Zhumatay\" = Zhumatai")
        let ids = try Curator(target).record(lines.map { ($0.decision, $0.note, $0.date ?? Date()) })
        #expect(ids.count == 4)
        let (tg, sg) = (StoreInvariants.content(try target.graph()), StoreInvariants.content(try source.graph()))
        #expect(
            tg.nodes == sg.nodes,
            "\(tg.nodes.filter { !sg.nodes.contains($0) }) vs \(sg.nodes.filter { !tg.nodes.contains($0) })")
        #expect(
            tg.edges == sg.edges,
            "\(tg.edges.filter { !sg.edges.contains($0) }) vs \(sg.edges.filter { !tg.edges.contains($0) })")
        #expect(
            try Curator(target).curationLog().map(\.createdAt)
                == Curator(source).curationLog().filter { !$0.isUndone }.map(\.createdAt))
        // Importing again changes nothing.
        #expect(try Curator(target).record(lines.map { ($0.decision, $0.note, $0.date ?? Date()) }).isEmpty)
    }

    @Test func everyBadLineIsReportedWithItsNumber() {
        let text = """
            # newsgraph curation v1
            merge Zhumatay person "Zhanargul Zhumatai"
            reject "Read More" company
            frobnicate X person

            retype Ili person
            rename "Li Wei person Li
            retype Ili person place at=yesterday
            reject Ok person colour=red
            reject Fine organization note="kept"
            """
        #expect(
            throws: CurationFile.ParseError(
                path: "c.txt",
                problems: [
                    (2, "merge takes NAME KIND ENTITY ENTITY-KIND, found 3 fields"),
                    (3, "KIND 'company' is not a kind; expected person, place, organization, group or -"),
                    (
                        4,
                        "unknown action 'frobnicate'; expected one of reject, retype, rename, merge, alias-add, alias-remove"
                    ),
                    (6, "retype takes NAME KIND NEW-KIND, found 2 fields"),
                    (7, "unclosed quote"),
                    (8, "'yesterday' is not an ISO 8601 time (expected e.g. 2026-11-28T15:00:00Z)"),
                    (9, "unknown option 'colour='; expected note= or at="),
                ])
        ) {
            try CurationFile.parse(text, path: "c.txt")
        }
    }

    @Test func parseErrorDescriptionNamesFileAndLines() {
        let error = CurationFile.ParseError(path: "c.txt", problems: [(2, "empty NAME"), (5, "no action")])
        #expect(error.description == "c.txt: 2 bad lines; nothing was applied\nc.txt:2: empty NAME\nc.txt:5: no action")
    }

    @Test(arguments: ["plain", "two words", "quote \" inside", "back\\slash", "#hash", "a=b", "-", "Ürümqi 新疆"])
    func namesRoundTrip(_ name: String) throws {
        let entry = CurationEntry(
            id: 1, decision: .init(action: .rename, name: name, kind: .place, argument: name + " x"),
            note: name, createdAt: "2026-11-28T15:00:00Z")
        let lines = try CurationFile.parse(CurationFile.write([entry]), path: "x")
        #expect(lines.map(\.decision) == [entry.decision])
        #expect(lines.first?.note == name)
    }
}

@Suite struct GraphOrderTests {
    @Test(arguments: StoreLocation.allCases)
    func undirectedEdgesAreOrderedByNameNotByRowID(_ location: StoreLocation) throws {
        let store = try location.open()
        var b = ArticleBuilder("z.txt", sentences: ["Zeta met Alpha."])
        b.mention("Zeta", .person, sentence: 0)  // created first, so the lower row id
        b.mention("Alpha", .person, sentence: 0)
        b.relation(("Alpha", .person), ("Zeta", .person), sentences: [0])
        try store.ingest([b.analyzed])
        let edge = try #require(try store.graph().edges.first)
        #expect(edge.source == GraphNode.stableID(name: "Alpha", kind: .person))
        #expect(edge.target == GraphNode.stableID(name: "Zeta", kind: .person))
    }
}

@Suite struct CurationMapTests {
    @Test(arguments: StoreLocation.allCases)
    func aliasRemoveAppliesToARenamedEntity(_ location: StoreLocation) throws {
        let store = try Fixture.store(location)
        try Curator(store).record(
            .rename(GraphQuery(store).entity(named: "Zhanargul Zhumatai").entity, to: "Z. Zhumatai"))
        let renamed = try GraphQuery(store).entity(named: "Z. Zhumatai").entity
        #expect(try Auditor(store).report(for: renamed).mentionCount == 2)
        try Curator(store).record(.removeAlias("Zhumatai", from: renamed))
        #expect(try Auditor(store).report(for: renamed).mentionCount == 1)
        #expect(try GraphQuery(store).entity(named: "Zhumatai").entity.name == "Zhumatai")
    }

    @Test func aliasRemoveSplitsOnlyTheNamedSurfaceForm() {
        let map = CurationMap(decisions: [
            .init(
                action: .aliasRemove, name: "Zhumatai",
                argument: CurationMap.joinArgument(name: "Zhanargul Zhumatai", kind: .person))
        ])
        #expect(map.entity(text: "Zhumatai", name: "Zhanargul Zhumatai", kind: .person)! == ("Zhumatai", .person))
        #expect(
            map.entity(text: "Zhanargul Zhumatai", name: "Zhanargul Zhumatai", kind: .person)! == (
                "Zhanargul Zhumatai", .person
            ))
        #expect(
            map.entity(text: "Zhumatai", name: "Zhumatai Ltd", kind: .organization)! == ("Zhumatai Ltd", .organization))
    }
}
