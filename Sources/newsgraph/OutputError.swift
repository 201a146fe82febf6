#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A failed write to standard output or standard error.
struct OutputError: Error, CustomStringConvertible {
    var descriptor: Int32
    var code: Int32
    var description: String {
        "cannot write to standard \(descriptor == 2 ? "error" : "output") (\(String(cString: strerror(code))))"
    }
}
