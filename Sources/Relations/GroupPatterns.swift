import NewsGraphCore

/// Belonging of a person to a people or faith: `belongs-to`, person -> group.
///
/// The group is a group mention in the adjective's position, or the adjective mapped through `Demonyms`
/// (`Kazakh` -> `Kazakhs`).
/// - `group.ethnic`: `ethnic Kazakh Zhanargul Zhumatai`, `ethnic Kazakh activist X`
/// - `group.descriptor`: `Uyghur activist X`, `Kazakh human rights activist X`
/// - `group.appositive`: `Zhanargul Zhumatai, an ethnic Kazakh,`, `X, a Uyghur activist`
package struct GroupPatterns: SentencePattern {
    package static let kind = "belongs-to"
    package static let ethnic = "group.ethnic"
    package static let descriptor = "group.descriptor"
    package static let appositive = "group.appositive"
    package static let rules = [ethnic, descriptor, appositive]

    /// Words after `X, a Kazakh` that end the appositive (`X, a Kazakh from Altay`).
    package static let appositiveClosers: Set<String> = ["from", "who"]

    /// Every rule has a person mention as its source (the group may be a demonym word).
    package static let requiredKinds: [EntityKinds] = [.person]

    package func matches(in view: SentenceView, into matches: inout [PatternMatch]) {
        for i in 0..<view.count {
            if let (group, isEthnic) = GroupPatterns.group(in: view, at: i) {
                // [ethnic] G [modifiers descriptor] P
                var j = i + 1
                var described = false
                while j < i + 6,
                    view.isWord(j, .descriptorModifiers)
                        || view.isWord(j, .descriptors)
                {
                    described = view.isWord(j, .descriptors)
                    j += 1
                }
                if let person = view.mention(at: j, [.person]), isEthnic || described,
                    (j == i + 1 || described)
                {
                    let start = view.isWord(i - 1, "ethnic") ? i - 1 : i
                    matches.append(
                        PatternMatch(
                            source: Relation.End(name: person.entity, kind: .person), target: group,
                            kind: GroupPatterns.kind,
                            rule: isEthnic ? GroupPatterns.ethnic : GroupPatterns.descriptor, sentence: view.sentence,
                            range: view.span(start, j)))
                }
            }
            // P , a|an [ethnic] G (then a descriptor, punctuation, the end, `from` or `who`)
            if let person = view.mention(at: i, [.person]), let a = view.appositive(after: i),
                view.isWord(a, "a") || view.isWord(a, "an")
            {
                let g = view.isWord(a + 1, "ethnic") ? a + 2 : a + 1
                if let (group, _) = GroupPatterns.group(in: view, at: g) {
                    let after = g + 1
                    var j = after
                    while j < after + 4, view.isWord(j, .descriptorModifiers) { j += 1 }
                    let closes =
                        after >= view.count || view.items[after].isPunctuation
                        || view.isWord(j, .descriptors) || view.isWord(after, in: GroupPatterns.appositiveClosers)
                    if closes {
                        matches.append(
                            PatternMatch(
                                source: Relation.End(name: person.entity, kind: .person), target: group,
                                kind: GroupPatterns.kind, rule: GroupPatterns.appositive, sentence: view.sentence,
                                range: view.span(i, g)))
                    }
                }
            }
        }
    }

    /// The group named at item `i` (a group mention or a demonym word) and whether `ethnic` introduces it.
    package static func group(in view: SentenceView, at i: Int) -> (Relation.End, Bool)? {
        guard i >= 0, i < view.count else { return nil }
        let item = view.items[i]
        if let mention = view.mention(at: i) {
            guard mention.kind == .group else { return nil }
            return (
                Relation.End(name: mention.entity, kind: .group),
                view.isWord(i - 1, "ethnic") || item.text.hasPrefix("ethnic ")
            )
        }
        // `classes` says whether the word is in the demonym table, without a string lookup for every other word.
        guard item.classes.contains(.demonyms), let name = Demonyms.group(for: item.text) else { return nil }
        return (Relation.End(name: name, kind: .group), view.isWord(i - 1, "ethnic"))
    }
}
