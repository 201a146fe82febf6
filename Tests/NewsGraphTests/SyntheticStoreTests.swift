import NewsGraphBenchSupport
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

@Suite struct SyntheticStoreTests {
    @Test(arguments: StoreLocation.allCases)
    func bidirectionalPathsAreAsShortAsPlainBreadthFirst(_ location: StoreLocation) throws {
        let store = try location.open()
        let ids = try SyntheticStore(entities: 300, relations: 450, seed: 7).write(into: store)
        #expect(try store.stats().entities == 300)
        #expect(try store.stats().relations == 450)
        var adjacency: [Int64: [Int64]] = [:]
        for row in try store.database.prepare("SELECT source_id, target_id FROM relation").rows() {
            let (a, b) = (Int64(row[0].int!), Int64(row[1].int!))
            adjacency[a, default: []].append(b)
            adjacency[b, default: []].append(a)
        }
        func distance(_ a: Int64, _ b: Int64) -> Int? {
            var seen: Set<Int64> = [a], frontier = [a], depth = 0
            while !frontier.isEmpty {
                if frontier.contains(b) { return depth }
                depth += 1
                frontier = frontier.flatMap { adjacency[$0] ?? [] }.filter { seen.insert($0).inserted }
            }
            return nil
        }
        var generator = SyntheticStore.Generator(seed: 1)
        var connected = 0
        for _ in 0..<60 {
            let a = try #require(try GraphQuery(store).entity(id: ids[Int(generator.next() % 300)]))
            let b = try #require(try GraphQuery(store).entity(id: ids[Int(generator.next() % 300)]))
            guard a != b else { continue }
            let paths = try GraphQuery(store).paths(from: a, to: b, maxDepth: 8, limit: 50)
            let expected = distance(a.id, b.id).flatMap { $0 <= 8 ? $0 : nil }
            #expect(paths.first?.hops.count == expected)
            for path in paths {
                #expect(path.hops.count == expected)
                #expect(path.hops.allSatisfy { !$0.relations.isEmpty })
                #expect(Set(path.entities).count == path.entities.count)
            }
            if expected != nil { connected += 1 }
        }
        #expect(connected > 10)
    }
}
