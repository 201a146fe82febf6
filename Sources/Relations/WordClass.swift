/// The word lists of `RelationVocabulary` a word belongs to, as bits: one dictionary lookup per token, then
/// every pattern test is a bit test.
package struct WordClass: OptionSet, Sendable {
    package let rawValue: UInt32
    package init(rawValue: UInt32) { self.rawValue = rawValue }

    package static let determiners = WordClass(rawValue: 1 << 0)
    package static let clauseOpeners = WordClass(rawValue: 1 << 1)
    package static let roles = WordClass(rawValue: 1 << 2)
    package static let roleModifiers = WordClass(rawValue: 1 << 3)
    package static let rolePrepositions = WordClass(rawValue: 1 << 4)
    package static let memberModifiers = WordClass(rawValue: 1 << 5)
    package static let copulas = WordClass(rawValue: 1 << 6)
    package static let regionNouns = WordClass(rawValue: 1 << 7)
    package static let capitalModifiers = WordClass(rawValue: 1 << 8)
    package static let placementParticiples = WordClass(rawValue: 1 << 9)
    package static let nounsAfterOrganization = WordClass(rawValue: 1 << 10)
    package static let locationBlockers = WordClass(rawValue: 1 << 11)
    package static let descriptors = WordClass(rawValue: 1 << 12)
    package static let descriptorModifiers = WordClass(rawValue: 1 << 13)
    package static let subjectBlockers = WordClass(rawValue: 1 << 14)
    package static let tellVerbs = WordClass(rawValue: 1 << 15)
    package static let sayVerbs = WordClass(rawValue: 1 << 16)
    package static let speakVerbs = WordClass(rawValue: 1 << 17)
    package static let speakingParticiples = WordClass(rawValue: 1 << 18)
    package static let conversationPrepositions = WordClass(rawValue: 1 << 19)
    package static let bylineWords = WordClass(rawValue: 1 << 20)
    /// Adjectives `Demonyms` maps to a group (so patterns look the table up only for words that are in it).
    package static let demonyms = WordClass(rawValue: 1 << 21)

    /// The classes of a lowercased word (empty for words in no list).
    ///
    /// This runs for every word of every sentence with a mention. ASCII words (nearly all) go through
    /// `ASCIIWordTable`, which hashes the bytes with FNV-1a instead of `Hasher`; other words use the `String`
    /// dictionary, whose comparison is by canonical equivalence (for ASCII strings that is byte equality).
    package static func of(_ word: String) -> WordClass {
        var word = word
        if let classes = word.withUTF8({ asciiTable.classes(of: $0) }) { return classes }
        return table[word] ?? []
    }

    /// The table `of` looks ASCII words up in; a caller asking for every word of a sentence reads it once.
    package static let asciiTable = ASCIIWordTable(table)

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
            (RelationVocabulary.nounsAfterOrganization, .nounsAfterOrganization),
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
