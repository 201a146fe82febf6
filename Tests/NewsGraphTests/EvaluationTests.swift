import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// Scores of the fixture pair: 3 gold documents (one with a `misc` span), predictions with a duplicate, a wrong type,
/// split names and a prediction over the `misc` span.
private func fixtureScores() throws -> Scores {
    let gold = try EvaluationDocument.load(path: fixtureURL("extraction/eval-gold.jsonl").path)
    let predicted = try EvaluationDocument.load(path: fixtureURL("extraction/eval-pred.jsonl").path)
    return Scorer().score(gold: gold, predicted: predicted)
}

// Expected counts as ../shared/eval/score.py prints them for the fixture pair (tp, fp, fn).
@Test(arguments: [
    ("person", Counts(tp: 0, fp: 4, fn: 2)),
    ("place", Counts(tp: 3, fp: 1, fn: 0)),
    ("organization", Counts(tp: 0, fp: 0, fn: 1)),
    ("group", Counts(tp: 1, fp: 0, fn: 0)),
])
func exactCountsAgreeWithScorePy(_ type: String, _ expected: Counts) throws {
    #expect(try fixtureScores().exact[type] == expected)
}

@Test(arguments: [
    ("person", Counts(tp: 2, fp: 2, fn: 0)),
    ("place", Counts(tp: 3, fp: 1, fn: 0)),
    ("organization", Counts(tp: 0, fp: 0, fn: 1)),
    ("group", Counts(tp: 1, fp: 0, fn: 0)),
])
func partialCountsAgreeWithScorePy(_ type: String, _ expected: Counts) throws {
    #expect(try fixtureScores().partial[type] == expected)
}

@Test func overallAndUntypedAgreeWithScorePy() throws {
    let scores = try fixtureScores()
    #expect(scores.overall(scores.exact) == Counts(tp: 4, fp: 5, fn: 3))
    #expect(scores.overall(scores.partial) == Counts(tp: 6, fp: 3, fn: 1))
    #expect(scores.untyped == Counts(tp: 5, fp: 4, fn: 2))
}

@Test func tableMatchesScorePyLines() throws {
    let lines = try fixtureScores().table().split(separator: "\n").map(String.init)
    #expect(lines[0] == "view     type               P      R     F1     tp     fp     fn")
    #expect(lines[2] == "exact    place          0.750  1.000  0.857      3      1      0")
    #expect(lines[5] == "exact    overall        0.444  0.571  0.500      4      5      3")
    #expect(lines[10] == "partial  overall        0.667  0.857  0.750      6      3      1")
    #expect(lines[11] == "untyped  overall        0.556  0.714  0.625      5      4      2")
}

@Test func errorsListFalsePositivesAndNegatives() throws {
    let table = try fixtureScores().table(errors: 2)
    #expect(table.contains("\nperson fp (first 2):\n  a: \"Aigerim\"\n  b: \"Dauren\"\n"))
    #expect(table.contains("\norganization fn (first 1):\n  a: \"NATO\"\n"))
}

@Test func predictionOverMiscSpanIsIgnored() throws {
    let scores = try fixtureScores()
    #expect(!(scores.errors["person"]?.falsePositives.contains { $0.text == "Winter" } ?? true))
}

@Test func badGoldLinesAreAllReported() {
    let text = "{\"id\": \"a\", \"entities\": []}\nnot json\n{\"entities\": []}\n"
    #expect(throws: EvaluationError.badLines(["gold.jsonl:2: not a JSON object", "gold.jsonl:3: no field \"id\""])) {
        try EvaluationDocument.parse(text, path: "gold.jsonl")
    }
}
