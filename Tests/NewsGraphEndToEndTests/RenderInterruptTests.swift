import Foundation
import NewsGraph
import NewsGraphBenchSupport
import NewsGraphTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Rendering never hangs and leaves nothing behind. A fake `dot`/`sfdp` that records its pid and sleeps stands in
/// for a Graphviz layout that takes forever, so the tests do not depend on Graphviz or on machine speed.
@Suite(.serialized) struct RenderInterruptTests {
    /// A folder with a store of the seed article, a `bin/` holding the slow fake Graphviz, and a `tmp/` used as
    /// TMPDIR so leftovers can be counted.
    struct Setup {
        let folder: TemporaryFolder
        var bin: String { folder.file("bin") }
        var tmp: String { folder.file("tmp") }
        var pidFile: String { folder.file("graphviz.pid") }

        init() throws {
            folder = try TemporaryFolder()
            try FileManager.default.createDirectory(atPath: folder.file("bin"), withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: folder.file("tmp"), withIntermediateDirectories: true)
            let script = "#!/bin/sh\necho $$ > '\(folder.file("graphviz.pid"))'\nexec sleep 300\n"
            for name in ["dot", "sfdp"] {
                let path = folder.file("bin/" + name)
                try script.write(toFile: path, atomically: true, encoding: .utf8)
                try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
            }
            let ingest = try NewsGraphBinary.run(
                ["ingest", Fixtures.seedFolder.path, "--db", folder.file("kg.sqlite")], in: folder.url)
            #expect(ingest.status == 0, "\(ingest)")
        }

        var environment: [String: String] {
            var environment = ProcessInfo.processInfo.environment
            environment["PATH"] = bin + ":/usr/bin:/bin"
            environment["TMPDIR"] = tmp
            return environment
        }

        /// The fake Graphviz's pid, once it has started (waits up to 60 s).
        func graphvizPID() throws -> Int32 {
            for _ in 0..<600 {
                if let text = try? String(contentsOfFile: pidFile, encoding: .utf8),
                    let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
                {
                    return pid
                }
                usleep(100_000)
            }
            throw CancellationError()
        }

        func leftovers() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: tmp).sorted()
        }
    }

    /// True while `pid` is a live process (a zombie waiting to be reaped by init counts as gone).
    static func isRunning(_ pid: Int32) -> Bool {
        if let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) {
            guard let close = stat.lastIndex(of: ")") else { return true }
            let state = stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).prefix(1)
            return state != "Z" && state != "X"
        }
        return kill(pid, 0) == 0
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func interruptingARenderKillsGraphvizAndRemovesTheTemporaryFolder(_ signalNumber: Int32) throws {
        let setup = try Setup()
        let process = try NewsGraphBinary.start(
            ["export", "--db", setup.folder.file("kg.sqlite"), "--render", "svg", "--output", "graph.svg"],
            in: setup.folder.url, name: "render", environment: setup.environment)
        let graphviz = try setup.graphvizPID()
        #expect(Self.isRunning(graphviz))
        #expect(try setup.leftovers().contains { $0.hasPrefix("newsgraph-render-") })
        kill(process.processIdentifier, signalNumber)
        for _ in 0..<300 where process.isRunning { usleep(100_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            Issue.record("newsgraph did not end within 30 s of the signal")
        }
        process.waitUntilExit()

        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == signalNumber)
        var gone = false
        for _ in 0..<50 where !gone {
            gone = !Self.isRunning(graphviz)
            if !gone { usleep(100_000) }
        }
        #expect(gone, "Graphviz (pid \(graphviz)) still runs after newsgraph was interrupted")
        if !gone { kill(graphviz, SIGKILL) }
        #expect(try setup.leftovers() == [])
        #expect(!FileManager.default.fileExists(atPath: setup.folder.file("graph.svg")))
    }

    @Test func aRenderThatTakesTooLongIsStoppedWithAnError() throws {
        let setup = try Setup()
        let process = try NewsGraphBinary.start(
            [
                "export", "--db", setup.folder.file("kg.sqlite"), "--render", "svg", "--output", "graph.svg",
                "--render-timeout", "1",
            ],
            in: setup.folder.url, name: "render", environment: setup.environment)
        let graphviz = try setup.graphvizPID()
        let result = NewsGraphBinary.result(of: process, in: setup.folder.url, name: "render")
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "Error: 'dot' did not finish within 1 s and was stopped; render fewer entities (--top 200 --rank weight), allow longer (--render-timeout SECONDS), or export with --format dot and render the file elsewhere.\n"
        )
        #expect(!Self.isRunning(graphviz))
        #expect(try setup.leftovers() == [])
        #expect(!FileManager.default.fileExists(atPath: setup.folder.file("graph.svg")))
    }
}

@Suite struct RenderEngineTests {
    @Test(arguments: [
        (100, 300, "dot"), (1000, 400, "dot"), (200, 12_291, "sfdp"), (1001, 10, "sfdp"), (100, 401, "sfdp"),
    ])
    func engineFollowsNodesAndEdges(_ nodes: Int, _ edges: Int, _ engine: String) {
        #expect(GraphvizRenderer.engine(nodeCount: nodes, edgeCount: edges) == engine)
    }

    @Test func dotFilesNameNoLayoutSoAnyGraphvizProgramLaysThemOut() throws {
        let dot = try ExportFixtures.text(DOTExporter(), SyntheticGraph(nodeCount: 1200, edgeCount: 1500))
        #expect(!dot.contains("layout"))
        #expect(dot.contains("overlap=\"prism\""))
    }

    @Test func aLargeGraphIsDrawnAsItsMostConnectedPart() {
        var graph = Graph()
        for index in 0..<300 { graph.nodes.append(GraphNode(id: "n\(index)", label: "N\(index)", kind: .person)) }
        // A star around n0 whose weights grow with the leaf, plus a chain of weight-1 links.
        for index in 1..<300 {
            graph.edges.append(
                GraphEdge(source: "n0", target: "n\(index)", kind: "co-occurrence", weight: Double(index)))
            graph.edges.append(GraphEdge(source: "n\(index - 1)", target: "n\(index)", kind: "co-paragraph"))
        }
        let part = ExportBundle.readablePart(of: graph, maxNodes: 20, maxEdges: 10)
        #expect(part.edges.count == 10)
        #expect(Set(part.edges.map(\.weight)) == Set((290..<300).map(Double.init)))
        #expect(part.nodes.map(\.id).sorted() == (["n0"] + (290..<300).map { "n\($0)" }).sorted())
        let small = Graph(nodes: Array(graph.nodes.prefix(3)), edges: [])
        #expect(ExportBundle.readablePart(of: small) == small)
    }
}
