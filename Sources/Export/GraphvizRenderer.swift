import Foundation

/// Renders DOT to SVG, PNG or PDF by running Graphviz, with the layout engine chosen by graph size.
///
/// Graphviz is an optional dependency: `isAvailable` says whether its programs are on the search
/// path, and rendering without it throws `ExportError.graphvizMissing`, whose description says how
/// to install it.
public struct GraphvizRenderer: Sendable {
    public enum Format: String, CaseIterable, Sendable {
        case svg, png, pdf
    }

    /// Folders searched for `dot` and `sfdp`, in order (by default, `PATH`).
    public var searchPath: [String]

    public init(searchPath: [String]? = nil) {
        self.searchPath =
            searchPath
            ?? (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin")
            .split(separator: ":").map(String.init)
    }

    /// The full path of `program` in `searchPath`, if it is there and executable.
    public func executable(_ program: String) -> String? {
        for folder in searchPath where !folder.isEmpty {
            let candidate = folder.hasSuffix("/") ? folder + program : folder + "/" + program
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// True when both layout programs this renderer may pick are installed.
    public var isAvailable: Bool { executable("dot") != nil && executable("sfdp") != nil }

    /// Writes `graph` as DOT to a temporary file and renders it into `output` (standard output when nil).
    public func render(_ graph: some GraphSource, format: Format, output: String?) throws {
        let engine = DOTExporter.engine(forNodeCount: try graph.summary().nodeCount)
        guard executable(engine) != nil else { throw ExportError.graphvizMissing(program: engine) }
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("newsgraph-render-\(UUID().uuidString)").path
        try ExportFiles.createFolder(folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let dotFile = ExportFiles.join(folder, "graph.dot")
        try FileSink.writing(to: dotFile) { sink in try DOTExporter().write(graph, to: &sink) }
        try render(dotFile: dotFile, engine: engine, format: format, output: output)
    }

    /// Runs `engine -T<format> dotFile [-o output]`; standard output is inherited when `output` is nil.
    public func render(dotFile: String, engine: String, format: Format, output: String?) throws {
        guard let program = executable(engine) else { throw ExportError.graphvizMissing(program: engine) }
        // Graphviz writes a temporary file beside `output`, renamed into place once it succeeded (see `FileSink`).
        var temporary: String?
        if let output {
            try OutputTarget.check(output)
            let (descriptor, path) = try OutputTarget.temporaryFile(beside: output)
            close(descriptor)
            temporary = path
        }
        defer { if let temporary { unlink(temporary) } }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        var arguments = ["-T" + format.rawValue, dotFile]
        if let temporary { arguments += ["-o", temporary] }
        process.arguments = arguments
        // Errors go to a file rather than a pipe so a chatty Graphviz cannot fill it and block.
        let errorPath = FileManager.default.temporaryDirectory
            .appendingPathComponent("newsgraph-graphviz-\(UUID().uuidString).stderr").path
        guard FileManager.default.createFile(atPath: errorPath, contents: nil) else {
            throw ExportError.writeFailed(
                path: errorPath, reason: "cannot create a temporary file for Graphviz's messages")
        }
        defer { try? FileManager.default.removeItem(atPath: errorPath) }
        let errorHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
        process.standardError = errorHandle
        process.standardOutput = output == nil ? FileHandle.standardOutput : FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw ExportError.graphvizFailed(program: engine, status: -1, message: "\(error)")
        }
        process.waitUntilExit()
        try? errorHandle.close()
        if process.terminationStatus != 0 {
            let message = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
            throw ExportError.graphvizFailed(
                program: engine, status: process.terminationStatus,
                message: message.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        if let output, let temporary { try OutputTarget.replace(output, with: temporary) }
    }
}
