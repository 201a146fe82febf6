/// How GraphML and GEXF write several relations between one pair of entities (`export --edges`).
public enum EdgeShape: String, CaseIterable, Sendable {
    /// One edge per unordered pair, its relations folded into attributes (`PairEdge`): the default, so
    /// NetworkX reads a simple `Graph` and Gephi and igraph see one link per pair.
    case perPair = "per-pair"
    /// One edge per relation, as before: several relations between one pair are parallel edges (NetworkX reads
    /// a `MultiGraph`).
    case perRelation = "per-relation"
}
