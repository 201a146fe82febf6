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
