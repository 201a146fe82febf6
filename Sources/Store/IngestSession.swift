import NewsGraphCore

/// One ingest of many batches into a store: owns the ingest transaction and, for a load into an empty store,
/// the secondary indexes deferred until the end.
///
/// In: batches of `AnalyzedArticle`. Out: an `IngestSummary` per batch; the store, committed by `finish()`.
/// Batches are written inside one open transaction and committed when a caller asks (every few thousand
/// articles: see `GraphStore.ingest(_:commit:)`); `abandon()` rolls back what is not committed.
///
/// ```swift
/// let session = try IngestSession(store)
/// for batch in batches { _ = try session.write(batch, commit: false) }
/// try session.finish()
/// ```
public final class IngestSession {
    public let store: GraphStore
    /// Whether the store was empty, so its random-order indexes were dropped until `finish()`.
    public let deferredIndexes: Bool

    public init(_ store: GraphStore) throws {
        self.store = store
        deferredIndexes = try store.deferIndexesIfEmpty()
    }

    /// Whether `article` is new, unchanged or a new version of one already stored.
    public func status(of article: Article) throws -> ArticleStatus { try store.status(of: article) }

    /// Writes a batch in the open transaction (opening one if needed) and commits when `commit`.
    public func write(_ batch: [AnalyzedArticle], commit: Bool) throws -> IngestSummary {
        try store.ingest(batch, commit: commit)
    }

    /// Commits what is written.
    public func commit() throws { try store.commitIngest() }

    /// Builds the indexes deferred at the start, if any (after `commit()`).
    public func buildDeferredIndexes() throws {
        if deferredIndexes { try store.restoreIndexes() }
    }

    /// Commits and builds the deferred indexes.
    public func finish() throws {
        try commit()
        try buildDeferredIndexes()
    }

    /// Rolls back what is not committed and puts back any deferred index, so the store is whole again.
    public func abandon() {
        store.rollbackIngest()
        if deferredIndexes { try? store.restoreIndexes() }
    }
}
