import NewsGraphCore

extension RelationFinder {
    /// What `RelationFinder.find(in:mentions:)` returns: the relations, and counts a caller can print.
    public struct Result: Sendable, Equatable {
        /// Sorted by source, target and kind.
        public var relations: [Relation] = []
        /// Sentences with more than `maxEntitiesPerSentence` distinct entities, for which no co-occurrence was formed.
        public var cappedSentences = 0
        /// Paragraphs with more than `maxEntitiesPerParagraph` distinct entities, for which no `co-paragraph` was formed.
        public var cappedParagraphs = 0
        /// Canonical names of the people named in bylines, in order, whether or not a publication was found.
        public var authors: [String] = []

        public init() {}
    }
}
