import NewsGraphCore

/// One built-in entity rule, declared once in `EntityRules.all`: its stable id, the kind it gives, its base
/// confidence, whether its mentions need support elsewhere in the document, examples that must fire and examples that
/// must stay silent, and its match function over a `RunView`.
///
/// The examples are checked by the tests and printed in docs/rules.md (generated from this table): a firing example
/// marks the mention with brackets, `"She moved from [Urumqi] to Almaty."`; a silent example is a sentence in which the
/// rule must not fire at all.
package struct EntityRule: Sendable {
    /// When the rule runs (Mikheev, Moens & Grover 1999: sure-fire rules, then propagation, then lists, then a cautious
    /// last pass).
    package enum Phase: String, Sendable, CaseIterable {
        /// User names and patterns: the analyst's explicit decision.
        case user
        /// Sure-fire context: a title, a legal form, a head word, a context noun.
        case sureFire = "sure-fire"
        /// A name list (gazetteer) hit, with the context that confirms it.
        case list
        /// A weaker cue ("X said", a known surname), which stronger evidence elsewhere in the document overrides.
        case weak
        /// The cautious last pass: capitalised words kept only with support.
        case fallback
        /// The document pass: what one mention found spreads to the other mentions of the same name.
        case document
    }

    /// Whether a mention the rule finds is kept on its own.
    package enum Support: Sendable, Equatable {
        /// Kept as found.
        case none
        /// Kept only when the document pass finds support (the same name typed by a stronger rule, a part of a full
        /// name, a second use).
        case always
        /// Needs support only in the case described.
        case when(String)
    }

    package let id: String
    /// The kind the rule gives; nil when the list entry says (`user.gazetteer`) or the document does.
    package let kind: EntityKind?
    package let confidence: Double
    package let phase: Phase
    package let support: Support
    /// One line for the docs: what fires the rule.
    package let summary: String
    /// Sentences (or short documents) with the mention in brackets: the rule must find exactly that span.
    package let fires: [String]
    /// Sentences in which the rule must not fire.
    package let silent: [String]
    /// The match function (nil for document-pass rules, applied by `ExtractionPass.documentPass`).
    package let matcher: RunMatcher?
    /// The match function as a closure.
    package var match: (@Sendable (RunView) -> RuleOutcome?)? { matcher?.call }

    package init(
        _ id: String, _ kind: EntityKind?, confidence: Double, phase: Phase, support: Support = .none,
        summary: String, fires: [String], silent: [String],
        match: (@Sendable (RunView) -> RuleOutcome?)? = nil
    ) {
        self.id = id
        self.kind = kind
        self.confidence = confidence
        self.phase = phase
        self.support = support
        self.summary = summary
        self.fires = fires
        self.silent = silent
        self.matcher = match.map { RunMatcher($0) }
    }

    /// Whether every mention of the rule needs document support.
    package var alwaysNeedsSupport: Bool { support == .always }
}
