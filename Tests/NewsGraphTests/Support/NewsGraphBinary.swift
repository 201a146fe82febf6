import Foundation

/// Runs the built `newsgraph` binary, as end-to-end tests do: it sits in the same build products folder as the
/// test bundle (`.build/<triple>/debug`), found from `Bundle.main`, `CommandLine.arguments[0]` or `#filePath`.
enum NewsGraphBinary {
    struct Result: CustomStringConvertible {
        var status: Int32
        var stdout: String
        var stderr: String
        var description: String { "exit \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
    }

    static let url: URL = url(named: "newsgraph")

    /// A product built next to the test bundle: `newsgraph`, or the fuzz targets `newsgraph-fuzz-text`, ...
    static func url(named name: String) -> URL {
        var candidates: [URL] = []
        for start in [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0])] {
            var dir = start
            for _ in 0..<4 {
                candidates.append(dir.appendingPathComponent(name))
                dir.deleteLastPathComponent()
            }
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug/" + name))
        for candidate in candidates {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDir), !isDir.boolValue,
                FileManager.default.isExecutableFile(atPath: candidate.path)
            {
                return candidate
            }
        }
        fatalError("\(name) binary not found; tried \(candidates.map(\.path))")
    }

    /// The package's root folder (for fixtures).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Starts the binary without waiting (for tests that kill it or run two at once); output goes to files in `folder`.
    static func start(
        _ arguments: [String], in folder: URL, name: String = "run", binary: URL = url,
        environment: [String: String]? = nil
    ) throws -> Process {
        let process = Process()
        if let environment { process.environment = environment }
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = folder.appendingPathComponent("\(name).stdout")
        let err = folder.appendingPathComponent("\(name).stderr")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Output of a process started with `start(_:in:name:)`, after it ended.
    static func result(of process: Process, in folder: URL, name: String = "run") -> Result {
        process.waitUntilExit()
        let read = { (suffix: String) in
            (try? String(contentsOf: folder.appendingPathComponent("\(name).\(suffix)"), encoding: .utf8)) ?? ""
        }
        return Result(status: process.terminationStatus, stdout: read("stdout"), stderr: read("stderr"))
    }

    /// Runs the binary to the end in `folder` (the working directory, so relative paths name files there).
    static func run(_ arguments: [String], in folder: URL, binary: URL = url) throws -> Result {
        let name = "run-\(UUID().uuidString.prefix(8))"
        let process = try start(arguments, in: folder, name: name, binary: binary)
        return result(of: process, in: folder, name: name)
    }
}
