/// Pairs entities that share a sentence (`co-occurrence`) or only a paragraph (`co-paragraph`), undirected, `source < target`.
///
/// Weight is the evidence count: one evidence per sentence (rule `cooccurrence.sentence`, range the sentence) or per
/// paragraph (rule `cooccurrence.paragraph`, range the block, sentence the block's first sentence with a mention).
/// A paragraph pair is left out when the two already co-occur in a sentence of that paragraph. Sentences and
/// paragraphs with more distinct entities than the caps are skipped and counted, so a list of thousands of names
/// costs no quadratic work. Entities are numbered once per article so pairs hash as two integers, not two names.
struct CooccurrenceCounter {
    let maxEntitiesPerSentence: Int
    let maxEntitiesPerParagraph: Int
    private(set) var cappedSentences = 0
    private(set) var cappedParagraphs = 0
    /// The entities of the article, sorted and distinct; pairs refer to them by index.
    private(set) var ends: [Relation.End] = []
    private var sentenceEvidence: [Pair: [Evidence]] = [:]
    private var paragraphEvidence: [Pair: [Evidence]] = [:]

    init(maxEntitiesPerSentence: Int, maxEntitiesPerParagraph: Int) {
        self.maxEntitiesPerSentence = maxEntitiesPerSentence
        self.maxEntitiesPerParagraph = maxEntitiesPerParagraph
    }

    /// The co-occurrence relations, each with the indices in `ends` of their source and target, so they can be sorted without names.
    var numberedRelations: [(source: Int, target: Int, relation: Relation)] {
        var out: [(source: Int, target: Int, relation: Relation)] = []
        out.reserveCapacity(sentenceEvidence.count + paragraphEvidence.count)
        for (pair, evidence) in sentenceEvidence {
            out.append((pair.a, pair.b, relation(pair, RelationFinder.sentenceCooccurrence, evidence)))
        }
        for (pair, evidence) in paragraphEvidence {
            out.append((pair.a, pair.b, relation(pair, RelationFinder.paragraphCooccurrence, evidence)))
        }
        return out
    }

    private func relation(_ pair: Pair, _ kind: String, _ evidence: [Evidence]) -> Relation {
        Relation(source: ends[pair.a], target: ends[pair.b], kind: kind, directed: false, evidence: evidence)
    }

    mutating func add(document: Document, bySentence: [[Mention]], blockOfSentence: [Int], paragraphs: Bool) {
        // Number the entities in sorted order, so that `a < b` as numbers means `source < target` as ends.
        var distinct = Set<Relation.End>()
        for mentions in bySentence {
            for mention in mentions { distinct.insert(Relation.End(name: mention.entity, kind: mention.kind)) }
        }
        ends = distinct.sorted()
        var number: [Relation.End: Int] = [:]
        number.reserveCapacity(ends.count)
        for (n, end) in ends.enumerated() { number[end] = n }

        var pairedInBlock: Set<BlockPair> = []
        var entitiesOfBlock: [Int: Set<Int>] = [:]
        var firstSentenceOfBlock: [Int: Int] = [:]
        var overfullBlocks: Set<Int> = []
        for (sentence, mentions) in bySentence.enumerated() where !mentions.isEmpty {
            let block = blockOfSentence[sentence]
            var entities = Set<Int>()
            for mention in mentions { entities.insert(number[Relation.End(name: mention.entity, kind: mention.kind)]!) }
            if paragraphs, block >= 0, !overfullBlocks.contains(block) {
                if firstSentenceOfBlock[block] == nil { firstSentenceOfBlock[block] = sentence }
                entitiesOfBlock[block, default: []].formUnion(entities)
                // Stop growing a paragraph's set once it is over the cap: hostile input stays linear.
                if entitiesOfBlock[block]!.count > maxEntitiesPerParagraph {
                    overfullBlocks.insert(block)
                    entitiesOfBlock[block] = nil
                }
            }
            guard entities.count > 1 else { continue }
            guard entities.count <= maxEntitiesPerSentence else { cappedSentences += 1; continue }
            let sorted = entities.sorted()
            let evidence = Evidence(sentence: sentence, rule: RelationFinder.sentenceRule,
                                    range: document.sentences[sentence].range)
            for a in 0..<sorted.count {
                for b in (a + 1)..<sorted.count {
                    let pair = Pair(a: sorted[a], b: sorted[b])
                    sentenceEvidence[pair, default: []].append(evidence)
                    if paragraphs, block >= 0 { pairedInBlock.insert(BlockPair(pair: pair, block: block)) }
                }
            }
        }
        cappedParagraphs = overfullBlocks.count
        guard paragraphs else { return }
        for (block, entities) in entitiesOfBlock.sorted(by: { $0.key < $1.key }) where entities.count > 1 {
            let sorted = entities.sorted()
            let evidence = Evidence(sentence: firstSentenceOfBlock[block]!, rule: RelationFinder.paragraphRule,
                                    range: document.blocks[block])
            for a in 0..<sorted.count {
                for b in (a + 1)..<sorted.count {
                    let pair = Pair(a: sorted[a], b: sorted[b])
                    if pairedInBlock.contains(BlockPair(pair: pair, block: block)) { continue }
                    paragraphEvidence[pair, default: []].append(evidence)
                }
            }
        }
    }

    private struct Pair: Hashable {
        var a: Int
        var b: Int
    }

    private struct BlockPair: Hashable {
        var pair: Pair
        var block: Int
    }
}
