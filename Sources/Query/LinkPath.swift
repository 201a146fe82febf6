import NewsGraphCore

/// One shortest chain of links between two entities, hop by hop.
public struct LinkPath: Sendable, Equatable, Codable {
    /// One hop: two consecutive entities and every relation between them.
    public struct Hop: Sendable, Equatable, Codable {
        public var from: EntityRef
        public var to: EntityRef
        /// Heaviest first; `outgoing` is relative to `from`.
        public var relations: [Link.Relation]

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

    /// The entities along the path, source first.
    public var entities: [EntityRef] {
        guard let first = hops.first else { return [] }
        return [first.from] + hops.map(\.to)
    }
}
