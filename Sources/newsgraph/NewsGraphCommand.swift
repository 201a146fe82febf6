import ArgumentParser
import NewsGraph

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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

    /// Runs the command; with `--format json`, an error goes to standard error as one JSON object
    /// (`{"error": "no entity 'X'; did you mean 'Y'?"}`) so a script reading JSON can read failures too.
    /// Everything else (help, --version, other formats) is argument-parser's own handling.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            // The first line of what argument-parser would print, without its "Error: " (usage lines follow it).
            var message =
                fullMessage(for: error).split(separator: "\n", omittingEmptySubsequences: true).first
                .map(String.init) ?? ""
            if message.hasPrefix("Error: ") { message.removeFirst("Error: ".count) }
            if exitCode(for: error) != .success, !message.isEmpty, wantsJSON(arguments) {
                try? Output.write("{\"error\": \(JSONText.quote(message))}\n", to: 2)
                terminate(exitCode(for: error).rawValue)
            }
            exit(withError: error)
        }
    }

    /// `--format json` or `--format=json` among the arguments (before a `--`).
    static func wantsJSON(_ arguments: [String]) -> Bool {
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { return false }
            if argument == "--format=json" { return true }
            if argument == "--format", index + 1 < arguments.count, arguments[index + 1] == "json" { return true }
        }
        return false
    }
}

/// `exit(3)`; inside a command, `exit` names argument-parser's `exit(withError:)`.
private func terminate(_ status: Int32) -> Never {
    #if canImport(Glibc)
        Glibc.exit(status)
    #else
        Darwin.exit(status)
    #endif
}
