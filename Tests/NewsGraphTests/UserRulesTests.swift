import Foundation
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// A fresh folder with `files` (name -> contents).
private func rulesFolder(_ files: [String: String]) throws -> String {
    let folder = TemporaryFolder.untilExit()
    for (name, contents) in files {
        try contents.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return folder.path
}

@Test func userGazetteerNamesAnOrganization() throws {
    let folder = try rulesFolder(["media.gazetteer": "# outlets\norganization\tBitter Winter\nplace\tSouth Mountains\n"]
    )
    let extractor = EntityExtractor(userRules: try UserRules.load(folder: folder))
    let mentions = extract("She told Bitter Winter about it.", extractor: extractor)
    #expect(mentions.map(\.text) == ["Bitter Winter"])
    #expect(mentions.first?.kind == .organization)
    #expect(mentions.first?.rule == "user.gazetteer")
}

@Test func userPatternFiresWithItsRuleID() throws {
    let folder = try rulesFolder(["envoy.patterns": "person.envoy-cue\tperson\tenvoy [<Cap>+]\n"])
    let extractor = EntityExtractor(userRules: try UserRules.load(folder: folder))
    let mentions = extract("The talks were led by envoy Kessler Dynamics yesterday.", extractor: extractor)
    #expect(mentions.first?.text == "Kessler Dynamics")
    #expect(mentions.first?.kind == .person)
    #expect(mentions.first?.rule == "person.envoy-cue")
}

@Test func userPatternWithoutMatchAddsNothing() throws {
    let folder = try rulesFolder(["envoy.patterns": "person.envoy-cue\tperson\tenvoy [<Cap>+]\n"])
    let extractor = EntityExtractor(userRules: try UserRules.load(folder: folder))
    #expect(!extract("The envoy left early.", extractor: extractor).contains { $0.rule == "person.envoy-cue" })
}

@Test func everyBadLineIsReportedWithFileAndLine() throws {
    let folder = try rulesFolder([
        "a.gazetteer": "organization\tAtajurt\nplanet\tMars\nperson\n",
        "b.patterns":
            "person.ok\tperson\tMs [<Cap>]\nBad Id\tperson\tMs <Cap>\nplace.x\tplace\tin <Town>\nplace.y\tplace\t[in <Cap>\n",
    ])
    let a = (folder as NSString).appendingPathComponent("a.gazetteer")
    let b = (folder as NSString).appendingPathComponent("b.patterns")
    let expected = UserRulesError(problems: [
        .init(file: a, line: 2, message: "unknown kind 'planet'; expected person, place, organization or group"),
        .init(file: a, line: 3, message: "expected 2 tab-separated fields (kind, name), found 1"),
        .init(
            file: b, line: 2,
            message: "rule id 'Bad Id' must be lower-case words joined by dots, like 'person.envoy-cue'"),
        .init(file: b, line: 3, message: "unknown slot '<Town>'; expected <Cap> or <Cap>+"),
        .init(file: b, line: 4, message: "'[' without a matching ']'"),
    ])
    #expect(throws: expected) { try UserRules.load(folder: folder) }
}

@Test func errorDescriptionListsEveryLine() {
    let error = UserRulesError(problems: [
        .init(file: "r/a.gazetteer", line: 2, message: "empty name"),
        .init(file: "r/b.patterns", line: 7, message: "empty pattern"),
    ])
    #expect(
        error.description == "2 problems in user rules:\nr/a.gazetteer:2: empty name\nr/b.patterns:7: empty pattern")
}

@Test func missingFolderIsReported() {
    #expect(throws: UserRulesError(problems: [.init(file: "/nonexistent/rules", line: 0, message: "not a folder")])) {
        try UserRules.load(folder: "/nonexistent/rules")
    }
}
