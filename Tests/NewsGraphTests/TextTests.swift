import NewsGraphTestSupport
import Testing

@testable import NewsGraph

@Test func tokenizerKeepsCodePointOffsets() {
    let text = TextBuffer("Zhanargul’s sister met Dr. Li in Ürümqi.")
    let tokens = Tokenizer().tokens(in: text, range: text.fullRange)
    let words = tokens.map { text[$0.range] }
    #expect(words.first == "Zhanargul")
    #expect(words.contains("Ürümqi"))
    let u = tokens.first { text[$0.range] == "Ürümqi" }!
    #expect(u.range == TextRange(33, 39))
}

@Test func contentHashIsSHA256() {
    #expect(ContentHash.hex(of: "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(ContentHash.hex(of: "") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
}
