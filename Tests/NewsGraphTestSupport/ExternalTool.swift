import Foundation

/// Runs external programs (Graphviz, xmllint, python3) from tests and says whether they are installed.
///
/// Tests that need a tool use `.enabled(if: ExternalTool.isAvailable("dot"))`, which is also true
/// under `CI=true`: there a missing tool must fail the run (`require`), not skip it.
package enum ExternalTool {
    package typealias Result = ProcessResult

    package struct Missing: Error, CustomStringConvertible {
        package var tool: String
        package init(tool: String) { self.tool = tool }
        package var description: String {
            tool.hasPrefix("/")
                ? "\(tool) is missing (CI=true requires it; build it with 'swift build')"
                : "\(tool) is not installed, and CI=true requires it"
        }
    }

    package static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// The full path of `program` on `PATH`.
    package static func path(of program: String) -> String? {
        if program.contains("/") { return FileManager.default.isExecutableFile(atPath: program) ? program : nil }
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for folder in folders {
            let candidate = "\(folder)/\(program)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Whether a test needing `program` should run: it is installed, or CI demands it.
    package static func isAvailable(_ program: String) -> Bool { isCI || path(of: program) != nil }

    /// Whether `python3` can import `module` (or CI demands it).
    package static func isAvailable(pythonModule module: String) -> Bool { isCI || hasPythonModule(module) }

    package static func hasPythonModule(_ module: String) -> Bool {
        guard path(of: "python3") != nil else { return false }
        return (try? run("python3", ["-c", "import \(module)"]).status) == 0
    }

    /// Throws `Missing` unless `program` is on `PATH`.
    package static func require(_ program: String) throws {
        if path(of: program) == nil { throw Missing(tool: program) }
    }

    package static func require(pythonModule module: String) throws {
        if !hasPythonModule(module) { throw Missing(tool: "python3 module '\(module)'") }
    }

    /// The one process runner of the tests (`NewsGraphBinary.run` calls it too).
    ///
    /// Runs `program` with `arguments`, feeding `input` on standard input, and captures both outputs.
    /// Outputs go through temporary files so a large output cannot block the child.
    package static func run(
        _ program: String, _ arguments: [String], input: String? = nil,
        currentDirectory: String? = nil, environment: [String: String]? = nil
    ) throws -> Result {
        guard let executable = path(of: program) else { throw Missing(tool: program) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("stdout")
        let errURL = folder.appendingPathComponent("stderr")
        let inURL = folder.appendingPathComponent("stdin")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: inURL.path, contents: Data((input ?? "").utf8))

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let currentDirectory { process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory) }
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)
        let inHandle = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = inHandle
        try process.run()
        process.waitUntilExit()
        try? outHandle.close()
        try? errHandle.close()
        try? inHandle.close()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self),
            stderr: String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self))
    }

    /// Runs a Python script with `arguments` and decodes its standard output as JSON.
    package static func python<T: Decodable>(_ script: String, _ arguments: [String], as type: T.Type) throws -> T {
        let result = try run("python3", ["-c", script] + arguments)
        guard result.status == 0 else {
            throw PythonFailed(message: result.stderr)
        }
        return try JSONDecoder().decode(T.self, from: Data(result.stdout.utf8))
    }

    package struct PythonFailed: Error, CustomStringConvertible {
        package var message: String
        package var description: String { "python3 failed: \(message)" }
    }
}
