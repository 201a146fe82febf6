import ArgumentParser
import NewsGraph

/// `--exclude`, `--exclude-kind` and `--max-degree` of `links` and `path`: entities a traversal must not pass through
/// (hubs such as United States or Reuters, which otherwise join everyone to everyone).
struct ExclusionOptions: ParsableArguments {
    @Option(
        name: .customLong("exclude"),
        help: ArgumentHelp("Do not pass through this entity (NAME or KIND:NAME; repeatable).", valueName: "name"))
    var excluded: [String] = []

    @Option(
        name: .customLong("exclude-kind"),
        help: ArgumentHelp("Do not pass through entities of this kind (repeatable).", valueName: "kind"))
    var excludedKinds: [EntityKind] = []

    @Option(
        help: ArgumentHelp(
            "Do not pass through hubs: entities linked to more than N others (United States, Reuters, ...).",
            valueName: "n"))
    var maxDegree: Int?

    func validate() throws {
        if let maxDegree, maxDegree < 1 {
            throw ValidationError("--max-degree must be 1 or more, not \(maxDegree)")
        }
    }

    /// The filter for a traversal in `store`, names resolved to entities (an unknown name is an error with suggestions).
    func filter(minWeight: Int, relation: String?, in store: GraphStore) throws -> LinkFilter {
        var ids = Set<Int64>()
        for name in excluded { ids.insert(try EntityLookup.resolve(name, in: store).id) }
        return LinkFilter(
            minWeight: minWeight, relation: relation, excludedKinds: Set(excludedKinds), excludedEntities: ids,
            maxDegree: maxDegree)
    }
}
