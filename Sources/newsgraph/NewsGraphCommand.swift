import ArgumentParser

@main
struct NewsGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsgraph",
        abstract: "Turn news articles into a knowledge graph of people, places, organizations and groups.",
        discussion: """
            Main job:  newsgraph build seeds --out Exports
            """,
        subcommands: [
            ExtractCommand.self,
            EvalCommand.self,
        ]
    )
}
