import NewsGraphCore
import NewsGraphExtraction

/// Joins learned from the whole store rather than one article: an acronym defined in the text joins its definition
/// everywhere, and a lone surname joins the only full name in the store that ends with it.
///
/// In: every extracted name with the kind and rule that typed it and its mention count (`NameStat`), and every
/// acronym definition found in an article ("the European Community (EC)"). Out: joins from one identity key to
/// another, each with its reason and the evidence behind it, and the short names left alone because several people
/// carry them (`ambiguous`, listed by `audit`). A pure function of its inputs: ingest order cannot change it.
///
/// ```swift
/// let joins = CorpusJoins.compute(names: stats, definitions: defs)
/// joins.joins["ec"]?.target == "european community"
/// ```
public struct CorpusJoins: Sendable, Equatable {
    /// One extracted name, typed `kind` by `rule` in `mentions` mentions (confidence summed).
    public struct NameStat: Sendable, Equatable {
        public var name: String
        public var kind: EntityKind
        public var rule: String
        public var mentions: Int
        public var confidence: Double

        public init(name: String, kind: EntityKind, rule: String, mentions: Int, confidence: Double) {
            self.name = name
            self.kind = kind
            self.rule = rule
            self.mentions = mentions
            self.confidence = confidence
        }
    }

    /// "the European Community (EC)" in article `source`.
    public struct Definition: Sendable, Equatable {
        public var acronym: String
        public var name: String
        public var source: String

        public init(acronym: String, name: String, source: String) {
            self.acronym = acronym
            self.name = name
            self.source = source
        }
    }

    /// A join from one key to another, or (with an empty `target`) a short name left alone on purpose.
    public struct Join: Sendable, Equatable {
        public var target: String
        /// The target's name as written, for display.
        public var name: String
        /// `identity.acronym-defined`, `identity.surname`, or `identity.ambiguous`.
        public var reason: String
        /// The evidence: the defining articles, or the full name and why it is the only one.
        public var detail: String

        public init(target: String, name: String, reason: String, detail: String) {
            self.target = target
            self.name = name
            self.reason = reason
            self.detail = detail
        }
    }

    /// Source key -> join (including `identity.ambiguous` entries, whose target is empty).
    public var joins: [String: Join] = [:]

    public init(joins: [String: Join] = [:]) {
        self.joins = joins
    }

    /// What the store says about one identity key: the kind vote, the forms seen with their mentions.
    struct KeyInfo {
        var vote = KindVote()
        var forms: [String: Int] = [:]
        var mentions = 0
        /// A title, role or age cue typed one of its mentions.
        var personCue = false
    }

    /// Joins that move mentions (ambiguous entries left out).
    public var effective: [String: Join] { joins.filter { !$0.value.target.isEmpty } }

    /// Rules that say a name is a person's: a title, a role, an age.
    static let personCues = [".title-cue", ".role-cue", ".age-cue"]

    /// Share of an acronym's definitions that must agree before it joins everywhere.
    static let agreement = 0.75

    /// Articles in which the resolver joined a lone surname to a full name present there ("Funaro" -> "Dilson Funaro").
    public struct ShortForm: Sendable, Equatable {
        public var short: String
        public var full: String
        public var articles: Int

        public init(short: String, full: String, articles: Int) {
            self.short = short
            self.full = full
            self.articles = articles
        }
    }

    /// Articles that must have used a lone surname for a full name before it joins that name everywhere.
    static let shortFormArticles = 2

    /// Words that join the parts of an organization's or a treaty's name, never of a person's ("Agreement on Tariffs
    /// and Trade"); particles such as "de" or "van" are not among them.
    static let nameConnectors: Set<String> = ["and", "of", "on", "for", "the", "&"]

    /// - Parameter loneArticles: for each one-word person name as written, the articles where it occurs without being
    ///   joined to a full name of the same article. A lone surname joins the only full name ending in it when more
    ///   articles join it to that name in their text than use it alone: "King Baudouin" (two articles, never beside a
    ///   full name) is not "Denis Baudouin" (two articles).
    /// - Parameter initials: acronyms the resolver joined by initials alone to an organization of the same article
    ///   ("AMC" -> "American Motors Corp"): they count against a definition that names another organization, so one
    ///   article defining AMC as Amalgamated Metal Corporation does not take AMC from the 24 that mean American Motors.
    /// - Parameter pinned: identity keys named by curation decisions: a group of spellings joins into its pinned key
    ///   rather than its best-written form (`addSpellingVariants`), so a decision keeps naming the entity as more
    ///   articles change which form is commonest.
    public static func compute(
        names: [NameStat], definitions: [Definition], shortForms: [ShortForm] = [], loneArticles: [String: Int] = [:],
        initials: [Definition] = [], pinned: Set<String> = []
    ) -> CorpusJoins {
        var keys: [String: KeyInfo] = [:]
        var keyOf: [String: String] = [:]
        for stat in names {
            let key = keyOf[stat.name] ?? NameVariants.key(stat.name)
            keyOf[stat.name] = key
            var info = keys[key] ?? KeyInfo()
            info.vote.add(kind: stat.kind, rule: stat.rule, mentions: stat.mentions, confidence: stat.confidence)
            info.forms[stat.name, default: 0] += stat.mentions
            info.mentions += stat.mentions
            if stat.kind == .person && CorpusJoins.personCues.contains(where: stat.rule.hasSuffix) {
                info.personCue = true
            }
            keys[key] = info
        }
        func display(_ key: String) -> String {
            guard let forms = keys[key]?.forms else { return key }
            return EntityNaming.best(forms.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }) ?? key
        }
        var result = CorpusJoins()

        // Acronyms defined in the text: the definition most articles agree on, when at least 3 in 4 agree.
        var byAcronym: [String: [String: [String]]] = [:]
        for definition in definitions {
            let acronym = NameVariants.key(definition.acronym)
            let target = NameVariants.key(definition.name)
            guard acronym != target else { continue }
            byAcronym[acronym, default: [:]][target, default: []].append(definition.source)
        }
        var byInitials: [String: [String: Int]] = [:]
        for join in initials {
            byInitials[NameVariants.key(join.acronym), default: [:]][NameVariants.key(join.name), default: 0] += 1
        }
        for (acronym, targets) in byAcronym {
            let total = targets.values.reduce(0) { $0 + $1.count }
            guard
                let (target, sources) = targets.max(by: {
                    ($0.value.count, $1.key) < ($1.value.count, $0.key)
                }), Double(sources.count) >= agreement * Double(total)
            else { continue }
            let guessed = byInitials[acronym] ?? [:]
            let guessedTotal = guessed.values.reduce(0, +)
            let support = sources.count + guessed[target, default: 0]
            guard Double(support) >= agreement * Double(total + guessedTotal) else { continue }
            // The acronym's own mentions may say it is another kind of thing: "Md" in "BALTIMORE, Md." is a place,
            // not the McDonnell Douglas Corp one article abbreviates "MD".
            if let own = keys[acronym]?.vote, let kind = own.winner, let tally = own.tallies[kind],
                tally.strong + tally.kindEvidence > 0, let targetKind = keys[target]?.vote.winner, targetKind != kind
            {
                continue
            }
            let name = display(target)
            let example = sources.min() ?? ""
            var detail = "defined as \(name) in \(sources.count) of \(total) defining articles, e.g. \(example)"
            if guessedTotal > 0 {
                detail += "; \(guessed[target, default: 0]) of \(guessedTotal) articles joining it by initials agree"
            }
            result.joins[acronym] = Join(
                target: target, name: name, reason: "identity.acronym-defined", detail: detail)
        }

        // Lone surnames: a one-word person name joins the only full person name ending in it.
        var fullNamesByLast: [String: Set<String>] = [:]
        for (key, info) in keys where info.vote.winner == .person {
            let words = key.split(separator: " ")
            guard words.count >= 2, let last = words.last else { continue }
            // A person for sure: written in mixed case, and named with a title, a role or an age somewhere in the
            // store ("Finance Minister Dilson Funaro"), not only by a given name ("German Roland" is a company).
            guard info.forms.keys.contains(where: EntityNaming.hasLowercase), info.personCue,
                !words.contains(where: { nameConnectors.contains(String($0)) })
            else { continue }
            fullNamesByLast[String(last), default: []].insert(key)
        }
        // How many articles used each lone surname for each full name: the store's evidence that they are one person.
        var used: [String: [String: Int]] = [:]
        for form in shortForms {
            used[NameVariants.key(form.short), default: [:]][NameVariants.key(form.full), default: 0] += form.articles
        }
        var lone: [String: Int] = [:]
        for (name, articles) in loneArticles { lone[keyOf[name] ?? NameVariants.key(name), default: 0] += articles }
        for (key, info) in keys where result.joins[key] == nil && info.vote.winner == .person {
            guard !key.contains(" "), let fulls = fullNamesByLast[key] else { continue }
            // A name never written in mixed case is an acronym or a headline word, not a surname; a common word or an
            // organization's or place's head word is not one either (the resolver's rule in one article).
            guard info.forms.keys.contains(where: EntityNaming.hasLowercase),
                !info.forms.keys.contains(where: standardNameWord)
            else { continue }
            if fulls.count == 1, let full = fulls.first {
                let articles = used[key]?[full] ?? 0
                guard articles >= shortFormArticles else { continue }
                let alone = lone[key] ?? 0
                guard articles > alone else {
                    let name = display(full)
                    result.joins[key] = Join(
                        target: "", name: "", reason: "identity.ambiguous",
                        detail:
                            "\(articles) articles call \(name) \(display(key)), but \(alone) use \(display(key)) with no full "
                            + "name: not enough to say they are one person")
                    continue
                }
                let name = display(full)
                result.joins[key] = Join(
                    target: full, name: name, reason: "identity.surname",
                    detail:
                        "\(name) is the only full name in the store ending in \(display(key)), and \(articles) articles call "
                        + "\(name) \(display(key))")
            } else {
                let names = fulls.map(display).sorted()
                result.joins[key] = Join(
                    target: "", name: "", reason: "identity.ambiguous",
                    detail: "could be any of \(names.count): " + names.prefix(5).joined(separator: ", "))
            }
        }
        result.addHomonymPlaces(names)
        result.addSpellingVariants(keys, pinned: pinned)

        // Follow chains (an acronym defined by a name that is itself joined) to their end, at most a few steps.
        for (key, join) in result.joins where !join.target.isEmpty {
            var target = join
            var steps = 0
            while let next = result.joins[target.target], !next.target.isEmpty, next.target != key, steps < 4 {
                target = Join(target: next.target, name: next.name, reason: join.reason, detail: join.detail)
                steps += 1
            }
            result.joins[key] = target
        }
        return result
    }

    /// The reason of a town the corpus names with several qualifiers: its qualified names stay apart.
    public static let homonymReason = "identity.homonym"

    /// Keys of towns whose qualified names stay apart ("canton": "Canton (Massachusetts)" is not "Canton (Ohio)").
    public var homonyms: Set<String> {
        Set(joins.filter { $0.value.reason == CorpusJoins.homonymReason }.keys)
    }

    /// Marks the towns named with more than one qualifier ("CANTON, Mass." and "Canton, Ohio"), a bare dateline
    /// counting as one ("SAN JOSE, March 5" is not "SAN JOSE, Calif."), unless the corpus uses the town alone as a
    /// dateline at least as often as qualified: a newswire qualifies only towns its readers may not know, so "LONDON,
    /// March 3" says London is the well-known one and "London, Ont." a rare other use that joins it as before, while
    /// one "MADISON, Oct 20" among eight qualified Madisons does not. A town named
    /// with one qualifier only joins its unqualified mentions as well (the store then has one Springfield).
    mutating func addHomonymPlaces(_ names: [NameStat]) {
        var qualifiers: [String: [String: Int]] = [:]
        var shown: [String: String] = [:]
        var towns: [String: [String: Int]] = [:]
        var alone: [String: Int] = [:]
        for stat in names where stat.kind == .place {
            if let (town, qualifier) = PlaceQualifier.parse(stat.name) {
                let key = NameVariants.key(town)
                let qualifierKey = NameVariants.key(qualifier)
                qualifiers[key, default: [:]][qualifierKey, default: 0] += stat.mentions
                if shown[qualifierKey].map({ EntityNaming.isBetter((qualifier, 1), than: ($0, 1)) }) ?? true {
                    shown[qualifierKey] = qualifier
                }
                towns[key, default: [:]][town, default: 0] += stat.mentions
            } else if stat.rule.hasSuffix(".dateline") {
                alone[NameVariants.key(stat.name), default: 0] += stat.mentions
            }
        }
        for (key, byQualifier) in qualifiers {
            // A bare dateline is one more way of naming the town: "SAN JOSE, March 5" (Costa Rica) beside 36 "SAN
            // JOSE, Calif." is a second San Jose.
            let bare = alone[key, default: 0]
            guard joins[key] == nil, byQualifier.count + (bare > 0 ? 1 : 0) >= 2,
                bare < byQualifier.values.reduce(0, +)
            else { continue }
            let town = EntityNaming.best(towns[key, default: [:]].sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
            let listed = byQualifier.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
                .map { "\(shown[$0.key] ?? $0.key) (\($0.value) mention\($0.value == 1 ? "" : "s"))" }
            let alsoBare = bare > 0 ? " and alone as a dateline (\(bare) mention\(bare == 1 ? "" : "s"))" : ""
            joins[key] = Join(
                target: "", name: "", reason: CorpusJoins.homonymReason,
                detail:
                    "\(town ?? key) is written with \(listed.count) different state\(listed.count == 1 ? "" : "s") or "
                    + "countries: " + listed.prefix(5).joined(separator: ", ") + alsoBare + "; each is its own place")
        }
    }

    /// Whether `word` is a common word or an organization or place head word in the standard gazetteers.
    public static func standardNameWord(_ word: String) -> Bool {
        guard case .success(let gazetteer) = Gazetteer.standard else { return false }
        return gazetteer.contains(word, [.common, .orgLast, .orgFirst, .placeLast, .placeFirst])
    }

    /// Whether `word` is in the standard surname gazetteer.
    public static func standardSurname(_ word: String) -> Bool {
        guard case .success(let gazetteer) = Gazetteer.standard else { return false }
        return gazetteer.contains(word, .surname)
    }

    /// Whether `word` is in the standard given-name gazetteer.
    public static func standardGivenName(_ word: String) -> Bool {
        guard case .success(let gazetteer) = Gazetteer.standard else { return false }
        return gazetteer.contains(word, .givenName)
    }
}
