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

/// A file created (or truncated) for writing; call `close()` when done.
public struct FileSink: OutputSink {
    private var output: FileDescriptorSink
    public var path: String { output.name }

    public init(path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw ExportError.writeFailed(path: path, reason: String(cString: strerror(errno)))
        }
        output = FileDescriptorSink(descriptor: descriptor, name: path)
    }

    public mutating func write(_ chunk: UnsafeRawBufferPointer) throws { try output.write(chunk) }

    public func close() throws {
        if systemClose(output.descriptor) != 0 {
            throw ExportError.writeFailed(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// Creates `path`, runs `body` with a sink on it, and closes it (also when `body` throws).
    public static func writing<T>(to path: String, _ body: (inout FileSink) throws -> T) throws -> T {
        var sink = try FileSink(path: path)
        let result: T
        do {
            result = try body(&sink)
        } catch {
            try? sink.close()
            throw error
        }
        try sink.close()
        return result
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
