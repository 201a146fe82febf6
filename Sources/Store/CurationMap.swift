import NewsGraphCore

/// The analyst's curation decisions as a function from what extraction found to the entity it belongs to.
///
/// In: the surface text, extracted canonical name and kind of a mention. Out: the curated entity
/// (name and kind), or nil when the entity was rejected. Decisions apply in the order they were made,
/// skipping undone ones, so a later decision can build on an earlier one (rename, then merge).
public struct CurationMap: Sendable {
    /// One stored decision (a row of the `curation` table).
    public struct Decision: Sendable, Equatable {
        public enum Action: String, Sendable, CaseIterable {
            /// `name` [kind] is never an entity again.
            case reject
            /// `name` [kind] becomes kind `argument`.
            case retype
            /// `name` [kind] is called `argument`.
            case rename
            /// `name` [kind] is the same entity as `argument` (`NAME` or `NAME\u{1F}KIND`).
            case merge
            /// Mentions whose surface text or extracted name is `name` belong to `argument` (`NAME\u{1F}KIND`).
            case aliasAdd = "alias-add"
            /// Mentions whose surface text is `name` do not join `argument` (`NAME\u{1F}KIND`); they stand alone.
            case aliasRemove = "alias-remove"
        }

        public var action: Action
        public var name: String
        public var kind: EntityKind?
        public var argument: String?

        public init(action: Action, name: String, kind: EntityKind? = nil, argument: String? = nil) {
            self.action = action
            self.name = name
            self.kind = kind
            self.argument = argument
        }
    }

    public var decisions: [Decision]

    public init(decisions: [Decision] = []) {
        self.decisions = decisions
    }

    public var isEmpty: Bool { decisions.isEmpty }

    /// Splits an `argument` of the form `NAME\u{1F}KIND` (kind optional).
    public static func entityArgument(_ argument: String?) -> (name: String, kind: EntityKind?)? {
        guard let argument else { return nil }
        let parts = argument.split(separator: "\u{1F}", maxSplits: 1, omittingEmptySubsequences: false)
        return (String(parts[0]), parts.count > 1 ? EntityKind(rawValue: String(parts[1])) : nil)
    }

    public static func joinArgument(name: String, kind: EntityKind?) -> String {
        kind.map { name + "\u{1F}" + $0.rawValue } ?? name
    }

    /// The curated entity for a mention, or nil when rejected.
    public func entity(text: String, name: String, kind: EntityKind) -> (name: String, kind: EntityKind)? {
        var current = (name: name, kind: kind)
        if decisions.isEmpty { return current }
        for decision in decisions {
            switch decision.action {
            case .aliasAdd:
                if (decision.name == text || decision.name == current.name),
                    decision.kind == nil || decision.kind == current.kind,
                    let target = CurationMap.entityArgument(decision.argument)
                {
                    current = (target.name, target.kind ?? current.kind)
                }
                continue
            case .aliasRemove:
                // In order, against the entity as curated so far, so removing an alias from a renamed or
                // merged entity works (comparing with the extracted name silently did nothing).
                if decision.name == text, text != current.name,
                    let target = CurationMap.entityArgument(decision.argument),
                    target.name == current.name, target.kind == nil || target.kind == current.kind
                {
                    current = (text, current.kind)
                }
                continue
            default:
                break
            }
            guard decision.name == current.name, decision.kind == nil || decision.kind == current.kind else { continue }
            switch decision.action {
            case .reject:
                return nil
            case .retype:
                if let raw = decision.argument, let kind = EntityKind(rawValue: raw) { current.kind = kind }
            case .rename:
                if let newName = decision.argument, !newName.isEmpty { current.name = newName }
            case .merge:
                if let target = CurationMap.entityArgument(decision.argument) {
                    current = (target.name, target.kind ?? current.kind)
                }
            case .aliasAdd, .aliasRemove:
                break
            }
        }
        return current
    }
}
