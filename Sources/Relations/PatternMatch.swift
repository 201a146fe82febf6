import NewsGraphCore

/// One firing of a typed-relation pattern: who relates to whom, how, by which rule, and where.
package struct PatternMatch: Hashable, Sendable {
    package var source: Relation.End
    package var target: Relation.End
    package var kind: String
    /// Stable rule id stored as `Evidence.rule`, e.g. `role.appositive`.
    package var rule: String
    /// Extra edge text, e.g. the role word `director`.
    package var label: String?
    package var sentence: Int
    /// The matched span, from the first to the last item of the pattern.
    package var range: TextRange

    package init(
        source: Mention, target: Mention, kind: String, rule: String, label: String? = nil,
        sentence: Int, range: TextRange
    ) {
        self.init(
            source: Relation.End(name: source.entity, kind: source.kind),
            target: Relation.End(name: target.entity, kind: target.kind),
            kind: kind, rule: rule, label: label, sentence: sentence, range: range)
    }

    package init(
        source: Relation.End, target: Relation.End, kind: String, rule: String, label: String? = nil,
        sentence: Int, range: TextRange
    ) {
        self.source = source
        self.target = target
        self.kind = kind
        self.rule = rule
        self.label = label
        self.sentence = sentence
        self.range = range
    }
}
