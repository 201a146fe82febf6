import NewsGraphCore

/// What a `links` or `path` traversal may follow.
public struct LinkFilter: Sendable, Equatable {
    /// Relations lighter than this are not followed.
    public var minWeight: Int
    /// Only relations of this kind or label (`co-occurrence`, `member-of`, `director`); nil for all.
    public var relation: String?

    public init(minWeight: Int = 1, relation: String? = nil) {
        self.minWeight = minWeight
        self.relation = relation
    }
}
