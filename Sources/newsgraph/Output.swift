#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one way this tool writes to standard output and standard error.
///
/// Every byte goes through `write(2)` on the descriptor, retrying short writes; a failed write to standard output
/// (`> /dev/full`, a closed file) ends the process with `Error: cannot write to standard output (...)` and exit
/// status 1, instead of a trap (`FileHandle.write` traps on an error) or a silent exit 0 (`print` buffers in stdio
/// and drops the error at exit). Text from the data (titles, names, file names) is printed with its control
/// characters escaped when the descriptor is a terminal, so an article cannot set the window title, write to the
/// clipboard or clear the screen (OSC 0/52, CSI); piped or redirected output is left byte for byte.
enum Output {
    /// Writes `text` to `descriptor`, escaping control characters for a terminal; throws on a write error.
    static func write(_ text: String, to descriptor: Int32) throws(OutputError) {
        let bytes = isTerminal(descriptor) ? Array(TerminalText.escaped(text).utf8) : Array(text.utf8)
        let failure = bytes.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Int32? in
            guard var base = buffer.baseAddress else { return nil }
            var remaining = buffer.count
            while remaining > 0 {
                let written = systemWrite(descriptor, base, remaining)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                remaining -= written
                base += written
            }
            return nil
        }
        if let failure { throw OutputError(descriptor: descriptor, code: failure) }
    }

    /// Writes to standard output, or ends the process with `Error: ...` and exit status 1.
    static func standardOutput(_ text: String) {
        if terminals.out { ProgressLine.clearActive() }
        do {
            try write(text, to: 1)
        } catch {
            fail(error)
        }
    }

    /// Reports a write error the way argument-parser reports any other error, and exits non-zero.
    static func fail(_ error: OutputError) -> Never {
        try? write("Error: \(error.description)\n", to: 2)
        exit(1)
    }

    private static let terminals: (out: Bool, err: Bool) = (isatty(1) == 1, isatty(2) == 1)

    private static func isTerminal(_ descriptor: Int32) -> Bool {
        switch descriptor {
        case 1: terminals.out
        case 2: terminals.err
        default: isatty(descriptor) == 1
        }
    }
}

/// `print` for this module: a line to standard output through `Output`, so a write error is reported rather than lost.
/// It shadows the standard library's `print`, whose stdio buffer drops write errors at exit.
func print(_ line: String = "") {
    Output.standardOutput(line + "\n")
}

private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.write(fd, buffer, count)
    #else
        Darwin.write(fd, buffer, count)
    #endif
}
