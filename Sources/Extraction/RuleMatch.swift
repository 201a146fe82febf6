import NewsGraphCore

/// A mention a rule found: tokens `first...last` (inside the run), a confidence bonus, whether it needs document support,
/// a group mention's group name, and the kind when the rule's kind depends on the match.
package struct RuleMatch {
    package var first: Int
    package var last: Int
    package var bonus: Double = 0
    package var weak = false
    package var canonical: String?
    package var kind: EntityKind?
}
