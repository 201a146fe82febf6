/// Speech and contact: `spoke-to`, from the speaker (person or organization) to whom they spoke (person or organization).
///
/// The speaker is the subject of the sentence: the mention just before the verb, or a mention that opens the
/// clause followed by a comma-enclosed appositive (`Serikzhan Bilash, director of Atajurt, told Y`).
/// - `speech.told`: `X told Y`, `X, director of Atajurt, told the Y`
/// - `speech.said-to`: `X said to Y`, `X explained to Y`
/// - `speech.spoke-to`: `X spoke to Y`, `X talked with Y`
/// - `speech.speaking-to`: `X, director of Atajurt, speaking to Y said`, `speaking to Y from ..., X described`
/// - `speech.interview`: `X said in an interview with Y`, `In an interview with Y, X said`
package struct SpeechPatterns: SentencePattern {
    package static let kind = "spoke-to"
    package static let told = "speech.told"
    package static let saidTo = "speech.said-to"
    package static let spokeTo = "speech.spoke-to"
    package static let speakingTo = "speech.speaking-to"
    package static let interview = "speech.interview"
    package static let rules = [told, saidTo, spokeTo, speakingTo, interview]

    package static let parties: EntityKinds = [.person, .organization]
    /// How far back an appositive may reach, and how far ahead a participle clause may look for its subject.
    package static let window = 24

    package func matches(in view: SentenceView, into matches: inout [PatternMatch]) {
        interviews(in: view, into: &matches)
        for v in 0..<view.count where !view.items[v].isMention {
            let classes = view.items[v].classes
            guard !classes.isDisjoint(with: [.tellVerbs, .sayVerbs, .speakVerbs, .speakingParticiples]) else {
                continue
            }
            var listener: Int? = nil
            var rule = ""
            if classes.contains(.tellVerbs) {
                listener = view.skippingDeterminers(from: v + 1)
                rule = SpeechPatterns.told
            } else if classes.contains(.sayVerbs), view.isWord(v + 1, "to") {
                listener = view.skippingDeterminers(from: v + 2)
                rule = SpeechPatterns.saidTo
            } else if classes.contains(.speakVerbs),
                view.isWord(v + 1, .conversationPrepositions)
            {
                listener = view.skippingDeterminers(from: v + 2)
                rule = SpeechPatterns.spokeTo
            } else if classes.contains(.speakingParticiples),
                view.isWord(v + 1, .conversationPrepositions)
            {
                listener = view.skippingDeterminers(from: v + 2)
                rule = SpeechPatterns.speakingTo
            }
            guard let y = listener, let target = view.mention(at: y, SpeechPatterns.parties),
                !SpeechPatterns.hostsAnEvent(view, at: y)
            else { continue }
            var speaker = SpeechPatterns.subject(in: view, before: v)
            if speaker == nil, rule == SpeechPatterns.speakingTo, view.startsClause(v) {
                speaker = SpeechPatterns.subject(in: view, after: y)
            }
            guard let s = speaker, let source = view.mention(at: s) else { continue }
            matches.append(
                PatternMatch(
                    source: source, target: target, kind: SpeechPatterns.kind, rule: rule,
                    sentence: view.sentence, range: view.span(s, y)))
        }
    }

    /// `speech.interview`: `in an interview with Y` after a verb of speech with its subject, or opening the clause
    /// before `, X VERB`.
    package func interviews(in view: SentenceView, into matches: inout [PatternMatch]) {
        for n in 0..<view.count where view.isWord(n, "interview") && view.isWord(n + 1, "with") {
            var start = n - 1
            while view.isWord(start, .determiners) { start -= 1 }
            guard view.isWord(start, "in") else { continue }
            let y = view.skippingDeterminers(from: n + 2)
            guard let target = view.mention(at: y, SpeechPatterns.parties) else { continue }
            var speaker: Int? = nil
            if view.isWord(start - 1, [.tellVerbs, .sayVerbs, .speakVerbs]) {
                speaker = SpeechPatterns.subject(in: view, before: start - 1)
            } else if view.startsClause(start) {
                speaker = SpeechPatterns.subject(in: view, after: y)
            }
            guard let s = speaker, let source = view.mention(at: s) else { continue }
            matches.append(
                PatternMatch(
                    source: source, target: target, kind: SpeechPatterns.kind,
                    rule: SpeechPatterns.interview, sentence: view.sentence,
                    range: view.span(min(s, start), max(s, y))))
        }
    }

    /// The speaker before the verb at `v`: the mention right before it, or a clause-opening mention followed
    /// by a comma-enclosed appositive that ends right before the verb.
    package static func subject(in view: SentenceView, before v: Int) -> Int? {
        if view.mention(at: v - 1, parties) != nil {
            // `the wife of Bilash told ...`: the mention is an object, not the subject; so it is after a title or a
            // place (`officials travelling with Finance Minister Kiichi Miyazawa told Reuters`: the officials told;
            // `a group controlled by New York Investor David Rocker told the SEC`: the group told).
            var b = v - 2
            while b >= 0, b > v - 8 {
                if view.mention(at: b, [.place]) != nil
                    || (!view.items[b].isMention && !view.items[b].isPunctuation && view.items[b].isCapitalized)
                {
                    b -= 1
                } else if view.isWord(b, "of"), b >= 1, b < v - 2, !view.items[b - 1].isMention,
                    view.items[b - 1].isCapitalized, view.isWord(b - 1, in: RelationVocabulary.titles)
                {
                    // `Secretary of State George Shultz told`: `of` inside a title, with its last word between (not
                    // `President of [Petroleos de Venezuela] told`, where the firm's president spoke).
                    b -= 2
                } else {
                    break
                }
            }
            if view.isWord(b, .subjectBlockers) { return nil }
            // `Pius Haffner of Justitia et [Pax] told Reuters`: the mention is the tail of a name with a particle.
            if view.isWord(v - 2, in: RelationVocabulary.nameParticles), v - 3 >= 0,
                view.items[v - 3].isMention || view.items[v - 3].isCapitalized
            {
                return nil
            }
            return v - 1
        }
        guard view.isWord(v - 1, ",") else { return nil }
        // `Bilash, speaking to Y, said`: the participle clause right after the subject. Not the state or country of
        // an address (`a spokesman at its headquarters in Seattle, [Washington], told Reuters`).
        if let subject = view.mention(at: v - 2, parties), view.startsClause(v - 2),
            !(view.isWord(v - 3, ",") && view.mention(at: v - 4, [.place]) != nil && !subject.text.contains(" "))
        {
            return v - 2
        }
        var c = v - 2
        while c > 0, c > v - window {
            if view.isWord(c, ",") {
                if view.mention(at: c - 1, parties) != nil, view.startsClause(c - 1) { return c - 1 }
            }
            c -= 1
        }
        return nil
    }

    /// True when the listener at `y` names who holds an event the speaker addressed, not whom they spoke to
    /// (`told a Nikkei conference`, `told a Pentagon news conference`, `speaking to a Georgetown University seminar`):
    /// the audience came from elsewhere, or was the press.
    package static func hostsAnEvent(_ view: SentenceView, at y: Int) -> Bool {
        if view.isWord(y + 1, in: RelationVocabulary.hostedEventNouns) { return true }
        return view.isWord(y + 1, in: ["news", "press"]) && view.isWord(y + 2, in: ["conference", "briefing"])
    }

    /// The speaker after a clause-opening participle phrase ending at `y`: the first `, P` where P is a person
    /// followed by a word that is not a possessive (`..., Zhanargul described`).
    package static func subject(in view: SentenceView, after y: Int) -> Int? {
        var c = y + 1
        while c < view.count, c < y + window {
            if view.isWord(c, ","), view.mention(at: c + 1, [.person]) != nil {
                let next = c + 2
                if next < view.count, !view.items[next].isMention, !view.items[next].isPunctuation,
                    view.items[next].text != "'s"
                {
                    return c + 1
                }
                return nil
            }
            c += 1
        }
        return nil
    }
}
