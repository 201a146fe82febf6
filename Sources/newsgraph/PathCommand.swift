import ArgumentParser
import NewsGraph

struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Show the shortest chains of links between two entities, each hop with its relations.",
        discussion: """
            Equal-length chains come strongest first (the weight of the weakest hop, then the total weight).
            --exclude, --exclude-kind and --max-degree keep hubs out of the chains. Exits with status 1 when
            the two are not connected within --max-depth hops.

            Examples:
              newsgraph path "Zhanargul Zhumatai" "Urumqi" --max-depth 4 --db kg.sqlite
              newsgraph path "Paul Volcker" "James Baker" --exclude-kind place --exclude Reuters --db kg.sqlite
            """
    )

    @Argument(help: "The first entity (NAME or KIND:NAME).")
    var from: String

    @Argument(help: "The second entity (NAME or KIND:NAME).")
    var to: String

    @OptionGroup var store: StoreOptions

    @Option(help: "Longest chain to look for, in hops (1 to \(GraphQuery.maxPathDepth)).")
    var maxDepth = 6

    @Option(help: "At most this many shortest chains.")
    var limit = 10

    @Option(help: "Ignore relations supported by fewer sentences.")
    var minWeight = 1

    @Option(help: "Only follow relations of this kind or label.")
    var relation: String?

    @OptionGroup var exclusion: ExclusionOptions

    @Option(help: "table, json or csv.")
    var format: ListingFormat = .table

    @OptionGroup var verbosity: VerbosityOptions

    func run() throws {
        var clock = Stopwatch()
        defer { verbosity.note(clock.summary("path")) }
        let graphStore = try store.open(readOnly: true)
        clock.lap("open")
        let source = try EntityLookup.resolve(from, in: graphStore, verbosity: verbosity)
        let target = try EntityLookup.resolve(to, in: graphStore, verbosity: verbosity)
        clock.lap("lookup")
        if source.id == target.id {
            verbosity.inform("note: '\(from)' and '\(to)' are one entity, \(source.display): no path to show")
            return
        }
        let paths = try GraphQuery(graphStore).paths(
            from: source, to: target, maxDepth: maxDepth, limit: limit,
            filter: try exclusion.filter(minWeight: minWeight, relation: relation, in: graphStore))
        clock.lap("query")
        var output = StandardOutput()
        let rows = paths.enumerated().flatMap { number, path in
            path.hops.enumerated().map { index, hop in
                [
                    String(number + 1), String(index + 1), hop.from.name, hop.to.name,
                    hop.relations.map(\.display).joined(separator: "; "),
                    hop.relations.map { String($0.weight) }.joined(separator: "; "),
                ]
            }
        }
        switch format {
        case .json:
            struct Result: Encodable { var from: EntityRef; var to: EntityRef; var paths: [LinkPath] }
            output.write(try EntityLookup.json(Result(from: source, to: target, paths: paths)))
        case .csv:
            output.write("path,hop,from,to,relations,weights\n")
            for row in rows { output.write(row.map(CSV.field).joined(separator: ",") + "\n") }
        case .table:
            for (number, path) in paths.enumerated() {
                output.write(
                    "path \(number + 1) (\(path.hops.count) hop\(path.hops.count == 1 ? "" : "s")): "
                        + path.entities.map(\.name).joined(separator: " - ") + "\n")
                for hop in path.hops {
                    output.write(
                        "  \(hop.from.display) -> \(hop.to.display): "
                            + hop.relations.map { "\($0.display) ×\($0.weight)" }.joined(separator: "; ") + "\n")
                }
            }
        }
        output.flush()
        if paths.isEmpty {
            let plain = exclusion.excluded.isEmpty && exclusion.excludedKinds.isEmpty && exclusion.maxDegree == nil
            verbosity.inform(
                "no path between '\(source.name)' and '\(target.name)' within \(maxDepth) hops"
                    + (plain ? "" : " avoiding the excluded entities"))
            throw ExitCode(1)
        }
    }
}
