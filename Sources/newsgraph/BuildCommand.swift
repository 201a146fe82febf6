import ArgumentParser
import Foundation
import NewsGraph

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "The main job: ingest articles into DIR/graph.sqlite and export the graph into DIR.",
        discussion: """
            Writes DIR/graph.sqlite (incremental: unchanged articles are skipped, curation is kept),
            DIR/graph.graphml, DIR/graph.dot, DIR/graph.gexf, DIR/graph.cytoscape.json,
            DIR/neo4j/nodes.csv and DIR/neo4j/relationships.csv, and DIR/graph.svg when Graphviz is installed.

            Example:
              newsgraph build seeds --out Exports
            """
    )

    @Argument(help: "Files or folders of articles (.txt, .md, .html, .jsonl).")
    var paths: [String]

    @Option(help: ArgumentHelp("Folder for the store and the exports.", valueName: "dir"))
    var out: String

    @OptionGroup var extraction: ExtractionOptions

    @OptionGroup var verbosity: VerbosityOptions

    @Flag(help: "Treat any skipped file as an error.")
    var strict = false

    @Flag(help: "Do not draw graph.svg (the DOT file is still written).")
    var noRender = false

    @Option(
        help: ArgumentHelp("Seconds Graphviz may take to draw graph.svg before it is stopped.", valueName: "seconds"))
    var renderTimeout: Double = 60

    func run() throws {
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let store = try GraphStore(path: (out as NSString).appendingPathComponent("graph.sqlite"))
        var ingestor = Ingestor(analyzer: Analyzer(extractor: try extraction.extractor()))
        let report = try IngestCommand.ingest(paths, into: store, with: &ingestor, verbosity: verbosity)
        try IngestCommand.printReport(report, store: store, strict: strict, quiet: verbosity.quiet)
        let renderer = GraphvizRenderer(timeout: renderTimeout)
        let line = verbosity.progress("build")
        line.status("reading the graph")
        let graph = try store.graph()
        line.status("writing \(graph.nodes.count) entities and \(graph.edges.count) relations in every format")
        let written = try ExportBundle.writeAll(graph, to: out, renderer: nil)
        line.finish()
        for path in written where !verbosity.quiet { print("wrote \(path)") }
        if noRender { return }
        line.status("drawing graph.svg with Graphviz")
        let picture = try ExportBundle.writePicture(graph, to: out, renderer: renderer)
        line.finish()
        if verbosity.quiet { return }
        if let picture {
            print("wrote \(picture.path)")
            if !picture.isWhole {
                print(
                    "graph.svg shows the \(picture.edges) strongest links among the \(ExportBundle.pictureMaxNodes) "
                        + "most connected of \(graph.nodes.count) entities (\(picture.nodes) entities; a larger picture "
                        + "is unreadable); draw other parts "
                        + "with: newsgraph export --db \((out as NSString).appendingPathComponent("graph.sqlite")) "
                        + "--render svg --around NAME --output part.svg")
            }
        } else {
            print(
                "no graph.svg: Graphviz is not installed (apt-get install graphviz, or brew install graphviz); "
                    + "render later with: dot -Tsvg \((out as NSString).appendingPathComponent("graph.dot")) -o graph.svg"
            )
        }
    }
}
