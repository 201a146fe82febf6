import Dispatch
import Foundation
import NewsGraphCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Renders DOT to SVG, PNG or PDF by running Graphviz, with the layout engine chosen by graph size.
///
/// Rendering never hangs and never leaves anything behind:
/// - The engine is chosen by nodes *and* edges (`engine(nodeCount:edgeCount:)`): `dot`'s layout time
///   grows with the edges as much as with the nodes (200 nodes and 12,291 edges ran for over 20 minutes,
///   where `sfdp` takes 0.4 s).
/// - Graphviz runs with a `timeout`; past it the child is killed and `ExportError.renderTimedOut` says
///   what to do instead.
/// - The picture is written to a temporary folder and moved into place when complete, so an interrupted
///   render never leaves a half-written file. On SIGINT or SIGTERM the child is killed and the temporary
///   folder removed before the process ends with the signal's usual status.
///
/// Graphviz is an optional dependency: `isAvailable` says whether its programs are on the search
/// path, and rendering without it throws `ExportError.graphvizMissing`, whose description says how
/// to install it.
public struct GraphvizRenderer: Sendable {
    public enum Format: String, CaseIterable, Sendable {
        case svg, png, pdf
    }

    /// `dot` draws a graph up to this many nodes...
    public static let dotMaxNodes = 1000
    /// ...and this many edges; `sfdp` draws anything larger. `dot`'s time jumps past a few hundred edges
    /// between the same ~100 nodes (Reuters store, top 100 by weight: 396 edges 0.2 s, 497 edges 0.4 s,
    /// 577 edges 9 s, 638 edges over 60 s; `sfdp` takes under 2 s on 200 nodes and 12,291 edges;
    /// docs/export.md has the commands).
    public static let dotMaxEdges = 400

    /// Folders searched for `dot` and `sfdp`, in order (by default, `PATH`).
    public var searchPath: [String]
    /// Seconds Graphviz may run before it is killed.
    public var timeout: Double

    public init(searchPath: [String]? = nil, timeout: Double = 120) {
        self.searchPath =
            searchPath
            ?? (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin")
            .split(separator: ":").map(String.init)
        self.timeout = timeout
    }

    /// The Graphviz layout program for a graph of this size: `dot` (layered, readable) when small in
    /// both nodes and edges, `sfdp` (force-directed, near-linear time) otherwise.
    public static func engine(nodeCount: Int, edgeCount: Int) -> String {
        nodeCount <= dotMaxNodes && edgeCount <= dotMaxEdges ? "dot" : "sfdp"
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
        let summary = try graph.summary()
        let engine = Self.engine(nodeCount: summary.nodeCount, edgeCount: summary.edgeCount)
        guard executable(engine) != nil else { throw ExportError.graphvizMissing(program: engine) }
        try withTemporaryFolder { folder in
            let dotFile = ExportFiles.join(folder, "graph.dot")
            try FileSink.writing(to: dotFile) { sink in try DOTExporter().write(graph, to: &sink) }
            try run(dotFile: dotFile, engine: engine, format: format, output: output, folder: folder)
        }
    }

    /// Runs `engine -T<format> dotFile` into `output` (standard output when nil), within `timeout`.
    public func render(dotFile: String, engine: String, format: Format, output: String?) throws {
        guard executable(engine) != nil else { throw ExportError.graphvizMissing(program: engine) }
        try withTemporaryFolder { folder in
            try run(dotFile: dotFile, engine: engine, format: format, output: output, folder: folder)
        }
    }

    /// A fresh folder under the system's temporary directory, removed afterwards and on SIGINT/SIGTERM.
    private func withTemporaryFolder(_ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("newsgraph-render-\(UUID().uuidString)").path
        try ExportFiles.createFolder(folder)
        RenderCleanup.shared.begin(folder: folder)
        defer {
            RenderCleanup.shared.end()
            try? FileManager.default.removeItem(atPath: folder)
        }
        try body(folder)
    }

    private func run(dotFile: String, engine: String, format: Format, output: String?, folder: String) throws {
        guard let program = executable(engine) else { throw ExportError.graphvizMissing(program: engine) }
        if let output { try OutputTarget.check(output) }
        let picture = ExportFiles.join(folder, "graph." + format.rawValue)
        let errorPath = ExportFiles.join(folder, "graphviz.stderr")
        // Errors go to a file rather than a pipe so a chatty Graphviz cannot fill it and block.
        guard FileManager.default.createFile(atPath: errorPath, contents: nil) else {
            throw ExportError.writeFailed(
                path: errorPath, reason: "cannot create a temporary file for Graphviz's messages")
        }
        let errorHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
        defer { try? errorHandle.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        // -K names the engine, so the DOT file itself carries no `layout` and renders with any program.
        process.arguments = ["-K" + engine, "-T" + format.rawValue, dotFile, "-o", picture]
        process.standardError = errorHandle
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw ExportError.graphvizFailed(program: engine, status: -1, message: "\(error)")
        }
        RenderCleanup.shared.child(process)
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, timeout) * 1e9)
        while process.isRunning {
            if DispatchTime.now().uptimeNanoseconds >= deadline {
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                throw ExportError.renderTimedOut(program: engine, seconds: timeout)
            }
            usleep(20_000)
        }
        process.waitUntilExit()
        // Killed by the signal handler: it is removing the folder and ends the process; report nothing.
        while RenderCleanup.shared.wasInterrupted { sleep(1) }
        if process.terminationStatus != 0 || process.terminationReason != .exit {
            let message = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
            throw ExportError.graphvizFailed(
                program: engine, status: process.terminationStatus,
                message: message.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        if let output {
            // Copied to a temporary file beside `output`, renamed into place once whole (see `FileSink`).
            let (descriptor, temporary) = try OutputTarget.temporaryFile(beside: output)
            close(descriptor)
            defer { unlink(temporary) }
            do {
                try Data(contentsOf: URL(fileURLWithPath: picture)).write(to: URL(fileURLWithPath: temporary))
            } catch {
                throw ExportError.writeFailed(path: output, reason: "\(error.localizedDescription)")
            }
            try OutputTarget.replace(output, with: temporary)
        } else {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: picture))
            var sink = FileDescriptorSink.standardOutput
            try bytes.withUnsafeBytes { try sink.write($0) }
        }
    }
}
