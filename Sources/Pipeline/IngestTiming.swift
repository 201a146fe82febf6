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

    /// Checking, waiting and writing together (what is not reading).
    package var elapsed: Double { checking + waiting + writing }

    public init() {}

    package mutating func measure<T>(_ phase: WritableKeyPath<IngestTiming, Double>, _ body: () throws -> T) rethrows
        -> T
    {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { self[keyPath: phase] += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        return try body()
    }
}
