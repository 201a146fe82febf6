import NewsGraphCore

/// A set of entity kinds as bits, for the kind tests patterns make at every item (a `Set` literal would allocate).
package struct EntityKinds: OptionSet, Sendable {
    package let rawValue: UInt8

    package init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    package init(_ kind: EntityKind) {
        switch kind {
        case .person: self = .person
        case .place: self = .place
        case .organization: self = .organization
        case .group: self = .group
        }
    }

    package static let person = EntityKinds(rawValue: 1 << 0)
    package static let place = EntityKinds(rawValue: 1 << 1)
    package static let organization = EntityKinds(rawValue: 1 << 2)
    package static let group = EntityKinds(rawValue: 1 << 3)
}
