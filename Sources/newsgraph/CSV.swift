import NewsGraph

enum CSV {
    /// An RFC 4180 field: quoted when it holds a comma, quote or line break.
    static func field(_ s: String) -> String {
        if s.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) || s.hasPrefix(" ") {
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s
    }
}
