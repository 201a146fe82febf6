#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Escapes control characters so that text from the data cannot drive a terminal.
enum TerminalText {
    /// `text` with C0 controls (except line feed and tab), DEL and C1 controls written as `\u{1B}`-style escapes,
    /// `^[` being unreadable; a carriage return is escaped too, as it lets text overwrite what a line showed.
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: false
        case 0x00..<0x20, 0x7F, 0x80..<0xA0: true
        // Bidirectional overrides and isolates reorder what follows them on screen.
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
