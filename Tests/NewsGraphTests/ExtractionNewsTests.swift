import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// Mentions as "text/kind" of an article (one block per line).
func kinds(_ text: String) -> [String] {
    extract(text).map { "\($0.text)/\($0.kind.rawValue)" }
}

@Test func headlineVerbsInCapitalsAreNoNames() {
    let found = kinds(
        "KESSLER DYNAMICS SELLS UNIT, SEES SPLIT\n\nNEW YORK, March 3 - Kessler Dynamics Inc said it agreed to sell "
            + "its Ardent Foods unit. The company plans to buy back shares and split its stock.")
    for word in ["SELLS", "SEES", "SPLIT", "UNIT"] {
        #expect(!found.contains { $0.hasPrefix(word + "/") }, "\(found)")
    }
    #expect(found.contains("KESSLER DYNAMICS/organization"), "\(found)")
    #expect(found.contains("NEW YORK/place"), "\(found)")
}

@Test func datelineWithATitleLikeWordIsAPlace() {
    let found = kinds("ST. PAUL, Minn., March 3 - Kessler Dynamics Inc said it grew.")
    #expect(found.first == "ST. PAUL/place", "\(found)")
    #expect(!found.contains { $0.hasPrefix("PAUL/") }, "\(found)")
}

@Test(arguments: [
    ("The deal was led by Halvard Lynch and Co on Monday.", "Halvard Lynch and Co"),
    ("He filed with the Securities and Exchange Commission yesterday.", "Securities and Exchange Commission"),
    ("The loan came from Ostrava and Brno Savings Bank last year.", "Ostrava and Brno Savings Bank"),
    ("Shares of Evans and Kelvane Computer Corp rose.", "Evans and Kelvane Computer Corp"),
    ("The Trade Bank of Kazakhstan said it would lend more.", "Trade Bank of Kazakhstan"),
    ("He sold it to Kelvane Corp of North America last year.", "Kelvane Corp of North America"),
    ("The Islamic Republic of Kazakhstan News Agency said so.", "Islamic Republic of Kazakhstan News Agency"),
    ("Capital Kelvane Corp said it grew.", "Capital Kelvane Corp"),
    ("The lead manager was Halvard International (Europe) Ltd on Monday.", "Halvard International (Europe) Ltd"),
])
func namesAreKeptWhole(_ sentence: String, _ name: String) {
    let found = extract(sentence)
    #expect(found.contains { $0.text == name && $0.kind == .organization }, "\(found.map(\.text))")
}

@Test(arguments: ["Co", "Inc", "Ltd", "Corp", "Bank", "Group", "Ministry"])
func legalFormOrHeadWordAloneIsNoName(_ word: String) {
    let found = extract("Yesterday the \(word) said profits rose. Later \(word) Inc said more.")
    #expect(!found.contains { $0.text == word }, "\(found.map(\.text))")
}

@Test func weakSpeechCueGivesWayToCompanyEvidence() {
    let found = extract(
        "Ospanov Holdings Inc reported a loss on Monday. Later Ospanov said the plan had failed. Ospanov said more.")
    let ospanov = found.filter { $0.text == "Ospanov" }
    #expect(ospanov.count == 2)
    #expect(ospanov.allSatisfy { $0.kind == .organization }, "\(ospanov.map(\.rule))")
}

@Test func personEvidenceHoldsAgainstACompanyOfTheSameName() {
    let found = extract(
        "Benjamin Holtner founded Holtner Manufacturing Company in 1890. Holtner said the tractor would sell.")
    let holtner = found.first { $0.text == "Holtner" }
    #expect(holtner?.kind == .person, "\(found.map { "\($0.text)/\($0.rule)" })")
}

@Test func resultsLinesGiveClubs() {
    let found = kinds("Results of matches on Saturday:\nEldoret 2 Thika 1\nJapan 3 Brazil 0")
    #expect(found.contains("Eldoret/organization"), "\(found)")
    #expect(found.contains("Thika/organization"), "\(found)")
    #expect(found.contains("Japan/place"), "\(found)")
}

@Test func aCompanyNameEndsAtItsLegalFormAndAtAPlaceBeforeAnd() {
    let found = kinds(
        "He bought Kelvane Corp and Halvard Dynamics Inc last year. Later North America and Ostrava Savings Bank signed."
    )
    #expect(
        found.contains("Kelvane Corp/organization") && found.contains("Halvard Dynamics Inc/organization"), "\(found)")
    #expect(found.contains("Ostrava Savings Bank/organization"), "\(found)")
}

@Test func tickerInAngleBracketsIsNoName() {
    let found = kinds("BERKELEY, Calif., March 3 - Kelvane Corp <KLVN> said its loss widened.")
    #expect(found.contains("Kelvane Corp/organization"), "\(found)")
    #expect(!found.contains { $0.hasPrefix("KLVN/") }, "\(found)")
}

@Test func aTownNamedAsATeamIsTheTeamThroughoutTheReport() {
    let found = extract(
        "Fixtures on Saturday: Eldoret v Nakuru. Eldoret coach Ilyas Abenov said Eldoret would win in Eldoret.")
    let eldoret = found.filter { $0.text == "Eldoret" }
    #expect(eldoret.count == 4)
    #expect(eldoret.allSatisfy { $0.kind == .organization }, "\(eldoret.map(\.rule))")
}

@Test func tableLabelsAndPluralNounsAreNoNames() {
    let found = kinds("Shr loss 12 cts vs 10 cts\nAvg shrs 12.3 mln vs 10.1 mln\nDealers said the Swiss franc rose.")
    for word in ["Avg", "Dealers", "Swiss"] {
        #expect(!found.contains { $0.hasPrefix(word + "/") }, "\(found)")
    }
}

@Test func headlineInCapitalsKeepsItsConnector() {
    let found = kinds(
        "KELVANE BUYS DOLLARS VIA BANK OF KAZAKHSTAN\nALMATY, March 3 - Kelvane Corp bought dollars through the Bank of Kazakhstan today."
    )
    #expect(found.contains("BANK OF KAZAKHSTAN/organization"), "\(found)")
}

@Test func firstWordOfACompanyIsTheCompanyAfterASpeechCue() {
    let found = extract(
        "MONTREAL, Oct 19 - Zhelbirov Distilleries Ltd said it would buy a unit. Zhelbirov said the unit would stay.")
    #expect(found.first { $0.text == "Zhelbirov" }?.kind == .organization, "\(found.map { "\($0.text)/\($0.rule)" })")
}

@Test func holidaysAreNoNames() {
    let found = kinds("It noted that Easter sales will fall in April. Christmas came early.")
    #expect(!found.contains { $0.hasPrefix("Easter/") || $0.hasPrefix("Christmas/") }, "\(found)")
}
