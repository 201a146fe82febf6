import ArgumentParser
import Foundation
import NewsGraph

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count articles, mentions, entities per kind and relations in a store.",
        discussion: "Example:\n  newsgraph stats --db Exports/graph.sqlite --format json"
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var store: StoreOptions

    @Option(help: "text or json.")
    var format: Format = .text

    @OptionGroup var verbosity: VerbosityOptions

    func run() throws {
        var clock = Stopwatch()
        defer { verbosity.note(clock.summary("stats")) }
        let graphStore = try store.open(readOnly: true)
        clock.lap("open")
        let stats = try graphStore.stats()
        clock.lap("query")
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(stats), as: UTF8.self))
        case .text:
            print("articles   \(stats.articles)")
            print("sentences  \(stats.sentences)")
            print("mentions   \(stats.mentions)")
            print("entities   \(stats.entities) (\(stats.entitiesBeforeResolution) before resolution)")
            for kind in EntityKind.allCases {
                print(
                    "  \(kind.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)) \(stats.entitiesByKind[kind.rawValue] ?? 0)"
                )
            }
            print("relations  \(stats.relations)")
            let width = max(13, stats.relationsByKind.keys.map(\.count).max() ?? 0)
            for (kind, count) in stats.relationsByKind.sorted(by: { $0.key < $1.key }) {
                print("  \(kind.padding(toLength: width, withPad: " ", startingAt: 0)) \(count)")
            }
            print("merges     \(stats.mergesByReason.values.reduce(0, +))")
            let reasonWidth = max(13, stats.mergesByReason.keys.map(\.count).max() ?? 0)
            for (reason, count) in stats.mergesByReason.sorted(by: { $0.key < $1.key }) {
                print("  \(reason.padding(toLength: reasonWidth, withPad: " ", startingAt: 0)) \(count)")
            }
        }
    }
}
