/// Maps an adjective naming a people or a faith (`Kazakh`, `Uyghur`) to the group entity name (`Kazakhs`, `Uyghurs`).
///
/// Used when the adjective in a `belongs-to` pattern is not itself a group mention; the names are the plural forms
/// the extractor gives group entities.
package enum Demonyms {
    /// The group entity for a lowercased adjective, or `nil` when it is not in the table.
    package static func group(for adjective: String) -> String? {
        table[adjective]
    }

    /// Nationality adjectives (lowercased) that extraction sometimes types as a person (`one Philippine developer`):
    /// as a one-word person mention they are no name. Hand-written from the names of countries.
    package static let adjectives: Set<String> = [
        "american", "british", "canadian", "mexican", "brazilian", "argentine", "chilean", "peruvian", "venezuelan",
        "colombian", "ecuadorean", "ecuadorian", "bolivian", "uruguayan", "paraguayan", "cuban", "japanese",
        "chinese", "korean", "taiwanese", "philippine", "filipino", "indonesian", "malaysian", "thai", "vietnamese",
        "indian", "pakistani", "bangladeshi", "iranian", "iraqi", "kuwaiti", "saudi", "egyptian", "israeli",
        "syrian", "lebanese", "jordanian", "turkish", "greek", "italian", "spanish", "portuguese", "french",
        "german", "dutch", "belgian", "swiss", "austrian", "swedish", "norwegian", "danish", "finnish", "irish",
        "scottish", "polish", "soviet", "russian", "hungarian", "czech", "romanian", "yugoslav", "bulgarian",
        "nigerian", "kenyan", "ghanaian", "zambian", "zimbabwean", "australian", "singaporean", "algerian",
        "libyan", "moroccan", "tunisian", "ivorian", "cameroonian", "senegalese", "ugandan", "tanzanian",
        "ethiopian", "sudanese", "angolan", "mozambican", "qatari", "emirati", "omani", "yemeni", "afghan",
        "sri lankan", "nepalese", "burmese", "cambodian", "european", "asian", "african", "arab", "latin",
    ]

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
