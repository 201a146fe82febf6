import ArgumentParser
import NewsGraph

/// Options every command that extracts entities shares: `--rules DIR` with user gazetteers and patterns.
struct ExtractionOptions: ParsableArguments {
    @Option(
        name: .customLong("rules"),
        help: ArgumentHelp(
            "Folder of user rules: *.gazetteer (kind<TAB>name) and *.patterns (rule-id<TAB>kind<TAB>pattern) files; see docs/rules.md.",
            valueName: "dir"))
    var rulesFolder: String?

    /// The extractor to use: standard gazetteers plus the user rules; throws a readable error when either is broken.
    func extractor() throws -> EntityExtractor {
        let gazetteer = try Gazetteer.standard.get()
        guard let rulesFolder else { return EntityExtractor(userRules: UserRules(), gazetteer: gazetteer) }
        return EntityExtractor(userRules: try UserRules.load(folder: rulesFolder), gazetteer: gazetteer)
    }
}
