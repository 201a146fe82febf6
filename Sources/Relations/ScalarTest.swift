/// Letter-case and letter tests on one Unicode scalar, with an ASCII fast path.
///
/// `Unicode.Scalar.Properties` looks every scalar up in the stdlib's property tables (a few hundred instructions);
/// the relation stage asks these questions of nearly every character around every mention, and nearly all of them
/// are ASCII. The answers are the same as the properties' for every scalar.
package enum ScalarTest {
    @inline(__always)
    package static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar.value &- 0x41 < 26 : scalar.properties.isUppercase
    }

    @inline(__always)
    package static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar.value &- 0x61 < 26 : scalar.properties.isLowercase
    }

    @inline(__always)
    package static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (scalar.value | 0x20) &- 0x61 < 26 : scalar.properties.isAlphabetic
    }

    /// True when `text` holds a space (a name of more than one word), without iterating characters.
    @inline(__always)
    package static func hasSpace(_ text: String) -> Bool {
        text.utf8.contains(0x20)
    }

    /// True when `text` holds one of `needles` (lowercase ASCII), comparing ASCII letters without case: a cheap test
    /// before splitting a name into words.
    package static func containsASCII(_ text: String, anyOf needles: [[UInt8]]) -> Bool {
        func search(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            for needle in needles where needle.count <= bytes.count {
                outer: for start in 0..<(bytes.count - needle.count + 1) {
                    for k in 0..<needle.count {
                        let byte = bytes[start + k]
                        let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
                        if lower != needle[k] { continue outer }
                    }
                    return true
                }
            }
            return false
        }
        if let found = text.utf8.withContiguousStorageIfAvailable(search) { return found }
        return Array(text.utf8).withUnsafeBufferPointer(search)
    }

    /// `text.contains(needle)` for an ASCII `needle`: compared as bytes when `text` is ASCII (the same answer), through
    /// the standard library's Character comparison otherwise.
    package static func contains(_ text: String, _ needle: String) -> Bool {
        let bytes = text.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return text.contains(needle) }
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty else { return true }
        func search(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
            guard pattern.count <= buffer.count else { return false }
            outer: for start in 0..<(buffer.count - pattern.count + 1) {
                for k in 0..<pattern.count where buffer[start + k] != pattern[k] { continue outer }
                return true
            }
            return false
        }
        if let found = bytes.withContiguousStorageIfAvailable(search) { return found }
        return Array(bytes).withUnsafeBufferPointer(search)
    }

    /// `text.count` (Characters), read from the UTF-8 length when `text` is ASCII without a carriage return (then
    /// every byte is one Character).
    package static func characterCount(_ text: String) -> Int {
        text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) ? text.utf8.count : text.count
    }

    /// `text.split(separator: " ").last ?? ""`, without building the array of words.
    package static func lastWord(_ text: String) -> Substring {
        let utf8 = text.utf8
        guard let space = utf8.lastIndex(of: 0x20) else { return Substring(text) }
        let word = text[utf8.index(after: space)...]
        return word.isEmpty ? text.split(separator: " ").last ?? "" : word
    }

    /// `text.split(separator: " ").first ?? ""`, without building the array of words.
    package static func firstWord(_ text: String) -> Substring {
        let utf8 = text.utf8
        guard let space = utf8.firstIndex(of: 0x20) else { return Substring(text) }
        let word = text[..<space]
        return word.isEmpty ? text.split(separator: " ").first ?? "" : word
    }
}
