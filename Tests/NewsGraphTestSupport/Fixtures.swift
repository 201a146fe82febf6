import Foundation
import NewsGraph

/// Paths to the package and its fixtures: the one place tests find the package root.
package enum Fixtures {
    /// The package root (the folder with Package.swift), found from this source file.
    package static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    package static var seedFolder: URL { packageRoot.appendingPathComponent("seeds") }
    package static var seedFile: URL { seedFolder.appendingPathComponent("000_5c569fa6e81c3a0d.txt") }
    /// `Tests/Fixtures`: articles written for tests, and the golden files under `golden/`.
    package static var fixtures: URL { packageRoot.appendingPathComponent("Tests/Fixtures") }

    package static func seedArticle() throws -> Article {
        MetadataSniffer.filling(try ArticleReader().articles(inFile: seedFile.path)[0])
    }
}
