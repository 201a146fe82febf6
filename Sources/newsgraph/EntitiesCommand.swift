import ArgumentParser
import Foundation
import NewsGraph

struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List entities with their kind, mentions, articles and aliases.",
        discussion: "Example:\n  newsgraph entities --db Exports/graph.sqlite --kind person --format csv"
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "Only this kind: person, place, organization or group.")
    var kind: EntityKind?

    @Option(help: "table, json or csv.")
    var format: ListingFormat = .table

    @Option(help: ArgumentHelp("Only the first n entities (the most mentioned).", valueName: "n"))
    var limit: Int?

    @OptionGroup var verbosity: VerbosityOptions

    func run() throws {
        var clock = Stopwatch()
        defer { verbosity.note(clock.summary("entities")) }
        let graphStore = try store.open(readOnly: true)
        clock.lap("open")
        var entities = try graphStore.entities(kind: kind)
        clock.lap("query")
        verbosity.note(
            "entities: \(entities.count) entit\(entities.count == 1 ? "y" : "ies")"
                + (kind.map { " of kind \($0.rawValue)" } ?? ""))
        if let limit { entities = Array(entities.prefix(max(0, limit))) }
        var output = StandardOutput()
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            output.write(String(decoding: try encoder.encode(entities), as: UTF8.self) + "\n")
        case .csv:
            output.write("name,kind,mentions,articles,aliases\n")
            for e in entities {
                output.write(
                    [
                        CSV.field(e.name), e.kind.rawValue, String(e.mentions), String(e.articles),
                        CSV.field(e.aliases.joined(separator: "; ")),
                    ].joined(separator: ",") + "\n")
            }
        case .table:
            output.write(
                Table.render(
                    header: ["name", "kind", "mentions", "articles", "aliases"],
                    rows: entities.map {
                        [
                            $0.name, $0.kind.rawValue, String($0.mentions), String($0.articles),
                            $0.aliases.joined(separator: "; "),
                        ]
                    }))
        }
        output.flush()
    }
}
