/// Finds mentions of people, places, organizations and groups in a `Document`.
///
/// In: a tokenized document. Out: mentions with kind, rule id and confidence, sorted by range,
/// not overlapping. `Mention.entity` is still the surface name; `Resolver` sets canonical names.
public struct EntityExtractor: Sendable {
    public init() {}

    public func mentions(in document: Document) -> [Mention] {
        // First rule set: runs of capitalised words inside a sentence, not at its start.
        var mentions: [Mention] = []
        for (index, sentence) in document.sentences.enumerated() {
            var i = sentence.tokens.lowerBound + 1
            while i < sentence.tokens.upperBound {
                let token = document.tokens[i]
                guard token.kind == .word, document.text[token.range.start].properties.isUppercase else { i += 1; continue }
                var j = i
                while j + 1 < sentence.tokens.upperBound, document.tokens[j + 1].kind == .word,
                      document.text[document.tokens[j + 1].range.start].properties.isUppercase {
                    j += 1
                }
                let range = TextRange(token.range.start, document.tokens[j].range.end)
                mentions.append(Mention(range: range, text: document.text[range], kind: .person,
                                        rule: "person.capitalized-run", confidence: 0.3, sentence: index))
                i = j + 1
            }
        }
        return mentions
    }
}
