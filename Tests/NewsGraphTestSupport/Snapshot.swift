import Foundation
import Testing

/// Golden-file comparison: `RECORD_SNAPSHOTS=1 swift test` rewrites the files and fails the run
/// (so a re-recording is never mistaken for a pass); a mismatch reports a unified-style diff.
package enum Snapshot {
    /// Whether this run re-records (`RECORD_SNAPSHOTS` is set).
    package static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil }

    /// Compares `actual` with the golden file `Tests/Fixtures/<relativePath>`.
    package static func assertMatches(
        _ actual: String, golden relativePath: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        assertMatches(
            actual, packageFile: "Tests/Fixtures/" + relativePath, shownAs: relativePath, sourceLocation: sourceLocation
        )
    }

    /// Compares `actual` with a file the package commits, `path` relative to the package root
    /// (a generated document such as `docs/architecture.dot`).
    package static func assertMatches(
        _ actual: String, packageFile path: String, shownAs name: String? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let relativePath = name ?? path
        let url = Fixtures.packageRoot.appendingPathComponent(path)
        if isRecording {
            try? FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            Issue.record(
                "re-recorded \(relativePath); unset RECORD_SNAPSHOTS and run again", sourceLocation: sourceLocation)
            return
        }
        guard let data = try? Data(contentsOf: url) else {
            Issue.record(
                "missing golden file \(relativePath); record it with RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation
            )
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != actual {
            Issue.record(
                "\(relativePath) differs from the output:\n\(diff(expected, actual))", sourceLocation: sourceLocation)
        }
    }

    /// The changed region between the common leading and trailing lines, with 3 lines of context.
    package static func diff(_ old: String, _ new: String) -> String {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false)
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
            suffix += 1
        }
        let start = max(0, prefix - 3)
        var lines = ["--- golden", "+++ actual", "@@ -\(start + 1) +\(start + 1) @@"]
        lines += a[start..<prefix].map { " " + $0 }
        lines += a[prefix..<(a.count - suffix)].map { "-" + $0 }
        lines += b[prefix..<(b.count - suffix)].map { "+" + $0 }
        lines += a[(a.count - suffix)..<min(a.count, a.count - suffix + 3)].map { " " + $0 }
        return lines.joined(separator: "\n")
    }
}
