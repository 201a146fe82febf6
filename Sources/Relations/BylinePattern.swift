import NewsGraphCore

/// Authorship from a byline: `author-of`, person -> the publication (an organization).
///
/// A byline is a short block that starts with `by` (or `written by`) and holds only person mentions, `and`,
/// punctuation, numbers and a few byline words (`staff reporter`, `for`). The publication is, in order:
/// - `author.byline`: an organization mentioned in the byline itself (`By Ruth Ingram, Bitter Winter`);
/// - `author.byline-masthead`: an organization mention that makes up a whole block before the byline (`Bitter Winter`);
/// - `author.byline-head`: the organization mentioned most often in the article among those mentioned before the byline.
/// Without a publication no relation is made, but the authors are still reported (`RelationFinder.Result.authors`).
package struct BylinePattern: Sendable {
    package static let kind = "author-of"
    package static let inByline = "author.byline"
    package static let masthead = "author.byline-masthead"
    package static let head = "author.byline-head"
    package static let rules = [inByline, masthead, head]

    /// Longest byline, in items.
    package static let maxItems = 24
    /// Bylines read per article (the first ones).
    package static let maxBylines = 4

    /// A byline found in one block.
    package struct Byline {
        package var sentence: Int
        package var block: Int
        package var authors: [Mention]
        package var publications: [Mention]
        package var range: TextRange
    }

    /// The byline in `view` if the sentence is one, given the block it is in and whether it is the block's only sentence.
    package func byline(in view: SentenceView, block: Int, isWholeBlock: Bool) -> Byline? {
        guard isWholeBlock, view.count <= BylinePattern.maxItems else { return nil }
        var i = 0
        if view.isWord(0, "written") || view.isWord(0, "words") || view.isWord(0, "story") { i = 1 }
        guard view.isWord(i, "by") else { return nil }
        var authors: [Mention] = []
        var publications: [Mention] = []
        for j in (i + 1)..<view.count {
            let item = view.items[j]
            if let mention = view.mention(at: j) {
                switch mention.kind {
                case .person: authors.append(mention)
                case .organization: publications.append(mention)
                default: return nil
                }
            } else if !(item.isPunctuation || item.classes.contains(.bylineWords)
                || item.text.unicodeScalars.allSatisfy({ $0.properties.numericType != nil }))
            {
                return nil
            }
        }
        guard !authors.isEmpty else { return nil }
        return Byline(
            sentence: view.sentence, block: block, authors: authors, publications: publications,
            range: view.span(0, view.count - 1))
    }

    /// The `author-of` matches for `byline`, choosing the publication as the type comment says.
    ///
    /// - Parameters:
    ///   - mastheads: organization mentions that make up a whole block, with their block index.
    ///   - organizations: every organization mention of the article with its block index.
    package func matches(
        for byline: Byline, mastheads: [(block: Int, mention: Mention)],
        organizations: [(block: Int, mention: Mention)]
    ) -> [PatternMatch] {
        var publication: Relation.End? = nil
        var rule = BylinePattern.inByline
        if let first = byline.publications.first {
            publication = Relation.End(name: first.entity, kind: first.kind)
        } else if let masthead = mastheads.first(where: { $0.block < byline.block }) {
            publication = Relation.End(name: masthead.mention.entity, kind: masthead.mention.kind)
            rule = BylinePattern.masthead
        } else {
            var counts: [Relation.End: Int] = [:]
            var inHead: [Relation.End] = []
            for (block, mention) in organizations {
                let end = Relation.End(name: mention.entity, kind: mention.kind)
                counts[end, default: 0] += 1
                if block < byline.block, !inHead.contains(end) { inHead.append(end) }
            }
            // Most mentioned; ties go to the earliest in the head.
            publication =
                inHead.enumerated().max { a, b in
                    let (ca, cb) = (counts[a.element, default: 0], counts[b.element, default: 0])
                    return ca != cb ? ca < cb : a.offset > b.offset
                }?.element
            rule = BylinePattern.head
        }
        guard let target = publication else { return [] }
        return byline.authors.map {
            PatternMatch(
                source: Relation.End(name: $0.entity, kind: .person), target: target, kind: BylinePattern.kind,
                rule: rule, sentence: byline.sentence, range: byline.range)
        }
    }
}
