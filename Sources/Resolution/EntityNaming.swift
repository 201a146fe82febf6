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

    /// The best-written of the spellings of one name (`CorpusJoins.addSpellingVariants`): as `best`, except that a
    /// company's name is judged written with care or not without its legal form, so the acronym "IBM" (219 mentions)
    /// names the entity rather than "IBM Company" (4), whose "Company" only looks like mixed case.
    public static func bestSpelling(_ forms: [(name: String, mentions: Int)]) -> String? {
        guard let first = forms.first else { return nil }
        if let canonical = NameVariants.canonical(first.name) { return canonical }
        let written = forms.map { withoutLegalForm($0.name) }
        var best = 0
        for n in forms.indices.dropFirst()
        where isBetter(forms[n], written: written[n], than: forms[best], written: written[best]) {
            best = n
        }
        return forms[best].name
    }

    /// A name without the legal form it ends in ("IBM Company" -> "IBM"; "Goldman, Sachs and Co" -> "Goldman, Sachs").
    static func withoutLegalForm(_ name: String) -> String {
        let spelling = NameVariants.spelling(ofKey: NameVariants.fold(name))
        guard let base = NameVariants.legalForm(ofSpelling: spelling)?.base else { return name }
        let words = name.split(separator: " ")
        let count = base.split(separator: " ").count
        guard count < words.count else { return name }
        return words.prefix(count).joined(separator: " ")
    }

    /// Compares how two forms are written; a town named with its qualifier ("CANTON (Massachusetts)") by the town.
    static func isBetter(_ a: (name: String, mentions: Int), than b: (name: String, mentions: Int)) -> Bool {
        isBetter(
            a, written: PlaceQualifier.parse(a.name)?.town ?? a.name, than: b,
            written: PlaceQualifier.parse(b.name)?.town ?? b.name)
    }

    /// Compares two forms by how the part of each that says how carefully it is written (`writtenA`, `writtenB`) is
    /// written, then by mentions, then in code-point order.
    static func isBetter(
        _ a: (name: String, mentions: Int), written writtenA: String, than b: (name: String, mentions: Int),
        written writtenB: String
    ) -> Bool {
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
