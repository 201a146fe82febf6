import NewsGraphCore

/// Where places and organizations are: `located-in` and `capital-of`, directed from the contained to the container.
///
/// - `location.in`: `Urumqi in Xinjiang`, `Atajurt in Kazakhstan` (place or organization in a place)
/// - `location.based-in`: `Atajurt, based in Almaty`, `headquartered in`, `located in`
/// - `location.possessive`: `the Xinjiang region's Urumqi`, `China's Xinjiang`
/// - `capital.appositive`: `Urumqi, capital of the Xinjiang region`, `Urumqi, the regional capital of Xinjiang`
/// - `capital.possessive`: `Xinjiang's capital Urumqi`, `the Xinjiang region's capital, Urumqi`
/// - `capital.copula`: `Urumqi is the capital of Xinjiang`, `Phoenix is the capital of the state of Arizona`
package struct LocationPatterns: SentencePattern {
    package static let locatedIn = "located-in"
    package static let capitalOf = "capital-of"
    package static let inPlace = "location.in"
    package static let basedIn = "location.based-in"
    package static let possessive = "location.possessive"
    package static let capitalAppositive = "capital.appositive"
    package static let capitalPossessive = "capital.possessive"
    package static let capitalCopula = "capital.copula"
    package static let rules = [inPlace, basedIn, possessive, capitalAppositive, capitalPossessive, capitalCopula]

    /// Every rule has a place mention as the container or the capital's country.
    package static let requiredKinds: [EntityKinds] = [.place]

    package func matches(in view: SentenceView, into matches: inout [PatternMatch]) {
        for i in 0..<view.count {
            if let located = view.mention(at: i, [.place, .organization]) {
                // An organization may be followed by its kind: `the Atajurt group in Almaty`.
                let n =
                    located.kind == .organization && view.isWord(i + 1, .nounsAfterOrganization)
                    ? i + 2 : i + 1
                // location.in: X in [the] Y, unless X is the object of `by`, `with`, ... (`investment by China in Kazakhstan`).
                if view.isWord(n, "in"), !view.isWord(i - 1, .locationBlockers),
                    !LocationPatterns.isElsewhere(view, located: i)
                {
                    let y = view.skippingDeterminers(from: n + 1)
                    if let place = LocationPatterns.container(in: view, at: y) {
                        matches.append(
                            PatternMatch(
                                source: located, target: place, kind: LocationPatterns.locatedIn,
                                rule: LocationPatterns.inPlace, sentence: view.sentence,
                                range: view.span(i, y)))
                    }
                }
                // location.based-in: X [,] based in [the] Y
                let b = view.isWord(n, ",") ? n + 1 : n
                if view.isWord(b, .placementParticiples), view.isWord(b + 1, "in") {
                    let y = view.skippingDeterminers(from: b + 2)
                    if let place = view.mention(at: y, [.place]) {
                        matches.append(
                            PatternMatch(
                                source: located, target: place, kind: LocationPatterns.locatedIn,
                                rule: LocationPatterns.basedIn, sentence: view.sentence,
                                range: view.span(i, y)))
                    }
                }
            }
            // capital.appositive: X , [the] [regional] capital [city] of [the] Y
            // capital.copula: X is/was/became [the] [regional] capital [city] of [the] [state of] Y
            if let city = view.mention(at: i, [.place]) {
                var rule: String? = nil
                var start = i + 1
                if view.isWord(i + 1, ",") {
                    rule = LocationPatterns.capitalAppositive
                    start = i + 2
                } else if view.isWord(i + 1, in: LocationPatterns.capitalCopulas) {
                    rule = LocationPatterns.capitalCopula
                    start = i + 2
                }
                if let rule,
                    let y = LocationPatterns.capitalOf(
                        in: view, at: start, allowingRegion: rule == LocationPatterns.capitalCopula),
                    let place = view.mention(at: y, [.place])
                {
                    matches.append(
                        PatternMatch(
                            source: city, target: place, kind: LocationPatterns.capitalOf,
                            rule: rule, sentence: view.sentence, range: view.span(i, y)))
                }
            }
            // Y [region] 's ... : capital.possessive or location.possessive
            if let place = view.mention(at: i, [.place]) {
                var j = i + 1
                while j < i + 3, view.isWord(j, .regionNouns) { j += 1 }
                guard view.isWord(j, "'s") else { continue }
                j += 1
                if let located = view.mention(at: j, [.place, .organization]) {
                    // `Turkey's NATO allies`: the possessive modifies the noun after the name, not the name.
                    // `China's U.N. Representative`: an envoy of the place to the organization, which is not in it.
                    guard LocationPatterns.endsPossessed(view, at: j + 1), !view.isCutName(at: i),
                        !view.isWord(j + 1, in: RelationVocabulary.envoyNouns),
                        !LocationPatterns.isCoordination(view, at: j)
                    else { continue }
                    matches.append(
                        PatternMatch(
                            source: located, target: place, kind: LocationPatterns.locatedIn,
                            rule: LocationPatterns.possessive, sentence: view.sentence,
                            range: view.span(i, j)))
                    continue
                }
                if view.isWord(j, .capitalModifiers) { j += 1 }
                guard view.isWord(j, "capital") else { continue }
                j += 1
                if view.isWord(j, "city") { j += 1 }
                if view.isWord(j, ",") { j += 1 }
                if let city = view.mention(at: j, [.place]) {
                    matches.append(
                        PatternMatch(
                            source: city, target: place, kind: LocationPatterns.capitalOf,
                            rule: LocationPatterns.capitalPossessive, sentence: view.sentence,
                            range: view.span(i, j)))
                }
            }
        }
    }

    package static let capitalCopulas: Set<String> = ["is", "was", "became", "remains", "remained"]

    /// Nouns a place name may modify (`the Baltic port of Gdansk`, `the Japanese market`): then it is not the container.
    package static let modifiedNouns: Set<String> = [
        "port", "ports", "coast", "border", "sector", "division", "unit", "subsidiary", "branch", "government",
        "authorities", "market", "markets", "embassy", "plant", "field", "fields", "operations", "office", "offices",
        "dollars", "dollar", "dlrs", "dlr", "currency", "terms", "prices", "franc", "francs", "yen", "marks",
    ]

    /// True when the `in Y` after the mention at `located` says where something else is or happened: the mention
    /// is the object of a verb of telling or visiting (`told Reuters in Kuala Lumpur`), the member of an event
    /// (`a meeting of GEPLACEA in Brazil`), beside a place (`off Louisiana in the Gulf`), or the tail of a name cut
    /// short (`Savings & Loan Association in`, `Farm Corp of America in`, `Foreign Ministry in`).
    package static func isElsewhere(_ view: SentenceView, located mention: Int) -> Bool {
        if view.isCutName(at: mention) { return true }
        // `a meeting of the Minerals Research Organisation in`: look past the article.
        var i = mention
        while view.isWord(i - 1, .determiners) { i -= 1 }
        if view.isWord(i - 1, in: RelationVocabulary.eventBlockers) { return true }
        // `talks on Afghanistan in Geneva`; `acquired from X and Texas Petroleum Corp in Canada` (the `in` may
        // belong to the whole coordination).
        if view.isWord(i - 1, in: ["on", "about", "over", "for"]), view.isWord(i - 2, in: RelationVocabulary.eventNouns)
        {
            return true
        }
        if view.isWord(i - 1, "and") || view.isWord(i - 1, "or") { return true }
        if LocationPatterns.isCoordination(view, at: mention) { return true }
        // `the [Program] for [Appropriate Technology] in [Health]`: an organization or a capitalized word inside the
        // sentence, then `for` right before the mention: the mention is the middle of a longer name.
        if i == mention, view.isWord(i - 1, "for"), i >= 3,
            view.mention(at: i - 2, [.organization]) != nil
                || (!view.items[i - 2].isMention && view.items[i - 2].isCapitalized)
        {
            return true
        }
        guard view.isWord(i - 1, "of") else { return false }
        return view.isWord(i - 2, in: RelationVocabulary.eventNouns)
            || view.mention(at: i - 2, [.organization, .person]) != nil
            || (i == mention && i >= 2 && !view.items[i - 2].isMention && view.items[i - 2].isCapitalized)
    }

    /// True when the place mention at `i` holds two places run together (`Alaska's [Prudhoe Bay and the North Sea]`):
    /// `and the` inside a name joins two names, which neither end of `located-in` may be.
    package static func isCoordination(_ view: SentenceView, at i: Int) -> Bool {
        view.items[i].kind == .place && view.items[i].text.contains(" and the ")
    }

    /// True when item `i`, right after the possessed name of `Y's X`, ends the noun phrase: punctuation, the end
    /// of the sentence, a region noun, a role word, or a function word or verb (`possessiveFollowers`).
    package static func endsPossessed(_ view: SentenceView, at i: Int) -> Bool {
        guard i < view.count else { return true }
        let item = view.items[i]
        return item.isPunctuation || item.isMention || view.isWord(i, .regionNouns) || view.isWord(i, .roles)
            || view.isWord(i, in: RelationVocabulary.possessiveFollowers)
    }

    /// For `[the] [regional] capital [city] of [the] [state of] Y` at `i`, the index of `Y`.
    package static func capitalOf(in view: SentenceView, at i: Int, allowingRegion: Bool) -> Int? {
        var j = view.skippingDeterminers(from: i)
        if view.isWord(j, .capitalModifiers) { j += 1 }
        guard view.isWord(j, "capital") else { return nil }
        j += 1
        if view.isWord(j, "city") { j += 1 }
        guard view.isWord(j, "of") else { return nil }
        j = view.skippingDeterminers(from: j + 1)
        // `the capital of the state of Arizona`, `the capital of the province Britannia Inferior`
        if allowingRegion, view.isWord(j, .regionNouns) {
            j += 1
            if view.isWord(j, "of") { j += 1 }
        }
        return j
    }

    /// The place at `y` when it contains what precedes `in`: not the possessor of something else (`in China's Xinjiang`).
    package static func container(in view: SentenceView, at y: Int) -> Mention? {
        // `in the Baltic port of Gdansk`: the place names a kind of port, it does not contain what went before.
        guard let place = view.mention(at: y, [.place]), !view.isWord(y + 1, "'s"),
            !view.isWord(y + 1, in: LocationPatterns.modifiedNouns)
        else { return nil }
        return place
    }
}
