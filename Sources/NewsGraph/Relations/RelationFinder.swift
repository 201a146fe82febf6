/// Finds the links between the entities of one article: co-occurrence in a sentence, and typed patterns.
///
/// In: a document and its resolved mentions. Out: relations with their evidence sentences.
public struct RelationFinder: Sendable {
    /// Above this many distinct entities in one sentence, co-occurrence pairs are not formed (a list, not a statement).
    public var maxEntitiesPerSentence: Int

    public init(maxEntitiesPerSentence: Int = 30) {
        self.maxEntitiesPerSentence = maxEntitiesPerSentence
    }

    public func relations(in document: Document, mentions: [Mention]) -> [Relation] {
        var bySentence: [Int: Set<Relation.End>] = [:]
        for mention in mentions {
            bySentence[mention.sentence, default: []].insert(Relation.End(name: mention.entity, kind: mention.kind))
        }
        var relations: [Pair: Relation] = [:]
        for (sentence, ends) in bySentence.sorted(by: { $0.key < $1.key }) where ends.count <= maxEntitiesPerSentence {
            let sorted = ends.sorted()
            for a in 0..<sorted.count {
                for b in (a + 1)..<sorted.count {
                    let pair = Pair(a: sorted[a], b: sorted[b])
                    let evidence = Evidence(sentence: sentence, rule: "cooccurrence.sentence",
                                            range: document.sentences[sentence].range)
                    relations[pair, default: Relation(source: sorted[a], target: sorted[b], kind: "co-occurrence",
                                                      directed: false, evidence: [])].evidence.append(evidence)
                }
            }
        }
        return relations.values.sorted { ($0.source, $0.target) < ($1.source, $1.target) }
    }

    private struct Pair: Hashable {
        var a: Relation.End
        var b: Relation.End
    }
}
