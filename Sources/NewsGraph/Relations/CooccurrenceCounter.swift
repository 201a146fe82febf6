/// Pairs entities that share a sentence (`co-occurrence`) or only a paragraph (`co-paragraph`), undirected, `source < target`.
///
/// Weight is the evidence count: one evidence per sentence (rule `cooccurrence.sentence`, range the sentence) or per
/// paragraph (rule `cooccurrence.paragraph`, range the block, sentence the block's first sentence with a mention). A paragraph pair is left
/// out when the two already co-occur in a sentence of that paragraph. Sentences and paragraphs with more distinct
/// entities than the caps are skipped and counted, so a list of thousands of names costs no quadratic work.
struct CooccurrenceCounter {
    let maxEntitiesPerSentence: Int
    let maxEntitiesPerParagraph: Int
    private(set) var cappedSentences = 0
    private(set) var cappedParagraphs = 0
    private var sentencePairs: [Pair: Relation] = [:]
    private var paragraphPairs: [Pair: Relation] = [:]

    init(maxEntitiesPerSentence: Int, maxEntitiesPerParagraph: Int) {
        self.maxEntitiesPerSentence = maxEntitiesPerSentence
        self.maxEntitiesPerParagraph = maxEntitiesPerParagraph
    }

    var relations: [Relation] { Array(sentencePairs.values) + Array(paragraphPairs.values) }

    mutating func add(document: Document, bySentence: [[Mention]], blockOfSentence: [Int], paragraphs: Bool) {
        var pairedInBlock: Set<BlockPair> = []
        var endsOfBlock: [Int: Set<Relation.End>] = [:]
        var firstSentenceOfBlock: [Int: Int] = [:]
        var overfullBlocks: Set<Int> = []
        for (sentence, mentions) in bySentence.enumerated() where !mentions.isEmpty {
            let block = blockOfSentence[sentence]
            var ends = Set<Relation.End>()
            for mention in mentions { ends.insert(Relation.End(name: mention.entity, kind: mention.kind)) }
            if paragraphs, block >= 0, !overfullBlocks.contains(block) {
                if firstSentenceOfBlock[block] == nil { firstSentenceOfBlock[block] = sentence }
                endsOfBlock[block, default: []].formUnion(ends)
                // Stop growing a paragraph's set once it is over the cap: hostile input stays linear.
                if endsOfBlock[block]!.count > maxEntitiesPerParagraph {
                    overfullBlocks.insert(block)
                    endsOfBlock[block] = nil
                }
            }
            guard ends.count > 1 else { continue }
            guard ends.count <= maxEntitiesPerSentence else { cappedSentences += 1; continue }
            let sorted = ends.sorted()
            let evidence = Evidence(sentence: sentence, rule: RelationFinder.sentenceRule,
                                    range: document.sentences[sentence].range)
            for a in 0..<sorted.count {
                for b in (a + 1)..<sorted.count {
                    let pair = Pair(a: sorted[a], b: sorted[b])
                    sentencePairs[pair, default: Relation(source: sorted[a], target: sorted[b],
                                                          kind: RelationFinder.sentenceCooccurrence, directed: false,
                                                          evidence: [])].evidence.append(evidence)
                    if paragraphs, block >= 0 { pairedInBlock.insert(BlockPair(pair: pair, block: block)) }
                }
            }
        }
        cappedParagraphs = overfullBlocks.count
        guard paragraphs else { return }
        for (block, ends) in endsOfBlock.sorted(by: { $0.key < $1.key }) where ends.count > 1 {
            let sorted = ends.sorted()
            let evidence = Evidence(sentence: firstSentenceOfBlock[block]!, rule: RelationFinder.paragraphRule,
                                    range: document.blocks[block])
            for a in 0..<sorted.count {
                for b in (a + 1)..<sorted.count {
                    let pair = Pair(a: sorted[a], b: sorted[b])
                    if pairedInBlock.contains(BlockPair(pair: pair, block: block)) { continue }
                    paragraphPairs[pair, default: Relation(source: sorted[a], target: sorted[b],
                                                           kind: RelationFinder.paragraphCooccurrence, directed: false,
                                                           evidence: [])].evidence.append(evidence)
                }
            }
        }
    }

    private struct Pair: Hashable {
        var a: Relation.End
        var b: Relation.End
    }

    private struct BlockPair: Hashable {
        var pair: Pair
        var block: Int
    }
}
