import Foundation
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// Every input the fuzzers found (Tests/Fixtures/robustness/fuzz-regressions/TARGET) and the seed corpus, replayed
/// through the same checks as Scripts/fuzz.sh: the fuzz targets, built normally, replay the files they are given.
@Suite struct RobustnessFuzzRegressionTests {
    @Test(arguments: ["text", "export", "parsers"])
    func fuzzFindingsAndSeedsPass(_ target: String) throws {
        let fixtures = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/robustness")
        let folder = try TemporaryFolder()
        let result = try NewsGraphBinary.run(
            [
                fixtures.appendingPathComponent("fuzz-seeds/\(target)").path,
                fixtures.appendingPathComponent("fuzz-regressions/\(target)").path,
            ],
            in: folder.url, binary: NewsGraphBinary.url(named: "newsgraph-fuzz-\(target)"))
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("replayed "), "\(result)")
    }
}
