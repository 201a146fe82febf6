import NewsGraphCore

/// A `Set<String>` of words with a fast `contains` for ASCII words: `ASCIIWordTable` hashes the bytes with FNV-1a
/// and compares bytes, a fraction of `Set<String>.contains` (`Hasher` plus a `String` comparison); a word with
/// other characters is looked up in the set itself. The answers are the set's.
package struct ASCIIWordSet: Sendable {
    private let table: ASCIIWordTable
    private let words: Set<String>

    package init(_ words: Set<String>) {
        self.words = words
        // Any non-empty class marks a member.
        table = ASCIIWordTable(Dictionary(uniqueKeysWithValues: words.map { ($0, WordClass.determiners) }))
    }

    package func contains(_ word: String) -> Bool {
        var word = word
        if let classes = word.withUTF8({ table.classes(of: $0) }) { return !classes.isEmpty }
        return words.contains(word)
    }

    /// `contains(word)` for ASCII bytes (the caller checked them).
    package func contains(ascii word: UnsafeBufferPointer<UInt8>) -> Bool {
        table.classes(of: word).map { !$0.isEmpty } ?? false
    }

    /// `contains(word.lowercased())`, without building the lowercased string when `word` is ASCII.
    package func contains(lowercasing word: String) -> Bool {
        if let classes = table.classes(lowercasing: word) { return !classes.isEmpty }
        return words.contains(word.lowercased())
    }

    /// `contains(word.lowercased())` for UTF-8 `bytes`; `nil` when they are not all ASCII (ask with a string).
    package func contains(lowercasingBytes bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        table.classes(lowercasingBytes: bytes).map { !$0.isEmpty }
    }

    /// `contains(String(text[range]).lowercased())`, without building a string when the range is ASCII.
    package func contains(lowercasing text: TextBuffer, _ range: TextRange) -> Bool {
        if let classes = table.classes(lowercasing: text, range) { return !classes.isEmpty }
        return words.contains(String(text[range]).lowercased())
    }
}
