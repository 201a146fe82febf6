import Foundation

/// The identity key of a name: names with one key are one entity, whatever the case, accents or listed variant.
///
/// In: a name as written ("NEW YORK", "Zürich", "U.S."). Out: its key ("new york", "zurich", "united states") and, for
/// a listed variant, the canonical name and the gazetteer entry that says so (the reason shown by `show`).
///
/// ```swift
/// NameVariants.key("WASHINGTON") == NameVariants.key("Washington")   // true
/// NameVariants.canonical("U.S.")                                       // "United States"
/// ```
public enum NameVariants {
    /// Folds case and accents, `’` to `'`, and runs of white space to one space.
    public static func fold(_ name: String) -> String {
        var folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        if folded.contains("\u{2019}") { folded = folded.replacingOccurrences(of: "\u{2019}", with: "'") }
        if folded.unicodeScalars.contains(where: { $0.properties.isWhitespace && $0 != " " })
            || folded.contains("  ")
        {
            folded = folded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }
        return folded
    }

    /// The identity key: the folded canonical name of a listed variant, else the folded name.
    public static func key(_ name: String) -> String {
        let folded = fold(name)
        if let canonical = table[folded] { return fold(canonical) }
        return folded
    }

    /// The canonical name of a listed variant ("U.S." -> "United States"), nil for other names.
    public static func canonical(_ name: String) -> String? {
        table[fold(name)]
    }

    /// Folded variant -> canonical name.
    private static let table: [String: String] = {
        var table: [String: String] = [:]
        for (variant, canonical) in countries { table[fold(variant)] = canonical }
        return table
    }()
}
