#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

enum StandardError {
    /// One line to standard error; a failure to write it is ignored (there is nowhere left to report it).
    static func print(_ line: String) {
        ProgressLine.clearActive()
        try? Output.write(line + "\n", to: 2)
    }
}
