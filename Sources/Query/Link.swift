import NewsGraphCore

/// One entity reached from the entity a `links` query starts at: how far, through whom, by which relations.
public struct Link: Sendable, Equatable, Codable {
    /// One stored relation between two entities, as queries show it.
    public struct Relation: Sendable, Equatable, Codable, Comparable {
        public var kind: String
        /// For typed relations, the word that says how (`director`); empty otherwise.
        public var label: String
        /// Distinct evidence sentences.
        public var weight: Int
        public var articles: Int
        public var directed: Bool
        /// For directed relations: true when it points from the nearer entity to the farther one.
        public var outgoing: Bool
        /// Corpus-level association of the two ends (`relation.score`, Dunning's G², see docs/relations.md).
        public var score: Double

        public init(
            kind: String, label: String = "", weight: Int, articles: Int, directed: Bool, outgoing: Bool,
            score: Double = 0
        ) {
            self.kind = kind
            self.label = label
            self.weight = weight
            self.articles = articles
            self.directed = directed
            self.outgoing = outgoing
            self.score = score
        }

        /// Heaviest first, then kind and label.
        public static func < (lhs: Relation, rhs: Relation) -> Bool {
            if lhs.weight != rhs.weight { return lhs.weight > rhs.weight }
            if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
            if lhs.label != rhs.label { return lhs.label < rhs.label }
            return !lhs.outgoing && rhs.outgoing
        }

        /// `affiliated-with (director) ->` style: kind, label in parentheses, and the direction when directed.
        public var display: String {
            var text = kind
            if !label.isEmpty { text += " (\(label))" }
            if directed { text += outgoing ? " ->" : " <-" }
            return text
        }
    }

    public var entity: EntityRef
    /// 1 for direct links, 2 for links of links, ...
    public var hop: Int
    /// The entity one hop nearer through which this one was reached (the start for hop 1).
    public var via: EntityRef
    /// The relations between `via` and `entity`, heaviest first.
    public var relations: [Relation]

    public init(entity: EntityRef, hop: Int, via: EntityRef, relations: [Relation]) {
        self.entity = entity
        self.hop = hop
        self.via = via
        self.relations = relations
    }

    /// The weight of the strongest relation to `via`.
    public var weight: Int { relations.map(\.weight).max() ?? 0 }

    /// The highest association score of the relations to `via`.
    public var score: Double { relations.map(\.score).max() ?? 0 }
}
