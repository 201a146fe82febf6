import NewsGraphCore
import NewsGraphStore

/// A reproducible random store: a graph written straight into a store's entity and relation tables, for benchmarks.
///
/// In: entity and relation counts and a seed. Out: that many entities (`Entity 000042`, kinds in turn)
/// and undirected `co-occurrence` relations between uniformly random pairs, weights 1 to 5, inserted in
/// one transaction with prepared statements. No raw rows (articles, mentions, evidence) are written, so
/// curation must not be applied to such a store: `reapplyCuration()` would drop everything.
///
/// With `varied`, relations take every shape an export must get right: typed, directed and labelled
/// (`affiliated-with`/`director`), `co-paragraph`, dated, scored (some negative, some unknown), and undirected
/// ends stored against name order. Without it the store is as before, number for number.
public struct SyntheticStore: Sendable {
    public var entities: Int
    public var relations: Int
    public var seed: UInt64
    public var varied: Bool

    public init(entities: Int = 100_000, relations: Int = 1_000_000, seed: UInt64 = 42, varied: Bool = false) {
        self.entities = entities
        self.relations = relations
        self.seed = seed
        self.varied = varied
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
            let insertVaried = try db.prepare(
                """
                INSERT INTO relation
                    (source_id, target_id, kind, label, directed, weight, articles, first_date, last_date, score)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            var seen = Set<UInt64>()
            seen.reserveCapacity(relations)
            while seen.count < relations {
                var a = Int(generator.next() % UInt64(entities)), b = Int(generator.next() % UInt64(entities))
                if a == b { continue }
                if a > b { swap(&a, &b) }
                guard seen.insert(UInt64(a) << 32 | UInt64(b)).inserted else { continue }
                let weight = Int(1 + generator.next() % 5)
                guard varied else {
                    try insertRelation.run(ids[a], ids[b], weight)
                    continue
                }
                try insertVaried.bind(Self.variedRow(ids[a], ids[b], weight: weight, generator: &generator))
                _ = try insertVaried.step()
            }
            return ids
        }
    }

    /// A relation between `a` and `b` (`a` first in name order) of a shape the generator picks.
    private static func variedRow(_ a: Int64, _ b: Int64, weight: Int, generator: inout Generator) -> [SQLValue] {
        let shape = generator.next() % 10
        let (kind, label, directed): (String, String, Int64) =
            switch shape {
            case 0: ("affiliated-with", "director", 1)
            case 1: ("affiliated-with", "", 1)
            case 2: ("co-paragraph", "", 0)
            default: ("co-occurrence", "", 0)
            }
        // Undirected ends stored against name order half the time: exports must put them back.
        let (source, target) = generator.next() % 2 == 0 ? (a, b) : (b, a)
        let month = 1 + Int(generator.next() % 12)
        let dated = generator.next() % 3 == 0
        let first = "2024-" + (month < 10 ? "0" : "") + String(month) + "-01"
        let last = "2024-" + (month < 10 ? "0" : "") + String(month) + "-28"
        let scored = generator.next() % 4
        let score: SQLValue =
            scored == 0 ? .null : .real((Double(Int(generator.next() % 6000)) - 500) / 100)
        return [
            .integer(source), .integer(target), .text(kind), .text(label), .integer(directed),
            .integer(Int64(weight)), .integer(Int64(1 + generator.next() % 3)), dated ? .text(first) : .null,
            dated ? .text(last) : .null, score,
        ]
    }
}
