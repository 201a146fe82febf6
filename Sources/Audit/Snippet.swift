import NewsGraphCore

/// Evidence snippets: a mention marked `[[like this]]` inside its sentence, shortened around it when long.
public enum Snippet {
    /// `context` (which starts at code point `contextStart` of the article) with `range` marked, cut to
    /// about `window` code points either side of the mention, line breaks flattened.
    public static func marked(_ context: String, contextStart: Int, range: TextRange, window: Int = 100) -> String {
        let scalars = Array(context.unicodeScalars)
        let start = min(max(range.start - contextStart, 0), scalars.count)
        let end = min(max(range.end - contextStart, start), scalars.count)
        let from = max(0, start - window), to = min(scalars.count, end + window)
        func text(_ a: Int, _ b: Int) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[a..<b].map { $0.properties.isWhitespace ? " " : $0 })
            return String(view)
        }
        return (from > 0 ? "…" : "") + text(from, start) + "[[" + text(start, end) + "]]" + text(end, to)
            + (to < scalars.count ? "…" : "")
    }
}
