import NewsGraphCore

/// `NameFragments.isCutPiece` for the mentions of one sentence, each asked at most once.
///
/// The dateline and co-occurrence both leave cut pieces out; the test reads the text around the mention, so the
/// answer is kept rather than computed twice.
package struct CutPieces {
    private let mentions: [Mention]
    private let text: TextBuffer
    /// Per mention: -1 not asked yet, 0 no, 1 yes.
    private var answers: [Int8]

    /// The cut-piece test for `mentions` (sorted, one sentence), with neighbours taken from the same array.
    package init(_ mentions: [Mention], in text: TextBuffer) {
        self.mentions = mentions
        self.text = text
        self.answers = [Int8](repeating: -1, count: mentions.count)
    }

    /// True when `mentions[k]` is a cut piece or no name (`NameFragments.isCutPiece` with its neighbours).
    package mutating func isCutPiece(_ k: Int) -> Bool {
        if answers[k] >= 0 { return answers[k] == 1 }
        let previous = k > 0 ? mentions[k - 1] : nil
        let next = k + 1 < mentions.count ? mentions[k + 1] : nil
        let answer = NameFragments.isCutPiece(mentions[k], previous: previous, next: next, in: text)
        answers[k] = answer ? 1 : 0
        return answer
    }
}
