/// The four kinds of entity NewsGraph extracts; the raw values are what is stored and exported.
public enum EntityKind: String, CaseIterable, Codable, Sendable, Comparable {
    case person
    case place
    case organization
    case group

    public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool {
        lhs.order < rhs.order
    }

    private var order: Int {
        switch self {
        case .person: 0
        case .place: 1
        case .organization: 2
        case .group: 3
        }
    }
}
