import Foundation
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// End-to-end: runs the built `newsgraph` binary on a store made by hand and checks stdout, stderr and the exit code.
@Suite struct CommandTests {
    /// Runs the built binary (in the process's temporary folder: every path below is absolute).
    func run(_ arguments: [String]) throws -> NewsGraphBinary.Result {
        try NewsGraphBinary.run(arguments, in: TemporaryFolder.processRoot)
    }

    /// A file store holding the query fixture; returns its path.
    func storePath() throws -> String {
        let dir = TemporaryFolder.untilExit()
        let path = dir.appendingPathComponent("kg.sqlite").path
        let store = try GraphStore(path: path)
        try store.ingest([Fixture.camps.analyzed, Fixture.paris.analyzed, Fixture.misspelled.analyzed])
        return path
    }

    func remove(_ db: String) {
        try? FileManager.default.removeItem(at: URL(fileURLWithPath: db).deletingLastPathComponent())
    }

    @Test func linksTableAndUnknownNameSuggestion() throws {
        let db = try storePath()
        defer { remove(db) }
        let found = try run(["links", "zhanargul zhumatai", "--db", db, "--depth", "2", "--format", "csv"])
        #expect(found.status == 0)
        #expect(
            found.stdout == """
                name,kind,hop,via,weight,relations
                Urumqi,place,1,Zhanargul Zhumatai,2,co-occurrence ×2
                Li Wei,person,1,Zhanargul Zhumatai,1,co-occurrence ×1
                Xinjiang Police,organization,2,Li Wei,1,affiliated-with (director) -> ×1; co-occurrence ×1
                Zhanargul Zhumatay,person,2,Urumqi,1,co-occurrence ×1

                """)
        let limited = try run(["links", "Zhanargul Zhumatai", "--db", db, "--depth", "2", "--limit", "1"])
        #expect(limited.stdout.hasPrefix("Zhanargul Zhumatai (person): 4 linked entities, the first 1 shown\n"))
        #expect(limited.stdout.split(separator: "\n").count == 4)
        let missing = try run(["links", "Zhanargul Zhumatau", "--db", db])
        #expect(missing.status == 1)
        #expect(
            missing.stderr
                == "Error: no entity 'Zhanargul Zhumatau'; did you mean 'Zhanargul Zhumatai', 'Zhanargul Zhumatay'?\n")
        let ambiguous = try run(["links", "Paris", "--db", db, "--format", "json"])
        #expect(ambiguous.status == 0)
        // Hilton is no Paris: one name, one entity, so no note about another kind.
        #expect(ambiguous.stderr == "")
        #expect(ambiguous.stdout.contains("\"name\" : \"Anna Berg\""))
    }

    @Test func pathAndWhyExitOneWhenNotConnected() throws {
        let db = try storePath()
        defer { remove(db) }
        let path = try run(["path", "Zhanargul Zhumatai", "Xinjiang Police", "--db", db])
        #expect(path.status == 0)
        #expect(
            path.stdout == """
                path 1 (2 hops): Zhanargul Zhumatai - Li Wei - Xinjiang Police
                  Zhanargul Zhumatai (person) -> Li Wei (person): co-occurrence ×1
                  Li Wei (person) -> Xinjiang Police (organization): affiliated-with (director) -> ×1; co-occurrence ×1

                """)
        let none = try run(["path", "Zhanargul Zhumatai", "Anna Berg", "--db", db])
        #expect(none.status == 1)
        #expect(none.stdout.isEmpty)
        #expect(none.stderr == "no path between 'Zhanargul Zhumatai' and 'Anna Berg' within 6 hops\n")
        let why = try run(["why", "Urumqi", "Zhumatai", "--db", db])
        #expect(why.status == 0)
        #expect(why.stderr == "note: 'Zhumatai' is an alias of 'Zhanargul Zhumatai'\n")
        #expect(
            why.stdout == """
                Camps (2024-05-01) sentence 0 [0..<35] co-occurrence by cooccurrence.sentence
                  Zhanargul Zhumatai lived in Urumqi.
                Camps (2024-05-01) sentence 1 [36..<66] co-occurrence by cooccurrence.sentence
                  Zhumatai met Li Wei in Urumqi.

                """)
        let first = try run(["why", "Urumqi", "Zhumatai", "--db", db, "--limit", "1"])
        #expect(first.status == 0)
        #expect(
            first.stdout == """
                Camps (2024-05-01) sentence 0 [0..<35] co-occurrence by cooccurrence.sentence
                  Zhanargul Zhumatai lived in Urumqi.

                """)
        // Linked, but none shown: still success, the link exists.
        #expect(try run(["why", "Urumqi", "Zhumatai", "--db", db, "--limit", "0"]).status == 0)
        let unlinked = try run(["why", "Urumqi", "Anna Berg", "--db", db])
        #expect(unlinked.status == 1)
        #expect(unlinked.stderr == "no sentence links 'Urumqi' and 'Anna Berg'\n")
    }

    @Test func curationCommandsLogExportAndImport() throws {
        let db = try storePath()
        defer { remove(db) }
        let merge = try run(["merge", "Zhanargul Zhumatay", "Zhanargul Zhumatai", "--db", db, "--note", "typo"])
        #expect(merge.status == 0)
        #expect(merge.stdout.hasPrefix("#1 merge 'Zhanargul Zhumatay' (person) into 'Zhanargul Zhumatai' (person)\n"))
        #expect(try run(["reject", "person:Hilton", "--db", db]).status == 0)
        #expect(try run(["retype", "Xinjiang Police", "group", "--db", db, "--note", "a force"]).status == 0)
        let split = try run(["split", "Zhanargul Zhumatay", "--db", db, "--note", "two people"])
        #expect(split.stdout.hasPrefix("#1 undone: merge"))
        let log = try run(["log", "--db", db, "--format", "csv"])
        let lines = log.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(
            lines[1].hasPrefix("1,") && lines[1].contains(",merge,")
                && lines[1].contains(",typo; undone: two people,undone "))
        #expect(lines[3].contains("retype 'Xinjiang Police' (organization) as group,a force,"))
        #expect(lines[3].hasSuffix(","))

        let exported = try run(["curation", "export", "--db", db])
        let decisions = exported.stdout.split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(decisions.count == 2)
        #expect(decisions.first?.hasPrefix("reject Hilton person at=") == true)
        #expect(decisions.last?.hasPrefix("retype \"Xinjiang Police\" organization group note=\"a force\" at=") == true)
        let file = URL(fileURLWithPath: db).deletingLastPathComponent().appendingPathComponent("curation.txt").path
        #expect(try run(["curation", "export", "--db", db, "--output", file]).status == 0)
        let other = try storePath()
        defer { remove(other) }
        let imported = try run(["curation", "import", file, "--db", other])
        #expect(imported.status == 0)
        #expect(imported.stdout.hasPrefix("\(file): 2 decisions, 2 applied, 0 already in force\n"))
        #expect(
            StoreInvariants.content(try GraphStore(path: other).graph())
                == StoreInvariants.content(try GraphStore(path: db).graph()))

        try Data("reject Nobody person\n".utf8).write(to: URL(fileURLWithPath: file))
        let waiting = try run(["curation", "import", file, "--db", other])
        #expect(waiting.status == 0)
        #expect(
            waiting.stderr
                == "note: \(file):1: 'Nobody' is not in this store yet; the decision applies to later ingests\n")

        try Data("# bad\nreject X nobody\nmerge A person\n".utf8).write(to: URL(fileURLWithPath: file))
        let bad = try run(["curation", "import", file, "--db", other])
        #expect(bad.status == 1)
        #expect(
            bad.stderr == """
                Error: \(file): 2 bad lines; nothing was applied
                \(file):2: KIND 'nobody' is not a kind; expected person, place, organization, group or -
                \(file):3: merge takes NAME KIND ENTITY ENTITY-KIND, found 2 fields

                """)
    }

    @Test func errorsAreJSONWithFormatJSON() throws {
        let db = try storePath()
        defer { remove(db) }
        let json = try run(["links", "Zhanargul Zhumatau", "--db", db, "--format", "json"])
        #expect(json.status == 1)
        #expect(json.stdout.isEmpty)
        #expect(
            json.stderr
                == "{\"error\": \"no entity 'Zhanargul Zhumatau'; did you mean 'Zhanargul Zhumatai', 'Zhanargul Zhumatay'?\"}\n"
        )
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stderr.utf8)) as? [String: String]
        #expect(decoded?["error"]?.hasPrefix("no entity") == true)
        // Other formats, and success, are unchanged; a usage error names the problem in JSON too.
        #expect(try run(["links", "Zhanargul Zhumatau", "--db", db]).stderr.hasPrefix("Error: no entity"))
        #expect(try run(["stats", "--db", db, "--format=json"]).status == 0)
        let usage = try run(["entities", "--db", db, "--format", "json", "--limit", "x"])
        #expect(usage.status == 64 && usage.stderr.hasPrefix("{\"error\": "))
    }

    @Test func aFailedFirstIngestLeavesNoEmptyStore() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("new.sqlite").path
        let missing = dir.appendingPathComponent("no-such-file.txt").path
        let failed = try run(["ingest", missing, "--db", db])
        #expect(failed.status == 1)
        #expect(failed.stderr.hasSuffix("Error: no article could be read\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
        // A store that existed before stays, even empty: it is the user's file.
        let existing = try storePath()
        defer { remove(existing) }
        #expect(try run(["ingest", missing, "--db", existing]).status == 1)
        #expect(FileManager.default.fileExists(atPath: existing))
    }

    @Test func showAndAuditHTMLFile() throws {
        let db = try storePath()
        defer { remove(db) }
        let show = try run(["show", "Zhumatai", "--db", db])
        #expect(show.status == 0)
        #expect(
            show.stdout.hasPrefix(
                "Zhanargul Zhumatai\nkind: person\nmentions: 2 in 1 article\naliases:\n  Zhumatai  (alias.surname)\n"))
        #expect(
            show.stdout.contains(
                "  Camps sentence 1 [36..<44] person.surname 0.9\n    [[Zhumatai]] met Li Wei in Urumqi.\n"))
        // --limit lists fewer mentions and relations; the counts stay whole.
        let limited = try run(["show", "Zhumatai", "--db", db, "--limit", "1"])
        #expect(limited.status == 0)
        #expect(limited.stdout.contains("mentions: 2 in 1 article\n"))
        #expect(limited.stdout.components(separatedBy: "[[").count - 1 == 1)
        #expect(!limited.stdout.contains("[[Zhumatai]] met Li Wei"))
        let relations = show.stdout.components(separatedBy: "relations:\n")[1].split(separator: "\n").count
        let limitedRelations = limited.stdout.components(separatedBy: "relations:\n")[1].split(separator: "\n").count
        #expect(relations > 3 && limitedRelations == 3, "header, rule and one relation")
        let html = URL(fileURLWithPath: db).deletingLastPathComponent().appendingPathComponent("audit.html").path
        let audit = try run(["audit", "--db", db, "--format", "html", "--output", html])
        #expect(audit.status == 0)
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("near-duplicate of &#39;Zhanargul Zhumatay&#39;"))
    }
}
