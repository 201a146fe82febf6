import Foundation
import NewsGraph

/// libFuzzer target over the parsers of the files an analyst writes: the curation file and user rules. The input is
/// decoded as UTF-8 (with repair) and read as a curation file, a `.gazetteer` file and a `.patterns` file. Neither
/// parser may trap; every problem names its line (1 to the number of lines); and a curation file that parses is
/// written back by `CurationFile.write` and parses again to the same decisions (so names with quotes, backslashes,
/// tabs or line breaks survive export and import). A failed check traps: add the input to
/// Tests/Fixtures/robustness/fuzz-regressions/parsers.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParsers(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let lineCount = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }.count
    do {
        let lines = try CurationFile.parse(text, path: "c.txt")
        let entries = lines.enumerated().map { index, line in
            CurationEntry(
                id: Int64(index + 1), decision: line.decision, note: line.note, createdAt: "2026-01-01T00:00:00Z")
        }
        let again = try CurationFile.parse(CurationFile.write(entries), path: "c.txt")
        check(
            again.map(\.decision) == lines.map(\.decision) && again.map(\.note) == lines.map(\.note),
            "curation file does not round-trip: \(lines.map(\.decision)) became \(again.map(\.decision))")
    } catch {
        check(!error.problems.isEmpty, "a curation parse error without a problem")
        for problem in error.problems {
            check(
                problem.line >= 1 && problem.line <= lineCount,
                "curation problem on line \(problem.line) of \(lineCount)")
        }
    }
    for isPatterns in [false, true] {
        var rules = UserRules()
        var problems: [UserRulesError.Problem] = []
        rules.parse(text, file: isPatterns ? "r.patterns" : "r.gazetteer", patterns: isPatterns, problems: &problems)
        for problem in problems {
            check(
                problem.line >= 1 && problem.line <= lineCount, "rules problem on line \(problem.line) of \(lineCount)")
        }
    }
    return 0
}

func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}
