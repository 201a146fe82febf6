import Foundation
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

@Suite struct CleanerTests {
    let article: Article
    let text: TextBuffer
    let blocks: [TextRange]

    init() throws {
        article = try Fixtures.seedArticle()
        text = TextBuffer(article.text)
        blocks = Cleaner().contentBlocks(in: text)
    }

    @Test func seedBodyRunsFromHeadlineToLastSentence() throws {
        let headline = try #require(Cleaner().headline(in: text))
        #expect(text[headline] == "Zhanargul Zhumatai: Ethnic Kazakh Dissident Detained")
        // Before the headline only the sections of the breadcrumb trail "Home / China / News China".
        let first = try #require(blocks.firstIndex(of: headline))
        #expect(blocks[..<first].map { text[$0] } == ["China", "News China"])
        let body = blocks.map { text[$0] }
        let last = try #require(body.firstIndex { $0.hasSuffix("all her family can do is wait.") })
        // Only the author's bio may follow the last sentence of the article.
        #expect(body[(last + 1)...].allSatisfy { $0.contains("Ruth Ingram") })
    }

    @Test(arguments: [
        "HOME", "NEWS", "Keep Reading", "Primary Sidebar", "Footer", "Skip to", "Related articles",
        "Most Read", "Copyright", "Home / China", "EDITORIAL BOARD", "Tagged With", "bw-profile",
        "02/13/2023", "A magazine on religious liberty", "Xi Jinping Wins",
    ])
    func seedFurnitureIsDropped(_ furniture: String) {
        #expect(!blocks.contains { text[$0].contains(furniture) })
    }

    @Test func repeatedCaptionIsKeptOnce() {
        let caption = "Zhanargul being led away from her mother’s home by local police"
        #expect(blocks.map { text[$0] }.joined(separator: "\n").components(separatedBy: caption).count == 2)
    }

    @Test func plainArticleComesThroughWhole() {
        let plain =
            "Storm Hits Coast\n\nThe storm reached Lisbon on Monday.\nOfficials in Porto said roads were closed.\n\nMore rain is expected."
        let buffer = TextBuffer(plain)
        let kept = Cleaner().contentBlocks(in: buffer).map { buffer[$0] }
        #expect(
            kept == [
                "Storm Hits Coast",
                "The storm reached Lisbon on Monday.\nOfficials in Porto said roads were closed.",
                "More rain is expected.",
            ])
    }

    @Test func blockOffsetsPointIntoTheTextAsGiven() {
        let plain = "• Menu\n• About\n\nAda Lovelace wrote the first program for the Analytical Engine in London."
        let buffer = TextBuffer(plain)
        let kept = Cleaner().contentBlocks(in: buffer)
        #expect(kept == [TextRange(16, plain.unicodeScalars.count)])
    }

    @Test func metadataOfTheSeed() {
        #expect(article.title == "Zhanargul Zhumatai: Ethnic Kazakh Dissident Detained")
        #expect(article.author == "Ruth Ingram")
        #expect(article.date == "2023-02-13")
        #expect(article.id == ContentHash.hex(of: article.text, digits: 16))
    }

    @Test(
        arguments: [
            ("Published 2021-03-04 by staff", "2021-03-04"),
            ("February 13, 2023", "2023-02-13"),
            ("13 Feb 2023", "2023-02-13"),
            ("25/12/2020", "2020-12-25"),
            ("Call 555-1234 now", nil),
            ("FEBRUARY 13 2023", "2023-02-13"),
            ("Dec. 25, 2020", "2020-12-25"),
            ("March +3, 1999", "1999-03-03"),
            ("Sept 5 2023", nil),
            ("13 Mayo 2023", nil),
            ("Posted 1 may 2020 by staff", "2020-05-01"),
        ] as [(String, String?)])
    func dates(_ line: String, _ expected: String?) {
        #expect(MetadataSniffer.date(in: line) == expected)
    }

    /// The month-word search on an ASCII line's scalars (the fast path) finds what the general path on the
    /// lowercased string finds, for every combination of month forms, numbers and separators below.
    @Test func monthDatesOnScalarsMatchTheGeneralPath() {
        let words = [
            "march", "Mar", "MAY", "mayo", "sept", "September", "DECEMBER", "feb", "13", "+3", "-3", "2023", "x",
            "99999999999999999999", "-",
        ]
        let separators = [" ", ", ", ". ", ","]
        let iso = { (y: Int, m: Int, d: Int) -> String? in
            (1...12).contains(m) && (1...31).contains(d) && y > 1000 ? "\(y)-\(m)-\(d)" : nil
        }
        var lines = 0
        var found = 0
        for a in words {
            for b in words {
                for c in words {
                    for separator in separators {
                        let line = [a, b, c].joined(separator: separator) + (a == "x" ? "." : "")
                        let scalars = Array(line.unicodeScalars)
                        let general = MetadataSniffer.monthDate(in: line, iso: iso)
                        #expect(MetadataSniffer.monthDate(in: scalars, iso: iso) == general, "\(line)")
                        lines += 1
                        if general != nil { found += 1 }
                    }
                }
            }
        }
        #expect(lines == 15 * 15 * 15 * 4)
        #expect(found > 50)
    }
}
