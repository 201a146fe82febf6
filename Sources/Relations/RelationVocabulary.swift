/// The closed word lists the relation patterns match on, all lowercase; kept in one place so they can be read and extended.
package enum RelationVocabulary {
    /// Articles skipped before a mention or a role word.
    package static let determiners: Set<String> = ["the", "a", "an"]

    /// Items after which a new clause starts.
    package static let clauseOpeners: Set<String> = [
        ",", ";", ":", "\u{2013}", "\u{2014}", "-", "(", "\"", "\u{201C}", "'", "\u{2018}",
    ]

    /// Role words of a person in an organization (`X, director of Y`); the label of `affiliated-with`.
    package static let roles: Set<String> = [
        "director", "founder", "co-founder", "cofounder", "head", "chairman", "chairwoman", "chair", "chairperson",
        "president", "vice-president", "leader", "spokesman", "spokeswoman", "spokesperson", "secretary",
        "secretary-general", "editor", "editor-in-chief", "chief", "ceo", "manager", "coordinator", "researcher",
        "professor", "lecturer", "fellow", "correspondent", "reporter", "journalist", "officer", "official",
        "representative", "deputy", "ambassador", "analyst", "lawyer", "commander", "trustee", "adviser", "advisor",
        "consultant", "employee", "volunteer", "organizer", "organiser", "administrator", "executive", "publisher",
        "columnist", "contributor", "investigator", "campaigner", "governor", "commissioner", "treasurer",
    ]

    /// Words that may precede a role word inside the role phrase (`the executive director of`).
    package static let roleModifiers: Set<String> = [
        "executive", "deputy", "senior", "former", "vice", "general", "founding", "managing", "chief", "acting",
        "current", "regional", "local", "associate", "assistant", "research", "program", "programme",
        "communications", "press", "party", "interim", "honorary", "longtime", "long-time", "visiting", "then",
    ]

    /// Prepositions that join a role to its organization (`director of`, `spokesperson for`, `researcher at`).
    package static let rolePrepositions: Set<String> = ["of", "for", "at"]

    /// Words that may precede `member` (`a founding member of`).
    package static let memberModifiers: Set<String> = [
        "former", "senior", "longtime", "long-time", "founding", "active", "leading", "prominent", "board",
        "executive", "committee", "full", "honorary", "core", "key", "standing", "elected",
    ]

    /// Verbs that link a person to `a member of` (`X is a member of Y`).
    package static let copulas: Set<String> = ["is", "was", "became", "becomes", "remains", "remained", "been"]

    /// Words that say a mention is the place a region or city is named for (`the Xinjiang region's`).
    package static let regionNouns: Set<String> = [
        "region", "province", "prefecture", "county", "city", "district", "state", "republic", "oblast",
        "area", "autonomous", "municipality", "territory",
    ]

    /// Words that may precede `capital` (`the regional capital of`).
    package static let capitalModifiers: Set<String> = [
        "regional", "provincial", "national", "former", "administrative", "political",
    ]

    /// Participles that place an organization or a place (`Atajurt, based in Almaty`).
    package static let placementParticiples: Set<String> = ["based", "located", "headquartered", "situated"]

    /// Nouns that may follow an organization's name before `in` or `based in` (`the Atajurt group in Almaty`). Not
    /// Extraction's `CueWords.organizationNouns`, the nouns before a name (`the group X`): the two lists differ on purpose.
    package static let nounsAfterOrganization: Set<String> = [
        "group", "organization", "organisation", "office", "offices", "movement", "association", "foundation",
        "party", "church", "center", "centre", "headquarters", "branch", "magazine", "newspaper", "company",
    ]

    /// Words before `X in Y` after which `X` is not the thing located (`investment by China in Kazakhstan`).
    package static let locationBlockers: Set<String> = ["by", "with", "against", "between", "than", "versus", "vs"]

    /// Singular nouns that describe a person after a demonym (`Uyghur activist X`).
    package static let descriptors: Set<String> = [
        "activist", "dissident", "writer", "poet", "journalist", "scholar", "academic", "professor", "businessman",
        "businesswoman", "entrepreneur", "herder", "farmer", "teacher", "student", "refugee", "detainee", "woman",
        "man", "girl", "boy", "mother", "father", "singer", "musician", "artist", "author", "blogger", "economist",
        "lawyer", "doctor", "imam", "cleric", "monk", "nun", "pastor", "priest", "leader", "elder", "survivor",
        "witness", "footballer", "athlete", "comedian", "intellectual", "exile", "campaigner", "translator",
        "historian", "linguist", "researcher", "publisher", "editor", "photographer", "filmmaker", "novelist",
        "anthropologist", "poetess", "engineer", "nurse", "trader", "worker", "believer", "practitioner",
        "mp", "politician", "official", "diplomat", "veteran", "citizen", "national", "resident", "retiree",
    ]

    /// Words that may come between a demonym and a descriptor (`Kazakh human rights activist X`).
    package static let descriptorModifiers: Set<String> = [
        "human", "rights", "prominent", "well-known", "famous", "exiled", "young", "elderly", "former", "veteran",
        "renowned", "leading", "independent", "religious", "democracy", "pro-democracy", "environmental", "labor",
        "labour", "civil", "political", "female", "male", "retired", "local", "celebrated", "popular", "noted",
        "award-winning", "jailed", "detained", "imprisoned", "missing", "outspoken",
    ]

    /// Prepositions before a mention that make it an object rather than the speaker (`the wife of X told Y`).
    package static let subjectBlockers: Set<String> = [
        "of", "to", "with", "for", "by", "from", "about", "against", "at", "on", "than",
    ]

    /// Verbs of speech whose object is the person or outlet spoken to (`X told Y`).
    package static let tellVerbs: Set<String> = ["told", "tells", "informed", "assured", "warned"]

    /// Verbs of speech followed by `to` (`X said to Y`).
    package static let sayVerbs: Set<String> = [
        "said", "says", "explained", "explains", "confirmed", "revealed", "admitted",
        "complained", "wrote", "writes", "described",
    ]

    /// Verbs of conversation followed by `to` or `with` (`X spoke to Y`).
    package static let speakVerbs: Set<String> = ["spoke", "speaks", "talked", "talks", "spoken", "talked"]

    /// Participles of conversation that open a clause (`speaking to Y`).
    package static let speakingParticiples: Set<String> = ["speaking", "talking"]

    /// Prepositions after a verb of conversation.
    package static let conversationPrepositions: Set<String> = ["to", "with"]

    /// Words that may appear in a byline besides names, `and`, and punctuation (`By X, staff reporter for Y`).
    package static let bylineWords: Set<String> = [
        "by", "and", "for", "in", "at", "on", "staff", "reporter", "correspondent", "special", "updated", "published",
        "writer", "editor", "contributor", "senior", "our", "own", "with", "written", "words", "story", "text",
        "report", "reporting", "from", "|", "·", "•",
    ]

    /// Nouns of events: an organization after `a meeting of` is where it met, not where it is (`a meeting of
    /// GEPLACEA in Brazil`).
    package static let eventNouns: Set<String> = [
        "meeting", "meetings", "conference", "conferences", "session", "sessions", "talks", "summit", "assembly",
        "convention", "gathering", "visit", "seminar", "symposium", "forum", "hearing", "hearings", "delegation",
    ]

    /// Words before `X in Y` after which `Y` is where something else is or happened, not where `X` is
    /// (`told Reuters in Kuala Lumpur`, `a block off Louisiana in the Gulf of Mexico`).
    package static let eventBlockers: Set<String> = [
        "told", "tells", "informed", "assured", "warned", "to", "off", "near", "visited", "visit", "visiting", "&",
    ]

    /// Words that may follow `Y's X` when `X` is the thing located (`China's Xinjiang region`, `Japan's Toyota
    /// said`); any other word is a noun that the possessive modifies instead (`Turkey's NATO allies`, `Zambia's
    /// IMF austerity program`, `the Bank's Brazil division`).
    package static let possessiveFollowers: Set<String> = [
        "said", "says", "say", "is", "was", "were", "are", "has", "had", "have", "will", "would", "could", "can",
        "may", "might", "should", "must", "and", "or", "but", "to", "in", "on", "at", "for", "with", "from", "by",
        "of", "as", "which", "who", "that", "where", "also", "announced", "reported", "agreed", "plans", "planned",
        "expects", "expected", "told", "added", "declined", "rose", "fell", "posted", "won", "lost", "made", "did",
        "does", "until", "after", "before", "since", "last", "this", "yesterday", "today", "earlier", "later",
    ]

    /// Role nouns of a country's envoy to an organization (`China's U.N. representative`): after `Y's X` they
    /// say that X is where Y is represented, not that X is in Y.
    package static let envoyNouns: Set<String> = [
        "representative", "representatives", "ambassador", "envoy", "envoys", "delegate", "delegates", "delegation",
        "mission", "observer", "negotiator", "negotiators",
    ]

    /// Nouns of events that an organization hosts for an audience from elsewhere: after `told a Y`, Y is the host,
    /// not the listener (`told a Nikkei conference on Tokyo financial markets`).
    package static let hostedEventNouns: Set<String> = [
        "conference", "conferences", "seminar", "seminars", "symposium", "forum", "colloquium", "workshop",
    ]

    /// Lowercase name particles (`Justitia et Pax`, `Banco de Bilbao`, `Fichtel und Sachs`): a mention right after
    /// one, itself after a capitalized word or a name, is the tail of a longer name.
    package static let nameParticles: Set<String> = [
        "de", "du", "des", "del", "della", "di", "da", "dos", "das", "von", "van", "der", "den", "la", "le", "und",
        "et", "y",
    ]

    /// Possessive pronouns: what follows one is a thing owned, not a person named with their organization.
    package static let possessivePronouns: Set<String> = ["its", "their", "his", "her", "our", "your", "my"]

    /// Company designators: an organization mention that is only one of these is a cut name (`Co`, `Ltd`).
    package static let designators: Set<String> = [
        "co", "co.", "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "plc", "cos", "cos.", "llc", "ag", "sa", "nv",
        "group", "bank", "ministry", "department", "commission", "board", "council", "committee", "agency",
    ]

    /// Capitalized words that stand before a name as a title or descriptor, not as part of it.
    package static let titles: Set<String> = [
        "minister", "secretary", "president", "chancellor", "premier", "governor", "senator", "sen", "rep", "mr",
        "mrs", "ms", "dr", "gen", "general", "king", "queen", "prince", "sheikh", "pope", "judge", "mayor", "speaker",
        "ambassador", "envoy", "representative", "chairman", "director", "treasurer", "commissioner", "north",
        "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower", "greater",
        "new", "rival", "parent", "unit", "subsidiary", "affiliate", "company", "firm", "group",
    ]
}
