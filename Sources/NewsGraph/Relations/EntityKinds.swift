/// A set of entity kinds as bits, for the kind tests patterns make at every item (a `Set` literal would allocate).
struct EntityKinds: OptionSet, Sendable {
    let rawValue: UInt8

    init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    init(_ kind: EntityKind) {
        switch kind {
        case .person: self = .person
        case .place: self = .place
        case .organization: self = .organization
        case .group: self = .group
        }
    }

    static let person = EntityKinds(rawValue: 1 << 0)
    static let place = EntityKinds(rawValue: 1 << 1)
    static let organization = EntityKinds(rawValue: 1 << 2)
    static let group = EntityKinds(rawValue: 1 << 3)
}
