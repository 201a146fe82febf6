import ArgumentParser
import Foundation
import NewsGraph

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `--quiet` and `--verbose`, shared by the commands that run long jobs.
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

    /// A note on standard error with --verbose.
    func note(_ text: @autoclosure () -> String) {
        if verbose { StandardError.print(text()) }
    }
}
