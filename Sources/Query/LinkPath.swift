import NewsGraphCore

/// One shortest chain of links between two entities, hop by hop.
public struct LinkPath: Sendable, Equatable, Codable {
    /// One hop: two consecutive entities and every relation between them.
    public struct Hop: Sendable, Equatable, Codable {
        public var from: EntityRef
        public var to: EntityRef
        /// Heaviest first; `outgoing` is relative to `from`.
        public var relations: [Link.Relation]

        /// Evidence sentences of all its relations.
        public var weight: Int { relations.reduce(0) { $0 + $1.weight } }

        public init(from: EntityRef, to: EntityRef, relations: [Link.Relation]) {
            self.from = from
            self.to = to
            self.relations = relations
        }
    }

    public var hops: [Hop]

    public init(hops: [Hop]) {
        self.hops = hops
    }

    /// The weight of the weakest hop (a hop weighs the evidence sentences of all its relations): how strong the chain
    /// is, since it holds no better than its weakest link.
    public var strength: Int { hops.map(\.weight).min() ?? 0 }

    /// The weight of every hop together.
    public var weight: Int { hops.reduce(0) { $0 + $1.weight } }

    /// The entities along the path, source first.
    public var entities: [EntityRef] {
        guard let first = hops.first else { return [] }
        return [first.from] + hops.map(\.to)
    }
}
