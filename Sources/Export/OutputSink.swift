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
