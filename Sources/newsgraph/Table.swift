import NewsGraph

/// Plain-text tables and CSV fields for listings.
enum Table {
    static func render(header: [String], rows: [[String]]) -> String {
        let clean = { (s: String) in s.map { $0.isNewline || $0 == "\t" ? " " : $0 }.reduce(into: "") { $0.append($1) }
        }
        let all = [header] + rows.map { $0.map(clean) }
        var widths = Array(repeating: 0, count: header.count)
        for row in all { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], min(cell.count, 60)) } }
        var out = ""
        for (n, row) in all.enumerated() {
            var line = ""
            for (i, cell) in row.enumerated() {
                let shown = cell.count > 60 ? String(cell.prefix(59)) + "…" : cell
                line += i == row.count - 1 ? shown : shown.padding(toLength: widths[i] + 2, withPad: " ", startingAt: 0)
            }
            out += line + "\n"
            if n == 0 { out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
        }
        return out
    }
}
