import Foundation
import Testing
@testable import NewsGraph

/// Paths to the package, its fixtures and the shared kit beside the repository.
enum Fixtures {
    /// The package root (the folder with Package.swift), found from this source file.
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    static var seedFolder: URL { packageRoot.appendingPathComponent("seeds") }
    static var seedFile: URL { seedFolder.appendingPathComponent("000_5c569fa6e81c3a0d.txt") }
    static var fixtures: URL { packageRoot.appendingPathComponent("Tests/Fixtures") }

    static func seedArticle() throws -> Article {
        MetadataSniffer.filling(try ArticleReader().articles(inFile: seedFile.path)[0])
    }

    /// A new empty temporary folder, unique per call.
    static func temporaryFolder(_ name: String = #function) -> URL {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("newsgraph-tests-\(safe)-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Golden-file comparison: a mismatch fails with a unified diff; `RECORD_SNAPSHOTS=1` re-records
/// the file and fails the run, so recorded output is always reviewed.
enum Golden {
    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = Fixtures.fixtures.appendingPathComponent("golden").appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded \(name); unset RECORD_SNAPSHOTS and run again", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no golden file \(name); run with RECORD_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record("\(name) differs from its golden file:\n\(diff(expected, actual))", sourceLocation: sourceLocation)
        }
    }

    /// A unified diff of two texts, through `diff -u`.
    static func diff(_ expected: String, _ actual: String) -> String {
        let folder = Fixtures.temporaryFolder("diff")
        let a = folder.appendingPathComponent("expected"), b = folder.appendingPathComponent("actual")
        try? expected.write(to: a, atomically: true, encoding: .utf8)
        try? actual.write(to: b, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["diff", "-u", a.path, b.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try? process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
