import Foundation
import NewsGraphCore
import NewsGraphResolution

/// Every entity and relation id of a store, kept between batches so that ingest looks them up in
/// memory, with the store-wide joins in force. Valid while no other connection has written (`PRAGMA data_version`)
/// and nothing was deleted.
package final class IDCache {
    /// Entity id by identity key (`NameVariants.key`).
    package var entities: [String: Int64] = [:]
    package var relations: [IngestWriter.RelationKey: Int64] = [:]
    /// Store-wide joins in force: source key -> (target key, target name).
    package var joins: [String: (key: String, name: String)] = [:]
    /// Keys of towns named with several qualifiers, whose qualified names stay apart (`CorpusJoins.homonyms`).
    package var homonyms = Set<String>()
    /// Keys joined only as another spelling of their target ("st. louis" -> "st louis"): a town's qualified names follow.
    package var respelled = Set<String>()
    /// Identity keys of the names seen so far.
    package var keys: [String: String] = [:]
    /// The id the next new relation gets (one past the largest stored).
    package var nextRelationID: Int64 = 1
    package var dataVersion = 0

    package init(_ db: Database) throws {
        let entityRows = try db.prepare("SELECT id, key FROM entity WHERE key IS NOT NULL")
        try entityRows.bind([])
        while try entityRows.step() { entities[entityRows.text(1)] = Int64(entityRows.int(0)) }
        let relationRows = try db.prepare("SELECT id, source_id, target_id, kind, label FROM relation")
        try relationRows.bind([])
        while try relationRows.step() {
            let key = IngestWriter.RelationKey(
                source: Int64(relationRows.int(1)), target: Int64(relationRows.int(2)),
                kind: relationRows.text(3), label: relationRows.text(4))
            let id = Int64(relationRows.int(0))
            relations[key] = id
            nextRelationID = max(nextRelationID, id + 1)
        }
        let joinRows = try db.prepare("SELECT key, target, name FROM identity_join WHERE target != ''")
        try joinRows.bind([])
        while try joinRows.step() { joins[joinRows.text(0)] = (joinRows.text(1), joinRows.text(2)) }
        let homonymRows = try db.prepare("SELECT key FROM identity_join WHERE reason = ?")
        try homonymRows.bind(CorpusJoins.homonymReason)
        while try homonymRows.step() { homonyms.insert(homonymRows.text(0)) }
        for reason in CorpusJoins.spellingReasons.sorted() {
            try homonymRows.bind(reason)
            while try homonymRows.step() { respelled.insert(homonymRows.text(0)) }
        }
    }

    /// The identity key of `name`, computed once per name.
    package func key(_ name: String) -> String {
        if let key = keys[name] { return key }
        let key = NameVariants.key(name)
        keys[name] = key
        return key
    }

    /// The name a store-wide join gives `name` and its key ("EC" -> "European Community"), or the name itself. A
    /// town named with its qualifier ("Canton (Massachusetts)") is the town alone unless the store names that town
    /// with several qualifiers, or joins that town's name to another entity.
    package func joined(_ name: String) -> (name: String, key: String) {
        let key = key(name)
        if let join = joins[key] { return (join.name, join.key) }
        // A town joined elsewhere by a store-wide join ("Crowley" -> "Brian Crowley") keeps its qualified name too.
        if let (town, _) = PlaceQualifier.parse(name) {
            let townKey = self.key(town)
            if !homonyms.contains(townKey) {
                if respelled.contains(townKey), let join = joins[townKey] { return (join.name, join.key) }
                if joins[townKey] == nil { return (town, townKey) }
            }
        }
        return (name, key)
    }

    package func entityID(_ db: Database, key: String, name: String, kind: EntityKind) throws -> Int64 {
        if let id = entities[key] { return id }
        let id = try GraphStore.entityID(db, key: key, name: name, kind: kind)
        entities[key] = id
        return id
    }
}
