import Foundation
import Testing

/// Runs the built `newsgraph` binary: option errors reach the user as `Error: ` plus our description.
@Suite struct ExportCommandTests {
    /// `swift test` builds the executable next to the test bundle.
    static let binary: String? = {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for candidate in [folder, folder.deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("newsgraph").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        let fallback = ExternalTool.packageRoot.appendingPathComponent(".build/debug/newsgraph").path
        return FileManager.default.isExecutableFile(atPath: fallback) ? fallback : nil
    }()

    @Test(.enabled(if: binary != nil))
    func neo4jWithoutOutputFolderIsAUsageError() throws {
        let result = try ExternalTool.run(Self.binary!, ["export", "--db", "kg.sqlite", "--format", "neo4j"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr.hasPrefix(
                "Error: --format neo4j writes two files (nodes.csv, relationships.csv); give a folder with --output DIR\n"
            ))
    }

    @Test(.enabled(if: binary != nil))
    func unknownFormatListsTheChoices() throws {
        let result = try ExternalTool.run(Self.binary!, ["export", "--db", "kg.sqlite", "--format", "svg"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("'graphml', 'dot', 'gexf', 'cytoscape' or 'neo4j'"))
    }

    @Test(.enabled(if: binary != nil))
    func unknownKindListsTheKinds() throws {
        let result = try ExternalTool.run(
            Self.binary!, ["export", "--db", "kg.sqlite", "--format", "dot", "--kind", "people"])
        #expect(result.status == 64)
        #expect(
            result.stderr.hasPrefix("Error: --kind expects one of person, place, organization, group, found 'people'\n")
        )
    }

    @Test(.enabled(if: binary != nil))
    func helpListsEveryFilter() throws {
        let result = try ExternalTool.run(Self.binary!, ["export", "--help"])
        #expect(result.status == 0)
        for option in [
            "--kind", "--min-weight", "--min-mentions", "--around", "--depth", "--top", "--rank",
            "--since", "--until", "--relation", "--keep-isolated", "--yed", "--render", "--output",
        ] {
            #expect(result.stdout.contains(option), "help does not mention \(option)")
        }
    }
}
