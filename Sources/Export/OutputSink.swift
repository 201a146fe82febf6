#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where exported bytes go: a file, standard output, or memory (tests).
///
/// Exporters hand over chunks of up to `ExportWriter.bufferSize` bytes; a sink must not keep
/// them unless, like `MemorySink`, keeping them is its purpose.
public protocol OutputSink {
    mutating func write(_ chunk: UnsafeRawBufferPointer) throws
}

/// Collects the output in memory.
public struct MemorySink: OutputSink {
    public var bytes: [UInt8] = []
    public init() {}
    public mutating func write(_ chunk: UnsafeRawBufferPointer) throws { bytes.append(contentsOf: chunk) }
    /// The output decoded as UTF-8.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// Writes to a file descriptor with `write(2)`, retrying short writes.
public struct FileDescriptorSink: OutputSink {
    public let descriptor: Int32
    public let name: String

    public init(descriptor: Int32, name: String) {
        self.descriptor = descriptor
        self.name = name
    }

    public mutating func write(_ chunk: UnsafeRawBufferPointer) throws {
        guard var base = chunk.baseAddress else { return }
        var remaining = chunk.count
        while remaining > 0 {
            let written = systemWrite(descriptor, base, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                throw ExportError.writeFailed(path: name, reason: String(cString: strerror(errno)))
            }
            remaining -= written
            base += written
        }
    }
}

/// Standard output.
public typealias StandardOutputSink = FileDescriptorSink
extension FileDescriptorSink {
    public static var standardOutput: FileDescriptorSink { FileDescriptorSink(descriptor: 1, name: "<stdout>") }
}

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

/// Checks and helpers for the files the tool writes.
public enum OutputTarget {
    /// Refuses to write over a folder, an SQLite database (a NewsGraph store, perhaps the one being read) or an
    /// SQLite write-ahead log: `--output` pointing at the store by mistake must not destroy it.
    public static func check(_ path: String) throws {
        guard !path.isEmpty else { throw ExportError.writeFailed(path: path, reason: "an empty path") }
        var info = stat()
        guard stat(path, &info) == 0 else { return }  // a new file
        if info.st_mode & S_IFMT == S_IFDIR {
            throw ExportError.writeFailed(path: path, reason: "it is a folder; give a file name")
        }
        guard info.st_mode & S_IFMT == S_IFREG else { return }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return }
        defer { _ = systemClose(descriptor) }
        var head = [UInt8](repeating: 0, count: 16)
        let count = head.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 16) }
        guard count >= 4 else { return }
        let sqlite = Array("SQLite format 3\0".utf8)
        let walMagic: [[UInt8]] = [[0x37, 0x7F, 0x06, 0x82], [0x37, 0x7F, 0x06, 0x83]]
        if count == 16 && head == sqlite {
            throw ExportError.writeFailed(
                path: path,
                reason: "it is an SQLite database (a NewsGraph store?); refusing to overwrite it. Choose another file")
        }
        if walMagic.contains(Array(head.prefix(4))) {
            throw ExportError.writeFailed(
                path: path, reason: "it is an SQLite write-ahead log; refusing to overwrite it. Choose another file")
        }
    }

    /// A new temporary file next to `path` (same folder, so the rename cannot cross file systems), opened for writing.
    static func temporaryFile(beside path: String) throws -> (descriptor: Int32, path: String) {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var template = Array((folder + "." + name.prefix(100) + ".newsgraph-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard descriptor >= 0 else {
            throw ExportError.writeFailed(path: path, reason: String(cString: strerror(errno)))
        }
        // mkstemp creates the file 0600; an export is as readable as any file the user creates (umask applies).
        let mask = umask(0)
        umask(mask)
        fchmod(descriptor, 0o666 & ~mask)
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return (descriptor, temporary)
    }

    /// Renames `temporary` over `path`, removing the temporary file if that fails.
    static func replace(_ path: String, with temporary: String) throws {
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw ExportError.writeFailed(path: path, reason: reason)
        }
    }
}

private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.write(fd, buffer, count)
    #else
        Darwin.write(fd, buffer, count)
    #endif
}

private func systemClose(_ fd: Int32) -> Int32 {
    #if canImport(Glibc)
        Glibc.close(fd)
    #else
        Darwin.close(fd)
    #endif
}
