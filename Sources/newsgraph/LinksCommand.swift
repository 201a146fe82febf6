import ArgumentParser
import Foundation
import NewsGraph

struct LinksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "links",
        abstract: "List whom an entity is linked to (its ego network), nearest and heaviest first.",
        discussion: """
            NAME is matched case-insensitively, then against aliases, then loosely (suggestions are given
            when nothing matches). Qualify an ambiguous name with its kind: place:Paris.

            --exclude, --exclude-kind and --max-degree keep hubs out: an entity they exclude is neither listed
            nor passed through.

            Examples:
              newsgraph links "Zhanargul Zhumatai" --depth 2 --kind person --db kg.sqlite
              newsgraph links "Paul Volcker" --depth 2 --exclude-kind place --max-degree 500 --db kg.sqlite
            """
    )

    @Argument(help: "The entity (NAME or KIND:NAME).")
    var name: String

    @OptionGroup var store: StoreOptions

    @Option(help: "How many hops to follow (1 to \(GraphQuery.maxLinkDepth)).")
    var depth = 1

    @Option(help: "Only list linked entities of this kind (traversal still passes through all kinds).")
    var kind: EntityKind?

    @Option(help: "Ignore relations supported by fewer sentences.")
    var minWeight = 1

    @Option(help: "Only follow relations of this kind or label (co-occurrence, member-of, director, ...).")
    var relation: String?

    @OptionGroup var exclusion: ExclusionOptions

    @Option(help: "Order each hop by weight (evidence sentences) or score (association, G²; docs/relations.md).")
    var rank: LinkRanking = .weight

    @Option(help: "List at most this many linked entities (0: all).")
    var limit = 0

    @Option(help: "table, json or csv.")
    var format: ListingFormat = .table

    @OptionGroup var verbosity: VerbosityOptions

    func run() throws {
        var clock = Stopwatch()
        defer { verbosity.note(clock.summary("links")) }
        guard limit >= 0 else { throw ValidationError("--limit must be 0 (all) or more, not \(limit)") }
        let graphStore = try store.open(readOnly: true)
        clock.lap("open")
        let entity = try EntityLookup.resolve(name, in: graphStore, verbosity: verbosity)
        clock.lap("lookup")
        let all = try GraphQuery(graphStore).links(
            of: entity, depth: depth, kind: kind,
            filter: try exclusion.filter(minWeight: minWeight, relation: relation, in: graphStore), ranking: rank)
        clock.lap("query")
        let links = limit > 0 ? Array(all.prefix(limit)) : all
        var output = StandardOutput()
        let rows = links.map { link in
            [
                link.entity.name, link.entity.kind.rawValue, String(link.hop), link.via.name, String(link.weight),
                link.relations.map { "\($0.display) ×\($0.weight)" }.joined(separator: "; "),
            ] + (rank == .score ? [String(format: "%.1f", link.score)] : [])
        }
        let header = ["name", "kind", "hop", "via", "weight", "relations"] + (rank == .score ? ["score"] : [])
        switch format {
        case .json:
            struct Result: Encodable { var entity: EntityRef; var links: [Link] }
            output.write(try EntityLookup.json(Result(entity: entity, links: links)))
        case .csv:
            output.write(header.joined(separator: ",") + "\n")
            for row in rows { output.write(row.map(CSV.field).joined(separator: ",") + "\n") }
        case .table:
            output.write(
                "\(entity.display): \(all.count) linked entit\(all.count == 1 ? "y" : "ies")"
                    + (links.count < all.count ? ", the first \(links.count) shown" : "") + "\n")
            if !links.isEmpty {
                output.write(Table.render(header: header, rows: rows))
            }
        }
        output.flush()
    }
}

extension LinkRanking: ExpressibleByArgument {}
