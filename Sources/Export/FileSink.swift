#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file written whole or not at all: the bytes go to a temporary file in the same folder, which `close()` flushes
/// to disk and renames over `path`. A process killed part-way, or a full disk, leaves the old file as it was (and at
/// most a hidden `.NAME.newsgraph-XXXXXX` temporary file), never a fragment; nothing is written over a NewsGraph
/// store or any other SQLite file (see `OutputTarget.check`).
public struct FileSink: OutputSink {
    private var output: FileDescriptorSink
    public let path: String
    /// The temporary file the bytes go to until `close()`.
    public let temporaryPath: String

    public init(path: String) throws {
        try OutputTarget.check(path)
        self.path = path
        let (descriptor, temporary) = try OutputTarget.temporaryFile(beside: path)
        temporaryPath = temporary
        output = FileDescriptorSink(descriptor: descriptor, name: path)
    }

    public mutating func write(_ chunk: UnsafeRawBufferPointer) throws { try output.write(chunk) }

    /// Flushes the file to disk and renames it into place; on failure the temporary file is removed.
    public func close() throws {
        let failure: String? =
            fsync(output.descriptor) != 0 && errno != EINVAL ? String(cString: strerror(errno)) : nil
        if systemClose(output.descriptor) != 0 || failure != nil {
            let reason = failure ?? String(cString: strerror(errno))
            unlink(temporaryPath)
            throw ExportError.writeFailed(path: path, reason: reason)
        }
        try OutputTarget.replace(path, with: temporaryPath)
    }

    /// Closes the temporary file and removes it, leaving `path` as it was.
    public func discard() {
        _ = systemClose(output.descriptor)
        unlink(temporaryPath)
    }

    /// Creates `path`, runs `body` with a sink on it, and puts the file in place only when `body` and the writes
    /// succeed (when `body` throws, `path` is left as it was).
    public static func writing<T>(to path: String, _ body: (inout FileSink) throws -> T) throws -> T {
        var sink = try FileSink(path: path)
        let result: T
        do {
            result = try body(&sink)
        } catch {
            sink.discard()
            throw error
        }
        try sink.close()
        return result
    }

    /// Writes `bytes` to `path` atomically (see `FileSink`).
    public static func write(_ bytes: some Sequence<UInt8>, to path: String) throws {
        let bytes = Array(bytes)
        try writing(to: path) { sink in try bytes.withUnsafeBytes { try sink.write($0) } }
    }
}
