import NewsGraphCore

/// The result of `Scorer`: counts per type for the exact and partial views, the untyped view, and the errors.
public struct Scores: Sendable {
    public var types: [String]
    public var exact: [String: Counts] = [:]
    public var partial: [String: Counts] = [:]
    public var untyped = Counts()
    public var errors: [String: Errors] = [:]

    public init(types: [String]) {
        self.types = types
        for type in types {
            exact[type] = Counts()
            partial[type] = Counts()
        }
    }

    /// Micro-averaged counts over all scored types of a view.
    public func overall(_ view: [String: Counts]) -> Counts {
        var total = Counts()
        for type in types { if let c = view[type] { total.add(c.tp, c.fp, c.fn) } }
        return total
    }

    /// The table score.py prints, then up to `errors` false positives and negatives per type.
    public func table(errors limit: Int = 0) -> String {
        var out =
            pad("view", 8, left: true) + " " + pad("type", 13, left: true) + " "
            + ["P", "R", "F1", "tp", "fp", "fn"].map { pad($0, 6) }.joined(separator: " ") + "\n"
        func row(_ view: String, _ type: String, _ c: Counts) {
            out += pad(view, 8, left: true) + " " + pad(type, 13, left: true) + " "
            out +=
                [
                    Scores.fixed3(c.precision), Scores.fixed3(c.recall), Scores.fixed3(c.f1), String(c.tp),
                    String(c.fp), String(c.fn),
                ]
                .map { pad($0, 6) }.joined(separator: " ") + "\n"
        }
        for (name, view) in [("exact", exact), ("partial", partial)] {
            for type in types { row(name, type, view[type] ?? Counts()) }
            row(name, "overall", overall(view))
        }
        row("untyped", "overall", untyped)
        if limit > 0 {
            for type in types {
                for (label, list) in [
                    ("fp", errors[type]?.falsePositives ?? []), ("fn", errors[type]?.falseNegatives ?? []),
                ] {
                    let items = list.prefix(limit)
                    guard !items.isEmpty else { continue }
                    out += "\n\(type) \(label) (first \(items.count)):\n"
                    for item in items { out += "  \(item.id): \(JSONText.quote(item.text))\n" }
                }
            }
        }
        return out
    }

    /// `value` with three decimals, rounded half to even on the binary value as Python's format does.
    package static func fixed3(_ value: Double) -> String {
        let scaled = (value * 1000).rounded(.toNearestOrEven)
        let whole = Int(scaled) / 1000
        let frac = Int(scaled) % 1000
        let f = String(frac)
        return "\(whole)." + String(repeating: "0", count: 3 - f.count) + f
    }

    private func pad(_ s: String, _ width: Int, left: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - s.count))
        return left ? s + fill : fill + s
    }
}
