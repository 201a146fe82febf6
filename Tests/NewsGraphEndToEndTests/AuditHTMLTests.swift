import Foundation
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// The HTML audit report: self-contained, escaped, and filtered in a real browser (headless Chromium).
@Suite struct AuditHTMLTests {
    static let chromium: String? = ["chromium", "chromium-browser", "google-chrome"].lazy
        .compactMap { ExternalTool.path(of: $0) }.first

    func report() throws -> String {
        AuditReport.html(try Auditor(AuditFixture.store(.memory)).audit(), title: "Audit & <friends>")
    }

    @Test func selfContainedAndEscaped() throws {
        let html = try report()
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(!html.contains(" src=") && !html.contains("<link"))
        #expect(html.contains("<title>Audit &amp; &lt;friends&gt;</title>"))
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"))
        #expect(html.contains("Audit &lt;test&gt; &amp; co: The Uighur poet <mark>Paris</mark> wrote"))
        #expect(html.components(separatedBy: "<script>").count == 2)  // only the page's own script
    }

    /// Loads the report in headless Chromium with a filter in the address and returns the visible rows' names.
    func visibleRows(_ html: String, address: String) throws -> (names: [String], count: String) {
        let chromium = try #require(
            AuditHTMLTests.chromium, "chromium is required under CI=true (apt-get install chromium)")
        let folder = try TemporaryFolder()
        let dir = folder.url
        let file = dir.appendingPathComponent("report.html")
        try Data(html.utf8).write(to: file)
        let result = try ExternalTool.run(
            "/usr/bin/timeout",
            [
                "120", chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--user-data-dir=" + dir.appendingPathComponent("profile").path,
                "--dump-dom", "file://" + file.path + address,
            ])
        #expect(result.status == 0)
        let dom = result.stdout
        var names: [String] = []
        for piece in dom.components(separatedBy: "<tr class=\"row").dropFirst() {
            let openTag = piece.prefix { $0 != ">" }
            guard !openTag.contains("hidden"),
                let start = piece.range(of: "<td class=\"name\">"),
                let end = piece[start.upperBound...].range(of: "</td>")
            else { continue }
            let cell = piece[start.upperBound..<end.lowerBound]
            names.append(String(cell.prefix { $0 != "<" }).trimmingCharacters(in: .whitespaces))
        }
        let count =
            dom.range(of: "<span id=\"count\">").flatMap { r in
                dom[r.upperBound...].range(of: "</span>").map { String(dom[r.upperBound..<$0.lowerBound]) }
            } ?? ""
        return (names, count)
    }

    @Test(
        .enabled(
            if: chromium != nil || ExternalTool.isCI,
            "chromium is not installed (the test runs, and fails, under CI=true)"))
    func browserAppliesFilterFromFragmentAndQuery() throws {
        let html = try report()
        let rows = try Auditor(AuditFixture.store(.memory)).audit()
        let total = rows.count
        // The browser keeps the audit's order (most urgent first) and hides the rest.
        func audited(_ kind: EntityKind, _ names: Set<String>) -> [String] {
            rows.filter { $0.kind == kind && names.contains($0.name) }.map(\.name)
        }
        let smith = try visibleRows(html, address: "#kind=person&q=smith")
        #expect(smith.names == audited(.person, ["J. Smith", "John Smith"]) && smith.names.count == 2)
        #expect(smith.count == "2 of \(total) shown")
        // Kind alone, from the query string; diacritics and case fold in the text filter.
        let groups = try visibleRows(html, address: "?kind=group")
        #expect(groups.names == audited(.group, ["Uighur", "Uyghur"]) && groups.names.count == 2)
        let folded = try visibleRows(html, address: "#q=UÍGHUR")
        #expect(folded.names.contains("Uighur"))
        #expect(!folded.names.contains("J. Smith"))
        let all = try visibleRows(html, address: "")
        #expect(all.names.count == total)
    }
}
