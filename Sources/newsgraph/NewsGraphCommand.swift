import ArgumentParser

@main
struct NewsGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsgraph",
        abstract: "Turn news articles into a knowledge graph of people, places, organizations and groups.",
        discussion: """
            Main job:  newsgraph build seeds --out Exports
            """,
        version: "newsgraph 0.1.0 (unreleased)",
        subcommands: [
            BuildCommand.self,
            IngestCommand.self,
            ExtractCommand.self,
            CleanCommand.self,
            EntitiesCommand.self,
            StatsCommand.self,
            ExportCommand.self,
            LinksCommand.self, PathCommand.self, WhyCommand.self,
            MergeCommand.self, SplitCommand.self, RejectCommand.self, RetypeCommand.self, RenameCommand.self,
            AliasCommand.self, CurationCommand.self, LogCommand.self,
            ShowCommand.self, AuditCommand.self,
            EvalCommand.self,
        ]
    )
}
