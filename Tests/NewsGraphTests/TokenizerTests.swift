import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// The words of `text` as the tokenizer cuts them.
private func words(_ text: String) -> [String] {
    let buffer = TextBuffer(text)
    return Tokenizer().tokens(in: buffer, range: buffer.fullRange).map { buffer[$0.range] }
}

struct TokenizerCase: CustomStringConvertible, Sendable {
    let text: String
    let tokens: [String]
    var description: String { text }
}

@Test(arguments: [
    TokenizerCase(text: "Mr. Li met Dr. Wu.", tokens: ["Mr.", "Li", "met", "Dr.", "Wu", "."]),
    TokenizerCase(text: "the U.S. and the U.K. agreed", tokens: ["the", "U.S.", "and", "the", "U.K.", "agreed"]),
    TokenizerCase(text: "J. K. Rowling wrote", tokens: ["J.", "K.", "Rowling", "wrote"]),
    TokenizerCase(text: "St. Petersburg in Jan. 2020", tokens: ["St.", "Petersburg", "in", "Jan.", "2020"]),
    TokenizerCase(text: "Zhanargul’s sister", tokens: ["Zhanargul", "’s", "sister"]),
    TokenizerCase(text: "Zhanargul's sister", tokens: ["Zhanargul", "'s", "sister"]),
    TokenizerCase(text: "O’Brien and L'Enfant", tokens: ["O’Brien", "and", "L'Enfant"]),
    TokenizerCase(
        text: "Claire Bailey-Ross, Editor-in-Chief", tokens: ["Claire", "Bailey-Ross", ",", "Editor-in-Chief"]),
    TokenizerCase(text: "Путин и Ürümqi", tokens: ["Путин", "и", "Ürümqi"]),
    TokenizerCase(text: "02/13/2023Ruth Ingram", tokens: ["02", "/", "13", "/", "2023", "Ruth", "Ingram"]),
    TokenizerCase(text: "It cost 1,250.50 dollars.", tokens: ["It", "cost", "1,250.50", "dollars", "."]),
    TokenizerCase(text: "He saw the sun. Then", tokens: ["He", "saw", "the", "sun", ".", "Then"]),
])
func tokenizerCuts(_ example: TokenizerCase) {
    #expect(words(example.text) == example.tokens)
}

@Test func possessiveIsPunctuation() {
    let buffer = TextBuffer("Bilash’s group")
    let tokens = Tokenizer().tokens(in: buffer, range: buffer.fullRange)
    #expect(tokens.map(\.kind) == [.word, .punctuation, .word])
    #expect(tokens[1].range == TextRange(6, 8))
}

@Test func tokenizerStaysInsideRange() {
    let buffer = TextBuffer("Alpha Beta Gamma")
    let tokens = Tokenizer().tokens(in: buffer, range: TextRange(6, 10))
    #expect(tokens.map { buffer[$0.range] } == ["Beta"])
}

/// The packed-code abbreviation test gives what the set of lower-case strings gives, for every abbreviation in three
/// cases and for words that are not abbreviations (longer, non-ASCII, one letter off).
@Test func abbreviationCodesMatchTheStringSet() {
    var candidates: [String] = []
    for abbreviation in Tokenizer.abbreviations {
        candidates += [
            abbreviation, abbreviation.uppercased(), abbreviation.prefix(1).uppercased() + abbreviation.dropFirst(),
        ]
        candidates.append(abbreviation + "x")
        candidates.append(String(abbreviation.dropLast()))
    }
    candidates += ["said", "cts", "Mré", "né", "ÉTAT", "U.S.A", "approx", "x", "Q"]
    var matches = 0
    for word in candidates where !word.isEmpty && word.unicodeScalars.count <= 5 {
        let scalars = Array(word.unicodeScalars)
        let expected = Tokenizer.abbreviations.contains(Tokenizer.lowerASCII(scalars, 0, scalars.count))
        let found = scalars.withUnsafeBufferPointer { Tokenizer.isAbbreviation($0, 0, scalars.count) }
        #expect(found == expected, "\(word)")
        if found { matches += 1 }
    }
    #expect(matches >= 3 * 60)
    #expect(
        words("Mr. Smith met Gov. Jones at 5 p.m. in the U.S.") == [
            "Mr.", "Smith", "met", "Gov.", "Jones", "at", "5", "p.m.", "in", "the", "U.S.",
        ])
}
