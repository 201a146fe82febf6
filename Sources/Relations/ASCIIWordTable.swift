import NewsGraphCore

/// The ASCII words of a `[String: WordClass]` table in an open-addressing hash set keyed by the words' bytes.
///
/// `WordClass.of` runs once per word of every sentence with a mention; hashing those short words with FNV-1a and
/// comparing bytes costs a fraction of a `Dictionary<String, _>` lookup (`Hasher` plus a `String` comparison).
/// Words can also be looked up straight from the article's scalars or from a `String`, lowercased on the way
/// (ASCII `A`-`Z` only, which is what `lowercased()` does to ASCII), so no lowercased `String` is built to ask.
package struct ASCIIWordTable: Sendable {
    private var hashes: [UInt64]
    /// Per slot: start and length of the word in `bytes`, or length -1 for an empty slot.
    private var starts: [Int]
    private var lengths: [Int]
    private var classes: [WordClass]
    private var bytes: [UInt8] = []
    private let mask: Int

    package init(_ table: [String: WordClass]) {
        var size = 16
        while size < table.count * 4 { size <<= 1 }
        mask = size - 1
        hashes = [UInt64](repeating: 0, count: size)
        starts = [Int](repeating: 0, count: size)
        lengths = [Int](repeating: -1, count: size)
        classes = [WordClass](repeating: [], count: size)
        for (word, wordClass) in table where word.utf8.allSatisfy({ $0 < 0x80 }) {
            let utf8 = Array(word.utf8)
            let hash = utf8.withUnsafeBufferPointer { ASCIIWordTable.hash($0) }
            var i = Int(truncatingIfNeeded: hash) & mask
            while lengths[i] >= 0 { i = (i + 1) & mask }  // the dictionary's keys are distinct
            hashes[i] = hash
            starts[i] = bytes.count
            lengths[i] = utf8.count
            classes[i] = wordClass
            bytes.append(contentsOf: utf8)
        }
    }

    @inline(__always)
    package static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return h ^ (h >> 29)
    }

    /// The classes of `word` when it is all ASCII (empty when it is in no list); `nil` for a word with other characters.
    package func classes(of word: UnsafeBufferPointer<UInt8>) -> WordClass? {
        lookup(count: word.count) { UInt32(word[$0]) }
    }

    /// `classes(of:)` for `text[range]` lowercased: `nil` when the range holds a scalar that is not ASCII.
    package func classes(lowercasing text: TextBuffer, _ range: TextRange) -> WordClass? {
        text.scalars.withUnsafeBufferPointer { s in
            lookup(count: range.count) { k in ASCIIWordTable.lower(s[range.start + k].value) }
        }
    }

    /// `classes(of:)` for `word` lowercased: `nil` when it holds a character that is not ASCII.
    package func classes(lowercasing word: String) -> WordClass? {
        var word = word
        return word.withUTF8 { classes(lowercasingBytes: $0) }
    }

    /// `classes(of:)` for UTF-8 `bytes` lowercased: `nil` when they hold a character that is not ASCII.
    package func classes(lowercasingBytes bytes: UnsafeBufferPointer<UInt8>) -> WordClass? {
        lookup(count: bytes.count) { ASCIIWordTable.lower(UInt32(bytes[$0])) }
    }

    @inline(__always)
    package static func lower(_ value: UInt32) -> UInt32 {
        value &- 0x41 < 26 ? value | 0x20 : value
    }

    /// The classes of the word whose `count` code points `value(k)` gives, or `nil` if one is not ASCII.
    @inline(__always)
    private func lookup(count: Int, _ value: (Int) -> UInt32) -> WordClass? {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in 0..<count {
            let byte = value(k)
            guard byte < 0x80 else { return nil }
            h = (h ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        let hash = h ^ (h >> 29)
        var i = Int(truncatingIfNeeded: hash) & mask
        while lengths[i] >= 0 {
            if hashes[i] == hash && lengths[i] == count {
                let start = starts[i]
                var k = 0
                while k < count && UInt32(bytes[start + k]) == value(k) { k += 1 }
                if k == count { return classes[i] }
            }
            i = (i + 1) & mask
        }
        return []
    }
}
