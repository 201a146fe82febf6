import NewsGraphCore

/// How `links` orders the entities of one hop: by `weight` (evidence sentences) or by `score` (how much more
/// often the two are named together than chance would have it; see docs/relations.md).
public enum LinkRanking: String, Sendable, CaseIterable, Codable {
    case weight, score
}
