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

/// One line on standard error, rewritten in place at most four times a second: a count, a rate and an
/// estimate of the time left. Only on a terminal: redirected output never receives it.
final class ProgressLine {
    let task: String
    let enabled: Bool
    private let start = DispatchTime.now().uptimeNanoseconds
    private var lastDraw: UInt64 = 0
    private var drawn = false

    init(task: String, enabled: Bool) {
        self.task = task
        self.enabled = enabled
    }

    /// `count` units (articles, entities) done; `fraction` of the job, when known, gives the estimate.
    func update(_ count: Int, unit: String, fraction: Double? = nil) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        // Nothing during the first half second (short jobs stay silent), then four times a second.
        guard now - start > 500_000_000, now - lastDraw > 250_000_000 else { return }
        lastDraw = now
        let seconds = Double(now - start) / 1e9
        var line = "\(task): \(count.formatted()) \(unit), \(Int(Double(count) / seconds).formatted())/s"
        if let fraction, fraction > 0.01 {
            line += ", \(Int(fraction * 100))%, about \(Int((seconds / fraction - seconds).rounded())) s left"
        }
        draw(line)
    }

    /// A message for a step with no count (shown after half a second, like counts).
    func status(_ text: String) {
        guard enabled else { return }
        draw("\(task): \(text)")
    }

    /// Clears the line, so what follows starts on a clean line.
    func finish() {
        guard enabled, drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }

    private func draw(_ line: String) {
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
        drawn = true
    }
}
