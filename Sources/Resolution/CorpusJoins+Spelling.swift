import NewsGraphCore

/// Names that are one name spelt another way: with other full stops or commas ("St. Louis" / "St Louis", "N.Y." /
/// "NY"), or with or without a company's legal form ("General Motors" / "General Motors Corp" / "General Motors
/// Corporation", "Goldman, Sachs and Co" / "Goldman Sachs").
extension CorpusJoins {
    /// Reason of a name joined to one that differs from it only in full stops and commas.
    public static let punctuationReason = "identity.punctuation"
    /// Reason of a company name joined to the same name with another legal form, or none.
    public static let legalFormReason = "identity.legal-form"
    /// Reasons of joins that only respell a name: a town named by one of them keeps its qualified names with it.
    public static let spellingReasons: Set<String> = [punctuationReason, legalFormReason]

    /// One identity key of a group of spellings.
    struct Spelling {
        var key: String
        var spelling: String
        var family: NameVariants.LegalFamily?
        var info: KeyInfo

        /// The key's best-written form.
        var shown: String {
            EntityNaming.best(info.forms.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }) ?? key
        }
    }

    /// Joins the keys of the store that are one name spelt differently, each group into its best-written form
    /// (`EntityNaming.bestSpelling`, so the entity's name is the form a reader expects and its key that form's key):
    ///
    /// - Full stops and commas never tell two names apart ("Goldman, Sachs and Co" is "Goldman Sachs and Co"), except
    ///   initials written with full stops against a word ("V.A." is not "Va", Virginia; "T.E.A.M." is not "Team").
    /// - A legal form ("Inc", "Corp", "Co", "Ltd", "Plc", "and Co", "AG", ...) joins names of one kind of form: "Texaco
    ///   Inc" is "Texaco Inc.", "Boeing Co" is "Boeing Company", "Merrill Lynch and Co Inc" is "Merrill Lynch and Co".
    ///   Two kinds after one name are two companies ("General Electric Co" in the US and "General Electric Co Plc",
    ///   the British GEC), so each kind is its own entity.
    /// - The name without a legal form ("General Motors") joins the kind of form that carries at least 3 in 4 of the
    ///   legal-form mentions, when it is a company's name: an organization by the store's kind vote in 3 of 4
    ///   mentions, never named with a title, a role or an age, and not a well-known institution known by that name
    ///   alone ("Treasury" is not "TREASURY CORP").
    ///
    /// Keys already joined or kept apart by another rule (an acronym, a surname, a homonym town) and the qualified
    /// names of towns ("Canton (Ohio)", which follow their town) are left out. A pure function of the keys' forms,
    /// mentions and votes, so ingest order cannot change it.
    ///
    /// A group with a key named by curation (`pinned`) joins into that key instead, so the decision keeps its entity.
    mutating func addSpellingVariants(_ keys: [String: KeyInfo], pinned: Set<String> = []) {
        var groups: [String: [Spelling]] = [:]
        for (key, info) in keys where joins[key] == nil {
            guard !info.forms.keys.contains(where: { PlaceQualifier.parse($0) != nil }) else { continue }
            let spelling = NameVariants.spelling(ofKey: key)
            let legal = NameVariants.legalForm(ofSpelling: spelling)
            groups[legal?.base ?? spelling, default: []].append(
                Spelling(key: key, spelling: spelling, family: legal?.family, info: info))
        }
        for group in groups.values where group.count > 1 {
            var byFamily: [NameVariants.LegalFamily: [Spelling]] = [:]
            var bare: [Spelling] = []
            for member in group.sorted(by: { $0.key < $1.key }) {
                if let family = member.family {
                    byFamily[family, default: []].append(member)
                } else {
                    bare.append(member)
                }
            }
            let mentions = byFamily.mapValues { $0.reduce(0) { $0 + $1.info.mentions } }
            let legalMentions = mentions.values.reduce(0, +)
            let dominant = mentions.max { ($0.value, $1.key) < ($1.value, $0.key) }
            var units: [[Spelling]] = []
            var joinsBare: NameVariants.LegalFamily?
            if let dominant, !bare.isEmpty, Double(dominant.value) >= CorpusJoins.agreement * Double(legalMentions),
                CorpusJoins.isCompanyName(bare)
            {
                joinsBare = dominant.key
            }
            if !bare.isEmpty { units.append(bare + (joinsBare.flatMap { byFamily[$0] } ?? [])) }
            for (family, members) in byFamily.sorted(by: { $0.key < $1.key }) where family != joinsBare {
                units.append(members)
            }
            for (n, unit) in units.enumerated() where unit.count > 1 {
                var others: [Spelling] = []
                for (m, other) in units.enumerated() where m != n { others += other }
                addSpellingJoins(unit, apart: others, pinned: pinned)
            }
        }
    }

    /// Joins every key of `unit` into the key of its best-written form, unless it writes initials where that form
    /// writes a word; `apart` are the group's keys left apart (another kind of legal form), named in the detail.
    private mutating func addSpellingJoins(_ unit: [Spelling], apart: [Spelling], pinned: Set<String>) {
        var forms: [String: Int] = [:]
        let curated = unit.filter { pinned.contains($0.key) }
        for member in curated.isEmpty ? unit : curated { forms.merge(member.info.forms, uniquingKeysWith: +) }
        guard let best = EntityNaming.bestSpelling(forms.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }),
            let into = unit.first(where: { $0.key == NameVariants.key(best) })
        else { return }
        // The target key's own best form (a listed variant's canonical name is one), so the name keys the target.
        let target = into.key
        let name = into.shown
        let legalForms = unit.filter { $0.family != nil }.map(\.info.mentions).reduce(0, +)
        var others = ""
        if !apart.isEmpty {
            let listed = apart.filter { $0.family != nil }.sorted {
                ($1.info.mentions, $0.key) < ($0.info.mentions, $1.key)
            }
            .prefix(3).map { "\($0.shown) (\($0.info.mentions))" }
            if !listed.isEmpty {
                others = "; another kind of legal form is another company: " + listed.joined(separator: ", ")
            }
        }
        for member in unit where member.key != target {
            let shown = member.shown
            guard !member.info.forms.keys.contains(where: { NameVariants.initialsClash($0, name) }) else { continue }
            if member.spelling == into.spelling {
                joins[member.key] = Join(
                    target: target, name: name, reason: CorpusJoins.punctuationReason,
                    detail: "\(shown) is \(name) written with other full stops or commas")
            } else {
                joins[member.key] = Join(
                    target: target, name: name, reason: CorpusJoins.legalFormReason,
                    detail:
                        "\(shown) is \(name) with or without its legal form (\(legalForms) mention"
                        + "\(legalForms == 1 ? "" : "s") with one kind of legal form)" + others)
            }
        }
    }

    /// Whether names written without a legal form are a company's: an organization by the store's kind vote in 3 of 4
    /// of their mentions, never named with a title, a role or an age, and no well-known institution known by that
    /// name alone ("Treasury").
    static func isCompanyName(_ bare: [Spelling]) -> Bool {
        var organization = 0
        var total = 0
        for member in bare {
            if member.info.personCue { return false }
            if member.info.forms.keys.contains(where: NameVariants.isWellKnownInstitution) { return false }
            total += member.info.mentions
            if member.info.vote.winner == .organization { organization += member.info.mentions }
        }
        return total > 0 && Double(organization) >= agreement * Double(total)
    }
}
