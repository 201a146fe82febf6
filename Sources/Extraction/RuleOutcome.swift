import NewsGraphCore

/// What a rule decides about a run of name tokens.
package enum RuleOutcome {
    /// A mention of part or all of the run.
    case mention(RuleMatch)
    /// Classify the tokens `first...last` instead (a leading word that is not part of the name was cut off).
    case retry(first: Int, last: Int)
    /// The run is not a name ("Kazakh" in "Kazakh dissident"): no mention, no later rule.
    case notAName
}
