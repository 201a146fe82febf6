#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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
