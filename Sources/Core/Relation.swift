/// A link between two entities found in one article, with the sentences that support it.
///
/// Co-occurrence relations (`kind == "co-occurrence"`) are undirected and stored with
/// `source < target`; typed relations (`affiliated-with`, `member-of`, `located-in`, `capital-of`, ...) are
/// directed from `source` to `target`. Every kind and rule id is listed in `docs/relations.md`.
public struct Relation: Hashable, Codable, Sendable {
    public struct End: Hashable, Codable, Sendable, Comparable {
        public var name: String
        public var kind: EntityKind
        public init(name: String, kind: EntityKind) {
            self.name = name
            self.kind = kind
        }
        public static func < (lhs: End, rhs: End) -> Bool {
            lhs.name != rhs.name ? lhs.name < rhs.name : lhs.kind < rhs.kind
        }
    }

    public var source: End
    public var target: End
    /// `co-occurrence`, `co-paragraph`, or a typed kind such as `affiliated-with`, `capital-of`.
    public var kind: String
    public var directed: Bool
    public var evidence: [Evidence]
    /// What the edge says beyond its kind, e.g. the role word of an `affiliated-with` relation (`director`);
    /// several distinct labels are joined with `, ` in order of first evidence. `nil` when the kind says it all.
    public var label: String?

    public init(source: End, target: End, kind: String, directed: Bool, evidence: [Evidence], label: String? = nil) {
        self.source = source
        self.target = target
        self.kind = kind
        self.directed = directed
        self.evidence = evidence
        self.label = label
    }
}
