import Foundation
import NewsGraph

/// Resolves names typed on the command line, telling the user (on standard error) when the match was loose or ambiguous.
enum EntityLookup {
    static func resolve(_ name: String, kind: EntityKind? = nil, in store: GraphStore) throws -> EntityRef {
        let match = try GraphQuery(store).entity(named: name, kind: kind)
        if let note = match.note { StandardError.print("note: \(note)") }
        return match.entity
    }

    /// JSON with sorted keys, one value per command.
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
