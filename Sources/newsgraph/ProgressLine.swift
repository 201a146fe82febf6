import ArgumentParser
import Foundation
import NewsGraph

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One line on standard error, rewritten in place at most four times a second: a count, a rate and an
/// estimate of the time left. Only on a terminal: redirected output never receives it.
///
/// A step that reports nothing for a second (a long SQL query, Graphviz) still moves: a timer redraws the last
/// line with the seconds spent on it, so no command sits silent on a terminal for more than about a second
/// (`Scripts/ux_timings.sh` measures it).
final class ProgressLine: @unchecked Sendable {
    let task: String
    let enabled: Bool
    private let start = DispatchTime.now().uptimeNanoseconds
    // Shared with the heartbeat timer's thread: guarded by `lock`.
    private let lock = NSLock()
    private var lastDraw: UInt64 = 0
    /// When `update` last drew: its four-a-second limit counts only its own drawings. Counted against `lastDraw`, the
    /// heartbeat's redrawing (every quarter second once a line is stale) swallowed the next count, so a job whose
    /// batches take seconds kept showing its first step ("reading x.jsonl (10 s)") instead of its counts.
    private var lastUpdate: UInt64 = 0
    private var drawn = false
    /// The last line drawn, and when it was first drawn (for the seconds the heartbeat adds).
    private var current: (text: String, since: UInt64)?
    private var timer: DispatchSourceTimer?

    init(task: String, enabled: Bool) {
        self.task = task
        self.enabled = enabled
    }

    /// A line for a command that streams its results to standard output: shown only when that output goes to a file
    /// or a pipe, so progress never interleaves with results on the screen.
    static func besideRedirectedOutput(_ task: String) -> ProgressLine {
        ProgressLine(task: task, enabled: isatty(STDERR_FILENO) == 1 && isatty(STDOUT_FILENO) == 0)
    }

    /// A line shown whenever standard error is a terminal, for commands without --quiet (curation).
    static func onTerminal(_ task: String) -> ProgressLine {
        ProgressLine(task: task, enabled: isatty(STDERR_FILENO) == 1)
    }

    deinit { timer?.cancel() }

    /// `count` units (articles, entities) done; `fraction` of the job, when known, gives the estimate.
    func update(_ count: Int, unit: String, fraction: Double? = nil) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        lock.lock()
        defer { lock.unlock() }
        // Nothing during the first half second (short jobs stay silent), then four times a second.
        guard now - start > 500_000_000, now - lastUpdate > 250_000_000 else { return }
        let seconds = Double(now - start) / 1e9
        var line = "\(task): \(count.formatted()) \(unit), \(Int(Double(count) / seconds).formatted())/s"
        if let fraction, fraction > 0.01 {
            line += ", \(Int(fraction * 100))%, about \(Int((seconds / fraction - seconds).rounded())) s left"
        }
        draw(line, now: now)
        lastUpdate = now
    }

    /// A message for a step with no count, drawn at once and kept moving by the heartbeat.
    func status(_ text: String) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        draw("\(task): \(text)", now: DispatchTime.now().uptimeNanoseconds)
    }

    /// Clears the line, so what follows starts on a clean line.
    func finish() {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        timer?.cancel()
        timer = nil
        current = nil
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }

    /// The line drawn last, if any: `clearActive()` clears it before other text is written to the terminal.
    nonisolated(unsafe) private static weak var active: ProgressLine?
    private static let activeLock = NSLock()

    /// Clears the progress line on the terminal, if one is drawn, so a note or result printed now starts on a clean
    /// line instead of after the progress text; the heartbeat draws it again below.
    static func clearActive() {
        activeLock.lock()
        let line = active
        activeLock.unlock()
        line?.clear()
    }

    private func clear() {
        lock.lock()
        defer { lock.unlock() }
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }

    /// Call with `lock` held.
    private func draw(_ line: String, now: UInt64) {
        ProgressLine.activeLock.lock()
        ProgressLine.active = self
        ProgressLine.activeLock.unlock()
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
        drawn = true
        lastDraw = now
        if current?.text != line { current = (line, now) }
        if timer == nil { startHeartbeat() }
    }

    /// Call with `lock` held.
    private func startHeartbeat() {
        let timer = DispatchSource.makeTimerSource(queue: .global(qos: .userInitiated))
        timer.schedule(deadline: .now() + 0.25, repeating: 0.25)
        timer.setEventHandler { [weak self] in self?.beat() }
        timer.resume()
        self.timer = timer
    }

    private func beat() {
        lock.lock()
        defer { lock.unlock() }
        let now = DispatchTime.now().uptimeNanoseconds
        guard let current, now - lastDraw >= 750_000_000 else { return }
        let seconds = Int(Double(now - current.since) / 1e9)
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + current.text + " (\(seconds) s)").utf8))
        drawn = true
        lastDraw = now
    }
}
