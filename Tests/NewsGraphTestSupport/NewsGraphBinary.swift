import Foundation

/// Runs the built `newsgraph` binary (or another product of the package), as end-to-end tests do: it sits in the same
/// build products folder as the test bundle (`.build/<triple>/debug`), found from `Bundle.main`,
/// `CommandLine.arguments[0]` or the package root.
///
/// A missing binary fails the test that needs it (`ExternalTool.Missing`), never skips it, so a misbuilt CI cannot
/// pass by running nothing.
package enum NewsGraphBinary {
    package typealias Result = ProcessResult

    /// The `newsgraph` binary; where it should be if it is missing (running it then throws `ExternalTool.Missing`).
    package static let url: URL = url(named: "newsgraph")

    /// A product built next to the test bundle: `newsgraph`, or the fuzz targets `newsgraph-fuzz-text`, ...
    package static func url(named name: String) -> URL {
        var candidates: [URL] = []
        for start in [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0])] {
            var dir = start
            for _ in 0..<4 {
                candidates.append(dir.appendingPathComponent(name))
                dir.deleteLastPathComponent()
            }
        }
        let fallback = Fixtures.packageRoot.appendingPathComponent(".build/debug/" + name)
        candidates.append(fallback)
        for candidate in candidates {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDir), !isDir.boolValue,
                FileManager.default.isExecutableFile(atPath: candidate.path)
            {
                return candidate
            }
        }
        return fallback
    }

    /// Throws `ExternalTool.Missing` unless `binary` is an executable file.
    package static func require(_ binary: URL = url) throws {
        if !FileManager.default.isExecutableFile(atPath: binary.path) {
            throw ExternalTool.Missing(tool: binary.path)
        }
    }

    /// Starts the binary without waiting (for tests that kill it or run two at once); output goes to files in `folder`,
    /// standard input comes from `standardInput` (a pipe's reading end, for a test that holds the input open).
    package static func start(
        _ arguments: [String], in folder: URL, name: String = "run", binary: URL = url,
        environment: [String: String]? = nil, standardInput: FileHandle = .nullDevice
    ) throws -> Process {
        try require(binary)
        let process = Process()
        if let environment { process.environment = environment }
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = folder.appendingPathComponent("\(name).stdout")
        let err = folder.appendingPathComponent("\(name).stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = standardInput
        try process.run()
        return process
    }

    /// Output of a process started with `start(_:in:name:)`, after it ended.
    package static func result(of process: Process, in folder: URL, name: String = "run") -> Result {
        process.waitUntilExit()
        let read = { (suffix: String) in
            (try? String(contentsOf: folder.appendingPathComponent("\(name).\(suffix)"), encoding: .utf8)) ?? ""
        }
        return Result(status: process.terminationStatus, stdout: read("stdout"), stderr: read("stderr"))
    }

    /// Runs the binary to the end in `folder` (the working directory, so relative paths name files there), with
    /// `input` on standard input (empty if nil).
    package static func run(
        _ arguments: [String], in folder: URL, binary: URL = url, input: String? = nil
    ) throws -> Result {
        try require(binary)
        return try ExternalTool.run(binary.path, arguments, input: input, currentDirectory: folder.path)
    }
}
