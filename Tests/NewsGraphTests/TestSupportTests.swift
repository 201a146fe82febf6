import Foundation
import NewsGraphTestSupport
import Testing

/// The guard rails guard: a missing binary fails instead of skipping, temporary folders go away, a golden diff names
/// the changed lines.
@Suite struct TestSupportTests {
    @Test func missingBinaryThrowsInsteadOfSkipping() throws {
        let folder = try TemporaryFolder()
        let missing = folder.url.appendingPathComponent("no-such-newsgraph")
        #expect(throws: ExternalTool.Missing.self) {
            try NewsGraphBinary.run(["--version"], in: folder.url, binary: missing)
        }
        #expect(throws: ExternalTool.Missing.self) {
            try NewsGraphBinary.start(["--version"], in: folder.url, binary: missing)
        }
        let message = ExternalTool.Missing(tool: missing.path).description
        #expect(message.hasPrefix(missing.path + " is missing"), "\(message)")
    }

    @Test func temporaryFolderIsRemovedWithItsValue() throws {
        var folder: TemporaryFolder? = try TemporaryFolder()
        let path = try #require(folder?.path)
        try folder?.write("a/b.txt", "x")
        #expect(FileManager.default.fileExists(atPath: path + "/a/b.txt"))
        #expect(path.hasPrefix(TemporaryFolder.processRoot.path + "/"))
        folder = nil
        #expect(!FileManager.default.fileExists(atPath: path))
        // Folders handed out as URLs live under the same root, which the process removes at exit.
        #expect(TemporaryFolder.untilExit().path.hasPrefix(TemporaryFolder.processRoot.path + "/"))
    }

    @Test func snapshotDiffShowsTheChangedLinesWithContext() {
        let diff = Snapshot.diff("a\nb\nc\nd\ne\n", "a\nb\nC\nd\ne\n")
        #expect(diff == "--- golden\n+++ actual\n@@ -1 +1 @@\n a\n b\n-c\n+C\n d\n e\n ")
    }

    @Test func packageRootHoldsPackageSwift() {
        #expect(
            FileManager.default.fileExists(atPath: Fixtures.packageRoot.appendingPathComponent("Package.swift").path))
        #expect(FileManager.default.fileExists(atPath: Fixtures.seedFile.path))
    }
}
