/// The name an entity is shown by: the best-written of the forms seen with its identity key.
///
/// In: the names (as extraction gave them) whose key is the entity's, with their mention counts. Out: a listed
/// variant's canonical name ("U.S." -> "United States") when the key is one, else the form written in mixed case
/// over ALL CAPS ("New York" over "NEW YORK"), then the one with accents over the one without, then the commonest,
/// then the first in code-point order, so the choice never depends on the order articles arrived in.
public enum EntityNaming {
    public static func best(_ forms: [(name: String, mentions: Int)]) -> String? {
        guard let first = forms.first else { return nil }
        if let canonical = NameVariants.canonical(first.name) { return canonical }
        var best = first
        for form in forms.dropFirst() where isBetter(form, than: best) { best = form }
        return best.name
    }

    /// Compares how two forms are written; a town named with its qualifier ("CANTON (Massachusetts)") by the town.
    static func isBetter(_ a: (name: String, mentions: Int), than b: (name: String, mentions: Int)) -> Bool {
        let writtenA = PlaceQualifier.parse(a.name)?.town ?? a.name
        let writtenB = PlaceQualifier.parse(b.name)?.town ?? b.name
        let mixedA = hasLowercase(writtenA), mixedB = hasLowercase(writtenB)
        if mixedA != mixedB { return mixedA }
        let accentsA = nonASCII(writtenA), accentsB = nonASCII(writtenB)
        if accentsA != accentsB { return accentsA > accentsB }
        if a.mentions != b.mentions { return a.mentions > b.mentions }
        return a.name < b.name
    }

    /// Whether a fifth or more of the letters are lower case: "McDonald", "New York" and "NEOAX Inc" are written with
    /// care, "NEW YORK" is a headline and "WALtHAM" a typo in one.
    public static func hasLowercase(_ name: String) -> Bool {
        var letters = 0, lower = 0
        for scalar in name.unicodeScalars {
            // ASCII letters are alphabetic and their case is a range (Unicode properties only beyond ASCII).
            if scalar.value < 0x80 {
                let v = scalar.value | 0x20
                guard v >= 0x61 && v <= 0x7A else { continue }
                letters += 1
                if scalar.value >= 0x61 { lower += 1 }
            } else if scalar.properties.isAlphabetic {
                letters += 1
                if scalar.properties.isLowercase { lower += 1 }
            }
        }
        return lower > 0 && lower * 5 >= letters
    }

    private static func nonASCII(_ name: String) -> Int {
        name.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 0 : 1) }
    }
}
