import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// `path` and `links` keep hubs out (by kind, by name, by degree) and order equal-length paths by strength.
///
/// Ana and Bo are linked three ways in two hops: through Carla (3 sentences each side), through Dan (1 and 5) and
/// through Washington, a place linked to six entities (1 and 1). Washington also leads to Eli, Fay, Gus and Hal.
@Suite struct QueryExclusionTests {
    static func store(_ location: StoreLocation) throws -> GraphStore {
        var b = ArticleBuilder(
            "articles/hubs.txt",
            sentences: (0..<8).map { "Sentence \($0) names Ana, Bo, Carla, Dan, Eli, Fay, Gus, Hal and Washington." })
        let people = ["Ana", "Bo", "Carla", "Dan", "Eli", "Fay", "Gus", "Hal"]
        for name in people { b.mention(name, .person, sentence: 0) }
        b.mention("Washington", .place, sentence: 0, rule: "place.gazetteer")
        let hub = ("Washington", EntityKind.place)
        b.relation(("Ana", .person), ("Carla", .person), sentences: [0, 1, 2])
        b.relation(("Carla", .person), ("Bo", .person), sentences: [0, 1, 2])
        b.relation(("Ana", .person), ("Dan", .person), sentences: [0])
        b.relation(("Dan", .person), ("Bo", .person), sentences: [0, 1, 2, 3, 4])
        for name in ["Ana", "Bo", "Eli", "Fay", "Gus", "Hal"] { b.relation((name, .person), hub, sentences: [5]) }
        let store = try location.open()
        try store.ingest([b.analyzed])
        return store
    }

    func names(_ paths: [LinkPath]) -> [String] { paths.map { $0.entities.map(\.name).joined(separator: "-") } }

    @Test(arguments: StoreLocation.allCases)
    func equalLengthPathsComeStrongestFirst(_ location: StoreLocation) throws {
        let store = try Self.store(location)
        let query = GraphQuery(store)
        let ana = try query.entity(named: "Ana").entity
        let bo = try query.entity(named: "Bo").entity
        // Carla's weakest hop weighs 3, Dan's 1 (total 6), Washington's 1 (total 2): not name order.
        #expect(names(try query.paths(from: ana, to: bo)) == ["Ana-Carla-Bo", "Ana-Dan-Bo", "Ana-Washington-Bo"])
        #expect(names(try query.paths(from: ana, to: bo, limit: 1)) == ["Ana-Carla-Bo"])
    }

    @Test(arguments: StoreLocation.allCases)
    func hubsKindsAndNamedEntitiesAreNotPassedThrough(_ location: StoreLocation) throws {
        let store = try Self.store(location)
        let query = GraphQuery(store)
        let ana = try query.entity(named: "Ana").entity
        let bo = try query.entity(named: "Bo").entity
        let carla = try query.entity(named: "Carla").entity
        let washington = try query.entity(named: "Washington").entity
        #expect(try EntityGate(filter: LinkFilter(), database: store.database, ends: []).degree(of: washington.id) == 6)
        // Washington is linked to 6 entities, every person to at most 3.
        #expect(
            names(try query.paths(from: ana, to: bo, filter: LinkFilter(maxDegree: 3))) == [
                "Ana-Carla-Bo", "Ana-Dan-Bo",
            ])
        #expect(
            names(try query.paths(from: ana, to: bo, filter: LinkFilter(excludedKinds: [.place])))
                == ["Ana-Carla-Bo", "Ana-Dan-Bo"])
        #expect(
            names(try query.paths(from: ana, to: bo, filter: LinkFilter(excludedEntities: [carla.id, washington.id])))
                == ["Ana-Dan-Bo"])
        // The ends of a path are never excluded, even when the filter names them.
        #expect(
            names(try query.paths(from: ana, to: washington, filter: LinkFilter(excludedKinds: [.place])))
                == ["Ana-Washington"])

        // links: an excluded hub is neither listed nor passed through, so Eli, Fay, Gus and Hal are out of reach.
        let all = try query.links(of: ana, depth: 2).map(\.entity.name)
        #expect(Set(all) == ["Bo", "Carla", "Dan", "Washington", "Eli", "Fay", "Gus", "Hal"])
        let withoutHubs = try query.links(of: ana, depth: 2, filter: LinkFilter(maxDegree: 3)).map(\.entity.name)
        #expect(Set(withoutHubs) == ["Bo", "Carla", "Dan"])
        // Listing only people still passes through places; excluding places does not.
        #expect(Set(try query.links(of: ana, depth: 2, kind: .person).map(\.entity.name)).contains("Eli"))
        #expect(
            !Set(try query.links(of: ana, depth: 2, filter: LinkFilter(excludedKinds: [.place])).map(\.entity.name))
                .contains("Eli"))
    }
}
