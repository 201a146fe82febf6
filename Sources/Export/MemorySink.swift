/// Collects the output in memory.
public struct MemorySink: OutputSink {
    public var bytes: [UInt8] = []
    public init() {}
    public mutating func write(_ chunk: UnsafeRawBufferPointer) throws { bytes.append(contentsOf: chunk) }
    /// The output decoded as UTF-8.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
