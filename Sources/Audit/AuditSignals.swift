import NewsGraphQuery

/// The name-shape signals of the audit: spelling skeletons, initials, long and all-caps names.
///
/// In: entity names. Out: keys under which near-duplicates collide, and flags for odd names.
public enum AuditSignals {
    /// The folded name with common transliteration variants merged (Uyghur/Uighur, Mohammed/Muhammad,
    /// Qazaq/Kazakh) and doubled letters collapsed, so spelling variants share a key.
    public static func skeleton(_ name: String) -> String {
        var s = NameLookup.fold(name)
        for (from, to) in [
            ("kh", "k"), ("gh", "g"), ("ph", "f"), ("dh", "d"), ("th", "t"), ("q", "k"), ("c", "k"),
            ("y", "i"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("w", "v"), ("ay", "ai"), ("ey", "ei"),
        ] {
            s = s.replacingOccurrences(of: from, with: to)
        }
        var out = ""
        var last: Character?
        for character in s {
            if character != last || character == " " { out.append(character) }
            last = character
        }
        // Vowels other than a leading one vary most across transliterations (Muhammad/Mohammed).
        var result = ""
        for word in out.split(separator: " ") {
            guard let first = word.first else { continue }
            if !result.isEmpty { result += " " }
            result.append(first)
            result += word.dropFirst().filter { !"aeiou".contains($0) }
        }
        return result
    }

    /// `j smith` for `J. Smith` and `John Smith`; nil for one-word names.
    public static func initialsKey(_ name: String) -> String? {
        let tokens = NameLookup.fold(name).split(separator: " ")
        guard tokens.count >= 2, let first = tokens.first?.first, let last = tokens.last else { return nil }
        return "\(first) \(last)"
    }

    /// Whether the first word of `name` is a bare initial (`J. Smith`).
    public static func startsWithInitial(_ name: String) -> Bool {
        NameLookup.fold(name).split(separator: " ").first?.count == 1
    }

    /// More than six words or fifty characters: usually a run-on extraction.
    public static func isVeryLong(_ name: String) -> Bool {
        name.split(separator: " ").count > 6 || name.count > 50
    }

    /// Written in capitals with at least three letters (SELLS, NEW YORK): how headline words look.
    public static func isShouted(_ name: String) -> Bool {
        let letters = name.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 3 && letters.allSatisfy { $0.properties.isUppercase }
    }

    /// All capitals with at least two words or more than five letters (NATO passes, BREAKING NEWS does not).
    public static func isAllCaps(_ name: String) -> Bool {
        let letters = name.unicodeScalars.filter { $0.properties.isAlphabetic }
        guard letters.count >= 4, letters.allSatisfy({ $0.properties.isUppercase }) else { return false }
        return name.contains(" ") || letters.count > 5
    }
}
