import Dispatch
import Foundation
import NewsGraphCore
import NewsGraphReading
import NewsGraphStore

/// Where the ingesting thread spent its time, in seconds (the benchmark prints it).
public struct IngestTiming: Sendable {
    /// Reading and decoding files.
    public var reading = 0.0
    /// Asking the store which articles it already holds.
    public var checking = 0.0
    /// Waiting for the workers to finish analyzing a batch.
    public var waiting = 0.0
    /// Writing analyzed batches to SQLite.
    public var writing = 0.0
    /// Building the indexes deferred during an ingest into an empty store.
    public var indexing = 0.0
    /// Store-wide identity once all batches are in (`GraphStore.resolveIdentity`).
    public var identity = 0.0
    /// Association scores of every relation once all batches are in (`GraphStore.refreshScores`).
    public var scores = 0.0

    /// CPU seconds of the ingesting thread in each phase (`measure` records both), and for the whole ingest: what the
    /// process spent beyond the thread's total went to analysis on the worker threads.
    public var cpu = CPU()

    public struct CPU: Sendable {
        public var checking = 0.0
        public var writing = 0.0
        public var indexing = 0.0
        public var identity = 0.0
        public var scores = 0.0
        /// The ingesting thread from start to end (reading, checking, writing, waiting included).
        public var thread = 0.0
    }

    /// CPU time of the calling thread, in seconds.
    package static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Checking, waiting and writing together (what is not reading).
    package var elapsed: Double { checking + waiting + writing }

    public init() {}

    package mutating func measure<T>(_ phase: WritableKeyPath<IngestTiming, Double>, _ body: () throws -> T) rethrows
        -> T
    {
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuStart = IngestTiming.threadCPUSeconds()
        defer {
            self[keyPath: phase] += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            let spent = IngestTiming.threadCPUSeconds() - cpuStart
            switch phase {
            case \.checking: cpu.checking += spent
            case \.writing: cpu.writing += spent
            case \.indexing: cpu.indexing += spent
            case \.identity: cpu.identity += spent
            case \.scores: cpu.scores += spent
            default: break
            }
        }
        return try body()
    }
}
