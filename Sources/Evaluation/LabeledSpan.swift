/// A typed span for scoring: code-point offsets (half-open) and a type name such as `person` or `misc`.
public struct LabeledSpan: Hashable, Comparable, Sendable {
    public var start: Int
    public var end: Int
    public var type: String

    public init(start: Int, end: Int, type: String) {
        self.start = start
        self.end = end
        self.type = type
    }

    package func overlaps(_ other: LabeledSpan) -> Bool { start < other.end && other.start < end }

    /// Python tuple order `(start, end, type)`, as score.py sorts.
    public static func < (a: LabeledSpan, b: LabeledSpan) -> Bool {
        if a.start != b.start { return a.start < b.start }
        if a.end != b.end { return a.end < b.end }
        return a.type < b.type
    }
}
