import NewsGraph

/// A store with one case of every audit signal, and one clean entity that must not be listed.
package enum AuditFixture {
    package static var article: ArticleBuilder {
        var b = ArticleBuilder(
            "articles/audit.txt", title: "Audit <test> & co",
            sentences: [
                "BREAKING NEWS",
                "Anna Berg met the Uyghur elders and John Smith in Paris.",
                "Anna Berg said the Uyghur community and J. Smith agreed.",
                "The Uighur poet Paris wrote to the Committee For The Protection Of Very Long Names Of Things.",
                "A <script>alert(\"x\")</script> & 'q' showed up.",
            ])
        b.mention("BREAKING NEWS", .organization, sentence: 0)
        b.mention("Anna Berg", .person, sentence: 1, confidence: 0.95)
        b.mention("Uyghur", .group, sentence: 1)
        b.mention("John Smith", .person, sentence: 1)
        b.mention("Paris", .place, sentence: 1)
        b.mention("Anna Berg", .person, sentence: 2, confidence: 0.95)
        b.mention("Uyghur", .group, sentence: 2)
        b.mention("J. Smith", .person, sentence: 2)
        b.mention("Uighur", .group, sentence: 3)
        b.mention("Paris", .person, sentence: 3, confidence: 0.2)
        b.mention("Committee For The Protection Of Very Long Names Of Things", .organization, sentence: 3)
        b.mention("<script>alert(\"x\")</script> & 'q'", .person, sentence: 4, confidence: 0.9)
        b.relation(("Anna Berg", .person), ("John Smith", .person), sentences: [1])
        return b
    }

    package static func store(_ location: StoreLocation) throws -> GraphStore {
        let store = try location.open()
        try store.ingest([article.analyzed])
        return store
    }
}
