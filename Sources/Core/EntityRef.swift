/// An entity of the store as queries return it: its row id, canonical name and kind.
public struct EntityRef: Sendable, Hashable, Codable, Comparable {
    public var id: Int64
    public var name: String
    public var kind: EntityKind

    public init(id: Int64, name: String, kind: EntityKind) {
        self.id = id
        self.name = name
        self.kind = kind
    }

    /// Name, then kind, then id: the order every listing uses.
    public static func < (lhs: EntityRef, rhs: EntityRef) -> Bool {
        if lhs.name != rhs.name { return lhs.name < rhs.name }
        if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
        return lhs.id < rhs.id
    }

    /// `name (kind)`, as messages show an entity.
    public var display: String { "\(name) (\(kind.rawValue))" }

    private enum CodingKeys: String, CodingKey { case name, kind }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: 0, name: try container.decode(String.self, forKey: .name),
            kind: try container.decode(EntityKind.self, forKey: .kind))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(kind, forKey: .kind)
    }
}
