import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// A weekday or a caption label after a name is no part of it.
@Test(arguments: [
    ("Interview with founder Hugh Zhelbirov Sunday, May 28, 2006", "Hugh Zhelbirov"),
    ("A tweet to student Ahmed Osmani Image: Reuters", "Ahmed Osmani"),
])
func weekdaysAndCaptionLabelsEndNames(_ text: String, _ name: String) {
    let found = extract(text).map(\.text)
    #expect(found.contains(name), "\(found)")
}

/// A list with a conjunction gives its unsupported names the kind its typed names agree on; an appositive list
/// without one ("Lab, Institute, Country") does not.
@Test func coordinationNeedsAConjunction() {
    let listed = kinds("The town borders Almaty, Zhelbirovka and Astana.")
    #expect(listed.contains("Zhelbirovka/place"), "\(listed)")
    let address = kinds("Kuanysh Temirbek\n\nZhelbirov Lab, Almaty, Kazakhstan")
    #expect(!address.contains("Zhelbirov Lab/place"), "\(address)")
}
