#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Buffered standard output: commands write whole records, flushed in large chunks.
struct StandardOutput {
    private var buffer = ""

    mutating func write(_ text: String) {
        buffer += text
        if buffer.utf8.count > 1 << 16 { flush() }
    }

    /// Writes what is buffered; a write error ends the process (see `Output`).
    mutating func flush() {
        guard !buffer.isEmpty else { return }
        Output.standardOutput(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
