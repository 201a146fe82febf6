/// Membership of a person in an organization or group: `member-of`, person -> organization or group.
///
/// - `member.appositive`: `Serikzhan Bilash, a founding member of Atajurt`
/// - `member.copula`: `Serikzhan Bilash is a member of Atajurt`, `Bilash, who was a member of Atajurt`
/// - `member.joined`: `Serikzhan Bilash joined Atajurt`, `Bilash later joined the Atajurt group`
package struct MembershipPatterns: SentencePattern {
    package static let kind = "member-of"
    package static let appositive = "member.appositive"
    package static let copula = "member.copula"
    package static let joined = "member.joined"
    package static let rules = [appositive, copula, joined]

    package static let beforeJoined: Set<String> = ["has", "had", "later", "also", "then", "soon", "eventually"]
    package static let auxiliaries: Set<String> = ["has", "had", "have"]
    package static let afterCopula: Set<String> = ["also", "still", "now", "once"]

    /// Every rule links a person mention to an organization or group mention.
    package static let requiredKinds: [EntityKinds] = [.person, [.organization, .group]]

    package func matches(in view: SentenceView, into matches: inout [PatternMatch]) {
        for i in 0..<view.count {
            guard let person = view.mention(at: i, [.person]) else { continue }
            if let a = view.appositive(after: i), !view.isWord(a, "who") {
                if let o = MembershipPatterns.memberOf(in: view, at: a),
                    let organization = view.mention(at: o, [.organization, .group])
                {
                    matches.append(
                        PatternMatch(
                            source: person, target: organization, kind: MembershipPatterns.kind,
                            rule: MembershipPatterns.appositive, sentence: view.sentence,
                            range: view.span(i, o)))
                }
                continue
            }
            // member.joined: P [has|had] [later|also] joined [the] O
            var k = i + 1
            if view.isWord(k, in: MembershipPatterns.beforeJoined) { k += 1 }
            if view.isWord(k, "joined") {
                let o = view.skippingDeterminers(from: k + 1)
                if let organization = view.mention(at: o, [.organization, .group]),
                    !MembershipPatterns.joinsAnAction(view, after: o)
                {
                    matches.append(
                        PatternMatch(
                            source: person, target: organization, kind: MembershipPatterns.kind,
                            rule: MembershipPatterns.joined, sentence: view.sentence,
                            range: view.span(i, o)))
                }
            }
            // P [, who] [has|had] COPULA [also|still] a [mods] member of [the] O
            var j = i + 1
            if view.isWord(j, ","), view.isWord(j + 1, "who") { j += 2 }
            if view.isWord(j, in: MembershipPatterns.auxiliaries) { j += 1 }
            guard view.isWord(j, .copulas) else { continue }
            j += 1
            if view.isWord(j, in: MembershipPatterns.afterCopula) { j += 1 }
            if let o = MembershipPatterns.memberOf(in: view, at: j),
                let organization = view.mention(at: o, [.organization, .group])
            {
                matches.append(
                    PatternMatch(
                        source: person, target: organization, kind: MembershipPatterns.kind,
                        rule: MembershipPatterns.copula, sentence: view.sentence, range: view.span(i, o)))
            }
        }
    }

    /// True when `P joined O` is followed by more partners or by `in DOING`: P acted with O, it did not join it
    /// (`Diamond Shamrock joined Sun Co, Coastal and Citgo in raising prices`, `joined Exxon in cutting prices`).
    package static func joinsAnAction(_ view: SentenceView, after o: Int) -> Bool {
        if view.isWord(o + 1, ",") || view.isWord(o + 1, "and"), view.mention(at: o + 2) != nil { return true }
        var j = o + 1
        while j < view.count, j < o + 16, !view.isWord(j, ".") {
            if view.isWord(j, "in"), j + 1 < view.count, !view.items[j + 1].isMention,
                view.items[j + 1].text.count > 4, view.items[j + 1].text.hasSuffix("ing")
            {
                return true
            }
            j += 1
        }
        return false
    }

    /// For `[a|the] [modifiers] member of [the] O` at `i`, the index of `O`.
    package static func memberOf(in view: SentenceView, at i: Int) -> Int? {
        var j = view.skippingDeterminers(from: i)
        var modifiers = 0
        while modifiers < 3, view.isWord(j, .memberModifiers) { j += 1; modifiers += 1 }
        guard view.isWord(j, "member"), view.isWord(j + 1, "of") else { return nil }
        return view.skippingDeterminers(from: j + 2)
    }
}
