import Foundation
import NewsGraphCore

/// Name lists for extraction, keyed by `NameKey` phrase keys: places, given names, surnames, groups, titles,
/// organization and place head words, connectors and common words.
///
/// In: the tab-separated files of `Resources/Gazetteers` (see its README) and, optionally, user gazetteers.
/// Out: O(1) lookups by hashed token sequence. Load once: `Gazetteer.standard`.
public struct Gazetteer: Sendable {
    /// What a phrase is known as; one phrase can be several things ("Jordan": place and given name).
    public struct Flags: OptionSet, Sendable, Hashable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        public static let country = Flags(rawValue: 1 << 0)
        public static let region = Flags(rawValue: 1 << 1)
        public static let subdivision = Flags(rawValue: 1 << 2)
        public static let city = Flags(rawValue: 1 << 3)
        public static let bigCity = Flags(rawValue: 1 << 4)
        public static let givenName = Flags(rawValue: 1 << 5)
        public static let surname = Flags(rawValue: 1 << 6)
        public static let group = Flags(rawValue: 1 << 7)
        public static let groupPlural = Flags(rawValue: 1 << 8)
        public static let title = Flags(rawValue: 1 << 9)
        public static let orgLast = Flags(rawValue: 1 << 10)
        public static let orgFirst = Flags(rawValue: 1 << 11)
        public static let placeLast = Flags(rawValue: 1 << 12)
        public static let placeFirst = Flags(rawValue: 1 << 13)
        public static let connector = Flags(rawValue: 1 << 14)
        public static let common = Flags(rawValue: 1 << 15)
        public static let userPerson = Flags(rawValue: 1 << 16)
        public static let userPlace = Flags(rawValue: 1 << 17)
        public static let userOrganization = Flags(rawValue: 1 << 18)
        public static let userGroup = Flags(rawValue: 1 << 19)
        public static let lowerTitle = Flags(rawValue: 1 << 20)
        /// A well-known organization ("United Nations", "Reuters").
        public static let organization = Flags(rawValue: 1 << 21)
        /// A legal form that ends a company name ("Inc", "Ltd", "GmbH").
        public static let legalForm = Flags(rawValue: 1 << 22)
        /// An organization head word that alone refers back to a name ("the Bank", "the Group"), never a name itself.
        public static let genericHead = Flags(rawValue: 1 << 23)
        /// An organization of the open-data knowledge base (organizations-kb.tsv): companies, universities, clubs, parties.
        public static let organizationKB = Flags(rawValue: 1 << 24)
        /// A knowledge-base organization that is also a city or subdivision ("Chelsea", "Ajax"): only with context.
        public static let organizationKBPlace = Flags(rawValue: 1 << 25)

        public static let place: Flags = [.country, .region, .subdivision, .city]
        public static let user: Flags = [.userPerson, .userPlace, .userOrganization, .userGroup]

        /// The flag a user rule of `kind` gives its phrase.
        package static func userFlag(for kind: EntityKind) -> Flags {
            switch kind {
            case .person: .userPerson
            case .place: .userPlace
            case .organization: .userOrganization
            case .group: .userGroup
            }
        }
    }

    package struct Entry: Sendable {
        package var flags: Flags
        /// Index into `groupNames` for `.group` entries, else -1.
        package var group: Int32
    }

    package private(set) var entries = KeyTable<Entry>(capacity: 1 << 17)
    package private(set) var groupNames: [String] = []
    private var groupIndex: [String: Int32] = [:]
    /// Longest phrase, in tokens, of any entry: how far a lookup needs to look ahead.
    package private(set) var longestPhrase = 1

    public init() {}

    /// The flags of a phrase key, or `[]`.
    @inline(__always)
    package func flags(_ key: UInt64) -> Flags { entries[key]?.flags ?? [] }

    @inline(__always)
    package func entry(_ key: UInt64) -> Entry? { entries[key] }

    /// Adds `name` with `flags` (and the group it names, for groups).
    public mutating func add(_ name: String, _ flags: Flags, group: String? = nil) {
        let (key, count) = NameKey.phrase(name)
        guard count > 0 else { return }
        longestPhrase = max(longestPhrase, count)
        var entry = entries[key] ?? Entry(flags: [], group: -1)
        entry.flags.formUnion(flags)
        if let group {
            if let index = groupIndex[group] {
                entry.group = index
            } else {
                entry.group = Int32(groupNames.count)
                groupIndex[group] = entry.group
                groupNames.append(group)
            }
        }
        entries[key] = entry
    }

    /// The name of a group entry.
    package func groupName(_ entry: Entry) -> String? {
        entry.group >= 0 ? groupNames[Int(entry.group)] : nil
    }

    /// Whether `name` (any case) is in the list with any of `flags`.
    public func contains(_ name: String, _ flags: Flags) -> Bool {
        !self.flags(NameKey.phrase(name).key).isDisjoint(with: flags)
    }

    /// The standard gazetteers from the package resources, loaded once.
    public static let standard: Result<Gazetteer, GazetteerError> = {
        do throws(GazetteerError) { return .success(try Gazetteer.loadStandard()) } catch { return .failure(error) }
    }()

    /// Loads the standard gazetteers from the resource folder `GazetteerLocator` finds.
    public static func loadStandard() throws(GazetteerError) -> Gazetteer {
        let folder = try GazetteerLocator.folder()
        var gazetteer = Gazetteer()
        try gazetteer.load(folder: folder)
        return gazetteer
    }

    /// Reads the files of the standard gazetteer folder.
    package mutating func load(folder: URL) throws(GazetteerError) {
        for row in try Gazetteer.rows(folder, "places.tsv") {
            var flags: Flags
            switch row.count > 1 ? row[1] : "" {
            case "country": flags = .country
            case "region": flags = .region
            case "subdivision": flags = .subdivision
            default: flags = .city
            }
            if row.count > 2, row[2] != "0" { flags.insert(.bigCity) }
            add(row[0], flags)
        }
        for row in try Gazetteer.rows(folder, "given-names.txt") { add(row[0], .givenName) }
        for row in try Gazetteer.rows(folder, "organizations.txt") { add(row[0], .organization) }
        for row in try Gazetteer.rows(folder, "surnames.txt") { add(row[0], .surname) }
        for row in try Gazetteer.rows(folder, "groups.tsv") where row.count > 1 {
            // "Kazakhs" is plural; "Chinese" or "Maya" (same form for one and many) is a group only when used as a noun.
            let plural = row[0] == row[1] && (row[0].hasSuffix("s") || row[0].contains(" "))
            add(row[0], plural ? [.group, .groupPlural] : .group, group: row[1])
        }
        for row in try Gazetteer.rows(folder, "titles.txt") {
            add(row[0], row[0].first?.isLowercase == true ? .lowerTitle : .title)
        }
        for row in try Gazetteer.rows(folder, "organization-words.tsv") where row.count > 1 {
            switch row[1] {
            case "first": add(row[0], .orgFirst)
            case "legal": add(row[0], [.legalForm, .orgLast])
            case "generic": add(row[0], .genericHead)
            default: add(row[0], .orgLast)
            }
        }
        for row in try Gazetteer.rows(folder, "place-words.tsv") where row.count > 1 {
            add(row[0], row[1] == "first" ? .placeFirst : .placeLast)
        }
        for row in try Gazetteer.rows(folder, "connectors.txt") { add(row[0], .connector) }
        for row in try Gazetteer.rows(folder, "common-words.txt") { add(row[0], .common) }
        // The organization knowledge base (optional file; README-organizations.md names the sources and licences).
        if FileManager.default.fileExists(atPath: folder.appendingPathComponent("organizations-kb.tsv").path) {
            for row in try Gazetteer.rows(folder, "organizations-kb.tsv") where row.count > 1 {
                add(row[0], row[1].hasSuffix("-place") ? .organizationKBPlace : .organizationKB)
            }
        }
        // Legal forms from open data (optional file; README-organizations.md names the source): one-token forms of three
        // letters or more that are no common word or name ("GmbH", "Oyj"; two-letter forms like "AD" or "OK" are too
        // often something else, and the usual ones are in organization-words.tsv).
        if FileManager.default.fileExists(atPath: folder.appendingPathComponent("legal-forms.tsv").path) {
            for row in try Gazetteer.rows(folder, "legal-forms.tsv")
            where Gazetteer.isLegalFormSuffix(row[0]) && !contains(row[0], [.common, .place, .givenName, .surname]) {
                add(row[0], [.legalForm, .orgLast])
            }
        }
    }

    /// Whether a legal-form list entry can be matched as a one-token suffix: one word of three letters or more that is no
    /// ordinary English word when capitalised ("GmbH", "Oyj"; not "& co", "private").
    package static func isLegalFormSuffix(_ form: String) -> Bool {
        let letters = form.filter { $0.isLetter }
        return NameKey.phrase(form).tokens == 1 && letters.count >= 3 && !ambiguousForms.contains(letters.lowercased())
    }

    /// Legal forms that are also common words or names in English text.
    static let ambiguousForms: Set<String> = ["private", "holdings", "company", "ltda"]

    /// The tab-separated fields of each non-comment line of `folder/name`.
    package static func rows(_ folder: URL, _ name: String) throws(GazetteerError) -> [[String]] {
        let url = folder.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .missingFile(url.path)
        }
        guard let text = String(data: data, encoding: .utf8) else { throw .notUTF8(url.path) }
        var rows: [[String]] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            rows.append(line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
        }
        return rows
    }
}
