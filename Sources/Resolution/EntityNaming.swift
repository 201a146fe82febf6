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

    static func isBetter(_ a: (name: String, mentions: Int), than b: (name: String, mentions: Int)) -> Bool {
        let mixedA = hasLowercase(a.name), mixedB = hasLowercase(b.name)
        if mixedA != mixedB { return mixedA }
        let accentsA = nonASCII(a.name), accentsB = nonASCII(b.name)
        if accentsA != accentsB { return accentsA > accentsB }
        if a.mentions != b.mentions { return a.mentions > b.mentions }
        return a.name < b.name
    }

    /// Whether any letter is lower case: "McDonald" and "New York" are written with care, "NEW YORK" is a headline.
    public static func hasLowercase(_ name: String) -> Bool {
        name.unicodeScalars.contains { $0.properties.isLowercase }
    }

    private static func nonASCII(_ name: String) -> Int {
        name.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 0 : 1) }
    }
}
