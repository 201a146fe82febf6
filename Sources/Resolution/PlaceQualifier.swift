import Foundation
import NewsGraphCore
import NewsGraphExtraction

/// The state, province or country written after a town to say which town it is: "CANTON, Mass., March 3 -",
/// "Hamilton, Bermuda", "a plant in Canton, Ohio".
///
/// In: an article's text and its place mentions. Out: for a town named so, the qualifier's canonical name
/// ("Mass." -> "Massachusetts"), which the resolver writes into the town's entity name ("Canton (Massachusetts)").
/// The store keeps the qualified name only for a town the corpus names with several qualifiers (`CorpusJoins`), so
/// Canton, Mass. and Canton, Ohio are two places while the only Springfield named stays one.
///
/// The states and provinces and their postal-style abbreviations (AP style, "Mass.", "Calif.", "Ont.") are public
/// facts written by hand; countries come from the standard gazetteer (GeoNames, ISO 3166).
public enum PlaceQualifier {
    /// Folded form ("mass", "n.j", "massachusetts") -> canonical name. A trailing "." is dropped before lookup.
    static let subdivisions: [String: String] = {
        var table: [String: String] = [:]
        for (canonical, forms) in written {
            table[NameVariants.fold(canonical)] = canonical
            for form in forms { table[NameVariants.fold(form)] = canonical }
        }
        return table
    }()

    /// Canonical name and the abbreviations newswires write after a town (AP style and common short forms).
    private static let written: [(String, [String])] = [
        ("Alabama", ["Ala"]), ("Alaska", []), ("Arizona", ["Ariz"]), ("Arkansas", ["Ark"]), ("California", ["Calif"]),
        ("Colorado", ["Colo"]), ("Connecticut", ["Conn"]), ("Delaware", ["Del"]), ("Florida", ["Fla"]),
        ("Georgia", ["Ga"]), ("Hawaii", []), ("Idaho", []), ("Illinois", ["Ill"]), ("Indiana", ["Ind"]),
        ("Iowa", []), ("Kansas", ["Kan", "Kans"]), ("Kentucky", ["Ky"]), ("Louisiana", ["La"]), ("Maine", []),
        ("Maryland", ["Md"]), ("Massachusetts", ["Mass"]), ("Michigan", ["Mich"]), ("Minnesota", ["Minn"]),
        ("Mississippi", ["Miss"]), ("Missouri", ["Mo"]), ("Montana", ["Mont"]), ("Nebraska", ["Neb", "Nebr"]),
        ("Nevada", ["Nev"]), ("New Hampshire", ["N.H"]), ("New Jersey", ["N.J"]), ("New Mexico", ["N.M"]),
        ("New York", ["N.Y"]), ("North Carolina", ["N.C"]), ("North Dakota", ["N.D"]), ("Ohio", []),
        ("Oklahoma", ["Okla"]), ("Oregon", ["Ore"]), ("Pennsylvania", ["Pa", "Penn"]), ("Rhode Island", ["R.I"]),
        ("South Carolina", ["S.C"]), ("South Dakota", ["S.D"]), ("Tennessee", ["Tenn"]), ("Texas", ["Tex"]),
        ("Utah", []), ("Vermont", ["Vt"]), ("Virginia", ["Va"]), ("Washington", ["Wash"]),
        ("West Virginia", ["W.Va", "W. Va"]), ("Wisconsin", ["Wis", "Wisc"]), ("Wyoming", ["Wyo"]),
        ("District of Columbia", ["D.C"]), ("Puerto Rico", ["P.R"]),
        ("Alberta", ["Alta"]), ("British Columbia", ["B.C"]), ("Manitoba", ["Man"]), ("New Brunswick", ["N.B"]),
        ("Newfoundland", ["Nfld"]), ("Nova Scotia", ["N.S"]), ("Ontario", ["Ont"]), ("Quebec", ["Que"]),
        ("Saskatchewan", ["Sask"]), ("Prince Edward Island", ["P.E.I"]),
    ]

    /// The longest qualifier written at `start` (a state, province or country, with an optional "."), as its
    /// canonical name and the offset just past it; nil when none is written there.
    package static func qualifier(in text: TextBuffer, at start: Int, isCountry: (String) -> Bool) -> (
        name: String, end: Int
    )? {
        // Up to three words ("District of Columbia"), cut at punctuation other than "." inside abbreviations.
        var ends: [Int] = []
        var k = start
        var words = 0
        while k < text.count && words < 3 {
            let wordStart = k
            while k < text.count, isAlphabetic(text[k]) || text[k] == "." { k += 1 }
            guard k > wordStart else { break }
            words += 1
            ends.append(k)
            // "W. Va" and "New Jersey": a single space continues the qualifier.
            guard k < text.count, text[k] == " " else { break }
            k += 1
        }
        for end in ends.reversed() {
            var written = text[TextRange(start, end)]
            if written.utf8.last == UInt8(ascii: "."), written.hasSuffix(".") { written.removeLast() }
            guard let first = written.unicodeScalars.first, isUppercase(first) else { continue }
            if let canonical = subdivisions[NameVariants.fold(written)] { return (canonical, end) }
            if isCountry(written) { return (NameVariants.canonical(written) ?? written, end) }
        }
        return nil
    }

    /// `properties.isAlphabetic`, answered for ASCII without the Unicode tables (this runs for every scalar scanned).
    @inline(__always) static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value < 0x80 else { return scalar.properties.isAlphabetic }
        let v = scalar.value | 0x20
        return v >= 0x61 && v <= 0x7A
    }

    /// `properties.isUppercase`, answered for ASCII without the Unicode tables.
    @inline(__always) static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value < 0x80 else { return scalar.properties.isUppercase }
        return scalar.value >= 0x41 && scalar.value <= 0x5A
    }

    /// Whether `name` is a country, a first-level subdivision or a region in the standard gazetteer: such a place
    /// is never a town qualified by another ("New York, N.Y.", "Ohio, Texas and Utah").
    public static func isLargerPlace(_ name: String) -> Bool {
        guard case .success(let gazetteer) = Gazetteer.standard else { return false }
        return gazetteer.contains(name, [.country, .subdivision, .region])
            || subdivisions[NameVariants.fold(name)] != nil
    }

    /// Whether `name` is a country in the standard gazetteer.
    public static func isCountry(_ name: String) -> Bool {
        guard case .success(let gazetteer) = Gazetteer.standard else { return false }
        return gazetteer.contains(name, .country)
    }

    /// "Canton (Massachusetts)": the entity name of a town named with its qualifier.
    public static func qualified(_ town: String, by qualifier: String) -> String {
        "\(town) (\(qualifier))"
    }

    /// The town and qualifier of a qualified entity name ("Canton (Massachusetts)" -> ("Canton", "Massachusetts")),
    /// nil for any other name.
    public static func parse(_ name: String) -> (town: String, qualifier: String)? {
        guard name.utf8.last == UInt8(ascii: ")"), let open = name.range(of: " (", options: .backwards) else {
            return nil
        }
        let town = String(name[..<open.lowerBound])
        let qualifier = String(name[open.upperBound...].dropLast())
        guard !town.isEmpty, !qualifier.isEmpty else { return nil }
        return (town, qualifier)
    }
}
