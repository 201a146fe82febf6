import Foundation
import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// Passages of the seed article (`seeds/000_5c569fa6e81c3a0d.txt`), with the mentions the extractor is meant to find.
let seedMarkup = """
    [Bitter Winter|o]
    A magazine on religious liberty and human rights
    Zhanargul Zhumatai: Ethnic Kazakh Dissident Detained
    She told [Bitter Winter|o] and the world she was in grave danger of being arrested. She was right.
    by [Ruth Ingram|p]
    [Bitter Winter|o] has followed ethnic Kazakh [Zhanargul Zhumatai|p]’s story since her SOS, relayed through the exiled Kazakh human rights group [Atajurt|o] over New Year, calling for international support over her imminent arrest.
    In a bold move, speaking to [Bitter Winter|o] from her mother’s home in [Urumqi|l], capital of the [Xinjiang|l] region, [Zhanargul|p|Zhanargul Zhumatai] described the merciless hounding and threats of re-arrest unless she admitted herself to a psychiatric hospital.
    [Serikzhan Bilash|p], director of [Atajurt|o], speaking to [Bitter Winter|o] said that recently great play has been made in the Chinese media of busloads of [Kazakhs|g] returning to their homeland.
    """

@Test func seedArticleTypedRelations() {
    let typed = RelationFixture(seedMarkup).typed()
    #expect(
        typed == [
            "Ruth Ingram -> Bitter Winter: author-of (author.byline-masthead)",
            "Serikzhan Bilash -> Atajurt: affiliated-with director (role.appositive)",
            "Serikzhan Bilash -> Bitter Winter: spoke-to (speech.speaking-to)",
            "Urumqi -> Xinjiang: capital-of (capital.appositive)",
            "Zhanargul Zhumatai -> Bitter Winter: spoke-to (speech.speaking-to)",
            "Zhanargul Zhumatai -> Kazakhs: belongs-to (group.ethnic)",
        ])
}

@Test func seedArticleAuthors() {
    #expect(RelationFixture(seedMarkup).result().authors == ["Ruth Ingram"])
}

/// The whole seed page, cleaned as the pipeline does (the masthead above the headline is dropped, so the
/// publication is found in the article head), with every occurrence of the names below as mentions.
@Test func wholeSeedPageGivesTheIssueExamples() throws {
    let url = Fixtures.seedFile
    let text = TextBuffer(try String(contentsOf: url, encoding: .utf8))
    let document = Tokenizer.document(text: text, blocks: Cleaner().contentBlocks(in: text))
    let names: [(String, EntityKind, String?)] = [
        ("Bitter Winter", .organization, nil), ("Ruth Ingram", .person, nil), ("Zhanargul Zhumatai", .person, nil),
        ("Zhanargul", .person, "Zhanargul Zhumatai"), ("Atajurt", .organization, nil), ("Urumqi", .place, nil),
        ("Xinjiang", .place, nil), ("Serikzhan Bilash", .person, nil), ("Kazakhstan", .place, nil),
        ("Kazakhs", .group, nil), ("Uyghurs", .group, nil),
    ]
    let mentions = RelationFixture.mentions(of: names, in: document)
    let typed = RelationFinder().relations(in: document, mentions: mentions).filter(\.directed)
        .map(RelationFixture.describe)
    #expect(
        typed == [
            "Ruth Ingram -> Bitter Winter: author-of (author.byline-head)",
            "Serikzhan Bilash -> Atajurt: affiliated-with director (role.appositive)",
            "Serikzhan Bilash -> Bitter Winter: spoke-to (speech.speaking-to)",
            "Urumqi -> Xinjiang: capital-of (capital.appositive)",
            "Zhanargul Zhumatai -> Bitter Winter: spoke-to (speech.speaking-to)",
            "Zhanargul Zhumatai -> Kazakhs: belongs-to (group.ethnic)",
        ])
}
