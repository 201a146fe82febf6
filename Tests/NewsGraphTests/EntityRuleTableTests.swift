import Foundation
import NewsGraphTestSupport
import Testing

@testable import NewsGraph
@testable import NewsGraphExtraction

/// The extractor the rule examples run with: the standard gazetteers plus one user name, so `user.gazetteer` has an
/// example too.
let ruleExampleExtractor = EntityExtractor(
    userRules: UserRules(entries: [UserRules.Entry(name: "Qoryn Velt", kind: .person)], patterns: []))

/// An example with its bracketed spans: the text without brackets and the code-point ranges of the spans.
func bracketed(_ example: String) -> (text: String, spans: [TextRange]) {
    var text = String.UnicodeScalarView()
    var spans: [TextRange] = []
    var open = 0
    for c in example.unicodeScalars {
        if c == "[" {
            open = text.count
        } else if c == "]" {
            spans.append(TextRange(open, text.count))
        } else {
            text.append(c)
        }
    }
    return (String(text), spans)
}

struct RuleExample: CustomStringConvertible, Sendable {
    let rule: String
    let example: String
    var description: String { "\(rule): \(example)" }
}

/// What the rules find in `text`: for a run rule, its own decisions before the document pass (a rule whose mentions
/// need support is checked there); for a document-pass rule, the final mentions.
func ruleMentions(_ text: String, _ rule: EntityRule) -> [Mention] {
    let buffer = TextBuffer(text)
    let document = Tokenizer.document(text: buffer, blocks: Cleaner().contentBlocks(in: buffer))
    return ruleExampleExtractor.mentions(in: document, documentPass: rule.phase == .document)
}

@Test(arguments: EntityRules.all.flatMap { rule in rule.fires.map { RuleExample(rule: rule.id, example: $0) } })
func ruleFiresOnItsExample(_ case_: RuleExample) throws {
    let rule = try #require(EntityRules.rule(case_.rule))
    let (text, spans) = bracketed(case_.example)
    #expect(!spans.isEmpty, "a firing example marks its mention with [brackets]")
    let mentions = ruleMentions(text, rule)
    let found = mentions.map { "\($0.text)/\($0.kind)/\($0.rule)" }
    for span in spans {
        let hit = mentions.first { $0.range == span }
        #expect(hit?.rule == rule.id, "\(found)")
        if let kind = rule.kind { #expect(hit?.kind == kind, "\(found)") }
    }
}

@Test(arguments: EntityRules.all.flatMap { rule in rule.silent.map { RuleExample(rule: rule.id, example: $0) } })
func ruleStaysSilentOnItsExample(_ case_: RuleExample) throws {
    let rule = try #require(EntityRules.rule(case_.rule))
    // A rule whose mentions may need support is silent when nothing it found survives the document pass.
    let before = rule.support == .none ? ruleMentions(case_.example, rule) : []
    let mentions = before + extract(case_.example, extractor: ruleExampleExtractor)
    #expect(!mentions.contains { $0.rule == case_.rule }, "\(mentions.map { "\($0.text)/\($0.kind)/\($0.rule)" })")
}

@Test(arguments: EntityRules.all.map(\.id))
func ruleHasExamplesOfBothKinds(_ id: String) throws {
    let rule = try #require(EntityRules.rule(id))
    #expect(!rule.fires.isEmpty, "\(id) has no firing example")
    #expect(!rule.silent.isEmpty, "\(id) has no silent example")
}

@Test func ruleIdsAreUniqueAndWellFormed() {
    let ids = EntityRules.all.map(\.id)
    #expect(Set(ids).count == ids.count)
    for id in ids {
        #expect(id.range(of: #"^[a-z]+(\.[a-z]+(-[a-z]+)*)+$"#, options: .regularExpression) != nil, "\(id)")
    }
    #expect(EntityRules.rule("person.titel-cue") == nil)
}

/// The source folder of a target.
func sourcesURL(_ folder: String) -> URL {
    Fixtures.packageRoot.appendingPathComponent("Sources").appendingPathComponent(folder)
}

/// Every quoted entity-rule id in the sources is declared once, in `EntityRules`, and nowhere else: code that needs a
/// rule refers to its declaration, so a mistyped id does not compile.
@Test func everyRuleIdIsDeclaredExactlyOnce() throws {
    let folder = sourcesURL("")
    let files = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
    var counts: [String: Int] = [:]
    let pattern = try Regex(#""((person|place|organization|group|user)\.[a-z-]+)""#)
    let declared = Set(EntityRules.all.map(\.id))
    for case let url as URL in files where url.pathExtension == "swift" {
        let text = try String(contentsOf: url, encoding: .utf8)
        for match in text.matches(of: pattern) {
            guard let id = match.output[1].substring.map(String.init) else { continue }
            // Relation rule ids ("group.ethnic") live in Relations.
            if url.path.contains("/Relations/") { continue }
            counts[id, default: 0] += 1
            #expect(declared.contains(id), "\(url.lastPathComponent) quotes '\(id)', which no rule declares")
        }
    }
    for id in declared { #expect(counts[id] == 1, "'\(id)' is quoted \(counts[id] ?? 0) times in Sources") }
}

@Test func docsTableIsCurrent() throws {
    let url = sourcesURL("").deletingLastPathComponent().appendingPathComponent("docs/rules.md")
    let text = try String(contentsOf: url, encoding: .utf8)
    let begin = try #require(text.range(of: EntityRules.docsBegin), "docs/rules.md lacks the generated-table marker")
    let end = try #require(text.range(of: EntityRules.docsEnd))
    let current = String(text[begin.upperBound..<end.lowerBound])
    let expected = "\n" + EntityRules.markdown
    if current != expected && Snapshot.isRecording {
        try (String(text[..<begin.upperBound]) + expected + String(text[end.lowerBound...]))
            .write(to: url, atomically: true, encoding: .utf8)
        Issue.record("docs/rules.md re-recorded; review the diff")
        return
    }
    #expect(
        current == expected, "docs/rules.md is out of date: RECORD_SNAPSHOTS=1 swift test --filter docsTableIsCurrent")
    for rule in EntityRules.all { #expect(current.contains("`\(rule.id)`"), "no docs row for \(rule.id)") }
}

@Test func documentRulesComeLastAndRunRulesHaveMatchFunctions() {
    let phases = EntityRules.all.map(\.phase)
    let firstDocument = phases.firstIndex(of: .document) ?? phases.count
    #expect(phases[firstDocument...].allSatisfy { $0 == .document })
    #expect(EntityRules.all[..<firstDocument].allSatisfy { $0.match != nil })
    #expect(EntityRules.all[firstDocument...].allSatisfy { $0.match == nil })
}
