/// A hash table from 64-bit keys to values, with open addressing and linear probing.
///
/// The keys are `NameKey` hashes already, so they are used as they are: no `Hasher` round per lookup, which is what
/// `Dictionary<UInt64, _>` spends most of its time on. Key 0 is stored as 1 (a collision that costs nothing in practice).
///
/// The type is public (its members are not) only so that other modules inline and specialize its `@inlinable` members:
/// with the type `package`, Swift 6.3 compiled every lookup from `NewsGraphExtraction` as a call to the unspecialized
/// generic getter, which fetched `Optional<Value>`'s metadata at run time (about 450 instructions a lookup: 25.8M of the
/// 217M instructions of tokenizing and extraction on the 291-article sample; Scripts/analysis_instructions.sh).
public struct KeyTable<Value: Sendable>: Sendable {
    @usableFromInline var keys: [UInt64]
    @usableFromInline var values: [Value?]
    @usableFromInline var mask: Int
    @usableFromInline package internal(set) var count = 0

    // Inlinable, like the lookups: unspecialized, making a small table cost about 4,000 instructions.
    @inlinable
    package init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Value?](repeating: nil, count: size)
        mask = size - 1
    }

    @inlinable @inline(__always)
    static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: key ^ (key >> 32)) & mask
    }

    // Inlinable so that a client module specializes it for its `Value` (unspecialized, each lookup goes through value
    // witness tables: measured 10% of extraction's instructions when KeyTable moved to Core).
    @inlinable
    package subscript(key: UInt64) -> Value? {
        get {
            let k = key == 0 ? 1 : key
            var i = KeyTable.slot(k, mask)
            while true {
                let stored = keys[i]
                if stored == k { return values[i] }
                if stored == 0 { return nil }
                i = (i + 1) & mask
            }
        }
        set {
            guard let newValue else { return }  // entries are never removed
            let k = key == 0 ? 1 : key
            if (count + 1) * 2 > keys.count { grow() }
            var i = KeyTable.slot(k, mask)
            while true {
                let stored = keys[i]
                if stored == k { values[i] = newValue; return }
                if stored == 0 {
                    keys[i] = k
                    values[i] = newValue
                    count += 1
                    return
                }
                i = (i + 1) & mask
            }
        }
    }

    /// The value for `key`, or `defaultValue` (as `Dictionary`'s `subscript(_:default:)`: `counts[key, default: 0] += 1`).
    @inlinable
    package subscript(key: UInt64, default defaultValue: @autoclosure () -> Value) -> Value {
        @inline(__always) get { self[key] ?? defaultValue() }
        @inline(__always) set { self[key] = newValue }
    }

    // Inlinable too, and an index loop rather than `zip`: unspecialized, growing the gazetteer's table while it loads
    // cost about 1.1G instructions (a generic `Zip2Sequence` iterator step per slot).
    @inlinable
    mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        let size = keys.count * 2
        keys = [UInt64](repeating: 0, count: size)
        values = [Value?](repeating: nil, count: size)
        mask = size - 1
        count = 0
        for i in oldKeys.indices where oldKeys[i] != 0 { self[oldKeys[i]] = oldValues[i] }
    }
}
