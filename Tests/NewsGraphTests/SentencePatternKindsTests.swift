import NewsGraphTestSupport
import Testing

@testable import NewsGraph

// `RelationFinder` does not search a pattern family in a sentence that lacks the mention kinds the family declares
// (`SentencePattern.requiredKinds`): a rule firing in a sentence without them would be lost. Each family is run here
// on its own over sentences where its rules fire, and every firing must be in a sentence the family would be
// searched in.

@Test(arguments: [
    "[Serikzhan Bilash|p], director of [Atajurt|o], said it.",
    "[Atajurt|o]'s director [Serikzhan Bilash|p] said it.",
    "[Serikzhan Bilash|p], a member of [Atajurt|o], said it.",
    "[Zhanargul|p] has been a member of the [Kazakh community|g] for years.",
    "[Serikzhan Bilash|p] later joined the [Atajurt|o] group.",
    "The [Atajurt|o] group headquartered in [Almaty|l] said it.",
    "She was in [Urumqi|l], the regional capital of [Xinjiang|l].",
    "She was in the [Xinjiang|l] region's capital, [Urumqi|l].",
    "He met ethnic Kazakh activist [Serikzhan Bilash|p] there.",
    "[Zhanargul Zhumatai|p], an ethnic Kazakh, was arrested.",
    "[Serikzhan Bilash|p] told [Bitter Winter|o] that it was so.",
    "[Serikzhan Bilash|p] said in an interview with [Bitter Winter|o] that it was so.",
])
func familiesFireOnlyWhereTheirKindsAre(_ markup: String) {
    let fixture = RelationFixture(markup)
    let bySentence = RelationFinder.index(fixture.mentions, sentenceCount: fixture.document.sentences.count)
    var fired = 0
    for (sentence, mentions) in bySentence.enumerated() where !mentions.isEmpty {
        let view = SentenceView(document: fixture.document, sentence: sentence, mentions: mentions)
        for pattern in RelationFinder.sentencePatterns {
            var found: [PatternMatch] = []
            pattern.matches(in: view, into: &found)
            fired += found.count
            if !found.isEmpty {
                #expect(type(of: pattern).mayMatch(view), "\(type(of: pattern)) fired in: \(markup)")
            }
        }
    }
    #expect(fired > 0, "no rule fired in: \(markup)")
}

@Test func familiesAreSkippedWithoutTheirKinds() {
    // Two organizations and a place, no person: role, membership and group rules cannot fire, location ones can.
    let fixture = RelationFixture("[Atajurt|o] and [Amnesty International|o] met in [Almaty|l].")
    let view = SentenceView(document: fixture.document, sentence: 0, mentions: fixture.mentions)
    #expect(view.kinds == [.organization, .place])
    #expect(!RolePatterns.mayMatch(view))
    #expect(!MembershipPatterns.mayMatch(view))
    #expect(!GroupPatterns.mayMatch(view))
    #expect(LocationPatterns.mayMatch(view))
    #expect(SpeechPatterns.mayMatch(view))
}
