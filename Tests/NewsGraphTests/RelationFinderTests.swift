import Foundation
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

@Test func sentenceCooccurrenceWeightIsSentenceCount() {
    let fixture = RelationFixture("[Ann|p] met [Bob|p]. Then [Bob|p] saw [Ann|p] again. [Ann|p] left.")
    let relations = fixture.result().relations.filter { $0.kind == "co-occurrence" }
    #expect(relations.count == 1)
    #expect(relations[0].source.name == "Ann" && relations[0].target.name == "Bob")
    #expect(relations[0].evidence.map(\.sentence) == [0, 1])
    #expect(relations[0].evidence.allSatisfy { $0.rule == "cooccurrence.sentence" })
    #expect(!relations[0].directed)
}

@Test func paragraphCooccurrenceSkipsPairsAlreadyInASentence() {
    let fixture = RelationFixture(
        "[Ann|p] met [Bob|p]. Later [Carl|p] came.\n[Ann|p] met [Carl|p]. [Bob|p] came too.")
    let relations = fixture.result().relations
    let described = relations.map { "\($0.source.name)-\($0.target.name) \($0.kind) \($0.evidence.count)" }
    #expect(
        described == [
            "Ann-Bob co-occurrence 1",
            "Ann-Bob co-paragraph 1",  // second paragraph only
            "Ann-Carl co-occurrence 1",
            "Ann-Carl co-paragraph 1",  // first paragraph only
            "Bob-Carl co-paragraph 2",
        ])
    let paragraph = relations.first {
        $0.kind == "co-paragraph" && $0.target.name == "Carl" && $0.source.name == "Bob"
    }!
    #expect(paragraph.evidence.map(\.rule) == ["cooccurrence.paragraph", "cooccurrence.paragraph"])
    #expect(paragraph.evidence[0].range == fixture.document.blocks[0])
}

@Test func paragraphCooccurrenceCanBeTurnedOff() {
    let fixture = RelationFixture("[Ann|p] met [Bob|p]. Later [Carl|p] came.")
    let relations = fixture.result(RelationFinder(findsParagraphCooccurrence: false)).relations
    #expect(relations.allSatisfy { $0.kind == "co-occurrence" })
}

@Test func crowdedSentencesAndParagraphsAreCappedAndCounted() {
    let names = (0..<5).map { "[Name\($0)|p]" }.joined(separator: ", ")
    let fixture = RelationFixture("\(names) came. [Ann|p] met [Bob|p].")
    let result = fixture.result(RelationFinder(maxEntitiesPerSentence: 4, maxEntitiesPerParagraph: 6))
    #expect(result.cappedSentences == 1)
    #expect(result.cappedParagraphs == 1)
    #expect(result.relations.map { "\($0.source.name)-\($0.target.name) \($0.kind)" } == ["Ann-Bob co-occurrence"])
}

@Test func thousandsOfNamesInOneSentenceStayFast() {
    // Hostile input: 5,000 distinct names in one sentence of one paragraph must not produce 12.5M pairs.
    let names = (0..<5000).map { "[N\($0)|p]" }.joined(separator: ", ")
    let fixture = RelationFixture("\(names) and [Ann|p] told [Bob|p] so.")
    let clock = ContinuousClock()
    var result = RelationFinder.Result()
    let elapsed = clock.measure { result = fixture.result() }
    #expect(result.cappedSentences == 1)
    // A block of one sentence is not a paragraph of running text: no paragraph pairs to cap.
    #expect(result.cappedParagraphs == 0)
    #expect(result.relations.filter { !$0.directed }.isEmpty)
    #expect(result.relations.map(RelationFixture.describe) == ["Ann -> Bob: spoke-to (speech.told)"])
    #expect(elapsed < .seconds(5))
}

@Test func noSelfRelations() {
    let fixture = RelationFixture(
        "[Bilash|p|Serikzhan Bilash] told [Serikzhan Bilash|p] so.\n[Urumqi|l] in [Urumqi|l] too.")
    #expect(fixture.result().relations.isEmpty)
}

@Test func outputIsSortedAndDeterministic() {
    let markup = "[Zed|p], director of [Atajurt|o], told [Bitter Winter|o] so. [Ann|p] met [Zed|p] in [Almaty|l]."
    let fixture = RelationFixture(markup)
    let first = fixture.result().relations
    let shuffled = RelationFinder().relations(in: fixture.document, mentions: fixture.mentions.reversed())
    #expect(first == shuffled)
    #expect(first == first.sorted(by: RelationFinder.precedes))
}

@Test func typedRelationKeepsEvidenceOfEveryAgreeingPattern() {
    let fixture = RelationFixture(
        "[Serikzhan Bilash|p], director of [Atajurt|o], said so. [Atajurt|o]'s founder [Serikzhan Bilash|p] left.")
    let relation = fixture.result().relations.first { $0.kind == "affiliated-with" }!
    #expect(relation.directed)
    #expect(relation.label == "director, founder")
    #expect(relation.evidence.map(\.sentence) == [0, 1])
    #expect(relation.evidence.map(\.rule) == ["role.appositive", "role.possessive"])
    let text = fixture.document.text
    #expect(text[relation.evidence[0].range] == "Serikzhan Bilash, director of Atajurt")
}

@Test func mentionsWithBadSentenceIndexesAreIgnored() {
    let fixture = RelationFixture("[Ann|p] met [Bob|p].")
    var mentions = fixture.mentions
    mentions[0].sentence = 7
    #expect(RelationFinder().relations(in: fixture.document, mentions: mentions).isEmpty)
}

/// A tokenizer may keep the possessive on the name (`Atajurt’s` as one token); patterns must still see `’s`.
@Test func possessiveGluedToTheNameTokenStillMatches() {
    let text = TextBuffer("Atajurt’s director Serikzhan Bilash left.")
    let words: [(Int, Int, Token.Kind)] = [
        (0, 9, .word), (10, 18, .word), (19, 28, .word), (29, 35, .word),
        (36, 40, .word), (40, 41, .punctuation),
    ]
    let tokens = words.map { Token(range: TextRange($0.0, $0.1), kind: $0.2) }
    let document = Document(
        text: text, blocks: [text.fullRange], tokens: tokens,
        sentences: [Sentence(range: text.fullRange, tokens: 0..<tokens.count)])
    let mentions = [
        Mention(range: TextRange(0, 7), text: "Atajurt", kind: .organization, rule: "test", confidence: 1, sentence: 0),
        Mention(
            range: TextRange(19, 35), text: "Serikzhan Bilash", kind: .person, rule: "test", confidence: 1, sentence: 0),
    ]
    let relations = RelationFinder().relations(in: document, mentions: mentions).filter(\.directed)
    #expect(
        relations.map(RelationFixture.describe) == [
            "Serikzhan Bilash -> Atajurt: affiliated-with director (role.possessive)"
        ])
}

@Test func everyRuleIsDocumented() throws {
    let url = Fixtures.packageRoot.appendingPathComponent("docs/relations.md")
    let doc = try String(contentsOf: url, encoding: .utf8)
    for rule in RelationFinder.typedRules + [RelationFinder.sentenceRule, RelationFinder.paragraphRule] {
        #expect(doc.contains("`\(rule)`"), "docs/relations.md does not list \(rule)")
    }
}

/// A tokenizer that splits only at spaces leaves punctuation on the names (`Bilash,`); patterns must still see it.
@Test func punctuationGluedToNameTokensStillMatches() {
    let string = "“Serikzhan Bilash, director of Atajurt, told Bitter Winter’s editors."
    let text = TextBuffer(string)
    var tokens: [Token] = []
    var start = 0
    for i in 0...text.count where i == text.count || text[i] == " " {
        if i > start { tokens.append(Token(range: TextRange(start, i), kind: .word)) }
        start = i + 1
    }
    let document = Document(
        text: text, blocks: [text.fullRange], tokens: tokens,
        sentences: [Sentence(range: text.fullRange, tokens: 0..<tokens.count)])
    let mentions = RelationFixture.mentions(
        of: [
            ("Serikzhan Bilash", .person, nil), ("Atajurt", .organization, nil), ("Bitter Winter", .organization, nil),
        ],
        in: document)
    let relations = RelationFinder().relations(in: document, mentions: mentions).filter(\.directed)
    #expect(
        relations.map(RelationFixture.describe) == [
            "Serikzhan Bilash -> Atajurt: affiliated-with director (role.appositive)",
            "Serikzhan Bilash -> Bitter Winter: spoke-to (speech.told)",
        ])
}

@Test func manyEvidenceSentencesForOnePairStayFast() {
    let markup = Array(repeating: "[Ann|p] told [Bob|p] so.", count: 5000).joined(separator: " ")
    let fixture = RelationFixture(markup)
    let clock = ContinuousClock()
    var relations: [Relation] = []
    let elapsed = clock.measure { relations = fixture.result().relations }
    #expect(relations.map { "\($0.kind) \($0.evidence.count)" } == ["co-occurrence 5000", "spoke-to 5000"])
    #expect(elapsed < .seconds(5))
}
