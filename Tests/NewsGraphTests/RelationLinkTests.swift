import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// Every relation of a fixture as `Source ~ Target: kind (rules)`, undirected ends as stored.
private func described(_ fixture: RelationFixture) -> [String] {
    fixture.result().relations.map { relation in
        let rules = relation.evidence.map(\.rule).joined(separator: ", ")
        return
            "\(relation.source.name) \(relation.directed ? "->" : "~") \(relation.target.name): \(relation.kind) (\(rules))"
    }
}

@Test(arguments: [
    ("[WASHINGTON|l], March 3 - [Japan|l] and [Canada|l] agreed.", "WASHINGTON"),
    ("[NEW YORK|l], March 2 - [Texaco|o] met [Exxon|o].", "NEW YORK"),
    ("[ST. PAUL|l], [Minn.|l], March 3 - [3M|o] met [Exxon|o].", "ST. PAUL"),
    ("[SALVADOR|l], Feb 26 - [Comissaria Smith|o] met [Bahia|l].", "SALVADOR"),
])
func datelineIsNotCooccurrence(markup: String, place: String) {
    let relations = RelationFixture(markup).result().relations
    #expect(!relations.contains { !$0.directed && ($0.source.name == place || $0.target.name == place) })
    let datelines = relations.filter { $0.kind == RelationFinder.datelineKind }
    #expect(datelines.count == 2)
    #expect(datelines.allSatisfy { $0.source.name == place && $0.evidence.map(\.rule) == ["dateline.lead"] })
}

@Test(arguments: [
    "[Washington|l], which met [Japan|l], agreed.",
    "In [Paris|l], March 3 was a day when [Japan|l] agreed.",
    "[Paris|l], March 3 and 4, hosted [Japan|l].",
])
func notADateline(markup: String) {
    let relations = RelationFixture(markup).result().relations
    #expect(!relations.contains { $0.kind == RelationFinder.datelineKind })
    #expect(relations.contains { $0.kind == RelationFinder.sentenceCooccurrence })
}

@Test func datelineOnlyOpensTheSentence() {
    let fixture = RelationFixture("[TOKYO|l], March 3 - [Japan|l] said so.\nLater [Tokyo|l] met [Japan|l].")
    #expect(
        described(fixture) == [
            "Japan ~ Tokyo: co-occurrence (cooccurrence.sentence)",
            "TOKYO -> Japan: dateline (dateline.lead)",
        ])
}

@Test(arguments: [
    "[Japan|l]'s trade minister told [Reuters|o] that [Toyota|o] would cut output.",
    "[Japan|l] will cut output, [Reuters|o] reported, citing [Toyota|o].",
    "The official news agency [Tass|o] said [Japan|l] met [Toyota|o].",
    "[Japan|l] met [Toyota|o], the newspaper [Asahi Shimbun|o] said.",
])
func reportingSourceIsNotPaired(markup: String) {
    let undirected = RelationFixture(markup).result().relations.filter { !$0.directed }
    #expect(undirected.map { "\($0.source.name) ~ \($0.target.name)" } == ["Japan ~ Toyota"])
}

@Test func reportingSourceKeepsItsTypedRelation() {
    let typed = RelationFixture("[Yasuo Tanaka|p] told [Reuters|o] that [Japan|l] would cut output.").typed()
    #expect(typed == ["Yasuo Tanaka -> Reuters: spoke-to (speech.told)"])
}

@Test(arguments: [
    (
        "Output rose in [Britain|l], [France|l], [Italy|l] and [Japan|l] last year.",
        [
            "Britain ~ France: co-list", "Britain ~ Italy: co-list", "Britain ~ Japan: co-list",
            "France ~ Italy: co-list", "France ~ Japan: co-list", "Italy ~ Japan: co-list",
        ]
    ),
    (
        "[Netherlands|l] 12.5 11.2 [Denmark|l] 10.1 9.8",
        ["Denmark ~ Netherlands: co-list"]
    ),
    (
        "[Volcker|p] said [Britain|l], [France|l] and [Italy|l] agreed.",
        [
            "Britain ~ France: co-list", "Britain ~ Italy: co-list", "Britain ~ Volcker: co-occurrence",
            "France ~ Italy: co-list", "France ~ Volcker: co-occurrence", "Italy ~ Volcker: co-occurrence",
        ]
    ),
    // Two peers side by side: a list of two. Not lists: a place and its country; names with words between them.
    ("Talks between [Japan|l] and [Britain|l] broke down.", ["Britain ~ Japan: co-list"]),
    ("Loans from [Saudi Arabia|l] and [Kuwait|l] grew.", ["Kuwait ~ Saudi Arabia: co-list"]),
    (
        "Four states - [Saudi Arabia|l], the [United Arab Emirates|l] ([UAE|l]), [Kuwait|l] and [Qatar|l] - met.",
        [
            "Kuwait ~ Qatar: co-list", "Kuwait ~ Saudi Arabia: co-list", "Kuwait ~ UAE: co-list",
            "Kuwait ~ United Arab Emirates: co-list", "Qatar ~ Saudi Arabia: co-list", "Qatar ~ UAE: co-list",
            "Qatar ~ United Arab Emirates: co-list", "Saudi Arabia ~ UAE: co-list",
            "Saudi Arabia ~ United Arab Emirates: co-list",
        ]
    ),
    ("[Paris|l], [France|l] is cold.", ["France ~ Paris: co-occurrence"]),
    (
        "[Japan|l] sold wheat to [Egypt|l], and [Brazil|l] bought it.",
        ["Brazil ~ Egypt: co-occurrence", "Brazil ~ Japan: co-occurrence", "Egypt ~ Japan: co-occurrence"]
    ),
    (
        "[Exxon|o], [Houston|l], and [Mobil|o] met.",
        ["Exxon ~ Houston: co-occurrence", "Exxon ~ Mobil: co-occurrence", "Houston ~ Mobil: co-occurrence"]
    ),
])
func listsGiveCoList(markup: String, expected: [String]) {
    let relations = RelationFixture(markup).result().relations.filter { !$0.directed }
    #expect(relations.map { "\($0.source.name) ~ \($0.target.name): \($0.kind)" } == expected)
}

@Test func listItemAlsoNamedOutsideTheListCoOccurs() {
    let relations = RelationFixture("[Japan|l] said [Britain|l], [France|l] and [Japan|l] agreed.").result().relations
    let japanFrance = relations.filter { $0.source.name == "France" && $0.target.name == "Japan" }
    #expect(japanFrance.map(\.kind) == [RelationFinder.sentenceCooccurrence])
}

@Test func oneSentenceALineGivesNoCoParagraph() {
    // A Reuters body: one block, one sentence a line.
    var fixture = RelationFixture("[Reagan|p] spoke.\n[James Baker|p] left.")
    let document = Document(text: fixture.document.text, blocks: [fixture.document.text.fullRange])
    fixture = RelationFixture(document: document, mentions: fixture.mentions)
    #expect(!fixture.result().relations.contains { $0.kind == RelationFinder.paragraphCooccurrence })
}

@Test func runningTextParagraphGivesCoParagraph() {
    let relations = RelationFixture("[Reagan|p] spoke. Then [James Baker|p] left.").result().relations
    #expect(relations.map(\.kind) == [RelationFinder.paragraphCooccurrence])
}

extension RelationFixture {
    /// The same mentions in another segmentation of the same text, with their sentence indices recomputed.
    init(document: Document, mentions: [Mention]) {
        self.document = document
        self.mentions = mentions.map { mention in
            var mention = mention
            mention.sentence =
                document.sentences.firstIndex {
                    $0.range.start <= mention.range.start && mention.range.start < $0.range.end
                } ?? 0
            return mention
        }
    }
}

@Test(arguments: [
    // A bare designator (`Co`, `Corp`) is not paired at all.
    ("[Goldman|o], [Sachs|o] and [Co|o] advised [Exxon|o].", ["Exxon ~ Goldman", "Exxon ~ Sachs"]),
    ("Standard and [Poor|p]'s [Corp|o] cut [Exxon|o].", ["Exxon ~ Poor"]),
    (
        "The [Brazilian Coffee Institute|o] ([IBC|o]) met [Brazil|l].",
        ["Brazil ~ Brazilian Coffee Institute", "Brazil ~ IBC"]
    ),
    ("[Toyota Motor Corp|o] <[TOYO|o]> said [Japan|l] grew.", ["Japan ~ TOYO", "Japan ~ Toyota Motor Corp"]),
    // Two firms, each with its designator: a real pair.
    ("[Texaco Inc|o] and [Pennzoil Co|o] met.", ["Pennzoil Co ~ Texaco Inc"]),
    ("[Japan|l] and [Pennzoil Co|o] met.", ["Japan ~ Pennzoil Co"]),
])
func nameFragmentsAreNotPaired(markup: String, expected: [String]) {
    let relations = RelationFixture(markup).result().relations.filter { !$0.directed }
    #expect(relations.map { "\($0.source.name) ~ \($0.target.name)" } == expected)
}

// Typed patterns: sentences of the kinds that misfired on wire copy, written for these tests.
@Test(arguments: [
    // location.in: where an event happened or a talk took place is not where the organization is.
    "Delegates at a meeting of [GEPLACEA|o] in [Brazil|l] agreed to cut exports.",
    "The oil minister told [Reuters|o] in [Kuala Lumpur|l] that output would rise.",
    "Drilling started on a block off [Louisiana|l] in the [Gulf of Mexico|l] last week.",
    "It bought South Bay Savings & [Loan Association|o] in [Gardena|l] for cash.",
    "It set up International Farm Corp of [America|l] in [Chicago|l] last year.",
    // location.possessive: the possessive modifies the noun after the name.
    "Greece and [Turkey|l]'s [NATO|o] allies called for calm.",
    "Kaunda dropped [Zambia|l]'s [IMF|o] austerity program.",
    "The ruling cited [Portugal|l]'s [EC|o] accession treaty.",
    "The [Bank|l]'s [Brazil|l] division lost money.",
    "[Southern|l]'s [Georgia Power Co|o] subsidiary owns the plant.",
    // role.attributive / role.possessive: the organization is a cut name.
    "\"It works,\" Foreign [Ministry|o] spokesman [Per Paust|p] said.",
    "\"It works,\" said Jardine Fleming (Securities) [Ltd|o] analyst [Nick Edwards|p].",
    "Merrill Lynch and [Co|o] analyst [Richard Vietor|p] said it.",
    "First [National Bank|o]'s managing director, [Chris Ball|p], said so.",
    // Headlines in capitals: headline verbs are tagged as names.
    "[GATT|o] OFFICIAL [MEETS|p] WITH U.S. FARM LEADERS",
    "[CLARK HOLDS|p] TALKS WITH [SHULTZ|p] IN WASHINGTON",
    // member.joined: joining others in an action is not membership.
    "[Diamond Shamrock|p] joined [Sun Co|o], Coastal and Citgo in raising prices.",
    "[Diamond Shamrock|p] joined [Sun Co|o] in raising its posted prices.",
    // role.title-before: no comma, no person after the name.
    "\"It is new,\" a spokesman for [J.P.|o] [Morgan|p] and Co Inc said.",
])
func typedPatternsMustNotFire(markup: String) {
    #expect(RelationFixture(markup).typed() == [])
}

@Test(arguments: [
    ("[Exxon|o], based in [Houston|l], said so.", "Exxon -> Houston: located-in (location.based-in)"),
    ("The [Atajurt|o] group in [Almaty|l] said so.", "Atajurt -> Almaty: located-in (location.in)"),
    (
        "[Japan|l]'s [Toyota Motor Corp|o] said profits rose.",
        "Toyota Motor Corp -> Japan: located-in (location.possessive)"
    ),
    ("[China|l]'s [Xinjiang|l] region is dry.", "Xinjiang -> China: located-in (location.possessive)"),
    (
        "[Bank of Japan|o] governor [Satoshi Sumita|p] said so.",
        "Satoshi Sumita -> Bank of Japan: affiliated-with governor (role.attributive)"
    ),
    ("[Serikzhan Bilash|p] joined [Atajurt|o] in 2017.", "Serikzhan Bilash -> Atajurt: member-of (member.joined)"),
])
func typedPatternsStillFire(markup: String, expected: String) {
    #expect(RelationFixture(markup).typed() == [expected])
}

@Test func digestLineDatelineWithoutDate() {
    let relations = RelationFixture("[BERNE|l] - [Swiss|g] prices rose, the [Federal Statistics Office|o] said.")
        .result().relations
    #expect(relations.filter { $0.kind == RelationFinder.datelineKind }.count == 2)
    #expect(relations.filter { !$0.directed }.map(\.kind) == [RelationFinder.sentenceCooccurrence])
}

@Test func firmNameWithDesignatorLeftOutIsNotPaired() {
    let relations = RelationFixture("It was managed by [Bear|p], [Stearns|p] and Co for [Exxon|o].").result().relations
    #expect(relations.map { "\($0.source.name) ~ \($0.target.name)" } == ["Bear ~ Exxon", "Exxon ~ Stearns"])
}

@Test(arguments: [
    (
        "It bought <[Prudential Insurance Co|o] of [America|l]> stock from [Exxon|o].",
        ["America ~ Exxon", "Exxon ~ Prudential Insurance Co"]
    ),
    (
        "L.F. [Rothschild|p], Unterberg, [Towbin Inc|o] and [Exxon|o] met.",
        ["Exxon ~ Rothschild", "Exxon ~ Towbin Inc"]
    ),
    (
        "[PPG Industries Inc|o] said it sold [PPG|o]'s unit to [Exxon|o].",
        ["Exxon ~ PPG", "Exxon ~ PPG Industries Inc"]
    ),
    (
        "[Volkswagen|o], [General Motors|o], [Ford|p] and [Fiat|o] build cars.",
        [
            "Fiat ~ Ford", "Fiat ~ General Motors", "Fiat ~ Volkswagen", "Ford ~ General Motors", "Ford ~ Volkswagen",
            "General Motors ~ Volkswagen",
        ]
    ),
])
func moreNamePiecesAndLists(markup: String, expected: [String]) {
    let relations = RelationFixture(markup).result().relations.filter { !$0.directed }
    #expect(relations.map { "\($0.source.name) ~ \($0.target.name)" } == expected)
    if expected.count == 6 { #expect(relations.allSatisfy { $0.kind == RelationFinder.listCooccurrence }) }
}

@Test func oneWordNamesJoinedByAndAreCoList() {
    let relations = RelationFixture(
        "It licensed [Tate|p] and [Lyle|p] to [Gerhard Stoltenberg|p] and [Karl Otto Poehl|p]."
    )
    .result().relations
    #expect(
        relations.filter { $0.source.name == "Lyle" && $0.target.name == "Tate" }.map(\.kind)
            == [RelationFinder.listCooccurrence])
    #expect(relations.contains { $0.source.name == "Gerhard Stoltenberg" && $0.target.name == "Karl Otto Poehl" })
}

@Test(arguments: [
    "National [Gypsum Co|o], a unit of [Aancor Holdings Inc|o], sold notes.",
    "Lead manager [Nikko Securities Co|o] (Europe) [Ltd|o] said so.",
    "It buys from the Minerals and [Metals Trading Corp|o] and [Aancor Holdings Inc|o].",
    "It joined Public Service Co of [New Mexico|l] and [Aancor Holdings Inc|o].",
])
func cutNamePiecesAreNotPaired(markup: String) {
    let relations = RelationFixture(markup).result().relations.filter { !$0.directed }
    #expect(relations.isEmpty)
}

@Test(arguments: [
    "West German Finance Minister [Gerhard Stoltenberg|p] met [Bundesbank|o] staff.",
    "The [Bundesbank|o] and [Japan|l] met.",
    "President [Reagan|p] met [Japan|l]'s premier.",
    "Talks with the Bank of [Japan|o] and [Exxon|o] went on.",
])
func titlesAndOpenersDoNotCutNames(markup: String) {
    let relations = RelationFixture(markup).result().relations.filter { !$0.directed }
    #expect(relations.count == 1 || markup.contains("Bank of"))
}

@Test(arguments: [
    "Talks on [Afghanistan|l] in [Geneva|l] resumed.",
    "It bought fields from Oil Corp and [Texas Petroleum Corp|o] in [Canada|l] last year.",
    "Walesa spoke at St Brygida's [Roman Catholic Church|o] in the [Baltic|l] port of Gdansk.",
    "\"Yes,\" said Wilf Gobert, an analyst for Peters and [Co Ltd|o] in [Calgary|l].",
    "\"Yes,\" said [Johnson|p] of [L.F.|o] Rothschild.",
    "Speaking to the [National Press Club|o] of Japan, [Lyng|p] said so.",
    "\"Yes,\" Paul Spedding of Kleinwort Grieveson and [Co|o] told [Reuters|o].",
    "Officials of the ministry and the [Department|o] told [Reuters|o].",
])
func brokenEndsAndEventsGiveNoTypedRelation(markup: String) {
    #expect(RelationFixture(markup).typed() == [])
}

@Test func datelineSkipsTheSamePlaceSpelledOtherwise() {
    let relations = RelationFixture("[TORONTO|l], April 7 - [Toronto|l] stocks rose, [Inco|o] said.").result().relations
    #expect(relations.filter { $0.kind == RelationFinder.datelineKind }.map(\.target.name) == ["Inco"])
}

@Test(arguments: [
    "Clark told a meeting of the [Minerals Research Organisation|o] in [Milton Keynes|l] so.",
    "We now buy some products from [Hitachi|o] in [U.S.|l] dollars.",
])
func locationInSkipsEventsAndCurrencies(markup: String) {
    #expect(RelationFixture(markup).typed() == [])
}
