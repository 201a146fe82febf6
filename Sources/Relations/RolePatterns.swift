/// Role and affiliation of a person in an organization: `affiliated-with`, person -> organization, labelled with the role.
///
/// - `role.appositive`: `Serikzhan Bilash, director of Atajurt` (also `for`, `at`: `a spokesperson for Y`)
/// - `role.possessive`: `Atajurt's director Serikzhan Bilash`, `Atajurt’s founder, Serikzhan Bilash`
/// - `role.title-before`: `the director of Atajurt, Serikzhan Bilash`
/// - `role.attributive`: `Atajurt director Serikzhan Bilash`, `Amnesty International researcher Ann Lee`
/// - `role.of`: `Serikzhan Bilash of Atajurt` (no label)
package struct RolePatterns: SentencePattern {
    package static let kind = "affiliated-with"
    package static let appositive = "role.appositive"
    package static let possessive = "role.possessive"
    package static let titleBefore = "role.title-before"
    package static let attributive = "role.attributive"
    package static let of = "role.of"
    package static let rules = [appositive, possessive, titleBefore, attributive, of]

    /// Every rule links a person mention to an organization mention.
    package static let requiredKinds: [EntityKinds] = [.person, .organization]

    package func matches(in view: SentenceView, into matches: inout [PatternMatch]) {
        for i in 0..<view.count {
            if let person = view.mention(at: i, [.person]) {
                // role.appositive: P , [the] ROLE of [the] O
                if let a = view.appositive(after: i),
                    let phrase = RolePatterns.phrase(in: view, at: view.skippingDeterminers(from: a)),
                    view.isWord(phrase.next, .rolePrepositions)
                {
                    let o = view.skippingDeterminers(from: phrase.next + 1)
                    if let organization = view.mention(at: o, [.organization]) {
                        matches.append(
                            PatternMatch(
                                source: person, target: organization, kind: RolePatterns.kind,
                                rule: RolePatterns.appositive, label: phrase.label,
                                sentence: view.sentence, range: view.span(i, o)))
                    }
                }
                // role.of: P of [the] O, unless the "person" is a bare title (`Chair of the Judiciary Committee`),
                // possessed or after `the`, which a person named with their organization never is (a piece of a
                // name: `Children's [Discovery Centers] of [America Inc]`, `its [Ogden Martin System] of [Berks Inc]
                // unit`, `the [States] of [Malaya Chamber of Mines]`), or already named with an organization before
                // (`Janney Montgomery analyst [X] of [TWA]'s sale`: of what they spoke).
                if view.isWord(i + 1, "of"), !RelationVocabulary.roles.contains(view.items[i].text),
                    !view.isWord(i - 1, "'s"), !view.isWord(i - 1, in: RelationVocabulary.possessivePronouns),
                    !view.isWord(i - 1, "the"), !RolePatterns.followsAttributiveRole(view, i)
                {
                    let o = view.skippingDeterminers(from: i + 2)
                    if let organization = view.mention(at: o, [.organization]), !RolePatterns.goesOn(view, o) {
                        matches.append(
                            PatternMatch(
                                source: person, target: organization, kind: RolePatterns.kind,
                                rule: RolePatterns.of, sentence: view.sentence, range: view.span(i, o)))
                    }
                }
            }
            if let organization = view.mention(at: i, [.organization]), !RolePatterns.isCutOrganization(view, at: i) {
                // role.possessive: O 's ROLE [,] P
                let possessive = view.isWord(i + 1, "'s")
                if let phrase = RolePatterns.phrase(in: view, at: possessive ? i + 2 : i + 1) {
                    // role.attributive: O ROLE P (no comma: `Atajurt director, Bilash` is a list)
                    let p = possessive && view.isWord(phrase.next, ",") ? phrase.next + 1 : phrase.next
                    if let person = view.mention(at: p, [.person]) {
                        matches.append(
                            PatternMatch(
                                source: person, target: organization, kind: RolePatterns.kind,
                                rule: possessive ? RolePatterns.possessive : RolePatterns.attributive,
                                label: phrase.label, sentence: view.sentence, range: view.span(i, p)))
                    }
                }
            }
            // role.title-before: [the] ROLE of [the] O [,] P, where the phrase is not an appositive of an earlier person.
            if !view.items[i].isMention, !RolePatterns.continuesPhrase(view, i),
                let phrase = RolePatterns.phrase(in: view, at: i),
                view.isWord(phrase.next, .rolePrepositions)
            {
                let o = view.skippingDeterminers(from: phrase.next + 1)
                // The comma is required: `a spokesman for J.P. Morgan and Co` has no person after the name.
                let p = o + 2
                var before = i - 1
                while view.isWord(before, .determiners) { before -= 1 }
                let isAppositive = view.isWord(before, ",") && view.mention(at: before - 1, [.person]) != nil
                // The person must have a full name: a one-word "person" there is the organization's acronym
                // (`a spokesman for the Foreign Trade Department, Cacex,`) or a piece of a firm name (`a managing
                // director of Merrill Lynch, Pierce, Fenner and Smith`).
                if !isAppositive, view.isWord(o + 1, ","), let organization = view.mention(at: o, [.organization]),
                    let person = view.mention(at: p, [.person]), person.text.contains(" ")
                {
                    matches.append(
                        PatternMatch(
                            source: person, target: organization, kind: RolePatterns.kind,
                            rule: RolePatterns.titleBefore, label: phrase.label,
                            sentence: view.sentence, range: view.span(i, p)))
                }
            }
        }
    }

    /// True when the organization mention at `i` is a piece of a longer name: a bare designator or generic head
    /// (`Co analyst`, `Ministry spokesman`), after a capitalized word (`Foreign Ministry`, `First National Bank`) or
    /// after `)`, `&` (`Jardine Fleming (Securities) Ltd analyst`).
    package static func isCutOrganization(_ view: SentenceView, at i: Int) -> Bool {
        if RelationVocabulary.designators.contains(view.items[i].text) { return true }
        return view.isCutName(at: i) || view.isWord(i - 1, ")") || view.isWord(i - 1, "&")
    }

    /// True when the person at `p` follows `NAME ROLE` (`Brown Smith analyst X`, `[Merrill Lynch] analyst X`):
    /// the attributive phrase already names their organization.
    package static func followsAttributiveRole(_ view: SentenceView, _ p: Int) -> Bool {
        // A capitalized role word is a title or opens a sentence the splitter missed (`Group Inc. Analyst X of`).
        guard view.isWord(p - 1, .roles), !view.items[p - 1].isCapitalized, p >= 3 else { return false }
        // A firm before the role word may be typed person (`[Janney Montgomery] analyst X`): no person is one.
        return view.mention(at: p - 2, [.organization, .person]) != nil
            || (!view.items[p - 2].isMention && view.items[p - 2].isCapitalized)
    }

    /// True when the organization at `o` is the head of a longer name: another mention right after it with only a
    /// space between (`of [L.F.] [Rothschild]`), or a comma chain `, Name and Name` (`of [Donaldson], [Lufkin] and
    /// Jenrette`).
    package static func goesOn(_ view: SentenceView, _ o: Int) -> Bool {
        if o + 1 < view.count, view.items[o + 1].isMention,
            view.items[o + 1].range.start == view.items[o].range.end + 1
        {
            return true
        }
        guard view.isWord(o + 1, ","), o + 4 < view.count, view.isWord(o + 3, "and") else { return false }
        let (a, b) = (view.items[o + 2], view.items[o + 4])
        return (a.isMention || a.isCapitalized) && (b.isMention || b.isCapitalized)
    }

    /// True when item `i` is inside a role phrase that started earlier (so the phrase is matched once, at its start).
    package static func continuesPhrase(_ view: SentenceView, _ i: Int) -> Bool {
        view.isWord(i - 1, .roleModifiers) || view.isWord(i - 1, .roles)
            || (view.isWord(i - 1, "and") && view.isWord(i - 2, .roles))
    }

    /// A role phrase at `i`: modifiers and role words (`executive director`, `founder and director`), ending in a
    /// role word; its text is the label. `next` is the index after it.
    package static func phrase(in view: SentenceView, at i: Int) -> (label: String, next: Int)? {
        guard view.isWord(i, [.roles, .roleModifiers]) else { return nil }
        var words: [String] = []
        var j = i
        var lastIsRole = false
        while j < view.count, words.count < 6 {
            if view.isWord(j, .roles) {
                lastIsRole = true
            } else if view.isWord(j, .roleModifiers) {
                lastIsRole = false
            } else if view.isWord(j, "and"), lastIsRole,
                view.isWord(j + 1, .roles) || view.isWord(j + 1, .roleModifiers)
            {
                lastIsRole = false
            } else {
                break
            }
            words.append(view.items[j].text)
            j += 1
        }
        // Back off to the last role word ("director general" ends in a role; "senior" alone is not one).
        while let last = words.last, !RelationVocabulary.roles.contains(last) {
            words.removeLast()
            j -= 1
        }
        return words.isEmpty ? nil : (words.joined(separator: " "), j)
    }
}
