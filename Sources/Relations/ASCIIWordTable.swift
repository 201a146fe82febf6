/// The ASCII words of a `[String: WordClass]` table in an open-addressing hash set keyed by the words' bytes.
///
/// `WordClass.of` runs once per word of every sentence with a mention; hashing those short words with FNV-1a and
/// comparing bytes costs a fraction of a `Dictionary<String, _>` lookup (`Hasher` plus a `String` comparison).
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
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word {
            guard byte < 0x80 else { return nil }
            h = (h ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        let hash = h ^ (h >> 29)
        var i = Int(truncatingIfNeeded: hash) & mask
        while lengths[i] >= 0 {
            if hashes[i] == hash && lengths[i] == word.count {
                let start = starts[i]
                var k = 0
                while k < word.count && bytes[start + k] == word[k] { k += 1 }
                if k == word.count { return classes[i] }
            }
            i = (i + 1) & mask
        }
        return []
    }
}
