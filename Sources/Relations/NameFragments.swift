import NewsGraphCore

/// Mentions that are pieces of one name, which co-occurrence must not pair with each other.
///
/// - A firm name cut into mentions: a run of person or organization mentions joined by `and`, `&`, `,` or `'s`,
///   whose last mention ends in a company designator and no earlier one does (`[Goldman], [Sachs] and [Co]`,
///   `Standard and [Poor]'s [Corp]`, `[Nippon Telegraph] and [Telephone Corp]`). `Texaco Inc and Pennzoil Co` is
///   two firms: the first ends in a designator.
/// - A name and its acronym or ticker right after it in brackets: `[Brazilian Coffee Institute] ([IBC])`,
///   `[Toyota Motor Corp] <[TOYO]>`.
///
/// The extraction stage should give such names one mention; this keeps its misses out of the link graph.
package enum NameFragments {
    /// Last words that end a company name, lowercased.
    package static let designators: Set<String> = [
        "co", "co.", "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "plc", "cos", "cos.", "llc", "ag", "sa", "nv",
        "bv", "spa", "gmbh", "lp", "l.p.", "n.v.", "s.a.", "a.g.", "corporation", "incorporated", "limited",
    ]

    /// Gaps allowed between the pieces of a firm name, lowercased.
    package static let joiners: Set<String> = [" and ", " & ", ", ", "'s ", "\u{2019}s ", ", and ", " "]

    /// Pairs of indices into `mentions` (sorted, not overlapping, one sentence) that are pieces of one name.
    package static func pairs(in text: TextBuffer, mentions: [Mention]) -> [(Int, Int)] {
        var pairs: [(Int, Int)] = []
        guard mentions.count >= 2 else { return pairs }
        // Bracketed acronym or ticker right after a name.
        for k in 1..<mentions.count {
            let previous = mentions[k - 1]
            let mention = mentions[k]
            guard previous.range.end <= mention.range.start, mention.range.end < text.count else { continue }
            let gap = text[TextRange(previous.range.end, mention.range.start)]
            let close = text[mention.range.end]
            if (gap == " (" && close == ")") || (gap == " <" && close == ">") || (gap == " (<" && close == ">") {
                pairs.append((k - 1, k))
            }
        }
        // Firm names cut at `and`, `,` or `'s`.
        var start = 0
        for k in 0..<mentions.count {
            let mention = mentions[k]
            let piece = isPiece(mention)
            let joined =
                k > start && piece && isPiece(mentions[k - 1]) && mentions[k - 1].range.end <= mention.range.start
                && joiners.contains(
                    SentenceView.normalize(text[TextRange(mentions[k - 1].range.end, mention.range.start)]))
            if !joined { start = k }
            guard piece, endsInDesignator(mention.text) else { continue }
            if k > start {
                for a in start..<k {
                    for b in (a + 1)...k { pairs.append((a, b)) }
                }
            }
            // A name ending in a designator is complete: what follows starts a new name.
            start = k + 1
        }
        return pairs
    }

    private static func isPiece(_ mention: Mention) -> Bool {
        mention.kind == .organization || mention.kind == .person
    }

    private static func endsInDesignator(_ name: String) -> Bool {
        guard let last = name.split(separator: " ").last else { return false }
        return designators.contains(last.lowercased())
    }
}
