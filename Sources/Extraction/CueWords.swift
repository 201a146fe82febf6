import NewsGraphCore

/// Lower-case cue words read around a capitalised span, as `NameKey` keys.
package enum CueWords {
    package static func keys(_ words: [String]) -> Set<UInt64> {
        Set(words.map { NameKey.phrase($0).key })
    }

    /// The same as a `KeySet`, for lists read on every token or run (no hashing of the keys, which are hashes already).
    package static func keySet(_ words: [String]) -> KeySet {
        var set = KeySet(capacity: words.count)
        for word in words { set.insert(NameKey.phrase(word).key) }
        return set
    }

    /// Before a place: "in X", "from X".
    package static let placePrepositions = keys([
        "in", "at", "from", "near", "to", "into", "across", "outside", "inside", "throughout",
        "towards", "toward", "via", "around", "across", "visited", "visit", "capital", "across",
    ])
    /// After a place: "X region", "X province".
    package static let placeNouns = keys([
        "region", "province", "prefecture", "county", "district", "city", "village", "town",
        "state", "island", "river", "valley", "border", "capital", "airport", "area", "oblast",
    ])
    /// After a person: "X said".
    package static let speechVerbs = keys([
        "said", "says", "told", "added", "explained", "wrote", "argued", "asked", "replied",
        "recalled", "insisted", "noted", "claimed", "believes", "thinks", "stated", "tweeted",
        "admitted", "denied", "died", "who", "whose", "himself", "herself", "claims", "argues",
        "writes", "explains", "recalls", "notes", "insists", "adds", "tells", "asks", "replies",
        "admits", "denies", "hopes", "wants", "feels", "knows", "smiled", "laughed", "shouted",
        "whispered", "nodded", "sighed", "married", "resigned", "testified", "pleaded",
    ])
    /// Before an organization: "the group X" (Relations has its own list of nouns after one: `nounsAfterOrganization`).
    package static let organizationNouns = keys([
        "group", "company", "organization", "organisation", "firm", "party", "newspaper",
        "agency", "website", "magazine", "network", "charity", "NGO", "outlet", "publication",
        "broadcaster", "union", "club", "team", "band", "bank", "channel", "daily", "tabloid",
    ])
    /// Words before a singular demonym used as a noun: "a Kazakh", "ethnic Kazakh".
    package static let nounDeterminers = keys(["a", "an", "one", "ethnic", "fellow", "every", "each", "another"])
    package static let statement = keys(["statement"])
    /// After a country or city standing for its team: "Belgium defeated Panama".
    package static let teamVerbs = keys([
        "defeated", "beat", "beats", "won", "wins", "lost", "loses", "drew", "scored", "faced",
        "played", "equalised", "equalized", "advanced", "qualified", "eliminated", "trailed", "led",
    ])
    /// Holidays and feasts, never a person, place or organization by themselves ("Easter sales").
    package static let holidays = keys([
        "Easter", "Christmas", "Thanksgiving", "Halloween", "Ramadan", "Passover", "Hanukkah", "Diwali", "Eid", "Lent",
        "Pentecost", "Epiphany",
    ])
    /// After a name standing for a market measure, not the company or place: "the Dow Jones index", "the Nikkei
    /// average".
    package static let measureNouns = keys(["index", "indices", "indexes", "average", "averages"])
    /// Between a name and a measure noun: "the Dow Jones industrial average".
    package static let measureQualifiers = keys([
        "industrial", "industrials", "composite", "stock", "share", "price", "transportation", "utility", "utilities",
    ])
    /// The last word of the name of an event, a competition, a prize, a law or a programme, which is none of person,
    /// place or organization: "Davis Cup", "Gulf War", "Tax Reform Act", "Export Enhancement Program".
    package static let otherNameHeads = keySet([
        "Act", "Cup", "War", "Wars", "Games", "Olympics", "Paralympics", "Olympiad", "Festival", "Fair", "Expo",
        "Award", "Awards", "Prize", "Prix", "Series", "Championship", "Championships", "Tournament", "Trophy",
        "Program", "Programme", "Declaration", "Treaty", "Accord", "Doctrine", "Revolution", "Marathon",
    ])
    /// The last word of the name of an economic measure: "Gross National Product", "Consumer Price Index".
    package static let measureHeads = keys(["Product", "Index", "Indices"])
    /// Before the title of a work: "the film X (2009)".
    package static let workNouns = keys([
        "film", "films", "movie", "series", "novel", "book", "album", "play", "show", "documentary", "comedy", "drama",
        "opera", "song", "sitcom", "musical", "thriller",
    ])
    /// Between two teams of a fixture: "Leeds v Wimbledon".
    package static let versus = keys(["v", "vs"])
    /// After a town standing for its club: "Lecce striker", "Essex batsman".
    package static let playerRoles = keys([
        "striker", "defender", "midfielder", "goalkeeper", "keeper", "winger", "playmaker", "pitcher", "outfielder",
        "infielder", "shortstop", "quarterback", "batsman", "fullback", "skipper", "forward", "coach",
    ])
    /// Before a beaten team: "beat Leeds".
    package static let resultVerbs = keys(["beat", "defeated", "edged", "routed", "thrashed", "beats"])
    /// After a person: "the Obama administration".
    package static let personNouns = keys(["administration", "presidency"])
    /// Before a language name: "in English", "speaks Spanish".
    package static let languageVerbs = keys([
        "in", "speak", "speaks", "spoke", "speaking", "into", "from", "learn", "learned", "learning", "translated",
        "taught",
    ])
    /// Words after a group name used as a noun: "the Chinese have", "Maya who".
    package static let afterGroupNoun = keys([
        "are", "were", "have", "had", "who", "and", "or", "in", "of", "from", "to", "say", "said",
        "will", "would", "themselves", "living", "live", "did", "do", "still", "also", "began",
    ])
    /// Abbreviations written like initials that open no personal name: "P.S. The slacks came", "10 P.M. Later", the
    /// club prefixes "F.C. Brasov", "A.S. Bacau", the leagues "A.L. East".
    package static let letterAbbreviations = keySet([
        "P.S.", "P.M.", "A.M.", "N.B.", "R.I.P.", "Q.E.D.", "F.C.", "A.C.", "S.C.", "A.S.", "S.S.", "F.K.", "A.L.",
        "N.L.",
        "F.A.",
    ])
    /// US state and Canadian province abbreviations after a town and a comma: "Vinita, OK", "Fresno, Calif." (keys
    /// ignore a final period).
    package static let stateAbbreviations = keySet([
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
        "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
        "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "Ala", "Ariz",
        "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md",
        "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex",
        "Vt", "Va", "Wash", "Wis", "Wyo", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "S.C.", "S.D.", "R.I.",
        "W.Va.", "D.C.", "Ont", "Que", "Alta", "Sask", "Man", "B.C.", "N.S.",
    ])
    /// Plural words that end a firm's name after "and": "Smick-Medley and Associates", "Halvard and Sons".
    package static let firmPartners = keySet(["Associates", "Partners", "Sons", "Brothers", "Company"])
    /// Weekdays, which end no name: "Hugh Zhelbirov Sunday", "Bob Osmani Wednesday accused".
    package static let weekdays = keySet(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
    /// Labels of picture captions and credits before a colon: "Ahmed Osmani Image: Reuters".
    package static let captionLabels = keySet(["Image", "Photo", "Picture", "Video", "Credit", "Source", "Caption"])
    /// Compass points abbreviated before a country: "S. Korea", "W. Africa".
    package static let compassInitials = keySet(["N.", "S.", "E.", "W."])
    package static let said = keys(["said", "says"])
    package static let inWord = keys(["in"])
    package static let aWord = keys(["a", "an"])
    package static let of = keys(["of"])
    package static let ofFor = keys(["of", "for"])
    package static let and = keys(["and", "&"])
    /// Particles inside personal names: "Ludwig van Beethoven", "Osama bin Laden".
    package static let nameParticles = keys([
        "van", "von", "de", "da", "di", "del", "della", "der", "den", "du", "bin", "ibn", "al",
        "el", "le", "la", "ter", "ten", "dos", "das", "bint", "ben", "y",
    ])
    package static let the = keys(["the"])
    /// Function words that open a sentence and are never the first word of a company name.
    package static let openers = keys([
        "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your", "some",
        "all", "both", "each", "every", "no", "any", "when", "while", "if", "but", "and", "or", "as", "in", "at", "on",
        "for", "by", "with", "after", "before", "under", "since", "then", "also", "shares", "analysts", "unlike",
        "yesterday", "today", "tomorrow", "later", "earlier", "meanwhile", "separately", "however", "last", "next",
        "now", "still", "only", "even", "so", "thus", "instead", "here", "there", "recently", "currently", "officials",
        "dealers", "traders", "sources", "elsewhere", "overall", "initially", "finally", "previously",
    ])
    /// Short common words that are nouns or adjectives, not function words: capitalised before a head word they open a
    /// name ("Home Savings Bank", "the City National Bank", "Army Corps of Engineers").
    package static let nameNouns = keys(["home", "city", "army", "news", "best", "good", "lord", "old", "day", "man"])
    /// Month names and their news abbreviations, for datelines.
    package static let months = keys([
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ])
    /// Two words before a company: "shares of X", "stake in X".
    package static let companyBefore: Set<UInt64> = Set(
        [
            "shares of", "shares in", "stake in", "stock of", "unit of", "subsidiary of", "division of",
            "acquisition of", "takeover of", "merger with", "bid for", "offer for", "shareholders of",
            "stockholders of",
            "subsidiary of", "affiliate of", "stake of",
        ].map { phrase in
            let words = phrase.split(separator: " ").map { NameKey.phrase(String($0)).key }
            return NameKey.combine(words[0], words[1])
        })
    /// A verb before a company it acts on: "acquired X", "to acquire X".
    package static let companyVerbs = keys(["acquire", "acquired", "acquires", "acquiring"])
    /// After a company: "X shares", "X stock".
    package static let companyAfter = keys(["shares", "stock", "shareholders", "stockholders"])
    /// After a company's possessive: "X's chief executive".
    package static let companyPossessions = keys([
        "shares", "stock", "shareholders", "stockholders", "board", "subsidiary", "subsidiaries", "unit", "units",
        "chairman", "chief", "earnings", "revenues", "revenue", "profit", "profits", "dividend", "stake",
        "headquarters",
        "subsidiary", "directors", "management", "takeover", "acquisition", "merger", "assets", "debt", "products",
    ])
    /// After "X, a ...": what a company is.
    package static let companyNouns = keys([
        "company", "firm", "unit", "subsidiary", "maker", "manufacturer", "producer", "retailer", "bank", "insurer",
        "concern", "corporation", "conglomerate", "carrier", "airline", "group", "affiliate", "distributor", "supplier",
        "operator", "developer", "publisher", "chain", "holding", "brokerage", "utility",
    ])
    package static let itsKey = NameKey.phrase("its").key
    package static let etKey = NameKey.phrase("et").key
    package static let andKey = NameKey.phrase("and").key
    package static let ofKey = NameKey.phrase("of").key
    package static let orKey = NameKey.phrase("or").key
    package static let alKey = NameKey.phrase("al").key
}
