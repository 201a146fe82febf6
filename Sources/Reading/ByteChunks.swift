/// Bytes already in memory, handed out as one chunk: standard input fed to a `GzipStream`.
package final class ByteChunks: ChunkSource {
    private var bytes: [UInt8]?
    package var error: String? { nil }

    package init(_ bytes: [UInt8]) { self.bytes = bytes }

    package func next() -> [UInt8]? {
        defer { bytes = nil }
        return bytes
    }
}
