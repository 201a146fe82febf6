import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// Initials belong to the personal name they open or sit inside.
@Test(arguments: [
    ("Yesterday A. Tamazov took three wickets.", "A. Tamazov"),
    ("The book by Kuanysh A. Temirbek came out in May.", "Kuanysh A. Temirbek"),
    ("Batting: R. Zhelbirov 45 , D. Osmani 12", "R. Zhelbirov"),
])
func initialsStayInPersonalNames(_ text: String, _ name: String) {
    let found = kinds(text)
    #expect(found.contains("\(name)/person"), "\(found)")
}

@Test func lettersOfAListAreNoInitials() {
    let found = kinds("Which people built it?\nA. Zhelbirov\nB. Tamazov\nC. Osmani")
    #expect(!found.contains { $0.hasPrefix("A. ") || $0.hasPrefix("B. ") }, "\(found)")
}

@Test func clubPrefixesAreNoInitials() {
    let found = kinds("Results:\nF.C. Eldoret 2 Thika 1")
    #expect(!found.contains { $0.hasSuffix("/person") }, "\(found)")
}

@Test func anAbbreviatedCompassPointBeforeACountryIsOnePlace() {
    let found = kinds("Exports to S. Korea rose sharply.")
    #expect(found.contains("S. Korea/place"), "\(found)")
}
