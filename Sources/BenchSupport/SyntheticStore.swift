import NewsGraphCore
import NewsGraphStore

/// A reproducible random store: a graph written straight into a store's entity and relation tables, for benchmarks.
///
/// In: entity and relation counts and a seed. Out: that many entities (`Entity 000042`, kinds in turn)
/// and undirected `co-occurrence` relations between uniformly random pairs, weights 1 to 5, inserted in
/// one transaction with prepared statements. No raw rows (articles, mentions, evidence) are written, so
/// curation must not be applied to such a store: `reapplyCuration()` would drop everything.
public struct SyntheticStore: Sendable {
    public var entities: Int
    public var relations: Int
    public var seed: UInt64

    public init(entities: Int = 100_000, relations: Int = 1_000_000, seed: UInt64 = 42) {
        self.entities = entities
        self.relations = relations
        self.seed = seed
    }

    /// A SplitMix64 generator: fast, and the same numbers on every platform.
    public struct Generator: RandomNumberGenerator, Sendable {
        package var state: UInt64
        public init(seed: UInt64) { state = seed }
        public mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Writes the graph into `store`, which should be empty; returns the entity ids in insertion order.
    @discardableResult
    public func write(into store: GraphStore) throws -> [Int64] {
        precondition(entities > 1 && relations <= entities * (entities - 1) / 2, "too many relations for the entities")
        let db = store.database
        var generator = Generator(seed: seed)
        return try db.transaction {
            let kinds = EntityKind.allCases
            let insertEntity = try db.prepare("INSERT INTO entity (name, kind) VALUES (?, ?)")
            var ids: [Int64] = []
            ids.reserveCapacity(entities)
            for n in 0..<entities {
                let digits = String(n)
                try insertEntity.run(
                    "Entity " + String(repeating: "0", count: max(0, 6 - digits.count)) + digits,
                    kinds[n % kinds.count].rawValue)
                ids.append(db.lastInsertRowID)
            }
            let insertRelation = try db.prepare(
                """
                INSERT INTO relation (source_id, target_id, kind, label, directed, weight, articles)
                VALUES (?, ?, 'co-occurrence', '', 0, ?, 1)
                """)
            var seen = Set<UInt64>()
            seen.reserveCapacity(relations)
            while seen.count < relations {
                var a = Int(generator.next() % UInt64(entities)), b = Int(generator.next() % UInt64(entities))
                if a == b { continue }
                if a > b { swap(&a, &b) }
                guard seen.insert(UInt64(a) << 32 | UInt64(b)).inserted else { continue }
                try insertRelation.run(ids[a], ids[b], Int(1 + generator.next() % 5))
            }
            return ids
        }
    }
}
