/// A family of typed-relation patterns that match inside one sentence.
///
/// Implementations anchor on a trigger item (a role word, `in`, `told`, ...) and look a bounded number of
/// items around it, so the cost is linear in the sentence length whatever the number of mentions.
package protocol SentencePattern: Sendable {
    /// Every rule id the family can emit, for documentation and tests.
    static var rules: [String] { get }

    /// Appends the matches found in `view` to `matches`.
    func matches(in view: SentenceView, into matches: inout [PatternMatch])
}
