import Foundation
import NewsGraphBenchSupport
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// What `newsgraph export` decides: option combinations, files written, Graphviz present or not.
@Suite struct ExportRequestTests {
    @Test func formatIsRequiredUnlessRendering() {
        #expect(
            throws: ExportError.invalidRequest(
                "missing --format; choose one of: graphml, dot, gexf, cytoscape, neo4j (or give --output a file ending in .graphml, .dot, .gexf, .json, .svg, .png or .pdf)"
            )
        ) {
            try ExportRequest(format: nil).validate()
        }
        var request = ExportRequest(format: nil)
        request.render = .svg
        #expect(throws: Never.self) { try request.validate() }
    }

    @Test func neo4jNeedsAFolder() {
        #expect(
            throws: ExportError.invalidRequest(
                "--format neo4j writes two files (nodes.csv, relationships.csv); give a folder with --output DIR")
        ) {
            try ExportRequest(format: .neo4j).validate()
        }
    }

    @Test func renderNeedsDOT() {
        var request = ExportRequest(format: .gexf)
        request.render = .png
        #expect(
            throws: ExportError.invalidRequest(
                "--render png draws the graph with Graphviz and needs --format dot (or no --format), not --format gexf")
        ) {
            try request.validate()
        }
    }

    @Test func yEdOnlyForGraphML() {
        var request = ExportRequest(format: .dot)
        request.yEd = true
        #expect(throws: ExportError.invalidRequest("--yed only applies to --format graphml")) { try request.validate() }
    }

    @Test func writesTheFilteredGraphToTheOutputFile() throws {
        let folder = try TemporaryFolder()
        var request = ExportRequest(format: .cytoscape, output: folder.file("g.json"))
        request.filter.kinds = [.place]
        request.filter.keepIsolated = true
        #expect(try request.perform(on: ExportFixtures.small) == [folder.file("g.json")])
        let text = try String(contentsOfFile: folder.file("g.json"), encoding: .utf8)
        #expect(text.contains("\"Ürümqi\"") && text.contains("\"東京\""))
        #expect(!text.contains("Zhanargul"))
        #expect(!text.contains("\"source\""), "no edge joins two places")
    }

    @Test func neo4jWritesBothFilesIntoTheFolder() throws {
        let folder = try TemporaryFolder()
        let output = folder.file("neo4j")
        let written = try ExportRequest(format: .neo4j, output: output).perform(on: ExportFixtures.small)
        #expect(written == [output + "/nodes.csv", output + "/relationships.csv"])
        let nodes = try String(contentsOfFile: written[0], encoding: .utf8)
        #expect(nodes.split(separator: "\n").count == 1 + 4, "header plus four connected nodes (東京 is isolated)")
    }

    @Test func unknownAroundNameFailsBeforeWriting() throws {
        let folder = try TemporaryFolder()
        var request = ExportRequest(format: .graphml, output: folder.file("g.graphml"))
        request.filter.around = "Zhanargul Zhumatay"
        #expect(throws: ExportError.unknownEntity(name: "Zhanargul Zhumatay", suggestions: ["Zhanargul Zhumatai"])) {
            try request.perform(on: ExportFixtures.small)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.file("g.graphml")))
    }

    @Test func renderingWithoutGraphvizSaysHowToInstallIt() throws {
        let folder = try TemporaryFolder()
        var request = ExportRequest(format: nil, output: folder.file("g.svg"))
        request.render = .svg
        let renderer = GraphvizRenderer(searchPath: [folder.path])
        #expect(!renderer.isAvailable)
        #expect(throws: ExportError.graphvizMissing(program: "dot")) {
            try request.perform(on: ExportFixtures.small, renderer: renderer)
        }
        #expect(
            ExportError.graphvizMissing(program: "dot").description
                == "Graphviz is not installed (no 'dot' on PATH), so the graph cannot be rendered. Install it with 'apt-get install graphviz' (macOS: 'brew install graphviz'), or export with --format dot and render the file elsewhere."
        )
    }

    @Test(.enabled(if: ExternalTool.isAvailable("dot")), arguments: GraphvizRenderer.Format.allCases)
    func rendersWithGraphviz(_ format: GraphvizRenderer.Format) throws {
        try ExternalTool.require("dot")
        let folder = try TemporaryFolder()
        var request = ExportRequest(format: .dot, output: folder.file("g.\(format.rawValue)"))
        request.render = format
        try request.perform(on: ExportFixtures.small)
        let data = try Data(contentsOf: URL(fileURLWithPath: folder.file("g.\(format.rawValue)")))
        let magic: [GraphvizRenderer.Format: [UInt8]] = [
            .svg: Array("<?xml".utf8), .png: [0x89, 0x50, 0x4E, 0x47], .pdf: Array("%PDF".utf8),
        ]
        #expect(Array(data.prefix(magic[format]!.count)) == magic[format]!)
        if format == .svg {
            #expect(String(decoding: data, as: UTF8.self).contains("Zhanargul Zhumatai"))
        }
    }

    @Test(.enabled(if: ExternalTool.isAvailable("sfdp")))
    func largeGraphsRenderWithSfdp() throws {
        try ExternalTool.require("sfdp")
        let folder = try TemporaryFolder()
        // A renderer that can only find sfdp proves the engine choice: dot would be "missing".
        let bin = folder.file("bin")
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: bin + "/sfdp", withDestinationPath: ExternalTool.path(of: "sfdp")!)
        let renderer = GraphvizRenderer(searchPath: [bin])
        try renderer.render(
            SyntheticGraph(nodeCount: 1200, edgeCount: 1500), format: .svg, output: folder.file("big.svg"))
        #expect(FileManager.default.fileExists(atPath: folder.file("big.svg")))
        #expect(throws: ExportError.graphvizMissing(program: "dot")) {
            try renderer.render(ExportFixtures.small, format: .svg, output: folder.file("small.svg"))
        }
    }
}

@Suite struct ExportBundleTests {
    @Test func writesEveryFormatIntoTheFolder() throws {
        let folder = try TemporaryFolder()
        let written = try ExportBundle.writeAll(ExportFixtures.small, to: folder.path, renderer: nil)
        #expect(written == ExportBundle.fileNames.map { folder.path + "/" + $0 })
        for path in written {
            let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            #expect(size > 100, "\(path) is nearly empty")
        }
        // Same bytes as the single-format writers.
        let graphml = try String(contentsOfFile: folder.file("graph.graphml"), encoding: .utf8)
        #expect(graphml == (try ExportFixtures.text(GraphMLExporter(), ExportFixtures.small)))
    }

    @Test(.enabled(if: ExternalTool.isAvailable("dot")))
    func addsSVGWhenGraphvizIsInstalled() throws {
        try ExternalTool.require("dot")
        let folder = try TemporaryFolder()
        let written = try ExportBundle.writeAll(ExportFixtures.small, to: folder.path)
        #expect(written.last == folder.file("graph.svg"))
        #expect(written.count == ExportBundle.fileNames.count + 1)
    }

    @Test func skipsSVGWithoutGraphviz() throws {
        let folder = try TemporaryFolder()
        let written = try ExportBundle.writeAll(
            ExportFixtures.small, to: folder.path, renderer: GraphvizRenderer(searchPath: []))
        #expect(written.count == ExportBundle.fileNames.count)
        #expect(!FileManager.default.fileExists(atPath: folder.file("graph.svg")))
    }
}

/// Writers must stream: output leaves in buffer-sized chunks, whatever its total size.
@Suite struct ExportStreamingTests {
    struct ChunkRecorder: OutputSink {
        var largestChunk = 0
        var total = 0
        var chunks = 0
        mutating func write(_ chunk: UnsafeRawBufferPointer) throws {
            largestChunk = max(largestChunk, chunk.count)
            total += chunk.count
            chunks += 1
        }
    }

    static let exporters: [any GraphExporter] = [GraphMLExporter(), DOTExporter(), GEXFExporter(), CytoscapeExporter()]

    @Test(arguments: 0..<exporters.count)
    func outputLeavesInBufferSizedChunks(_ index: Int) throws {
        var recorder = ChunkRecorder()
        try Self.exporters[index].write(SyntheticGraph(nodeCount: 5_000, edgeCount: 20_000), to: &recorder)
        #expect(recorder.total > 1_000_000)
        #expect(recorder.chunks > 10)
        // One buffer plus at most one record past the mark.
        #expect(recorder.largestChunk < ExportWriter<MemorySink>.bufferSize + 2_048)
    }

    @Test func neo4jStreamsBothFiles() throws {
        var nodes = ChunkRecorder()
        var relationships = ChunkRecorder()
        try Neo4jCSVExporter().write(
            SyntheticGraph(nodeCount: 5_000, edgeCount: 20_000), nodes: &nodes, relationships: &relationships)
        #expect(relationships.total > 1_000_000)
        #expect(max(nodes.largestChunk, relationships.largestChunk) < ExportWriter<MemorySink>.bufferSize + 2_048)
    }

    @Test(arguments: 0..<exporters.count)
    func streamedAndInMemorySourcesGiveTheSameBytes(_ index: Int) throws {
        // The synthetic graph yields edges by index, not by pair: in source order (`GraphSource`) they are
        // already sorted, so that graph is read straight through, the shuffled one through its sorted indices.
        let synthetic = SyntheticGraph(nodeCount: 50, edgeCount: 200)
        var ordered = Graph()
        try synthetic.forEachNode { ordered.nodes.append($0) }
        try synthetic.forEachEdge { ordered.edges.append($0) }
        ordered.edges.sort { $0.precedes($1) }
        var graph = ordered
        graph.edges.shuffle()
        #expect(graph.summary() == synthetic.summary())
        #expect(
            try ExportFixtures.text(Self.exporters[index], graph)
                == ExportFixtures.text(Self.exporters[index], ordered))
    }

    @Test(.enabled(if: ExternalTool.isAvailable("xmllint")))
    func largeStreamedGraphMLValidates() throws {
        try ExternalTool.require("xmllint")
        let folder = try TemporaryFolder()
        try FileSink.writing(to: folder.file("big.graphml")) { sink in
            try GraphMLExporter().write(SyntheticGraph(nodeCount: 3_000, edgeCount: 10_000), to: &sink)
        }
        let validator = Fixtures.packageRoot.appendingPathComponent("../shared/graphml-xsd/validate.sh")
            .standardized.path
        let result = try ExternalTool.run("bash", [validator, folder.file("big.graphml")])
        #expect(result.status == 0, "\(result.stdout)")
    }
}
