import Foundation
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// Mentions of `text` as one block per line.
func extract(_ text: String, extractor: EntityExtractor = EntityExtractor()) -> [Mention] {
    let buffer = TextBuffer(text)
    let document = Tokenizer.document(text: buffer, blocks: Cleaner().contentBlocks(in: buffer))
    return extractor.mentions(in: document)
}

/// A sentence where a rule must find `name` as `kind` with rule id `rule`.
struct FiresCase: CustomStringConvertible, Sendable {
    let sentence: String
    let name: String
    let kind: EntityKind
    let rule: String
    var description: String { "\(rule): \(sentence)" }
}

/// A sentence where `name` must not be a mention of any kind (and no mention may contain it).
struct SilentCase: CustomStringConvertible, Sendable {
    let sentence: String
    let name: String
    var description: String { "\(name) in: \(sentence)" }
}

@Test(arguments: [
    FiresCase(
        sentence: "The talks were led by Ms Aigerim Tokayeva on Monday.", name: "Aigerim Tokayeva", kind: .person,
        rule: "person.title-cue"),
    FiresCase(
        sentence: "Later, Ambassador Farid Osmani arrived.", name: "Farid Osmani", kind: .person,
        rule: "person.title-cue"),
    FiresCase(
        sentence: "The award went to director Ilyas Abenov last year.", name: "Ilyas Abenov", kind: .person,
        rule: "person.role-cue"),
    FiresCase(
        sentence: "The farmer, Kuanysh Temirbek, 45, was detained.", name: "Kuanysh Temirbek", kind: .person,
        rule: "person.given-name"),
    FiresCase(
        sentence: "Yesterday Zhomart Qasymov, 52, was released.", name: "Zhomart Qasymov", kind: .person,
        rule: "person.age-cue"),
    FiresCase(
        sentence: "Yesterday Ospanov said the plan had failed.", name: "Ospanov", kind: .person,
        rule: "person.speech-cue"),
    FiresCase(
        sentence: "As shown by Vernekar (2011), the effect is small.", name: "Vernekar", kind: .person,
        rule: "person.citation-cue"),
    FiresCase(sentence: "She moved from Urumqi to Almaty.", name: "Urumqi", kind: .place, rule: "place.city"),
    FiresCase(sentence: "Her family lives in Xinjiang now.", name: "Xinjiang", kind: .place, rule: "place.gazetteer"),
    FiresCase(
        sentence: "The trip went through Bosnia and Herzegovina quickly.", name: "Bosnia and Herzegovina", kind: .place,
        rule: "place.gazetteer"),
    FiresCase(
        sentence: "He was born in Tarbagatai and raised there.", name: "Tarbagatai", kind: .place,
        rule: "place.context-cue"),
    FiresCase(
        sentence: "They hiked around Lake Zaisan for a week.", name: "Lake Zaisan", kind: .place,
        rule: "place.head-word"),
    FiresCase(
        sentence: "The rally in Ili Prefecture was broken up.", name: "Ili Prefecture", kind: .place,
        rule: "place.head-word"),
    FiresCase(
        sentence: "She wrote to the Institute of War and Peace Reporting in May.",
        name: "Institute of War and Peace Reporting", kind: .organization, rule: "organization.head-word"),
    FiresCase(
        sentence: "A report by the Committee for the Protection of Journalists came out.",
        name: "Committee for the Protection of Journalists", kind: .organization, rule: "organization.head-word"),
    FiresCase(
        sentence: "Officials of the Tarbagatai Public Security Bureau declined to comment.",
        name: "Tarbagatai Public Security Bureau", kind: .organization, rule: "organization.head-word"),
    FiresCase(
        sentence: "She joined the rights group Erkindik in 2019.", name: "Erkindik", kind: .organization,
        rule: "organization.context-cue"),
    FiresCase(
        sentence: "Yesterday Kazkom said in a statement that prices would rise.", name: "Kazkom", kind: .organization,
        rule: "organization.statement-cue"),
    FiresCase(
        sentence: "The motion was backed by KNB officers and the KNB chief.", name: "KNB", kind: .organization,
        rule: "organization.acronym"),
    FiresCase(
        sentence: "Later the United Nations sent observers.", name: "United Nations", kind: .organization,
        rule: "organization.gazetteer"),
    FiresCase(
        sentence: "The recordings were posted on LibriVox last year.", name: "LibriVox", kind: .organization,
        rule: "organization.camel-case"),
    FiresCase(sentence: "He grew up in Kashgar, China.", name: "Kashgar", kind: .place, rule: "place.city"),
    FiresCase(
        sentence: "He grew up in Zhanakorgan, Kazakhstan.", name: "Zhanakorgan", kind: .place, rule: "place.context-cue"
    ),
    FiresCase(
        sentence: "Thousands of Kazakhs crossed the border.", name: "Kazakhs", kind: .group, rule: "group.gazetteer"),
    FiresCase(sentence: "She met a Kazakh.", name: "Kazakh", kind: .group, rule: "group.demonym-noun"),
    FiresCase(sentence: "Many Muslims fasted that month.", name: "Muslims", kind: .group, rule: "group.gazetteer"),
    FiresCase(sentence: "Many Nevadans voted early.", name: "Nevadans", kind: .group, rule: "group.morphology"),
    FiresCase(sentence: "Some Anglo-Kazakhs stayed.", name: "Anglo-Kazakhs", kind: .group, rule: "group.morphology"),
    FiresCase(
        sentence: "Thousands of Turkish-speaking Uyghurs left.", name: "Uyghurs", kind: .group, rule: "group.gazetteer"),
])
func ruleFires(_ example: FiresCase) {
    let mentions = extract(example.sentence)
    let hit = mentions.first { $0.text == example.name }
    #expect(hit?.kind == example.kind, "\(mentions.map { "\($0.text)/\($0.kind)/\($0.rule)" })")
    #expect(hit?.rule == example.rule, "\(mentions.map { "\($0.text)/\($0.kind)/\($0.rule)" })")
}

@Test(arguments: [
    SilentCase(sentence: "However, the talks failed.", name: "However"),
    SilentCase(sentence: "Yeah, I think so.", name: "Yeah"),
    SilentCase(sentence: "Ethnic Kazakh herders lost their land.", name: "Kazakh"),
    SilentCase(sentence: "The Chinese authorities refused.", name: "Chinese"),
    SilentCase(sentence: "The President spoke at length.", name: "President"),
    SilentCase(sentence: "It cost 250 MXN at the border.", name: "MXN"),
    SilentCase(sentence: "They watched TV all night.", name: "TV"),
    SilentCase(sentence: "We measured sea surface temperature (SST) daily, and SST rose.", name: "SST"),
    SilentCase(sentence: "A single KNB memo leaked.", name: "KNB"),
    SilentCase(sentence: "On Monday the court met.", name: "Monday"),
    SilentCase(sentence: "Meanwhile, Kessler Dynamics hired staff.", name: "Meanwhile"),
    SilentCase(sentence: "Unsurprisingly, Kessler Dynamics hired staff.", name: "Unsurprisingly"),
])
func ruleStaysSilent(_ example: SilentCase) {
    let mentions = extract(example.sentence)
    #expect(!mentions.contains { $0.text.contains(example.name) }, "\(mentions.map(\.text))")
}

@Test func titleIsNotPartOfName() {
    let mentions = extract("Chinese President Xi Jinping visited.")
    #expect(mentions.map(\.text) == ["Xi Jinping"])
}

@Test func joinedParticlesStayInNames() {
    let mentions = extract("He served General Abd al-Karim Qasim and later met Patrizia d'Ettorre.")
    #expect(mentions.map(\.text) == ["Abd al-Karim Qasim", "Patrizia d'Ettorre"])
}

@Test func possessiveIsNotPartOfName() {
    let mentions = extract("Ms Zhanargul Zhumatai spoke. Later Zhumatai’s sister called.")
    #expect(mentions.map(\.text) == ["Zhanargul Zhumatai", "Zhumatai"])
}

@Test func mentionsAreSortedAndDisjoint() {
    let mentions = extract("Activist Dauren Sadykov of the Atajurt group met Kazakhs in Almaty and Urumqi, Xinjiang.")
    for (a, b) in zip(mentions, mentions.dropFirst()) {
        #expect(a.range.end <= b.range.start)
    }
    #expect(mentions.count >= 4)
}

@Test func allCapsHeadlineFindsKnownNames() {
    let mentions = extract("PROTESTERS DETAINED IN ALMATY AND URUMQI")
    #expect(mentions.map(\.text) == ["ALMATY", "URUMQI"])
    #expect(mentions.allSatisfy { $0.kind == .place })
}

@Test func nonLatinNamesAreFound() {
    let mentions = extract("Вчера в Алматы приехал Нурлан Сабуров.")
    #expect(
        mentions.contains { $0.text == "Нурлан Сабуров" && $0.kind == .person && $0.rule == "person.non-latin-name" })
    #expect(!mentions.contains { $0.text.contains("Вчера") })
}

@Test func repeatedNameGainsConfidence() throws {
    let once = try #require(extract("Kessler Dynamics said in a statement that it grew.").first)
    let repeated = try #require(
        extract(
            "Kessler Dynamics said in a statement that it grew. Kessler Dynamics said in a statement it hired. Kessler Dynamics said in a statement nothing."
        ).first)
    #expect(once.rule == "organization.statement-cue")
    #expect(repeated.confidence > once.confidence)
}

/// The folder of test fixtures.
func fixtureURL(_ path: String) -> URL {
    Fixtures.fixtures.appendingPathComponent(path)
}

@Test func fixtureArticleEntities() throws {
    let text = try String(contentsOf: fixtureURL("extraction/kazakh-activist.txt"), encoding: .utf8)
    let buffer = TextBuffer(text)
    let document = Tokenizer.document(text: buffer, blocks: Cleaner().contentBlocks(in: buffer))
    let (mentions, _) = Resolver().resolve(EntityExtractor().mentions(in: document), in: document)
    var entities: [EntityKind: Set<String>] = [:]
    for mention in mentions { entities[mention.kind, default: []].insert(mention.entity) }
    #expect(entities[.person] == ["Aigerim Nurlanova", "Dauren Sadykov"])
    #expect(entities[.place] == ["Xinjiang", "Kashgar", "Almaty", "Kazakhstan", "China", "Urumqi"])
    #expect(
        entities[.organization] == [
            "Institute of War and Peace Reporting", "Committee for the Protection of Journalists", "Erkindik",
        ])
    #expect(entities[.group] == ["Kazakhs", "Uyghurs"])
}

@Test func seedPageNamesChina() throws {
    // China is named in the page's menus and related-article lines, not in the body.
    let url = Fixtures.seedFile
    let mentions = extract(try String(contentsOf: url, encoding: .utf8))
    #expect(mentions.contains { $0.text == "China" && $0.kind == .place && $0.rule == "place.gazetteer" })
}

@Test func seedArticleBodyAsOneBlock() throws {
    let url = Fixtures.seedFile
    let page = try String(contentsOf: url, encoding: .utf8)
    let start = try #require(page.range(of: "Zhanargul Zhumatai: Ethnic Kazakh Dissident Detained"))
    let end = try #require(page.range(of: "all her family can do is wait."))
    let body = String(page[start.lowerBound..<end.upperBound])
    let buffer = TextBuffer(body)
    let document = Tokenizer.document(text: buffer, blocks: [buffer.fullRange])
    let (mentions, aliases) = Resolver().resolve(EntityExtractor().mentions(in: document), in: document)
    func entities(_ kind: EntityKind) -> Set<String> { Set(mentions.filter { $0.kind == kind }.map(\.entity)) }
    #expect(entities(.person).isSuperset(of: ["Zhanargul Zhumatai", "Serikzhan Bilash", "Ruth Ingram"]))
    #expect(entities(.place).isSuperset(of: ["Urumqi", "Xinjiang", "Kazakhstan"]))
    #expect(entities(.organization).isSuperset(of: ["Bitter Winter", "Atajurt"]))
    #expect(entities(.group).isSuperset(of: ["Kazakhs", "Uyghurs"]))
    // Every "Zhanargul" (also before ’s) is a mention of the one person.
    let zhanargul = mentions.filter { $0.text.hasPrefix("Zhanargul") }
    #expect(zhanargul.count >= 15)
    #expect(zhanargul.allSatisfy { $0.kind == .person && $0.entity == "Zhanargul Zhumatai" })
    #expect(
        aliases.contains(
            Alias(name: "Zhanargul", entity: "Zhanargul Zhumatai", kind: .person, reason: "alias.first-name")))
}

@Test func missingGazetteerFileIsAnErrorNotACrash() throws {
    let folder = TemporaryFolder.untilExit()
    var gazetteer = Gazetteer()
    #expect(throws: GazetteerError.missingFile(folder.appendingPathComponent("places.tsv").path)) {
        try gazetteer.load(folder: folder)
    }
}

@Test func gazetteerNotFoundSaysWhereItLooked() {
    let error = GazetteerError.notFound(searched: ["/a", "/b"])
    #expect(error.description.hasPrefix("gazetteer resources not found (looked in: /a, /b). Set NEWSGRAPH_GAZETTEERS"))
}

@Test func standardGazettersLoad() throws {
    let gazetteer = try Gazetteer.standard.get()
    #expect(gazetteer.contains("Xinjiang", .subdivision))
    #expect(gazetteer.contains("Ürümqi", .city))
    #expect(gazetteer.contains("Urumqi", .city))
    #expect(gazetteer.contains("U.S.", .country))
    #expect(gazetteer.contains("Kazakhs", .groupPlural))
    #expect(!gazetteer.contains("However", Gazetteer.Flags.place))
}

@Test(arguments: [
    FiresCase(
        sentence: "In the final, Belgium defeated Panama easily.", name: "Belgium", kind: .organization,
        rule: "organization.team-cue"),
    FiresCase(
        sentence: "Officials met at the Major League offices.", name: "Major League", kind: .organization,
        rule: "organization.head-word"),
])
func metonymyAndHeadRules(_ example: FiresCase) {
    let mentions = extract(example.sentence)
    let hit = mentions.first { $0.text == example.name }
    #expect(hit?.kind == example.kind)
    #expect(hit?.rule == example.rule)
}

@Test func keyTableKeepsEveryKeyThroughGrowth() {
    var table = KeyTable<Int>(capacity: 4)
    var set = KeySet(capacity: 4)
    // The first key is 0, stored as 1.
    let keys: [UInt64] = (0..<5000).map { UInt64($0) &* 0x9e37_79b9_7f4a_7c15 } + [UInt64.max]
    for (n, key) in keys.enumerated() {
        table[key] = n
        set.insert(key)
    }
    #expect(keys.enumerated().allSatisfy { table[$0.element] == $0.offset })
    #expect(keys.allSatisfy { set.contains($0) })
    #expect(table[12345] == nil)
    #expect(!set.contains(12345))
    #expect(set.count == keys.count)
}
