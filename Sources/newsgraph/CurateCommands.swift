import ArgumentParser
import Foundation
import NewsGraph

/// Shared by every curation command: records one decision with its note and says what happened.
enum Curate {
    /// `line`: a progress line the command started before opening the store and looking names up.
    static func apply(
        _ decision: CurationMap.Decision, note: String, store: GraphStore, line: ProgressLine? = nil
    ) throws {
        let line = line ?? ProgressLine.onTerminal("curation")
        line.status("applying: \(decision.summary)")
        defer { line.finish() }
        let id = try Curator(store).record(decision, note: note)
        line.finish()
        let stats = try StoreSize(store)
        if let id {
            print("#\(id) \(decision.summary)")
        } else {
            print("already in force: \(decision.summary)")
        }
        print("store: \(stats.entities) entities, \(stats.relations) relations")
    }
}
