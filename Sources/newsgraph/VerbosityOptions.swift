import ArgumentParser
import Foundation
import NewsGraph

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `--quiet` and `--verbose`, shared by every command that reads a store or runs a long job.
///
/// Long jobs: `--quiet` drops the progress line and the summary notes, `--verbose` adds where the time went. Queries
/// (`links`, `path`, `why`, `show`, `entities`, `stats`, `log`): `--quiet` drops every note on standard error (how a
/// loose name was matched, "no path ..."; the exit status still says it), `--verbose` adds how each name was resolved
/// and the time each step took.
struct VerbosityOptions: ParsableArguments {
    @Flag(name: [.customShort("q"), .long], help: "Print nothing but results and errors (no progress, no notes).")
    var quiet = false

    @Flag(name: [.customShort("v"), .long], help: "Also print timings and details on standard error.")
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
    }

    /// A progress line for `task`, shown only on a terminal and without --quiet.
    func progress(_ task: String) -> ProgressLine {
        ProgressLine(task: task, enabled: !quiet && isatty(STDERR_FILENO) == 1)
    }

    /// A note for the user (a loose name match, an empty answer) on standard error, unless --quiet.
    func inform(_ text: @autoclosure () -> String) {
        if !quiet { StandardError.print(text()) }
    }

    /// A note on standard error with --verbose.
    func note(_ text: @autoclosure () -> String) {
        if verbose { StandardError.print(text()) }
    }
}
