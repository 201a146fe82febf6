import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// Rows of results tables and lists of names are no headings: their capitalised words are names in full.
@Test(arguments: [
    "Leading scores:\n271 Kuanysh Temirbek 68 67 70 66\n272 Dauren Sadykov 70 69 66 67",
    "Squad: Kuanysh Temirbek ( Kazakhstan ) , Dauren Sadykov , Aigerim Tokayeva",
])
func tableRowsAreNoHeadings(_ text: String) {
    let found = kinds(text)
    #expect(found.contains("Kuanysh Temirbek/person"), "\(found)")
    #expect(found.contains("Dauren Sadykov/person"), "\(found)")
}

@Test func aTitleCaseHeadingStillDropsUnknownWords() {
    // One number is no table: "5 Ways To Plan A Trip" is a heading, its words no names.
    let found = kinds("5 Ways To Plan Zhelbirov Trips\n\nWe went to Almaty in May.")
    #expect(!found.contains { $0.hasPrefix("Zhelbirov") }, "\(found)")
}
