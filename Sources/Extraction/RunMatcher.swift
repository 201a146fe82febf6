import NewsGraphCore

/// A run rule's match function, wrapped in a struct so that the classifier calls it directly.
///
/// In an array of bare closures (`[@Sendable (RunView) -> RuleOutcome?]`) each element is stored at the most general
/// abstraction: every call went through a reabstraction thunk that copied the `RunView` to memory and returned the
/// outcome indirectly (about 100 instructions of the 200 a rule call cost). A closure stored in a struct field keeps
/// its own calling convention.
package struct RunMatcher: Sendable {
    package let call: @Sendable (RunView) -> RuleOutcome?

    package init(_ call: @escaping @Sendable (RunView) -> RuleOutcome?) {
        self.call = call
    }
}
