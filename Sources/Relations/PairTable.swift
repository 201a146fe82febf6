import NewsGraphCore

/// Evidence lists per entity pair for `CooccurrenceCounter`, in order of each pair's first evidence.
///
/// Looked up through `KeyTable` with a key that is a bijection of the packed pair (`a << 32 | b` through the
/// splitmix64 finalizer), so distinct pairs always have distinct keys and no `Hasher` round is spent per evidence.
package struct PairTable {
    package private(set) var entries: [(pair: CooccurrenceCounter.Pair, evidence: [Evidence])] = []
    private var index: KeyTable<Int>

    /// A table sized for about `capacity` pairs: growing it rehashes every entry, so the caller sizes it when it
    /// knows how many pairs may come.
    package init(capacity: Int = 16) {
        index = KeyTable<Int>(capacity: capacity)
    }

    package mutating func append(_ evidence: Evidence, to pair: CooccurrenceCounter.Pair) {
        let key = PairTable.key(pair)
        if let n = index[key] {
            entries[n].evidence.append(evidence)
        } else {
            index[key] = entries.count
            entries.append((pair, [evidence]))
        }
    }

    /// Non-zero for `a < b` (the packed value is non-zero and the finalizer maps only 0 to 0), which matters because
    /// `KeyTable` stores key 0 as 1.
    package static func key(_ pair: CooccurrenceCounter.Pair) -> UInt64 {
        precondition(pair.a >= 0 && pair.a < pair.b && pair.b < 1 << 32, "entity numbers out of range")
        var z = UInt64(pair.a) << 32 | UInt64(pair.b)
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
