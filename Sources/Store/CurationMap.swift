import NewsGraphCore
import NewsGraphResolution

/// The analyst's curation decisions as a function from what extraction found to the entity it belongs to.
///
/// In: the surface text, extracted canonical name and kind of a mention. Out: the curated entity
/// (name and kind), or nil when the entity was rejected. Decisions apply in the order they were made,
/// skipping undone ones, so a later decision can build on an earlier one (rename, then merge).
///
/// A decision names an entity by its identity key (`NameVariants.key`), whatever its kind: "NEW YORK" and "New York"
/// are one entity, so a decision about one is about the other, and a decision survives the entity's display name or
/// voted kind changing as articles arrive.
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

    public var decisions: [Decision] {
        didSet { keys = CurationMap.keys(of: decisions) }
    }
    /// Identity keys of each decision's name and argument, computed once.
    private var keys: [(name: String, argument: String?)]

    public init(decisions: [Decision] = []) {
        self.decisions = decisions
        keys = CurationMap.keys(of: decisions)
    }

    private static func keys(of decisions: [Decision]) -> [(name: String, argument: String?)] {
        decisions.map(keys(of:))
    }

    /// The identity keys a decision compares a mention's entity with (`name`) and moves it to (`argument`).
    package static func keys(of decision: Decision) -> (name: String, argument: String?) {
        let argument: String?
        switch decision.action {
        case .merge, .aliasAdd, .aliasRemove:
            argument = entityArgument(decision.argument).map { NameVariants.key($0.name) }
        case .rename:
            argument = decision.argument.map(NameVariants.key)
        case .reject, .retype:
            argument = nil
        }
        return (NameVariants.key(decision.name), argument)
    }

    /// The identity keys `changed` can affect: its own keys and, transitively, those of every decision (of this map or
    /// `changed`) sharing a key with them. Derivation moves a mention's entity only from a decision's name key to its
    /// argument key (merge, rename) or back (alias-remove), so a mention whose identity key is outside this set ends in
    /// the same entity with `changed` in force or not. nil when this map or `changed` has an alias decision: alias
    /// decisions match a mention by its surface text too, which no entity's key reaches, so their effect cannot be
    /// bounded by keys.
    package func component(of changed: [Decision]) -> Set<String>? {
        let aliases: Set<Decision.Action> = [.aliasAdd, .aliasRemove]
        if (decisions + changed).contains(where: { aliases.contains($0.action) }) { return nil }
        var component = Set<String>()
        for decision in changed {
            let keys = CurationMap.keys(of: decision)
            component.insert(keys.name)
            if let argument = keys.argument { component.insert(argument) }
        }
        let all = keys + changed.map(CurationMap.keys(of:))
        var grew = true
        while grew {
            grew = false
            for keys in all {
                let touches = component.contains(keys.name) || keys.argument.map(component.contains) == true
                guard touches else { continue }
                if component.insert(keys.name).inserted { grew = true }
                if let argument = keys.argument, component.insert(argument).inserted { grew = true }
            }
        }
        return component
    }

    /// The name curation gives the entity of identity key `key` (a rename, or a merge target as written), if any.
    public func forcedName(key: String) -> String? {
        var name: String?
        for (decision, keys) in zip(decisions, self.keys) where keys.argument == key {
            switch decision.action {
            case .rename: name = decision.argument
            case .merge, .aliasAdd: name = CurationMap.entityArgument(decision.argument)?.name ?? name
            default: break
            }
        }
        return name
    }

    /// The kind curation gives the entity of identity key `key` (the latest retype, or a merge target's kind).
    public func forcedKind(key: String) -> EntityKind? {
        var kind: EntityKind?
        for (decision, keys) in zip(decisions, self.keys) {
            if decision.action == .retype, keys.name == key, let raw = decision.argument {
                kind = EntityKind(rawValue: raw) ?? kind
            } else if decision.action == .merge || decision.action == .aliasAdd, keys.argument == key,
                let target = CurationMap.entityArgument(decision.argument)?.kind
            {
                kind = target
            }
        }
        return kind
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
        var currentKey = NameVariants.key(name)
        var textKey: String?
        func keyOfText() -> String {
            if let textKey { return textKey }
            let key = text == name ? currentKey : NameVariants.key(text)
            textKey = key
            return key
        }
        for (decision, keys) in zip(decisions, self.keys) {
            switch decision.action {
            case .aliasAdd:
                if keys.name == currentKey || keys.name == keyOfText(),
                    let target = CurationMap.entityArgument(decision.argument), let targetKey = keys.argument
                {
                    current = (target.name, target.kind ?? current.kind)
                    currentKey = targetKey
                }
                continue
            case .aliasRemove:
                // In order, against the entity as curated so far, so removing an alias from a renamed or
                // merged entity works (comparing with the extracted name silently did nothing).
                if keys.name == keyOfText(), keyOfText() != currentKey, keys.argument == currentKey {
                    current = (text, current.kind)
                    currentKey = keyOfText()
                }
                continue
            default:
                break
            }
            guard keys.name == currentKey else { continue }
            switch decision.action {
            case .reject:
                return nil
            case .retype:
                if let raw = decision.argument, let kind = EntityKind(rawValue: raw) { current.kind = kind }
            case .rename:
                if let newName = decision.argument, !newName.isEmpty, let key = keys.argument {
                    current.name = newName
                    currentKey = key
                }
            case .merge:
                if let target = CurationMap.entityArgument(decision.argument), let key = keys.argument {
                    current = (target.name, target.kind ?? current.kind)
                    currentKey = key
                }
            case .aliasAdd, .aliasRemove:
                break
            }
        }
        return current
    }
}

extension CurationMap.Decision {
    /// One line a person reads: `merge 'Zhumatai' (person) into 'Zhanargul Zhumatai' (person)`.
    public var summary: String {
        let subject = "'\(name)'" + (kind.map { " (\($0.rawValue))" } ?? "")
        let target =
            CurationMap.entityArgument(argument).map { "'\($0.name)'" + ($0.kind.map { " (\($0.rawValue))" } ?? "") }
            ?? ""
        switch action {
        case .reject: return "reject \(subject)"
        case .retype: return "retype \(subject) as \(argument ?? "")"
        case .rename: return "rename \(subject) to '\(argument ?? "")'"
        case .merge: return "merge \(subject) into \(target)"
        case .aliasAdd: return "alias \(subject) added to \(target)"
        case .aliasRemove: return "alias \(subject) removed from \(target)"
        }
    }
}

extension CurationMap.Decision {
    /// `entity` joins `target`: its mentions, aliases and relations become `target`'s.
    public static func merge(_ entity: EntityRef, into target: EntityRef) -> Self {
        Self(
            action: .merge, name: entity.name, kind: entity.kind,
            argument: CurationMap.joinArgument(name: target.name, kind: target.kind))
    }

    /// `entity` is never an entity again; its mentions stay stored, unattached.
    public static func reject(_ entity: EntityRef) -> Self {
        Self(action: .reject, name: entity.name, kind: entity.kind)
    }

    public static func retype(_ entity: EntityRef, to kind: EntityKind) -> Self {
        Self(action: .retype, name: entity.name, kind: entity.kind, argument: kind.rawValue)
    }

    public static func rename(_ entity: EntityRef, to name: String) -> Self {
        Self(action: .rename, name: entity.name, kind: entity.kind, argument: name)
    }

    /// Mentions written `alias` belong to `entity`.
    public static func addAlias(_ alias: String, to entity: EntityRef) -> Self {
        Self(action: .aliasAdd, name: alias, argument: CurationMap.joinArgument(name: entity.name, kind: entity.kind))
    }

    /// Mentions written `alias` no longer join `entity`; they stand alone.
    public static func removeAlias(_ alias: String, from entity: EntityRef) -> Self {
        Self(
            action: .aliasRemove, name: alias, argument: CurationMap.joinArgument(name: entity.name, kind: entity.kind))
    }
}
