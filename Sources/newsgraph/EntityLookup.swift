import Foundation
import NewsGraph

/// Resolves names typed on the command line, telling the user (on standard error) when the match was loose or ambiguous.
enum EntityLookup {
    ///
    /// With `verbosity`, --quiet drops the note and --verbose adds how the name was matched (`describe`).
    static func resolve(
        _ name: String, kind: EntityKind? = nil, in store: GraphStore, verbosity: VerbosityOptions? = nil
    ) throws -> EntityRef {
        let match = try GraphQuery(store).entity(named: name, kind: kind)
        if let note = match.note, verbosity?.quiet != true { StandardError.print("note: \(note)") }
        verbosity?.note(describe(name, match))
        return match.entity
    }

    /// `'volcker' -> Paul Volcker (person), entity 17, 321 mentions: by alias, the most mentioned of 2 matches`.
    static func describe(_ typed: String, _ match: EntityMatch) -> String {
        let mentions = "\(match.mentions) mention\(match.mentions == 1 ? "" : "s")"
        let among = match.candidates > 1 ? ", the most mentioned of \(match.candidates) matches" : ""
        return "'\(typed)' -> \(match.entity.display), entity \(match.entity.id), \(mentions): by "
            + match.method.rawValue + among
    }

    /// JSON with sorted keys, one value per command.
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
