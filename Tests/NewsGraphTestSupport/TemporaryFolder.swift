import Foundation

/// A fresh temporary folder, removed when the value goes away.
///
/// Every folder lives under one folder per test process, removed when the process exits, so a folder handed out as
/// a plain URL (`TemporaryFolder.untilExit()`) or left behind by a failed test is removed too.
package final class TemporaryFolder {
    package let url: URL
    package var path: String { url.path }

    /// `newsgraph-tests-<pid>` in the system's temporary folder; removed at exit.
    package static let processRoot: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-tests-\(getpid())")
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: TemporaryFolder.processRoot) }
        return root
    }()

    package init(_ name: String = #function) throws {
        url = TemporaryFolder.newURL(name)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// A new empty folder that stays until the test process exits: for tests that keep only its URL.
    package static func untilExit(_ name: String = #function) -> URL {
        let url = newURL(name)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private static func newURL(_ name: String) -> URL {
        let safe = name.filter { $0.isLetter || $0.isNumber }.prefix(40)
        return processRoot.appendingPathComponent("\(safe)-\(UUID().uuidString.prefix(8))")
    }

    /// The path of `name` inside the folder.
    package func file(_ name: String) -> String { path + "/" + name }

    @discardableResult
    package func write(_ name: String, _ bytes: [UInt8]) throws -> URL {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file
    }

    @discardableResult
    package func write(_ name: String, _ text: String) throws -> URL { try write(name, Array(text.utf8)) }

    package func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url.appendingPathComponent(name)))
    }
}
