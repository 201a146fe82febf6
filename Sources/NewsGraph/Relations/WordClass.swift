/// The word lists of `RelationVocabulary` a word belongs to, as bits: one dictionary lookup per token, then
/// every pattern test is a bit test.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt32

    static let determiners = WordClass(rawValue: 1 << 0)
    static let clauseOpeners = WordClass(rawValue: 1 << 1)
    static let roles = WordClass(rawValue: 1 << 2)
    static let roleModifiers = WordClass(rawValue: 1 << 3)
    static let rolePrepositions = WordClass(rawValue: 1 << 4)
    static let memberModifiers = WordClass(rawValue: 1 << 5)
    static let copulas = WordClass(rawValue: 1 << 6)
    static let regionNouns = WordClass(rawValue: 1 << 7)
    static let capitalModifiers = WordClass(rawValue: 1 << 8)
    static let placementParticiples = WordClass(rawValue: 1 << 9)
    static let organizationNouns = WordClass(rawValue: 1 << 10)
    static let locationBlockers = WordClass(rawValue: 1 << 11)
    static let descriptors = WordClass(rawValue: 1 << 12)
    static let descriptorModifiers = WordClass(rawValue: 1 << 13)
    static let subjectBlockers = WordClass(rawValue: 1 << 14)
    static let tellVerbs = WordClass(rawValue: 1 << 15)
    static let sayVerbs = WordClass(rawValue: 1 << 16)
    static let speakVerbs = WordClass(rawValue: 1 << 17)
    static let speakingParticiples = WordClass(rawValue: 1 << 18)
    static let conversationPrepositions = WordClass(rawValue: 1 << 19)
    static let bylineWords = WordClass(rawValue: 1 << 20)
    /// Adjectives `Demonyms` maps to a group (so patterns look the table up only for words that are in it).
    static let demonyms = WordClass(rawValue: 1 << 21)

    /// The classes of a lowercased word (empty for words in no list).
    ///
    /// This runs for every word of every sentence with a mention. ASCII words (nearly all) go through
    /// `ASCIIWordTable`, which hashes the bytes with FNV-1a instead of `Hasher`; other words use the `String`
    /// dictionary, whose comparison is by canonical equivalence (for ASCII strings that is byte equality).
    static func of(_ word: String) -> WordClass {
        var word = word
        if let classes = word.withUTF8({ asciiTable.classes(of: $0) }) { return classes }
        return table[word] ?? []
    }

    private static let asciiTable = ASCIIWordTable(table)

    private static let table: [String: WordClass] = {
        let lists: [(Set<String>, WordClass)] = [
            (RelationVocabulary.determiners, .determiners),
            (RelationVocabulary.clauseOpeners, .clauseOpeners),
            (RelationVocabulary.roles, .roles),
            (RelationVocabulary.roleModifiers, .roleModifiers),
            (RelationVocabulary.rolePrepositions, .rolePrepositions),
            (RelationVocabulary.memberModifiers, .memberModifiers),
            (RelationVocabulary.copulas, .copulas),
            (RelationVocabulary.regionNouns, .regionNouns),
            (RelationVocabulary.capitalModifiers, .capitalModifiers),
            (RelationVocabulary.placementParticiples, .placementParticiples),
            (RelationVocabulary.organizationNouns, .organizationNouns),
            (RelationVocabulary.locationBlockers, .locationBlockers),
            (RelationVocabulary.descriptors, .descriptors),
            (RelationVocabulary.descriptorModifiers, .descriptorModifiers),
            (RelationVocabulary.subjectBlockers, .subjectBlockers),
            (RelationVocabulary.tellVerbs, .tellVerbs),
            (RelationVocabulary.sayVerbs, .sayVerbs),
            (RelationVocabulary.speakVerbs, .speakVerbs),
            (RelationVocabulary.speakingParticiples, .speakingParticiples),
            (RelationVocabulary.conversationPrepositions, .conversationPrepositions),
            (RelationVocabulary.bylineWords, .bylineWords),
            (Set(Demonyms.table.keys), .demonyms),
        ]
        var table: [String: WordClass] = [:]
        for (words, wordClass) in lists {
            for word in words { table[word, default: []].insert(wordClass) }
        }
        return table
    }()
}
