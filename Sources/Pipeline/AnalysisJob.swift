import Dispatch
import Foundation
import NewsGraphCore
import NewsGraphReading
import NewsGraphStore

/// One batch being analyzed on the worker threads; `finish` waits for it and stores it.
package final class AnalysisJob: @unchecked Sendable {
    private let group = DispatchGroup()
    private var results: [AnalyzedArticle] = []
    private let unchanged: Int
    /// Articles to write.
    package let count: Int
    /// Articles of the batch, written or recognised as unchanged.
    package var submitted: Int { count + unchanged }

    package init(articles: [Article], unchanged: Int, analyzer: Analyzer) {
        self.unchanged = unchanged
        count = articles.count
        DispatchQueue.global().async(group: group) {
            self.results = analyzer.analyzeAll(articles)
        }
    }

    package func finish(into session: IngestSession, commit: Bool, timing: inout IngestTiming) throws -> IngestSummary {
        timing.measure(\.waiting) { group.wait() }
        var summary = try timing.measure(\.writing) { try session.write(results, commit: commit) }
        summary.unchanged += unchanged
        return summary
    }
}
