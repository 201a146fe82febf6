/// National capitals and the countries they stand for in news (`Manila said` is the Philippine government):
/// a capital and its own country named in one sentence are one party under two names, not a link.
///
/// Capitals from GeoNames' country information (`countryInfo.txt`, capital column; CC BY 4.0) with the spellings
/// of the time (Peking, Bonn, Lagos, Rangoon), countries under the names resolution gives them (`United States`,
/// `United Kingdom`, `Soviet Union`, `West Germany`). Hand-written; a city that is its country's name too
/// (Singapore, Kuwait, Luxembourg) is left out: it is one entity already.
package enum Capitals {
    /// Capital (as an entity name) -> the names of its country.
    package static let countries: [String: Set<String>] = {
        let rows: [(String, [String])] = [
            ("Washington", ["United States", "U.S.", "USA", "America"]),
            ("London", ["United Kingdom", "Britain", "Great Britain", "U.K.", "UK", "England"]),
            ("Tokyo", ["Japan"]), ("Paris", ["France"]), ("Bonn", ["West Germany", "Germany"]),
            ("East Berlin", ["East Germany"]), ("Berlin", ["Germany"]),
            ("Moscow", ["Soviet Union", "USSR", "Russia"]), ("Peking", ["China"]), ("Beijing", ["China"]),
            ("Ottawa", ["Canada"]), ("Rome", ["Italy"]), ("Madrid", ["Spain"]), ("Lisbon", ["Portugal"]),
            ("Brussels", ["Belgium"]), ("The Hague", ["Netherlands", "Holland"]),
            ("Amsterdam", ["Netherlands", "Holland"]), ("Berne", ["Switzerland"]), ("Bern", ["Switzerland"]),
            ("Vienna", ["Austria"]), ("Stockholm", ["Sweden"]), ("Oslo", ["Norway"]),
            ("Copenhagen", ["Denmark"]), ("Helsinki", ["Finland"]), ("Dublin", ["Ireland"]),
            ("Reykjavik", ["Iceland"]), ("Athens", ["Greece"]), ("Ankara", ["Turkey"]), ("Warsaw", ["Poland"]),
            ("Budapest", ["Hungary"]), ("Prague", ["Czechoslovakia"]), ("Bucharest", ["Romania"]),
            ("Belgrade", ["Yugoslavia"]), ("Sofia", ["Bulgaria"]), ("Nicosia", ["Cyprus"]),
            ("Valletta", ["Malta"]), ("Brasilia", ["Brazil"]), ("Buenos Aires", ["Argentina"]),
            ("Mexico City", ["Mexico"]), ("Caracas", ["Venezuela"]), ("Bogota", ["Colombia"]),
            ("Quito", ["Ecuador"]), ("Lima", ["Peru"]), ("Santiago", ["Chile"]), ("La Paz", ["Bolivia"]),
            ("Montevideo", ["Uruguay"]), ("Asuncion", ["Paraguay"]), ("Havana", ["Cuba"]),
            ("Kingston", ["Jamaica"]), ("Managua", ["Nicaragua"]), ("San Jose", ["Costa Rica"]),
            ("Tegucigalpa", ["Honduras"]), ("San Salvador", ["El Salvador"]), ("Panama City", ["Panama"]),
            ("Guatemala City", ["Guatemala"]), ("Santo Domingo", ["Dominican Republic"]),
            ("Manila", ["Philippines"]), ("Jakarta", ["Indonesia"]), ("Kuala Lumpur", ["Malaysia"]),
            ("Bangkok", ["Thailand"]), ("Seoul", ["South Korea", "Korea"]), ("Pyongyang", ["North Korea"]),
            ("Taipei", ["Taiwan"]), ("Hanoi", ["Vietnam"]), ("Rangoon", ["Burma"]), ("New Delhi", ["India"]),
            ("Islamabad", ["Pakistan"]), ("Dhaka", ["Bangladesh"]), ("Dacca", ["Bangladesh"]),
            ("Colombo", ["Sri Lanka"]), ("Kathmandu", ["Nepal"]), ("Kabul", ["Afghanistan"]),
            ("Tehran", ["Iran"]), ("Baghdad", ["Iraq"]), ("Riyadh", ["Saudi Arabia"]), ("Cairo", ["Egypt"]),
            ("Damascus", ["Syria"]), ("Beirut", ["Lebanon"]), ("Amman", ["Jordan"]), ("Jerusalem", ["Israel"]),
            ("Abu Dhabi", ["United Arab Emirates", "UAE"]), ("Doha", ["Qatar"]), ("Muscat", ["Oman"]),
            ("Manama", ["Bahrain"]), ("Sanaa", ["Yemen", "North Yemen"]), ("Algiers", ["Algeria"]),
            ("Tripoli", ["Libya"]), ("Rabat", ["Morocco"]), ("Tunis", ["Tunisia"]), ("Khartoum", ["Sudan"]),
            ("Addis Ababa", ["Ethiopia"]), ("Nairobi", ["Kenya"]), ("Lagos", ["Nigeria"]), ("Abuja", ["Nigeria"]),
            ("Accra", ["Ghana"]), ("Abidjan", ["Ivory Coast"]), ("Dakar", ["Senegal"]), ("Kinshasa", ["Zaire"]),
            ("Lusaka", ["Zambia"]), ("Harare", ["Zimbabwe"]), ("Pretoria", ["South Africa"]),
            ("Maputo", ["Mozambique"]), ("Luanda", ["Angola"]), ("Dar es Salaam", ["Tanzania"]),
            ("Kampala", ["Uganda"]), ("Canberra", ["Australia"]), ("Wellington", ["New Zealand"]),
            ("Freetown", ["Sierra Leone"]), ("Monrovia", ["Liberia"]), ("Conakry", ["Guinea"]),
            ("Bamako", ["Mali"]), ("Niamey", ["Niger"]), ("Ouagadougou", ["Burkina Faso"]), ("Lome", ["Togo"]),
            ("Cotonou", ["Benin"]), ("Porto-Novo", ["Benin"]), ("Yaounde", ["Cameroon"]), ("Libreville", ["Gabon"]),
            ("Brazzaville", ["Congo"]), ("Bangui", ["Central African Republic"]), ("N'Djamena", ["Chad"]),
            ("Nouakchott", ["Mauritania"]), ("Banjul", ["Gambia"]), ("Bissau", ["Guinea-Bissau"]),
            ("Praia", ["Cape Verde"]), ("Malabo", ["Equatorial Guinea"]), ("Kigali", ["Rwanda"]),
            ("Bujumbura", ["Burundi"]), ("Mogadishu", ["Somalia"]), ("Djibouti", ["Djibouti"]),
            ("Lilongwe", ["Malawi"]), ("Gaborone", ["Botswana"]), ("Maseru", ["Lesotho"]), ("Mbabane", ["Swaziland"]),
            ("Windhoek", ["Namibia"]), ("Antananarivo", ["Madagascar"]), ("Port Louis", ["Mauritius"]),
            ("Victoria", ["Seychelles"]), ("Moroni", ["Comoros"]), ("Asmara", ["Eritrea"]),
            ("Vientiane", ["Laos"]), ("Phnom Penh", ["Cambodia", "Kampuchea"]), ("Ulan Bator", ["Mongolia"]),
            ("Thimphu", ["Bhutan"]), ("Male", ["Maldives"]), ("Bandar Seri Begawan", ["Brunei"]),
            ("Port Moresby", ["Papua New Guinea"]), ("Suva", ["Fiji"]), ("Apia", ["Western Samoa", "Samoa"]),
            ("Nuku'alofa", ["Tonga"]), ("Honiara", ["Solomon Islands"]), ("Port Vila", ["Vanuatu"]),
            ("Aden", ["South Yemen"]), ("Kuwait City", ["Kuwait"]), ("Tirana", ["Albania"]),
            ("Vaduz", ["Liechtenstein"]), ("Andorra la Vella", ["Andorra"]), ("San Marino", ["San Marino"]),
            ("Port-au-Prince", ["Haiti"]), ("Nassau", ["Bahamas"]), ("Bridgetown", ["Barbados"]),
            ("Port of Spain", ["Trinidad and Tobago", "Trinidad"]), ("Georgetown", ["Guyana"]),
            ("Paramaribo", ["Suriname", "Surinam"]), ("Belmopan", ["Belize"]),
            ("Castries", ["St Lucia", "Saint Lucia"]),
            ("St. George's", ["Grenada"]), ("Roseau", ["Dominica"]), ("Kingstown", ["St Vincent"]),
            ("Basseterre", ["St Kitts and Nevis"]), ("St. John's", ["Antigua", "Antigua and Barbuda"]),
        ]
        var table: [String: Set<String>] = [:]
        for (capital, names) in rows { table[capital, default: []].formUnion(names) }
        return table
    }()

    /// The table with every name case-folded: a dateline writes its capital in capitals (`FREETOWN, Sierra Leone`).
    private static let foldedCountries: [String: Set<String>] = {
        var table: [String: Set<String>] = [:]
        for (capital, names) in countries {
            table[capital.lowercased(), default: []].formUnion(names.map { $0.lowercased() })
        }
        return table
    }()

    /// True when one of two place names is the capital of the other (either order), in any capitalisation.
    /// A town resolution qualified by its state or country (`FREETOWN (Sierra Leone)`) counts as the town.
    package static func areCapitalAndCountry(_ a: String, _ b: String) -> Bool {
        if countries[a]?.contains(b) == true || countries[b]?.contains(a) == true { return true }
        let (a, b) = (unqualified(a).lowercased(), unqualified(b).lowercased())
        return foldedCountries[a]?.contains(b) == true || foldedCountries[b]?.contains(a) == true
    }

    /// `Town (Qualifier)` -> `Town`; any other name as it is.
    private static func unqualified(_ name: String) -> Substring {
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "("), open > name.startIndex else { return name[...] }
        let space = name.index(before: open)
        return name[space] == " " ? name[..<space] : name[...]
    }
}
