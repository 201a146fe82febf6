import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// The sentences of `text`, one block per paragraph (blank line), as strings.
private func sentences(_ text: String) -> [String] {
    let buffer = TextBuffer(text)
    let blocks = Cleaner().contentBlocks(in: buffer)
    let document = Tokenizer.document(text: buffer, blocks: blocks)
    return document.sentences.map { buffer[$0.range] }
}

struct SentenceCase: CustomStringConvertible, Sendable {
    let text: String
    let sentences: [String]
    var description: String { text }
}

@Test(arguments: [
    SentenceCase(text: "She was right. He was not.", sentences: ["She was right.", "He was not."]),
    SentenceCase(text: "Mr. Bilash left. Dr. Wu stayed.", sentences: ["Mr. Bilash left.", "Dr. Wu stayed."]),
    SentenceCase(text: "He met J. K. Rowling there.", sentences: ["He met J. K. Rowling there."]),
    SentenceCase(
        text: "She flew to the U.S. The trip was long.", sentences: ["She flew to the U.S.", "The trip was long."]),
    SentenceCase(text: "The U.S. Senate voted.", sentences: ["The U.S. Senate voted."]),
    // A quoted question followed by a lower-case word goes on; one followed by a capital ends.
    SentenceCase(
        text: "“Are you at home?” they asked. She was.", sentences: ["“Are you at home?” they asked.", "She was."]),
    SentenceCase(text: "“Are you at home?” They asked.", sentences: ["“Are you at home?”", "They asked."]),
    SentenceCase(text: "Why? Because.", sentences: ["Why?", "Because."]),
])
func splitterFindsSentences(_ example: SentenceCase) {
    #expect(sentences(example.text) == example.sentences)
}

@Test func sentenceNeverCrossesBlock() {
    // A heading without a final period is its own sentence.
    #expect(sentences("Dissident Detained\nShe was taken away") == ["Dissident Detained", "She was taken away"])
}

@Test func sentenceTokensIndexDocumentTokens() {
    let buffer = TextBuffer("One two. Three four.")
    let document = Tokenizer.document(text: buffer, blocks: [buffer.fullRange])
    #expect(document.sentences.map(\.tokens) == [0..<3, 3..<6])
}
