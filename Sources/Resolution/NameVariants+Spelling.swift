import NewsGraphExtraction

/// Spelling variants of one name: full stops and commas ("N.Y." / "NY", "Goldman, Sachs and Co" / "Goldman Sachs and
/// Co") and the legal form a company name ends in ("General Motors" / "General Motors Corp" / "General Motors
/// Corporation"). `CorpusJoins.addSpellingVariants` decides store-wide which of them are one entity.
extension NameVariants {
    /// One kind of legal form ("us": Inc, Corp, Co, Company, and Co; "uk": Ltd, Limited, Plc; "ag": AG), named by the
    /// word that stands for the kind. Two kinds after one name are two companies ("General Electric Co", US, and
    /// "General Electric Co Plc", the British GEC).
    public typealias LegalFamily = String

    /// Legal forms as written at the end of a key without its full stops, with their kind: the usual forms of
    /// organization-words.tsv, one kind per jurisdiction or company type. "and co" and "& co" are a firm's partnership
    /// form in US and British usage alike ("Goldman, Sachs and Co", "Merrill Lynch and Co Inc").
    static let legalForms: [String: LegalFamily] = [
        "inc": "us", "incorporated": "us", "corp": "us", "corporation": "us", "co": "us", "company": "us",
        "cos": "us", "companies": "us", "llc": "us", "and co": "us", "& co": "us", "and company": "us",
        "& company": "us", "ltd": "uk", "limited": "uk", "plc": "uk", "pty": "uk", "lp": "lp", "llp": "lp",
        "ag": "ag", "gmbh": "gmbh", "sa": "sa", "nv": "nv", "bv": "bv", "spa": "spa", "ab": "ab", "asa": "asa",
        "kk": "kk", "oyj": "oyj", "bhd": "bhd", "berhad": "bhd", "sarl": "sarl",
    ]

    /// Words a name does not end in once its legal form is taken off: "Bank of America NT and SA" keeps its "SA".
    static let connectors: Set<Substring> = ["and", "&", "of", "the", "for", "on", "de"]

    /// An identity key without full stops and commas, spaces squeezed, mapped to its listed variant's key ("n.y." ->
    /// "ny", "goldman, sachs and co" -> "goldman sachs and co", "u.s" -> "united states").
    public static func spelling(ofKey key: String) -> String {
        guard key.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }) else { return key }
        var out = String.UnicodeScalarView()
        var space = false
        for scalar in key.unicodeScalars where scalar != "." && scalar != "," {
            if scalar == " " {
                space = !out.isEmpty
                continue
            }
            if space {
                out.append(" ")
                space = false
            }
            out.append(scalar)
        }
        let stripped = String(out)
        if let canonical = canonical(stripped) { return fold(canonical) }
        return stripped
    }

    /// The name a spelling key is left with when its legal forms are taken off, and the kind of the outermost one
    /// ("merrill lynch and co inc" -> ("merrill lynch", "us"); "general electric co plc" -> ("general electric", "uk"));
    /// a form stays on when taking it off would leave a connector or a generic head word alone ("news corp ltd" ->
    /// ("news corp", "uk"); "bank of america nt and sa", "bank ltd" and "co" have none).
    public static func legalForm(ofSpelling spelling: String) -> (base: String, family: LegalFamily)? {
        var words = spelling.split(separator: " ")
        var family: LegalFamily?
        while words.count >= 2 {
            let last = String(words[words.count - 1])
            let pair = words.count >= 3 ? words[words.count - 2] + " " + last : ""
            let (form, count): (LegalFamily?, Int) =
                legalForms[pair].map { ($0, 2) } ?? (legalForms[last].map { ($0, 1) } ?? (nil, 0))
            guard let form, words.count > count, let end = words.dropLast(count).last, !connectors.contains(end),
                words.count - count > 1 || !isGenericWord(String(end))
            else { break }
            words.removeLast(count)
            if family == nil { family = form }
        }
        guard let family else { return nil }
        return (words.joined(separator: " "), family)
    }

    /// Whether a one-word name is an organization head word or a common word ("Bank", "Group"): "Bank Ltd" is no
    /// company called Bank.
    static func isGenericWord(_ word: String) -> Bool {
        guard case .success(let gazetteer) = Gazetteer.standard else { return false }
        return gazetteer.contains(word, [.genericHead, .common, .legalForm])
    }

    /// Whether a name is a well-known institution known by that name alone ("Treasury", "Congress"): a company that
    /// adds a legal form to it ("TREASURY CORP", of New South Wales) is another organization.
    public static func isWellKnownInstitution(_ name: String) -> Bool {
        guard case .success(let gazetteer) = Gazetteer.standard else { return false }
        return gazetteer.contains(name, .organization)
    }

    /// How each word of a name is written, for telling initials from words: `.dotted` for initials with full stops
    /// ("V.A.", "N.Y"), `.lower` for a word with a lower-case letter ("Va", "Team"), `.other` for the rest ("VA").
    public enum WordShape: Sendable, Equatable { case dotted, lower, other }

    /// The shape of each word of `name` (split at spaces).
    public static func wordShapes(_ name: String) -> [WordShape] {
        name.split(separator: " ").map { word in
            var letters = 0
            var dots = 0
            var run = 0
            var singles = true
            var lower = false
            for scalar in word.unicodeScalars {
                if scalar == "." {
                    dots += 1
                    if run > 1 { singles = false }
                    run = 0
                } else if scalar.properties.isAlphabetic {
                    letters += 1
                    run += 1
                    if scalar.properties.isLowercase { lower = true }
                }
            }
            if run > 1 { singles = false }
            if singles && dots >= 1 && letters >= 2 { return .dotted }
            return lower ? .lower : .other
        }
    }

    /// Whether two forms write the same letters as initials in one and as a word in the other ("V.A." and "Va",
    /// "T.E.A.M." and "Team"): full stops between letters then say something, and the two stay apart. A legal form is
    /// written either way ("S.p.A." and "SpA").
    public static func initialsClash(_ a: String, _ b: String) -> Bool {
        let shapesA = wordShapes(a)
        let shapesB = wordShapes(b)
        guard shapesA.count == shapesB.count else { return false }
        let words = a.split(separator: " ")
        for (n, (x, y)) in zip(shapesA, shapesB).enumerated()
        where (x == .dotted && y == .lower) || (x == .lower && y == .dotted) {
            let letters = words[n].filter { $0 != "." && $0 != "," }.lowercased()
            if legalForms[letters] == nil { return true }
        }
        return false
    }
}
