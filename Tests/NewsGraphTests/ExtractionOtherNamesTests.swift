import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// Names of events, prizes, laws and programmes are none of person, place or organization.
@Test(arguments: [
    "Wheat sales under the Export Enhancement Program rose.", "Veterans of the Gulf War marched.",
    "The Tax Reform Act passed in May.", "Kessler won the Davis Cup twice.",
])
func eventsLawsAndProgrammesAreNoEntities(_ text: String) {
    let found = kinds(text)
    for name in ["Export Enhancement Program", "Gulf War", "Tax Reform Act", "Davis Cup", "Gulf"] {
        #expect(!found.contains { $0.hasPrefix(name + "/") }, "\(found)")
    }
}
