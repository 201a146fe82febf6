/// A set of 64-bit keys (`NameKey` hashes), with open addressing.
///
/// Public (its members are not) for the same reason as `KeyTable`: other modules inline its `@inlinable` members only
/// when the type itself is public.
public struct KeySet: Sendable {
    @usableFromInline var keys: [UInt64]
    @usableFromInline var mask: Int
    @usableFromInline package internal(set) var count = 0

    @inlinable
    package init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        mask = size - 1
    }

    @inlinable @inline(__always)
    package func contains(_ key: UInt64) -> Bool {
        let k = key == 0 ? 1 : key
        var i = Int(truncatingIfNeeded: k ^ (k >> 32)) & mask
        while true {
            let stored = keys[i]
            if stored == k { return true }
            if stored == 0 { return false }
            i = (i + 1) & mask
        }
    }

    @inlinable @inline(__always)
    package mutating func insert(_ key: UInt64) {
        let k = key == 0 ? 1 : key
        if (count + 1) * 2 > keys.count { grow() }
        var i = Int(truncatingIfNeeded: k ^ (k >> 32)) & mask
        while true {
            let stored = keys[i]
            if stored == k { return }
            if stored == 0 {
                keys[i] = k
                count += 1
                return
            }
            i = (i + 1) & mask
        }
    }

    @inlinable
    mutating func grow() {
        let old = keys
        keys = [UInt64](repeating: 0, count: old.count * 2)
        mask = keys.count - 1
        count = 0
        for k in old where k != 0 { insert(k) }
    }
}
