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
        // Most names are ASCII: lower-case them byte by byte (Foundation's folding goes through ICU, 20x slower).
        if let ascii = asciiFold(name) { return ascii }
        var folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        if folded.contains("\u{2019}") { folded = folded.replacingOccurrences(of: "\u{2019}", with: "'") }
        if folded.unicodeScalars.contains(where: { $0.properties.isWhitespace && $0 != " " })
            || folded.contains("  ")
        {
            folded = folded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }
        return folded
    }

    private static func asciiFold(_ name: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        var space = false
        for byte in name.utf8 {
            guard byte < 0x80 else { return nil }
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                space = !bytes.isEmpty
                continue
            }
            if space {
                bytes.append(0x20)
                space = false
            }
            bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
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
