import Foundation
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// `kill -9` at a moment the test chooses, not one a timer guesses: `ingest -` waits on a pipe the test holds open,
/// the test sees it blocked reading its standard input (Linux `/proc/<pid>/task/*/syscall`), kills it, and the store
/// must open and hold exactly what it held before.
@Suite struct IngestKillTests {
    /// Whether some thread of `pid` is blocked in `read(0, ...)` (x86_64 syscall 0; aarch64 syscall 63).
    static func isReadingStandardInput(_ pid: Int32) -> Bool {
        let tasks = "/proc/\(pid)/task"
        guard let threads = try? FileManager.default.contentsOfDirectory(atPath: tasks) else { return false }
        #if arch(arm64)
            let read = "63 0x0 "
        #else
            let read = "0 0x0 "
        #endif
        return threads.contains { thread in
            let line = (try? String(contentsOfFile: "\(tasks)/\(thread)/syscall", encoding: .utf8)) ?? ""
            return line.hasPrefix(read)
        }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/task")))
    func killWhileIngestWaitsOnStandardInputLeavesTheStoreAsItWas() throws {
        let folder = try TemporaryFolder()
        try folder.write("first.jsonl", Corpus.jsonLines(count: 20, prefix: "first", seed: 1))
        let first = try NewsGraphBinary.run(["ingest", "first.jsonl", "--db", "kg.sqlite"], in: folder.url)
        #expect(first.status == 0, "\(first)")
        let before = try StoreInvariants.fingerprint(GraphStore(path: folder.file("kg.sqlite")))

        let input = Pipe()
        let process = try NewsGraphBinary.start(
            ["ingest", "-", "--db", "kg.sqlite"], in: folder.url, name: "killed",
            standardInput: input.fileHandleForReading)
        // More articles on the pipe, which stays open: the ingest reads them and waits for the rest.
        input.fileHandleForWriting.write(Data(Corpus.jsonLines(count: 20, prefix: "second", seed: 2).utf8))
        // A hang guard only: the condition, not the clock, decides when to kill.
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning && !Self.isReadingStandardInput(process.processIdentifier) && Date() < deadline {
            usleep(5_000)
        }
        #expect(
            process.isRunning,
            "ingest ended before reading all of its input: \(NewsGraphBinary.result(of: process, in: folder.url, name: "killed"))"
        )
        #expect(Self.isReadingStandardInput(process.processIdentifier), "ingest never blocked on its standard input")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try? input.fileHandleForWriting.close()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL)

        let after = try StoreInvariants.fingerprint(GraphStore(path: folder.file("kg.sqlite")))
        #expect(before == after, "\(StoreInvariants.difference(before, after))")
        try StoreInvariants.check(folder.file("kg.sqlite"))
        // And the store takes the next ingest as if nothing had happened.
        try folder.write("second.jsonl", Corpus.jsonLines(count: 20, prefix: "second", seed: 2))
        let rerun = try NewsGraphBinary.run(["ingest", "second.jsonl", "--db", "kg.sqlite"], in: folder.url)
        #expect(rerun.status == 0, "\(rerun)")
        #expect(try GraphStore(path: folder.file("kg.sqlite")).stats().articles == 40)
    }
}
