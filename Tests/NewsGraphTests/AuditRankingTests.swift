import Foundation
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// The audit ranks what a reviewer should see first: on a corpus built like Reuters (capitalised headlines
/// whose verbs become entities, NEW YORK datelines beside New York in the text) among many one-off names
/// with spelling and initials near-duplicates, the junk and the split entities come first.
@Suite struct AuditRankingTests {
    static func corpus() -> String {
        let companies = ["Acme", "Borden", "Carlyle", "Dexter", "Elgin", "Fairchild", "Gannett", "Harcourt"]
        let units = ["CHEMICAL", "STEEL", "PAPER", "FOOD", "RETAIL"]
        let people = ["John Reed", "Mary Collins", "Peter Walsh", "Susan Hart", "David Stone", "Laura Price"]
        var lines: [String] = []
        for index in 0..<40 {
            let company = companies[index % companies.count]
            let unit = units[index % units.count]
            let text = """
                \(company.uppercased()) SELLS \(unit) UNIT

                NEW YORK, March \(index % 28 + 1) - \(company) Inc said it sold its \(unit.lowercased()) unit to \
                Zenith Holdings for \(index + 5) mln dlrs.
                \(people[index % people.count]), chairman of \(company), said the sale would close in New York.

                """
            lines.append(JSONText.quote(text))
        }
        // Noise the old additive score put on top: one-off names with many initials and spelling neighbours.
        let given = ["Anna", "Adam", "Alan", "Amos", "Abel", "Ada", "Alec", "Axel"]
        for first in given {
            let text =
                "\(first) Kowalski and \(first.prefix(1)). Kowalski met Dr. \(first) Kowalsky in Warsaw on Tuesday.\n"
            lines.append(JSONText.quote(text))
        }
        return lines.enumerated().map { "{\"id\": \"fx-\($0.offset)\", \"text\": \($0.element)}" }
            .joined(separator: "\n") + "\n"
    }

    @Test func headlineVerbsAreNotNamesAndCaseVariantsAreJoined() throws {
        let folder = try TemporaryFolder()
        let corpus = try folder.write("corpus.jsonl", Self.corpus())
        let store = try GraphStore(path: folder.file("kg.sqlite"))
        _ = try Ingestor().ingest(paths: [corpus.path], into: store)
        let rows = try Auditor(store).audit(snippets: 1)
        let first = rows.prefix(50)
        #expect(!first.isEmpty)

        // The capitals variant is no longer a row to review: store-wide identity joins NEW YORK to New York.
        #expect(!rows.contains { $0.name == "NEW YORK" })
        #expect(try GraphQuery(store).entity(named: "NEW YORK").entity.name == "New York")
        // Headline verbs are no longer names: extraction reads an all-caps headline as a headline.
        #expect(!rows.contains { $0.name.hasSuffix(" SELLS") }, "\(first.map(\.name))")
        // What is left to review ranks by reach x doubt: never a row above one with a higher score.
        #expect(zip(rows, rows.dropFirst()).allSatisfy { $0.score >= $1.score || $1.status == .rejected })
        // Codes are sorted, stable identifiers.
        #expect(rows.allSatisfy { $0.codes == $0.codes.sorted() && !$0.codes.isEmpty })
        #expect(
            Set(rows.flatMap(\.codes)).isSubset(of: Set(AuditReason.allCases.map(\.rawValue))))
    }
}
