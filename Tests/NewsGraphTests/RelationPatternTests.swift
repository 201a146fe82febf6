import NewsGraphTestSupport
import Testing

@testable import NewsGraph

// Each table row: marked-up text, then every typed relation expected (empty: nothing may fire).

@Test(arguments: [
    (
        "[Serikzhan Bilash|p], director of [Atajurt|o], said it.",
        ["Serikzhan Bilash -> Atajurt: affiliated-with director (role.appositive)"]
    ),
    (
        "[Serikzhan Bilash|p], the executive director of the [Atajurt|o] group, said it.",
        ["Serikzhan Bilash -> Atajurt: affiliated-with executive director (role.appositive)"]
    ),
    (
        "[Serikzhan Bilash|p], 45, director of [Atajurt|o], said it.",
        ["Serikzhan Bilash -> Atajurt: affiliated-with director (role.appositive)"]
    ),
    (
        "[Ann Lee|p], a spokesperson for [Amnesty International|o], said it.",
        ["Ann Lee -> Amnesty International: affiliated-with spokesperson (role.appositive)"]
    ),
    (
        "[Serikzhan Bilash|p], founder and director of [Atajurt|o], said it.",
        ["Serikzhan Bilash -> Atajurt: affiliated-with founder and director (role.appositive)"]
    ),
    (
        "[Atajurt|o]'s director [Serikzhan Bilash|p] said it.",
        ["Serikzhan Bilash -> Atajurt: affiliated-with director (role.possessive)"]
    ),
    (
        "[Atajurt|o]\u{2019}s director [Serikzhan Bilash|p] said it.",
        ["Serikzhan Bilash -> Atajurt: affiliated-with director (role.possessive)"]
    ),
    (
        "[Atajurt|o]’s founder, [Serikzhan Bilash|p], said it.",
        ["Serikzhan Bilash -> Atajurt: affiliated-with founder (role.possessive)"]
    ),
    (
        "The director of [Atajurt|o], [Serikzhan Bilash|p], said it.",
        ["Serikzhan Bilash -> Atajurt: affiliated-with director (role.title-before)"]
    ),
    (
        "[Atajurt|o] director [Serikzhan Bilash|p] said it.",
        ["Serikzhan Bilash -> Atajurt: affiliated-with director (role.attributive)"]
    ),
    (
        "[Amnesty International|o] senior researcher [Ann Lee|p] said it.",
        ["Ann Lee -> Amnesty International: affiliated-with senior researcher (role.attributive)"]
    ),
    (
        "He met [Serikzhan Bilash|p] of [Atajurt|o] in May.",
        ["Serikzhan Bilash -> Atajurt: affiliated-with (role.of)"]
    ),
    (
        "[Serikzhan Bilash|p], director of [Atajurt|o]. Later [Atajurt|o]'s director [Serikzhan Bilash|p] left.",
        ["Serikzhan Bilash -> Atajurt: affiliated-with director (role.appositive, role.possessive)"]
    ),
    // Must not fire.
    ("[Serikzhan Bilash|p], a friend of [Atajurt|o], said it.", []),
    ("[Serikzhan Bilash|p], director of [Kazakhstan|l], said it.", []),
    ("The director of [Atajurt|o] said [Serikzhan Bilash|p] left.", []),
    ("[Atajurt|o]'s office and [Serikzhan Bilash|p] were raided.", []),
    ("[Serikzhan Bilash|p] spoke of [Atajurt|o] fondly.", []),
    // A possessed "person" before `of` is a piece of a firm's name.
    ("Kid's [Learning Houses|p] of [Canada Ltd|o] named a chairman.", []),
    ("The firm said its [Baker Water Works|p] of [Ohio Inc|o] unit was sold.", []),
    ("A report by the [Estates|p] of [Kent Farm Board|o] said prices fell.", []),
    // The organization goes on, or an attributive phrase named the person's organization already.
    ("Prices fell, said analyst [Ann Lee|p] of [K.D.|o] [Wells|p].", []),
    ("Prices fell, said analyst [Ann Lee|p] of [Brown|o], [Smith|o] and Jones.", []),
    ("It helps Exxon, said Atajurt analyst [Ann Lee|p] of [Mobil|o]'s sale of assets.", []),
    ("It helps Exxon, said [Brown Smith|p] analyst [Ann Lee|p] of [Mobil|o]'s sale of assets.", []),
    // Still fire.
    (
        "Prices fell, said analyst [Ann Lee|p] of [Brown and Smith Inc|o].",
        ["Ann Lee -> Brown and Smith Inc: affiliated-with (role.of)"]
    ),
    ("Prices fell, said [Ann Lee|p] of [Atajurt|o], adding more.", ["Ann Lee -> Atajurt: affiliated-with (role.of)"]),
    (
        "Prices fell, said [Mobil Inc.|o] Analyst [Ann Lee|p] of [Atajurt|o].",
        ["Ann Lee -> Atajurt: affiliated-with (role.of)"]
    ),
    ("She became [Chair|p] of the [Judiciary Committee|o] then.", []),
    ("[Atajurt|o] director, [Serikzhan Bilash|p] and others met.", []),
    ("[Atajurt|o] helped [Serikzhan Bilash|p] leave.", []),
    (
        "[Serikzhan Bilash|p], director of [Atajurt|o]'s rival, [Ruth Ingram|p], left.",
        ["Serikzhan Bilash -> Atajurt: affiliated-with director (role.appositive)"]
    ),
])
func rolePatterns(markup: String, expected: [String]) {
    #expect(RelationFixture(markup).typed() == expected)
}

@Test(arguments: [
    (
        "[Serikzhan Bilash|p], a member of [Atajurt|o], said it.",
        ["Serikzhan Bilash -> Atajurt: member-of (member.appositive)"]
    ),
    (
        "[Serikzhan Bilash|p], a founding member of the [Atajurt|o] group, said it.",
        ["Serikzhan Bilash -> Atajurt: member-of (member.appositive)"]
    ),
    (
        "[Daniel Roe|p], 19, a member of [Atajurt|o] all his life, left.",
        ["Daniel Roe -> Atajurt: member-of (member.appositive)"]
    ),
    (
        "[Serikzhan Bilash|p] is a member of [Atajurt|o].",
        ["Serikzhan Bilash -> Atajurt: member-of (member.copula)"]
    ),
    (
        "[Serikzhan Bilash|p], who was a senior member of [Atajurt|o], left.",
        ["Serikzhan Bilash -> Atajurt: member-of (member.copula)"]
    ),
    (
        "[Zhanargul|p] has been a member of the [Kazakh community|g] for years.",
        ["Zhanargul -> Kazakh community: member-of (member.copula)"]
    ),
    ("[Serikzhan Bilash|p] joined [Atajurt|o] in 2017.", ["Serikzhan Bilash -> Atajurt: member-of (member.joined)"]),
    (
        "[Serikzhan Bilash|p] later joined the [Atajurt|o] group.",
        ["Serikzhan Bilash -> Atajurt: member-of (member.joined)"]
    ),
    // Must not fire.
    ("[Serikzhan Bilash|p] met a member of [Atajurt|o].", []),
    ("[Serikzhan Bilash|p] joined [Ruth Ingram|p] for lunch.", []),
    ("[Serikzhan Bilash|p] joined protests outside [Atajurt|o].", []),
    ("[Serikzhan Bilash|p], a member of parliament, visited [Atajurt|o].", []),
    ("[Serikzhan Bilash|p] is not a member of [Atajurt|o].", []),
    ("[Serikzhan Bilash|p], a member of [Kazakhstan|l]'s elite, left.", []),
])
func membershipPatterns(markup: String, expected: [String]) {
    #expect(RelationFixture(markup).typed() == expected)
}

@Test(arguments: [
    ("She lives in [Urumqi|l] in [Xinjiang|l] now.", ["Urumqi -> Xinjiang: located-in (location.in)"]),
    ("Staff at [Atajurt|o] in [Almaty|l] were arrested.", ["Atajurt -> Almaty: located-in (location.in)"]),
    ("She was held in [Urumqi|l] in the [Xinjiang|l] region.", ["Urumqi -> Xinjiang: located-in (location.in)"]),
    ("[Atajurt|o], based in [Almaty|l], said it.", ["Atajurt -> Almaty: located-in (location.based-in)"]),
    ("Staff of the [Atajurt|o] group in [Almaty|l] left.", ["Atajurt -> Almaty: located-in (location.in)"]),
    (
        "The [Atajurt|o] group headquartered in [Almaty|l] said it.",
        ["Atajurt -> Almaty: located-in (location.based-in)"]
    ),
    (
        "She went home to the [Xinjiang|l] region's [Urumqi|l] last year.",
        ["Urumqi -> Xinjiang: located-in (location.possessive)"]
    ),
    ("[China|l]’s [Xinjiang|l] is vast.", ["Xinjiang -> China: located-in (location.possessive)"]),
    (
        "She was in [Urumqi|l], capital of the [Xinjiang|l] region.",
        ["Urumqi -> Xinjiang: capital-of (capital.appositive)"]
    ),
    (
        "She was in [Urumqi|l], the regional capital of [Xinjiang|l].",
        ["Urumqi -> Xinjiang: capital-of (capital.appositive)"]
    ),
    ("She was in [Xinjiang|l]'s capital [Urumqi|l].", ["Urumqi -> Xinjiang: capital-of (capital.possessive)"]),
    (
        "She was in the [Xinjiang|l] region's capital, [Urumqi|l].",
        ["Urumqi -> Xinjiang: capital-of (capital.possessive)"]
    ),
    ("[Urumqi|l] is the capital of [Xinjiang|l].", ["Urumqi -> Xinjiang: capital-of (capital.copula)"]),
    ("[Phoenix|l] is the capital of the state of [Arizona|l].", ["Phoenix -> Arizona: capital-of (capital.copula)"]),
    // Must not fire.
    ("[Urumqi|l] is the capital of misery in [Xinjiang|l].", []),
    ("[Urumqi|l] is close to the capital of [Xinjiang|l].", []),
    ("She moved to [Urumqi|l] in 2019.", []),
    ("[Zhanargul|p] in [Urumqi|l] was arrested.", []),
    ("Investment by [China|l] in [Kazakhstan|l] grew.", []),
    (
        "She lives in [Urumqi|l] in [China|l]'s [Xinjiang|l] region.",
        ["Xinjiang -> China: located-in (location.possessive)"]
    ),
    ("[Xinjiang|l]'s police arrested her in [Urumqi|l].", []),
    ("[Urumqi|l], [Almaty|l] and [Astana|l] are cities.", []),
    ("She left [Urumqi|l], capital of misery, for [Xinjiang|l].", []),
    ("[Atajurt|o], founded in [Almaty|l], said it.", []),
    ("[Xinjiang|l]'s capital city was cold.", []),
    // A name cut in the middle (`Program for [Clean Water] in [Health]`), two places run together.
    ("A grant came from the Program for [Clean Water|o] in [Health|l] this year.", []),
    ("A grant came from the [Project|o] for [Clean Water|o] in [Health|l] this year.", []),
    ("Fields like [Alaska|l]'s [Cook Inlet and the Beaufort Sea|l] are declining.", []),
    ("He raised money for [Oxfam|o] in [Kenya|l] last year.", ["Oxfam -> Kenya: located-in (location.in)"]),
])
func locationPatterns(markup: String, expected: [String]) {
    #expect(RelationFixture(markup).typed() == expected)
}

@Test(arguments: [
    (
        "Bitter Winter followed ethnic Kazakh [Zhanargul Zhumatai|p]’s story.",
        ["Zhanargul Zhumatai -> Kazakhs: belongs-to (group.ethnic)"]
    ),
    (
        "He met ethnic [Kazakh|g|Kazakhs] [Zhanargul Zhumatai|p] there.",
        ["Zhanargul Zhumatai -> Kazakhs: belongs-to (group.ethnic)"]
    ),
    (
        "He met ethnic Kazakh activist [Serikzhan Bilash|p] there.",
        ["Serikzhan Bilash -> Kazakhs: belongs-to (group.ethnic)"]
    ),
    ("The Uyghur activist [Rushan Abbas|p] spoke.", ["Rushan Abbas -> Uyghurs: belongs-to (group.descriptor)"]),
    (
        "The Kazakh human rights activist [Serikzhan Bilash|p] spoke.",
        ["Serikzhan Bilash -> Kazakhs: belongs-to (group.descriptor)"]
    ),
    (
        "The [Uyghur|g|Uyghurs] scholar [Ilham Tohti|p] was jailed.",
        ["Ilham Tohti -> Uyghurs: belongs-to (group.descriptor)"]
    ),
    (
        "[Zhanargul Zhumatai|p], an ethnic Kazakh, was arrested.",
        ["Zhanargul Zhumatai -> Kazakhs: belongs-to (group.appositive)"]
    ),
    ("[Rushan Abbas|p], a Uyghur activist, spoke.", ["Rushan Abbas -> Uyghurs: belongs-to (group.appositive)"]),
    ("[Rushan Abbas|p], 52, a Uyghur from Urumqi, spoke.", ["Rushan Abbas -> Uyghurs: belongs-to (group.appositive)"]),
    // Must not fire.
    ("Kazakh herders told [Serikzhan Bilash|p] about it.", []),
    ("Kazakh police arrested [Serikzhan Bilash|p] there.", []),
    ("The Kazakh [Zhanargul Zhumatai|p] case is known.", []),
    ("[Zhanargul Zhumatai|p], a Kazakh herders' advocate, spoke.", []),
    ("He met the exiled Kazakh human rights group [Atajurt|o] there.", []),
])
func groupPatterns(markup: String, expected: [String]) {
    #expect(RelationFixture(markup).typed() == expected)
}

@Test(arguments: [
    (
        "[Serikzhan Bilash|p] told [Bitter Winter|o] that it was so.",
        ["Serikzhan Bilash -> Bitter Winter: spoke-to (speech.told)"]
    ),
    (
        "[Serikzhan Bilash|p], director of [Atajurt|o], told the [Bitter Winter|o] magazine so.",
        [
            "Serikzhan Bilash -> Atajurt: affiliated-with director (role.appositive)",
            "Serikzhan Bilash -> Bitter Winter: spoke-to (speech.told)",
        ]
    ),
    (
        "[Serikzhan Bilash|p] said to [Ruth Ingram|p] that it was so.",
        ["Serikzhan Bilash -> Ruth Ingram: spoke-to (speech.said-to)"]
    ),
    (
        "[Serikzhan Bilash|p] spoke with [Ruth Ingram|p] in May.",
        ["Serikzhan Bilash -> Ruth Ingram: spoke-to (speech.spoke-to)"]
    ),
    (
        "[Serikzhan Bilash|p], director of [Atajurt|o], speaking to [Bitter Winter|o] said that it was so.",
        [
            "Serikzhan Bilash -> Atajurt: affiliated-with director (role.appositive)",
            "Serikzhan Bilash -> Bitter Winter: spoke-to (speech.speaking-to)",
        ]
    ),
    (
        "In a bold move, speaking to [Bitter Winter|o] from her home, [Zhanargul|p|Zhanargul Zhumatai] described it.",
        ["Zhanargul Zhumatai -> Bitter Winter: spoke-to (speech.speaking-to)"]
    ),
    (
        "[Serikzhan Bilash|p] said in an interview with [Bitter Winter|o] that it was so.",
        ["Serikzhan Bilash -> Bitter Winter: spoke-to (speech.interview)"]
    ),
    (
        "In an interview with [Bitter Winter|o], [Serikzhan Bilash|p] said it was so.",
        ["Serikzhan Bilash -> Bitter Winter: spoke-to (speech.interview)"]
    ),
    (
        "[Serikzhan Bilash|p], speaking to [Bitter Winter|o], said it was so.",
        ["Serikzhan Bilash -> Bitter Winter: spoke-to (speech.speaking-to)"]
    ),
    // Must not fire.
    ("She told [Bitter Winter|o] that [Serikzhan Bilash|p] was right.", []),
    ("She met [Serikzhan Bilash|p], speaking to [Bitter Winter|o] later.", []),
    ("[Ruth Ingram|p] read an interview with [Serikzhan Bilash|p] yesterday.", []),
    ("In an interview with [Bitter Winter|o], her sister said [Zhanargul|p] was gone.", []),
    ("[Serikzhan Bilash|p] was told by [Ruth Ingram|p] to leave.", []),
    ("The wife of [Serikzhan Bilash|p] told [Ruth Ingram|p] so.", []),
    ("[Serikzhan Bilash|p] said [Ruth Ingram|p] was right.", []),
    ("[Serikzhan Bilash|p] said that police told her to go to [Urumqi|l].", []),
    ("Speaking to [Bitter Winter|o] from her home, [Zhanargul|p]'s sister described it.", []),
    ("[Ruth Ingram|p] met people, and speaking to [Bitter Winter|o] is risky.", []),
    // The mention before the verb is an object behind a title, or the tail of a name with a particle.
    ("Aides travelling with Prime Minister [Ann Lee|p] told [Bitter Winter|o] the visit was over.", []),
    (
        // The firm typed person: still not the speaker.
        "[Ann Lee|p], President of [Atajurt Ventures|p] told [Bitter Winter|o] so.", []
    ),
    (
        "[Ann Lee|p], President of [Atajurt|o] told [Bitter Winter|o] so.",
        ["Ann Lee -> Atajurt: affiliated-with president (role.appositive)"]
    ),
    ("[Ann Lee|p] of the charity [Caritas|o] et [Spes|p] told [Bitter Winter|o] it would help.", []),
    ("A fund run by [Boston|l] Banker [Ann Lee|p] told [Bitter Winter|o] it had sold.", []),
    ("A clerk at its office in [Almaty|l], [Astana|p], told [Bitter Winter|o] it had closed.", []),
    // The listener hosts an event the speaker addressed.
    ("[Ann Lee|p] told a [Nikkei|o] conference on markets that rates would fall.", []),
    ("[Ann Lee|p] told a [Pentagon|o] news conference the ships had left.", []),
    ("Speaking to a [Columbia University|o] seminar, [Ann Lee|p] said rates would fall.", []),
    // Still fire: a title before the subject, a body of the listener.
    ("Prime Minister [Ann Lee|p] told [Bitter Winter|o] so.", ["Ann Lee -> Bitter Winter: spoke-to (speech.told)"]),
    ("[Ann Lee|p] told a [Senate|o] committee hearing so.", ["Ann Lee -> Senate: spoke-to (speech.told)"]),
    (
        "In May Secretary of State [Ann Lee|p] told the [Senate|o] so.",
        ["Ann Lee -> Senate: spoke-to (speech.told)"]
    ),
    (
        "A clerk at its office in [Almaty|l], [Ann Lee|p], told [Bitter Winter|o] it had closed.",
        ["Ann Lee -> Bitter Winter: spoke-to (speech.told)"]
    ),
])
func speechPatterns(markup: String, expected: [String]) {
    #expect(RelationFixture(markup).typed() == expected)
}

@Test(arguments: [
    (
        "[Bitter Winter|o]\nA magazine on liberty\nby [Ruth Ingram|p]\nText follows here.",
        ["Ruth Ingram -> Bitter Winter: author-of (author.byline-masthead)"]
    ),
    (
        "Headline here\nBy [Ruth Ingram|p], [Bitter Winter|o]\nText follows here.",
        ["Ruth Ingram -> Bitter Winter: author-of (author.byline)"]
    ),
    (
        "She told [Bitter Winter|o] about it. It was so.\nby [Ruth Ingram|p] and [Marco Respinti|p]\nText about [Atajurt|o].",
        [
            "Marco Respinti -> Bitter Winter: author-of (author.byline-head)",
            "Ruth Ingram -> Bitter Winter: author-of (author.byline-head)",
        ]
    ),
    (
        "[Bitter Winter|o]\nWritten by [Ruth Ingram|p] | 02/13/2023\nText follows here.",
        ["Ruth Ingram -> Bitter Winter: author-of (author.byline-masthead)"]
    ),
    // Must not fire.
    ("[Bitter Winter|o]\nA video taken by [Zhanargul|p]'s sister.", []),
    ("[Bitter Winter|o]\nShe was arrested by [Ruth Ingram|p] yesterday.", []),
    ("[Bitter Winter|o]\nby [Ruth Ingram|p] who went to the market and bought bread for everyone", []),
    ("Headline here\nby [Ruth Ingram|p]\nText follows here.", []),
    ("[Bitter Winter|o]\nBy [Reuters|o]\nText follows here.", []),
])
func bylinePattern(markup: String, expected: [String]) {
    #expect(RelationFixture(markup).typed() == expected)
}

@Test func bylineAuthorsAreReportedWithoutPublication() {
    #expect(
        RelationFixture("Headline here\nby [Ruth Ingram|p]\nText follows here.").result().authors == ["Ruth Ingram"])
}
