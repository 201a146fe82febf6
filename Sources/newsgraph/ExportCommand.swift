import ArgumentParser
import NewsGraph

extension ExportFormat: ExpressibleByArgument {}
extension GraphvizRenderer.Format: ExpressibleByArgument {}
extension GraphFilter.Ranking: ExpressibleByArgument {}
extension EdgeShape: ExpressibleByArgument {}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the graph as GraphML, DOT, GEXF, Cytoscape.js JSON or Neo4j CSV, or render it with Graphviz.",
        discussion: """
            Without --output the export goes to standard output (neo4j needs a folder). Without --format
            the format follows the output's extension (.graphml, .dot, .gexf, .json for Cytoscape.js;
            .svg, .png, .pdf render with Graphviz). Filters apply to every format; nodes left without
            edges are dropped unless --keep-isolated. Rendering picks dot or sfdp by the number of nodes
            and edges and stops Graphviz after --render-timeout seconds.

            Examples:
              newsgraph export --db kg.sqlite --output graph.graphml
              newsgraph export --db kg.sqlite --format dot --around "Zhanargul Zhumatai" \\
                --depth 2
              newsgraph export --db kg.sqlite --format neo4j --output neo4j/
              newsgraph export --db kg.sqlite --top 100 --rank weight --min-weight 5 --output graph.svg
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "Output format (default: from the --output extension).")
    var format: ExportFormat?

    @Option(help: ArgumentHelp("File to write (a folder for neo4j); standard output if omitted.", valueName: "path"))
    var output: String?

    @Option(
        help: ArgumentHelp(
            "Keep only entities of this kind (repeatable): person, place, organization, group.", valueName: "kind"))
    var kind: [String] = []

    @Option(help: ArgumentHelp("Keep only edges with at least this weight.", valueName: "weight"))
    var minWeight: Double?

    @Option(help: ArgumentHelp("Keep only entities with at least this many mentions.", valueName: "n"))
    var minMentions: Int?

    @Option(help: ArgumentHelp("Keep only the neighbourhood of this entity.", valueName: "name"))
    var around: String?

    @Option(help: ArgumentHelp("Hops from --around to include.", valueName: "n"))
    var depth: Int = 1

    @Option(help: ArgumentHelp("Keep only the n highest-ranked entities.", valueName: "n"))
    var top: Int?

    @Option(help: "Rank for --top: degree, weight or score (association, docs/relations.md).")
    var rank: GraphFilter.Ranking = .degree

    @Option(
        help: ArgumentHelp(
            "Keep only relations seen on or after this date (yyyy-MM-dd, yyyy-MM or yyyy).", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Keep only relations seen on or before this date.", valueName: "date"))
    var until: String?

    @Option(
        help: ArgumentHelp(
            "Keep only relations of this kind (repeatable), e.g. co-occurrence, affiliated-with.", valueName: "kind"))
    var relation: [String] = []

    @Flag(help: "Keep entities left without edges.")
    var keepIsolated = false

    @Flag(name: .customLong("yed"), help: "GraphML: add yEd node graphics so names show in yEd.")
    var yEd = false

    @Flag(
        help:
            "GraphML: write a directed graph when any relation is directed (by default the graph is undirected and each edge's 'directed' attribute keeps its direction)."
    )
    var directed = false

    @Option(
        help: ArgumentHelp(
            "GraphML and GEXF: per-pair writes one edge per pair of entities, its relations' weights summed, with one weight attribute per kind (loads as a simple graph); per-relation writes one edge per relation (parallel edges, a MultiGraph in NetworkX).",
            valueName: "shape"))
    var edges: EdgeShape = .perPair

    @Option(help: ArgumentHelp("Render with Graphviz instead (implies DOT).", valueName: "format"))
    var render: GraphvizRenderer.Format?

    @Option(help: ArgumentHelp("Seconds Graphviz may run before it is stopped.", valueName: "seconds"))
    var renderTimeout: Double = 120

    @OptionGroup var verbosity: VerbosityOptions

    var request: ExportRequest {
        var request = ExportRequest(format: format, output: output)
        if format == nil && render == nil, let output {
            (request.format, request.render) = ExportRequest.formatAndRender(forOutput: output)
        }
        request.filter.kinds = Set(kind.compactMap(EntityKind.init(rawValue:)))
        request.filter.minWeight = minWeight
        request.filter.minMentions = minMentions
        request.filter.around = around
        request.filter.depth = depth
        request.filter.top = top
        request.filter.ranking = rank
        request.filter.since = since
        request.filter.until = until
        request.filter.relations = Set(relation)
        request.filter.keepIsolated = keepIsolated
        request.yEd = yEd
        request.directed = directed
        request.edges = edges
        request.render = render ?? request.render
        return request
    }

    func validate() throws {
        // `--kind` is taken as text and checked here, not as `[EntityKind]` (StoreOptions.swift makes `EntityKind`
        // ExpressibleByArgument), so that the error lists the kinds: "--kind expects one of person, ...".
        for name in kind where EntityKind(rawValue: name) == nil {
            let choices = EntityKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("--kind expects one of \(choices), found '\(name)'")
        }
        do {
            try request.validate()
        } catch let error as ExportError {
            throw ValidationError(error.description)
        }
    }

    func run() throws {
        guard renderTimeout > 0 else {
            throw ValidationFailure("--render-timeout expects a positive number of seconds, found \(renderTimeout)")
        }
        let graphStore = try store.open(readOnly: true)
        // Streamed from the store: export memory does not grow with the graph (docs in StoreGraphSource). Reading a
        // Reuters-size graph takes seconds: a progress line on a terminal says what is happening.
        let line = verbosity.progress("export")
        line.status("reading and writing the graph")
        let written = try request.perform(
            on: StoreGraphSource(graphStore), renderer: GraphvizRenderer(timeout: renderTimeout))
        line.finish()
        for path in written where !verbosity.quiet { StandardError.print("wrote \(path)") }
    }
}
