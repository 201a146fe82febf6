/// One error for `--errors`: document id and the span's text.
public struct ScoredError: Sendable, Equatable {
    public var id: String
    public var span: LabeledSpan
    public var text: String

    package init(_ id: String, _ span: LabeledSpan, _ scalars: [Unicode.Scalar]) {
        self.id = id
        self.span = span
        let s = max(0, min(span.start, scalars.count))
        let e = max(s, min(span.end, scalars.count))
        self.text = String(String.UnicodeScalarView(scalars[s..<e]))
    }
}
