import CSQLite
import Foundation
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// Opening stores that are not what they seem: newer, older, foreign, corrupt. Refused files are never written.
@Suite struct RobustnessStoreTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    private func storeWithOneArticle(_ name: String = "kg.sqlite") throws -> String {
        let path = folder.path + "/" + name
        let store = try GraphStore(path: path)
        try store.ingest([
            Analyzer().analyze(
                Article(
                    source: "a.txt", externalID: "a",
                    text: "Weather. Angela Merkel met Emmanuel Macron in Paris."))
        ])
        return path
    }

    /// Runs SQL on a file with plain SQLite, as another program would.
    private func sqlite(_ path: String, _ sql: String) throws {
        let db = try Database(path: path)
        try db.execute(sql)
    }

    private func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test func newerSchemaIsRefusedAndLeftUntouched() throws {
        let path = try storeWithOneArticle()
        try sqlite(path, "PRAGMA user_version = 99; PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE")
        let before = try bytes(path)
        for readOnly in [false, true] {
            #expect(throws: StoreError.newerSchema(path: path, found: 99, supported: Schema.currentVersion)) {
                try GraphStore(path: path, readOnly: readOnly)
            }
        }
        #expect(try bytes(path) == before)
        let result = try NewsGraphBinary.run(["ingest", "a.txt", "--db", "kg.sqlite"], in: folder.url)
        #expect(result.status != 0)
        #expect(
            result.stderr
                == "Error: 'kg.sqlite' was written by a newer NewsGraph (schema version 99; this one reads up to \(Schema.currentVersion)); it was left untouched\n"
        )
        #expect(try bytes(path) == before)
    }

    @Test func olderSchemaIsBackedUpThenMigrated() throws {
        let path = try storeWithOneArticle()
        let newer =
            Schema.migrations + [(name: "add a note to articles", sql: "ALTER TABLE article ADD COLUMN note TEXT")]
        let migrated = try GraphStore(path: path, readOnly: false, migrations: newer)
        #expect(migrated.schemaVersion == Schema.currentVersion + 1)
        #expect(try migrated.stats().articles == 1)
        // The copy made before migrating is the old store, still readable by this version.
        let backup = try GraphStore(path: path + ".bak-v\(Schema.currentVersion)", readOnly: true)
        #expect(backup.schemaVersion == Schema.currentVersion)
        #expect(try backup.stats() == migrated.stats())
    }

    @Test func failedMigrationLeavesTheStoreAsItWas() throws {
        let path = try storeWithOneArticle()
        let broken =
            Schema.migrations + [
                (name: "broken", sql: "ALTER TABLE article ADD COLUMN x TEXT; CREATE TABLE article (id)")
            ]
        #expect(throws: StoreError.self) { try GraphStore(path: path, readOnly: false, migrations: broken) }
        let store = try GraphStore(path: path, readOnly: true)
        #expect(store.schemaVersion == Schema.currentVersion)
        #expect(
            try store.database.scalar("SELECT count(*) FROM pragma_table_info('article') WHERE name = 'x'")?.int == 0)
    }

    static let foreignFiles: [(name: String, reason: String)] = [
        ("random bytes", "not an SQLite database"),
        ("a text file", "not an SQLite database"),
        ("another app's SQLite database", "no table 'entity'"),
        ("another app's database with an entity table", "unknown application id"),
        ("an SQLite header over garbage", "file is not a database"),
    ]

    @Test(arguments: foreignFiles)
    func foreignOrCorruptFileIsRefusedAndNeverWritten(_ kind: String, _ reason: String) throws {
        let path = folder.path + "/other.db"
        switch kind {
        case "random bytes":
            var generator = SystemRandomNumberGenerator()
            try Data((0..<65536).map { _ in UInt8.random(in: 0...255, using: &generator) }).write(
                to: URL(fileURLWithPath: path))
        case "a text file":
            try Data("name,kind\nAngela Merkel,person\n".utf8).write(to: URL(fileURLWithPath: path))
        case "another app's SQLite database":
            try sqlite(
                path,
                "CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO note (body) VALUES ('keep me')")
        case "another app's database with an entity table":
            try sqlite(path, "PRAGMA application_id = 1234; CREATE TABLE entity (id INTEGER PRIMARY KEY, name TEXT)")
        default:
            try Data(Array("SQLite format 3\0".utf8) + Array(repeating: 0xA5, count: 8192)).write(
                to: URL(fileURLWithPath: path))
        }
        let before = try bytes(path)
        for readOnly in [false, true] {
            #expect(throws: StoreError.notAStore(path: path, reason: reason)) {
                try GraphStore(path: path, readOnly: readOnly)
            }
        }
        #expect(try bytes(path) == before)
        try folder.write("a.txt", "Angela Merkel met Emmanuel Macron in Paris.")
        let result = try NewsGraphBinary.run(["ingest", "a.txt", "--db", "other.db"], in: folder.url)
        #expect(result.status != 0)
        #expect(
            result.stderr
                == "Error: 'other.db' is not a NewsGraph store (\(reason)); it was left untouched. Create a store with 'newsgraph ingest --db NEW.sqlite <articles>'\n"
        )
        #expect(try bytes(path) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func storePathThatIsAFolderIsRefused() throws {
        try FileManager.default.createDirectory(atPath: folder.path + "/kg.sqlite", withIntermediateDirectories: true)
        try folder.write("a.txt", "Angela Merkel met Emmanuel Macron in Paris.")
        let result = try NewsGraphBinary.run(["ingest", "a.txt", "--db", "kg.sqlite"], in: folder.url)
        #expect(result.status != 0)
        #expect(result.stderr == "Error: 'kg.sqlite': cannot open the store (a folder, not a file)\n", "\(result)")
    }

    @Test func textWithNULCharactersIsStoredWhole() throws {
        let text = "Angela Merkel\u{0}met Emmanuel Macron.\u{0}"
        try folder.write(
            "nul.jsonl", "{\"id\": \"n\", \"text\": \"Angela Merkel\\u0000met Emmanuel Macron.\\u0000\"}\n")
        let store = try GraphStore(path: folder.path + "/kg.sqlite")
        let report = try Ingestor().ingest(paths: [folder.path + "/nul.jsonl"], into: store)
        #expect(report.skipped.isEmpty)
        #expect(try store.database.scalar("SELECT text FROM article")?.string == text)
        // Re-ingesting finds it unchanged (the stored text and its hash agree).
        #expect(try Ingestor().ingest(paths: [folder.path + "/nul.jsonl"], into: store).summary.unchanged == 1)
    }
}
