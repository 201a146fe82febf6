/// Bytes that arrive in chunks: a file read piece by piece (`ChunkedFile`) or a gzip file decompressed as it is read
/// (`GzipStream`), so a JSON Lines archive streams through either way.
package protocol ChunkSource: AnyObject {
    /// The next chunk, or nil at the end or after an error.
    func next() -> [UInt8]?
    /// What went wrong, if reading failed part-way (`next` then returns nil).
    var error: String? { get }
}
