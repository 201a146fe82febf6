import Foundation

/// Small file-system helpers shared by the folder-writing exporters.
package enum ExportFiles {
    package static func createFolder(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw ExportError.writeFailed(path: path, reason: "cannot create folder (\(error.localizedDescription))")
        }
    }

    package static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
