/// Maps an adjective naming a people or a faith (`Kazakh`, `Uyghur`) to the group entity name (`Kazakhs`, `Uyghurs`).
///
/// Used when the adjective in a `belongs-to` pattern is not itself a group mention; the names are the plural forms
/// the extractor gives group entities.
package enum Demonyms {
    /// The group entity for a lowercased adjective, or `nil` when it is not in the table.
    package static func group(for adjective: String) -> String? {
        table[adjective]
    }

    package static let table: [String: String] = [
        "kazakh": "Kazakhs", "kazak": "Kazakhs", "qazaq": "Kazakhs",
        "uyghur": "Uyghurs", "uighur": "Uyghurs", "uygur": "Uyghurs",
        "tibetan": "Tibetans",
        "kyrgyz": "Kyrgyz", "kirghiz": "Kyrgyz",
        "uzbek": "Uzbeks",
        "tajik": "Tajiks",
        "tatar": "Tatars",
        "turkmen": "Turkmens",
        "hui": "Hui",
        "han": "Han Chinese",
        "mongol": "Mongols", "mongolian": "Mongolians",
        "manchu": "Manchus",
        "dungan": "Dungans",
        "salar": "Salars",
        "zhuang": "Zhuang",
        "rohingya": "Rohingya",
        "kurdish": "Kurds",
        "yazidi": "Yazidis",
        "muslim": "Muslims",
        "christian": "Christians",
        "catholic": "Catholics",
        "protestant": "Protestants",
        "buddhist": "Buddhists",
        "jewish": "Jews",
        "hindu": "Hindus",
        "sikh": "Sikhs",
        "ahmadi": "Ahmadis",
    ]
}
