import Foundation
import NewsGraph
import Testing

/// Where a store test keeps its store: in memory or in a temporary file (STYLE: store tests run on both).
package enum StoreLocation: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case memory, file

    package var testDescription: String { rawValue }

    package func open() throws -> GraphStore {
        switch self {
        case .memory:
            return try GraphStore(path: ":memory:")
        case .file:
            let dir = TemporaryFolder.untilExit("store")
            return try GraphStore(path: dir.appendingPathComponent("store.sqlite").path)
        }
    }
}

/// Builds an `AnalyzedArticle` by hand, so store tests never depend on the extractor.
///
/// Sentences are joined with one space; mentions and relations name the sentence they are in and
/// find their offsets (in code points) from the surface text.
package struct ArticleBuilder {
    package var source: String
    package var title: String?
    package var date: String?
    package var sentences: [String]
    package private(set) var mentions: [Mention] = []
    package private(set) var aliases: [Alias] = []
    package private(set) var relations: [Relation] = []

    package init(_ source: String, title: String? = nil, date: String? = nil, sentences: [String]) {
        self.source = source
        self.title = title
        self.date = date
        self.sentences = sentences
    }

    package var text: String { sentences.joined(separator: " ") }

    /// Code-point range of sentence `index`.
    package func range(ofSentence index: Int) -> TextRange {
        var start = 0
        for i in 0..<index { start += sentences[i].unicodeScalars.count + 1 }
        return TextRange(start, start + sentences[index].unicodeScalars.count)
    }

    /// Code-point range of the first `surface` in sentence `index`.
    package func range(of surface: String, inSentence index: Int) -> TextRange {
        let sentence = sentences[index]
        guard let found = sentence.range(of: surface) else { fatalError("'\(surface)' not in sentence \(index)") }
        let offset = sentence.unicodeScalars.distance(from: sentence.unicodeScalars.startIndex, to: found.lowerBound)
        let start = range(ofSentence: index).start + offset
        return TextRange(start, start + surface.unicodeScalars.count)
    }

    package mutating func mention(
        _ surface: String, _ kind: EntityKind, sentence: Int, entity: String? = nil,
        rule: String = "test.rule", confidence: Double = 0.9
    ) {
        mentions.append(
            Mention(
                range: range(of: surface, inSentence: sentence), text: surface, kind: kind, rule: rule,
                confidence: confidence, sentence: sentence, entity: entity))
    }

    package mutating func alias(_ name: String, of entity: String, _ kind: EntityKind, reason: String = "alias.surname")
    {
        aliases.append(Alias(name: name, entity: entity, kind: kind, reason: reason))
    }

    package mutating func relation(
        _ a: (String, EntityKind), _ b: (String, EntityKind), kind: String = "co-occurrence",
        label: String = "", directed: Bool = false, sentences: [Int], rule: String = "cooccurrence.sentence"
    ) {
        var source = Relation.End(name: a.0, kind: a.1), target = Relation.End(name: b.0, kind: b.1)
        if !directed && target < source { swap(&source, &target) }
        relations.append(
            Relation(
                source: source, target: target, kind: kind, directed: directed,
                evidence: sentences.map { Evidence(sentence: $0, rule: rule, range: range(ofSentence: $0)) },
                label: label.isEmpty ? nil : label))
    }

    package var analyzed: AnalyzedArticle {
        let article = Article(source: source, externalID: source, text: text, title: title, date: date)
        let buffer = TextBuffer(text)
        let sentenceValues = sentences.indices.map { Sentence(range: range(ofSentence: $0), tokens: 0..<0) }
        let document = Document(text: buffer, blocks: [buffer.fullRange], tokens: [], sentences: sentenceValues)
        return AnalyzedArticle(
            article: article, document: document, mentions: mentions, aliases: aliases, relations: relations)
    }
}

/// The small graph most query tests use.
///
/// Zhanargul Zhumatai (alias Zhumatai) - Urumqi (weight 2) - Li Wei; Li Wei -director-> Xinjiang Police;
/// in a second article, unconnected to the first: Anna Berg - Paris (place), and Hilton taken for a person once.
package enum Fixture {
    package static let zz = ("Zhanargul Zhumatai", EntityKind.person)
    package static let urumqi = ("Urumqi", EntityKind.place)
    package static let li = ("Li Wei", EntityKind.person)
    package static let police = ("Xinjiang Police", EntityKind.organization)

    package static var camps: ArticleBuilder {
        var b = ArticleBuilder(
            "articles/camps.txt", title: "Camps", date: "2024-05-01",
            sentences: [
                "Zhanargul Zhumatai lived in Urumqi.",
                "Zhumatai met Li Wei in Urumqi.",
                "Li Wei is director of Xinjiang Police.",
            ])
        b.mention("Zhanargul Zhumatai", .person, sentence: 0, rule: "person.gazetteer", confidence: 0.95)
        b.mention("Urumqi", .place, sentence: 0, rule: "place.gazetteer")
        b.mention("Zhumatai", .person, sentence: 1, entity: "Zhanargul Zhumatai", rule: "person.surname")
        b.mention("Li Wei", .person, sentence: 1, rule: "person.title-cue")
        b.mention("Urumqi", .place, sentence: 1, rule: "place.gazetteer")
        b.mention("Li Wei", .person, sentence: 2, rule: "person.title-cue")
        b.mention("Xinjiang Police", .organization, sentence: 2, rule: "org.suffix", confidence: 0.7)
        b.alias("Zhumatai", of: "Zhanargul Zhumatai", .person, reason: "alias.surname")
        b.relation(zz, urumqi, sentences: [0, 1])
        b.relation(zz, li, sentences: [1])
        b.relation(li, urumqi, sentences: [1])
        b.relation(li, police, sentences: [2])
        b.relation(
            li, police, kind: "affiliated-with", label: "director", directed: true, sentences: [2], rule: "role.of")
        return b
    }

    package static var paris: ArticleBuilder {
        var b = ArticleBuilder(
            "articles/paris.txt",
            sentences: [
                "Anna Berg flew to Paris.",
                "Paris is large.",
                "Paris Hilton was not there.",
            ])
        b.mention("Anna Berg", .person, sentence: 0)
        b.mention("Paris", .place, sentence: 0)
        b.mention("Paris", .place, sentence: 1)
        b.mention("Hilton", .person, sentence: 2, rule: "person.bad-guess", confidence: 0.3)
        b.relation(("Anna Berg", .person), ("Paris", .place), sentences: [0])
        return b
    }

    /// A third article naming Zhanargul Zhumatai with a misspelling ("Zhumatay"), for curation and suggestions.
    package static var misspelled: ArticleBuilder {
        var b = ArticleBuilder(
            "articles/misspelled.txt", date: "2024-06-01", sentences: ["Zhanargul Zhumatay spoke in Urumqi."])
        b.mention("Zhanargul Zhumatay", .person, sentence: 0, confidence: 0.5)
        b.mention("Urumqi", .place, sentence: 0)
        b.relation(("Zhanargul Zhumatay", .person), Fixture.urumqi, sentences: [0])
        return b
    }

    package static func store(_ location: StoreLocation) throws -> GraphStore {
        let store = try location.open()
        try store.ingest([camps.analyzed, paris.analyzed])
        return store
    }
}
