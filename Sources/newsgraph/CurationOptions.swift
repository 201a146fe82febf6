import ArgumentParser

/// The options of every command that records one curation decision (merge, rename, retype, reject, alias add and
/// remove): the store, and why, for the log.
struct CurationOptions: ParsableArguments {
    @OptionGroup var store: StoreOptions

    @Option(help: "Why (kept in the log).")
    var note = ""
}
