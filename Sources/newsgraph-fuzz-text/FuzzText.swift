import Foundation
import NewsGraph

/// libFuzzer target over reading, tokenizing and extraction: the first byte picks the format (text, HTML or
/// JSON Lines), the rest is the file's contents. Every article read is analyzed, and the results are checked:
/// mention and sentence ranges lie inside the text and match it, and the `extract` JSON line parses.
/// A crash or a failed check (a trap) is a finding: add the input to Tests/Fixtures/robustness/fuzz-regressions/text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let names = ["input.txt", "input.html", "input.jsonl", "input.md"]
    let path = names[Int(bytes[0]) % names.count]
    let reader = ArticleReader(maxArticleBytes: 1 << 20)
    let (articles, errors) = reader.read(contents: Array(bytes.dropFirst()), path: path)
    for error in errors { check(error.description.hasPrefix(path), "error does not name the file: \(error)") }
    let analyzer = Analyzer()
    for article in articles {
        let analyzed = analyzer.analyze(article)
        let text = analyzed.document.text
        for sentence in analyzed.document.sentences { check(sentence.range.end <= text.count, "sentence past the end") }
        for mention in analyzed.mentions {
            check(mention.range.end <= text.count, "mention past the end")
            check(text[mention.range] == mention.text, "mention text differs from its range")
            check(mention.sentence < analyzed.document.sentences.count, "mention in no sentence")
        }
        let line = MentionOutput.jsonLine(analyzed)
        check(
            (try? JSONSerialization.jsonObject(with: Data(line.utf8))) is [String: Any],
            "extract output is not JSON: \(line)")
    }
    return 0
}

func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}
