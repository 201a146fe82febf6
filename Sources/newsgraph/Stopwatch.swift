import Foundation

/// Wall time of a command's steps, for `--verbose`: `links: 0.052 s (open 0.010 s, lookup 0.001 s, query 0.041 s)`.
struct Stopwatch {
    private let start = DispatchTime.now().uptimeNanoseconds
    private var last = DispatchTime.now().uptimeNanoseconds
    private var laps: [(step: String, seconds: Double)] = []

    /// Ends step `step`: the time since the previous lap (or the start) is its time.
    mutating func lap(_ step: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        laps.append((step, Double(now - last) / 1e9))
        last = now
    }

    /// `task: total s (step s, ...)`, the steps in the order they ran.
    func summary(_ task: String) -> String {
        let total = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let steps = laps.map { "\($0.step) \(Stopwatch.seconds($0.seconds))" }
        return "\(task): \(Stopwatch.seconds(total))" + (steps.isEmpty ? "" : " (\(steps.joined(separator: ", ")))")
    }

    private static func seconds(_ value: Double) -> String { String(format: "%.3f s", value) }
}
