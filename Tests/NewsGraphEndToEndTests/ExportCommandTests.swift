import Foundation
import NewsGraphTestSupport
import Testing

/// Runs the built `newsgraph` binary: option errors reach the user as `Error: ` plus our description.
@Suite struct ExportCommandTests {
    @Test
    func neo4jWithoutOutputFolderIsAUsageError() throws {
        let result = try NewsGraphBinary.run(
            ["export", "--db", "kg.sqlite", "--format", "neo4j"], in: TemporaryFolder.processRoot)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr.hasPrefix(
                "Error: --format neo4j writes two files (nodes.csv, relationships.csv); give a folder with --output DIR\n"
            ))
    }

    @Test
    func unknownFormatListsTheChoices() throws {
        let result = try NewsGraphBinary.run(
            ["export", "--db", "kg.sqlite", "--format", "svg"], in: TemporaryFolder.processRoot)
        #expect(result.status == 64)
        #expect(result.stderr.contains("'graphml', 'dot', 'gexf', 'cytoscape' or 'neo4j'"))
    }

    @Test
    func unknownKindListsTheKinds() throws {
        let result = try NewsGraphBinary.run(
            ["export", "--db", "kg.sqlite", "--format", "dot", "--kind", "people"], in: TemporaryFolder.processRoot)
        #expect(result.status == 64)
        #expect(
            result.stderr.hasPrefix("Error: --kind expects one of person, place, organization, group, found 'people'\n")
        )
    }

    @Test
    func helpListsEveryFilter() throws {
        let result = try NewsGraphBinary.run(["export", "--help"], in: TemporaryFolder.processRoot)
        #expect(result.status == 0)
        for option in [
            "--kind", "--min-weight", "--min-mentions", "--around", "--depth", "--top", "--rank",
            "--since", "--until", "--relation", "--keep-isolated", "--yed", "--render", "--output",
        ] {
            #expect(result.stdout.contains(option), "help does not mention \(option)")
        }
    }
}
