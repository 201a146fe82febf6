import Foundation
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

@Suite struct AuditTests {
    func row(_ rows: [AuditRow], _ name: String, _ kind: EntityKind) -> AuditRow? {
        rows.first { $0.name == name && $0.kind == kind }
    }

    @Test(arguments: StoreLocation.allCases)
    func everySignalGivesItsReason(_ location: StoreLocation) throws {
        let rows = try Auditor(AuditFixture.store(location)).audit()
        #expect(row(rows, "Anna Berg", .person) == nil)
        let news = try #require(row(rows, "BREAKING NEWS", .organization))
        #expect(
            news.reasons == [
                "seen once", "all-caps name", "found only in page furniture",
                "all-caps, and 1 of 1 mentions are in all-caps headlines",
            ])
        #expect(news.codes == ["evidence.seen-once", "junk.furniture", "junk.headline", "shape.all-caps"])
        // Reach 1 (one mention, no relation) x doubt 1 - 0.9 x 0.3 x 0.7 x 0.2.
        #expect(news.score == 0.96)
        // Reach 2 (one mention, one relation) x doubt 1 - 0.9 x 0.5 (seen once, initials of J. Smith) = 1.1.
        #expect(row(rows, "John Smith", .person)?.score == 1.1)
        // First: Paris, one of whose two mentions extraction typed as a person. Reach log2(3) x doubt
        // 1 - (1 - 0.6) x (1 - 0.3): a kind conflict weighs 0.1 plus the share typed otherwise (1 of 2), and the
        // mean confidence is low (0.55).
        #expect(rows.first?.name == "Paris" && rows.first?.score == 1.14)
        // One name, one entity: the weak person guess joins the place, and the audit says it was found as both.
        #expect(row(rows, "Paris", .person) == nil)
        #expect(row(rows, "Paris", .place)?.reasons.contains("'Paris' was found as person, place") == true)
        #expect(
            row(rows, "Uighur", .group)?.reasons.contains("near-duplicate of 'Uyghur' (group, spelling variant)")
                == true)
        #expect(row(rows, "Uyghur", .group)?.reasons == ["near-duplicate of 'Uighur' (group, spelling variant)"])
        #expect(
            row(rows, "J. Smith", .person)?.reasons.contains("near-duplicate of 'John Smith' (person, initials)")
                == true)
        #expect(
            row(rows, "Committee For The Protection Of Very Long Names Of Things", .organization)?
                .reasons.contains("very long name") == true)
        #expect(
            row(rows, "Paris", .place)?.snippets.contains(
                "Audit <test> & co: The Uighur poet [[Paris]] wrote to the Committee For The Protection Of Very Long Names Of Things."
            ) == true)
        // Ranked by score, then name: the order is total and stable.
        let scores = rows.filter { $0.status == .entity }.map(\.score)
        #expect(scores == scores.sorted(by: >))
        #expect(try Auditor(AuditFixture.store(location)).audit() == rows)
    }

    @Test(arguments: StoreLocation.allCases)
    func rejectedNamesStayVisibleAsRejected(_ location: StoreLocation) throws {
        let store = try AuditFixture.store(location)
        try Curator(store).record(.reject(GraphQuery(store).entity(named: "BREAKING NEWS").entity), note: "furniture")
        let rows = try Auditor(store).audit()
        let rejected = try #require(rows.last)
        #expect(rejected.name == "BREAKING NEWS" && rejected.status == .rejected)
        #expect(rejected.reasons == ["rejected by curation"])
        #expect(rejected.snippets == ["Audit <test> & co: [[BREAKING NEWS]]"])
        #expect(rows.filter { $0.status == .rejected }.count == 1)
    }

    @Test(arguments: [
        ("Uyghur", "Uighur", true), ("Mohammed", "Muhammad", true), ("Qazaq", "Kazakh", true),
        ("Zhanargul Zhumatai", "Zhanargul Zhumatay", true), ("Urumqi", "Almaty", false),
        // Names that stay non-ASCII after folding take the character-by-character path, with the same merges.
        ("Qazaq Øster", "Kazakh Øster", true), ("Mohammed 東京", "Muhammad 東京", true), ("Uyghur Ø", "Almaty Ø", false),
    ])
    func spellingVariantsShareASkeleton(_ a: String, _ b: String, same: Bool) {
        #expect((AuditSignals.skeleton(a) == AuditSignals.skeleton(b)) == same)
    }

    /// The byte-level skeleton (ASCII names) and the character-level one agree: the same merges, doubled letters
    /// collapsed, inner vowels dropped.
    @Test(arguments: [
        ("Muhammad", "mhmd"), ("Zhanargul Zhumatai", "zhnrgl zhmt"), ("Kazakh", "kzk"), ("Uyghur", "ugr"),
        ("Cooper Phillips", "kpr flps"), ("Mohammed Ø", "mhmd ø"),
    ])
    func skeletonsAreTheSameOnBothPaths(_ name: String, _ skeleton: String) {
        #expect(AuditSignals.skeleton(name) == skeleton)
    }

    @Test(arguments: [
        ("NATO", false), ("BREAKING NEWS", true), ("UNESCO", true), ("McDonald", false), ("ÜRÜMQI NEWS", true),
    ])
    func allCaps(_ name: String, flagged: Bool) {
        #expect(AuditSignals.isAllCaps(name) == flagged)
    }
}

@Suite struct ShowTests {
    @Test(arguments: StoreLocation.allCases)
    func namesWithReasonsMentionsAndRelations(_ location: StoreLocation) throws {
        let store = try Fixture.store(location)
        try store.ingest([Fixture.misspelled.analyzed])
        let zz = try GraphQuery(store).entity(named: "Zhanargul Zhumatai").entity
        try Curator(store).record(
            .merge(GraphQuery(store).entity(named: "Zhanargul Zhumatay").entity, into: zz), note: "typo")
        try Curator(store).record(.addAlias("Mrs Zhumatai", to: zz))
        let report = try Auditor(store).report(for: zz)
        #expect(
            report.aliases.map { "\($0.name): \($0.reason)" }
                == ["Mrs Zhumatai: curation", "Zhanargul Zhumatay: curation", "Zhumatai: alias.surname"])
        #expect(report.mentionCount == 3 && report.articleCount == 2)
        #expect(
            report.mentions.map(\.snippet) == [
                "[[Zhanargul Zhumatai]] lived in Urumqi.", "[[Zhumatai]] met Li Wei in Urumqi.",
                "[[Zhanargul Zhumatay]] spoke in Urumqi.",
            ])
        #expect(report.mentions.map(\.rule) == ["person.gazetteer", "person.surname", "test.rule"])
        #expect(report.mentions[1].start == 36 && report.mentions[1].end == 44)
        #expect(report.relations.map { "\($0.other.name) \($0.relation.weight)" } == ["Urumqi 3", "Li Wei 1"])
        #expect(report.curation.count == 2)
        #expect(
            report.curation[0].hasSuffix(
                "merge 'Zhanargul Zhumatay' (person) into 'Zhanargul Zhumatai' (person) (typo)"))
    }

    @Test func snippetMarksByCodePointsAndShortens() {
        let context = "👩‍👩‍👧 Ürümqi café and more"
        let start = 6  // after the family emoji (5 scalars) and a space
        #expect(
            Snippet.marked(context, contextStart: 100, range: TextRange(100 + start, 100 + start + 6))
                == "👩‍👩‍👧 [[Ürümqi]] café and more")
        #expect(Snippet.marked("abcdefghij", contextStart: 0, range: TextRange(4, 5), window: 2) == "…cd[[e]]fg…")
    }
}

@Suite struct PageFurnitureTests {
    @Test(arguments: StoreLocation.allCases)
    func bylineRulesAndMentionsOutsideSentencesAreFurniture(_ location: StoreLocation) throws {
        let store = try location.open()
        var b = ArticleBuilder(
            "f.txt", sentences: ["By Mark Byline and Anna Berg.", "Anna Berg met Carl Body in Oslo."])
        b.mention("Mark Byline", .person, sentence: 0, rule: "person.byline")
        b.mention("Anna Berg", .person, sentence: 0)
        b.mention("Anna Berg", .person, sentence: 1)
        b.mention("Carl Body", .person, sentence: 1)
        var analyzed = b.analyzed
        // A mention whose sentence index points nowhere: outside every sentence of the body.
        analyzed.mentions.append(
            Mention(
                range: b.range(of: "Oslo", inSentence: 1), text: "Oslo", kind: .place,
                rule: "place.gazetteer", confidence: 0.9, sentence: 7))
        try store.ingest([analyzed])
        let rows = try Auditor(store).audit()
        let furniture = rows.filter { $0.reasons.contains("found only in page furniture") }.map(\.name)
        #expect(furniture == ["Mark Byline", "Oslo"])
        #expect(
            rows.first { $0.name == "Oslo" }?.snippets == [
                "f.txt: By Mark Byline and Anna Berg. Anna Berg met Carl Body in [[Oslo]]."
            ])
    }
}
