@testable import NewsGraph

/// Builds a document and its mentions from marked-up text, for relation tests.
///
/// `[Serikzhan Bilash|p], director of [Atajurt|o]` marks mentions inline: kinds `p` person, `l` place,
/// `o` organization, `g` group; a third field sets the canonical entity (`[Zhanargul|p|Zhanargul Zhumatai]`).
/// Each line of the text is one block (paragraph).
struct RelationFixture {
    let document: Document
    let mentions: [Mention]

    init(_ markup: String) {
        var text = String.UnicodeScalarView()
        var marks: [(start: Int, end: Int, kind: EntityKind, entity: String?)] = []
        let scalars = Array(markup.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "[", let close = scalars[i...].firstIndex(of: "]") {
                let fields = String(String.UnicodeScalarView(scalars[(i + 1)..<close])).split(separator: "|").map(
                    String.init)
                let start = text.count
                text.append(contentsOf: fields[0].unicodeScalars)
                let kind: EntityKind =
                    switch fields[1] {
                    case "p": .person
                    case "l": .place
                    case "o": .organization
                    default: .group
                    }
                marks.append((start, text.count, kind, fields.count > 2 ? fields[2] : nil))
                i = close + 1
            } else {
                text.append(scalars[i])
                i += 1
            }
        }
        let buffer = TextBuffer(String(text))
        var blocks: [TextRange] = []
        var lineStart = 0
        for offset in 0...buffer.count where offset == buffer.count || buffer[offset] == "\n" {
            if offset > lineStart { blocks.append(TextRange(lineStart, offset)) }
            lineStart = offset + 1
        }
        let document = Tokenizer.document(text: buffer, blocks: blocks)
        self.document = document
        self.mentions = marks.map { mark in
            let range = TextRange(mark.start, mark.end)
            let sentence =
                document.sentences.firstIndex { $0.range.start <= mark.start && mark.start < $0.range.end } ?? 0
            return Mention(
                range: range, text: buffer[range], kind: mark.kind, rule: "test", confidence: 1,
                sentence: sentence, entity: mark.entity)
        }
    }

    /// Every whole-word occurrence of `names` (name, kind, canonical entity) in the blocks of `document`, longest
    /// name first, never overlapping, with the sentence that holds it.
    static func mentions(of names: [(String, EntityKind, String?)], in document: Document) -> [Mention] {
        let scalars = document.text.scalars
        var taken = [Bool](repeating: false, count: scalars.count)
        var mentions: [Mention] = []
        for (name, kind, entity) in names.sorted(by: { $0.0.unicodeScalars.count > $1.0.unicodeScalars.count }) {
            let pattern = Array(name.unicodeScalars)
            for block in document.blocks where block.count >= pattern.count {
                var i = block.start
                while i + pattern.count <= block.end {
                    let end = i + pattern.count
                    let isWord =
                        (i == block.start || !scalars[i - 1].properties.isAlphabetic)
                        && (end == block.end || !scalars[end].properties.isAlphabetic)
                    if isWord, Array(scalars[i..<end]) == pattern, !taken[i..<end].contains(true) {
                        for k in i..<end { taken[k] = true }
                        let range = TextRange(i, end)
                        if let sentence = document.sentences.firstIndex(where: {
                            $0.range.start <= i && i < $0.range.end
                        }) {
                            mentions.append(
                                Mention(
                                    range: range, text: name, kind: kind, rule: "test", confidence: 1,
                                    sentence: sentence, entity: entity))
                        }
                        i = end
                    } else {
                        i += 1
                    }
                }
            }
        }
        return mentions.sorted { $0.range < $1.range }
    }

    func result(_ finder: RelationFinder = RelationFinder()) -> RelationFinder.Result {
        finder.find(in: document, mentions: mentions)
    }

    /// The typed (directed) relations as `Source -> Target: kind [label] (rule, rule)`.
    func typed(_ finder: RelationFinder = RelationFinder()) -> [String] {
        result(finder).relations.filter(\.directed).map(RelationFixture.describe)
    }

    static func describe(_ relation: Relation) -> String {
        let label = relation.label.map { " " + $0 } ?? ""
        let rules = relation.evidence.map(\.rule).joined(separator: ", ")
        return "\(relation.source.name) -> \(relation.target.name): \(relation.kind)\(label) (\(rules))"
    }
}
