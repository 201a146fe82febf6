/// Minimal JSON writing helpers with exact escaping (RFC 8259), shared by every JSON output.
public enum JSONText {
    /// `s` as a JSON string literal, quotes included.
    public static func quote(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A number with at most 4 decimals and no trailing zeros, stable across platforms.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let scaled = (value * 10000).rounded()
        if scaled == scaled.rounded(.towardZero), abs(scaled) < 1e15 {
            let whole = Int(scaled)
            let sign = whole < 0 ? "-" : ""
            let magnitude = abs(whole)
            let integer = magnitude / 10000
            var fraction = String(magnitude % 10000)
            if magnitude % 10000 == 0 { return sign + String(integer) }
            fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
            while fraction.hasSuffix("0") { fraction.removeLast() }
            return sign + String(integer) + "." + fraction
        }
        return String(value)
    }
}
