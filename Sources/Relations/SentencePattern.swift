/// A family of typed-relation patterns that match inside one sentence.
///
/// Implementations anchor on a trigger item (a role word, `in`, `told`, ...) and look a bounded number of
/// items around it, so the cost is linear in the sentence length whatever the number of mentions.
package protocol SentencePattern: Sendable {
    /// Every rule id the family can emit, for documentation and tests.
    static var rules: [String] { get }

    /// Appends the matches found in `view` to `matches`.
    func matches(in view: SentenceView, into matches: inout [PatternMatch])

    /// Kinds of mention every rule of the family needs: for each element, the view must hold a mention of one of its
    /// kinds, or the family is not searched (`RolePatterns`: a person and an organization). Empty: always searched.
    static var requiredKinds: [EntityKinds] { get }
}

extension SentencePattern {
    package static var requiredKinds: [EntityKinds] { [] }

    /// True when `view` holds the mentions `requiredKinds` asks for: only then can a rule of the family fire.
    package static func mayMatch(_ view: SentenceView) -> Bool {
        requiredKinds.allSatisfy { !view.kinds.isDisjoint(with: $0) }
    }
}
