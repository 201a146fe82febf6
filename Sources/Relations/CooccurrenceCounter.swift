import NewsGraphCore

/// Pairs entities that share a sentence (`co-occurrence`), a list in a sentence (`co-list`), or only a paragraph
/// (`co-paragraph`), undirected, `source < target`.
///
/// Two entities whose every mention in a sentence is an item of one enumeration or table row (`Enumeration`) get
/// `co-list` evidence (rule `cooccurrence.list`) for that sentence instead of `co-occurrence`, and so do two
/// one-word names joined by `and` (`Tate and Lyle`, `NameFragments.joinedOneWordNames`); mentions that are
/// pieces of one name (`NameFragments`) are not paired in that sentence.
/// Weight is the evidence count: one evidence per sentence (rule `cooccurrence.sentence`, range the sentence) or per
/// paragraph (rule `cooccurrence.paragraph`, range the block, sentence the block's first sentence with a mention).
/// A paragraph pair is left out when the two already co-occur in a sentence of that paragraph. Sentences and
/// paragraphs with more distinct entities than the caps are skipped and counted, so a list of thousands of names
/// costs no quadratic work. Entities are numbered once per article so pairs hash as two integers, not two names.
package struct CooccurrenceCounter {
    package let maxEntitiesPerSentence: Int
    package let maxEntitiesPerParagraph: Int
    package private(set) var cappedSentences = 0
    package private(set) var cappedParagraphs = 0
    /// The entities of the article, sorted and distinct; pairs refer to them by index.
    package private(set) var ends: [Relation.End] = []
    /// Evidence per pair, in order of first evidence, found through `PairTable` (integer keys, no `Hasher`).
    private var sentenceEvidence = PairTable()
    private var paragraphEvidence = PairTable()
    private var listEvidence = PairTable()

    package init(maxEntitiesPerSentence: Int, maxEntitiesPerParagraph: Int) {
        self.maxEntitiesPerSentence = maxEntitiesPerSentence
        self.maxEntitiesPerParagraph = maxEntitiesPerParagraph
    }

    /// The co-occurrence relations, each with the indices in `ends` of their source and target, so they can be sorted without names.
    package var numberedRelations: [(source: Int, target: Int, relation: Relation)] {
        var out: [(source: Int, target: Int, relation: Relation)] = []
        out.reserveCapacity(
            sentenceEvidence.entries.count + paragraphEvidence.entries.count + listEvidence.entries.count)
        for (pair, evidence) in sentenceEvidence.entries {
            out.append((pair.a, pair.b, relation(pair, RelationFinder.sentenceCooccurrence, evidence)))
        }
        for (pair, evidence) in listEvidence.entries {
            out.append((pair.a, pair.b, relation(pair, RelationFinder.listCooccurrence, evidence)))
        }
        for (pair, evidence) in paragraphEvidence.entries {
            out.append((pair.a, pair.b, relation(pair, RelationFinder.paragraphCooccurrence, evidence)))
        }
        return out
    }

    private func relation(_ pair: Pair, _ kind: String, _ evidence: [Evidence]) -> Relation {
        Relation(source: ends[pair.a], target: ends[pair.b], kind: kind, directed: false, evidence: evidence)
    }

    /// Adds the pairs of one article. `bySentence` holds the mentions to pair (datelines and reporting sources
    /// already left out); `paragraphBlocks` the blocks that are real paragraphs (only those give `co-paragraph`).
    ///
    /// `allBySentence`, when given, holds every mention of each sentence (cut pieces too): lists are found on it, so
    /// a piece left out of pairing (`Goldman, [Sachs International Corp]`) does not break the list it stands in.
    package mutating func add(
        document: Document, bySentence: [[Mention]], blockOfSentence: [Int], paragraphBlocks: Set<Int>,
        allBySentence: [[Mention]]? = nil
    ) {
        let paragraphs = !paragraphBlocks.isEmpty
        // Number the entities in sorted order, so that `a < b` as numbers means `source < target` as ends.
        // Each mention's end is hashed once: numbered in order of appearance, then renumbered by sorted rank.
        var appearance: [Relation.End: Int] = [:]
        appearance.reserveCapacity(bySentence.reduce(0) { $0 + $1.count })
        var seen: [Relation.End] = []
        var entityOfMention: [Int] = []  // per mention, in `bySentence` order
        for mentions in bySentence {
            for mention in mentions {
                let end = Relation.End(name: mention.entity, kind: mention.kind)
                if let n = appearance[end] {
                    entityOfMention.append(n)
                } else {
                    appearance[end] = seen.count
                    entityOfMention.append(seen.count)
                    seen.append(end)
                }
            }
        }
        let order = seen.indices.sorted { seen[$0] < seen[$1] }
        ends = order.map { seen[$0] }
        // Sized for the pairs of all entities (at most 256): most articles then never grow the table.
        if sentenceEvidence.entries.isEmpty {
            sentenceEvidence = PairTable(capacity: min(256, ends.count * (ends.count - 1) / 2))
        }
        var rank = [Int](repeating: 0, count: seen.count)
        for (r, n) in order.enumerated() { rank[n] = r }
        var nextMention = 0

        var pairedInBlock: Set<BlockPair> = []
        var entitiesOfBlock: [Int: Set<Int>] = [:]
        var firstSentenceOfBlock: [Int: Int] = [:]
        var overfullBlocks: Set<Int> = []
        // Whether two ends are one thing under two names, asked once per pair of the article (the test compares
        // lowercased names). A capital and its own country count as one (`Manila` standing for the Philippines).
        // Keyed by `PairTable.key` (a bijection of the pair), so no `Hasher` round per pair.
        var oneThing = KeyTable<Bool>(capacity: 64)
        for (sentence, mentions) in bySentence.enumerated() where !mentions.isEmpty {
            let block = blockOfSentence[sentence]
            // Small arrays rather than sets and dictionaries: a sentence has a few entities, and this runs for every
            // sentence with a mention.
            var entityAt: [Int] = []
            entityAt.reserveCapacity(mentions.count)
            for _ in mentions.indices {
                entityAt.append(rank[entityOfMention[nextMention]])
                nextMention += 1
            }
            var sorted = entityAt
            sorted.sort()
            sorted = CooccurrenceCounter.distinct(sorted)
            if paragraphs, block >= 0, paragraphBlocks.contains(block), !overfullBlocks.contains(block) {
                if firstSentenceOfBlock[block] == nil { firstSentenceOfBlock[block] = sentence }
                entitiesOfBlock[block, default: []].formUnion(sorted)
                // Stop growing a paragraph's set once it is over the cap: hostile input stays linear.
                if entitiesOfBlock[block, default: []].count > maxEntitiesPerParagraph {
                    overfullBlocks.insert(block)
                    entitiesOfBlock[block] = nil
                }
            }
            guard sorted.count > 1 else { continue }
            guard sorted.count <= maxEntitiesPerSentence else { cappedSentences += 1; continue }
            // Per entity of the sentence (by its index in `sorted`): the one list all its mentions are in, or -1 (not
            // listed, or in two); -2 before its first mention.
            var listOf = [Int](repeating: -2, count: sorted.count)
            let lists = CooccurrenceCounter.lists(
                in: document.text, mentions: mentions, all: allBySentence?[sentence] ?? mentions)
            for (k, entity) in entityAt.enumerated() {
                let i = CooccurrenceCounter.index(of: entity, in: sorted)
                listOf[i] = listOf[i] == -2 || listOf[i] == lists[k] ? lists[k] : -1
            }
            var fragments: [Pair] = []
            for (a, b) in NameFragments.pairs(in: document.text, mentions: mentions)
                + NameFragments.renamed(in: document.text, mentions: mentions)
            {
                let (x, y) = (entityAt[a], entityAt[b])
                fragments.append(Pair(a: min(x, y), b: max(x, y)))
            }
            var joined: [Pair] = []
            for (a, b) in NameFragments.joinedOneWordNames(in: document.text, mentions: mentions) {
                let (x, y) = (entityAt[a], entityAt[b])
                joined.append(Pair(a: min(x, y), b: max(x, y)))
            }
            let evidence = Evidence(
                sentence: sentence, rule: RelationFinder.sentenceRule,
                range: document.sentences[sentence].range)
            let listed = Evidence(
                sentence: sentence, rule: RelationFinder.listRule, range: document.sentences[sentence].range)
            for a in 0..<sorted.count {
                for b in (a + 1)..<sorted.count {
                    let pair = Pair(a: sorted[a], b: sorted[b])
                    let list = listOf[a]
                    let same =
                        oneThing[PairTable.key(pair)]
                        ?? {
                            let same =
                                NameFragments.isShortForm(ends[pair.a], ends[pair.b])
                                || NameFragments.isAbbreviation(ends[pair.a], ends[pair.b])
                                || (ends[pair.a].kind == .place && ends[pair.b].kind == .place
                                    && Capitals.areCapitalAndCountry(ends[pair.a].name, ends[pair.b].name))
                            oneThing[PairTable.key(pair)] = same
                            return same
                        }()
                    if same || fragments.contains(pair) {
                        // Pieces of one name: no pair here, nor in the paragraph (the insert below).
                    } else if (list >= 0 && list == listOf[b]) || joined.contains(pair) {
                        listEvidence.append(listed, to: pair)
                    } else {
                        sentenceEvidence.append(evidence, to: pair)
                    }
                    if paragraphs, block >= 0 { pairedInBlock.insert(BlockPair(pair: pair, block: block)) }
                }
            }
        }
        cappedParagraphs = overfullBlocks.count
        guard paragraphs else { return }
        for (block, entities) in entitiesOfBlock.sorted(by: { $0.key < $1.key }) where entities.count > 1 {
            let sorted = entities.sorted()
            let evidence = Evidence(
                sentence: firstSentenceOfBlock[block, default: 0], rule: RelationFinder.paragraphRule,
                range: document.blocks[block])
            for a in 0..<sorted.count {
                for b in (a + 1)..<sorted.count {
                    let pair = Pair(a: sorted[a], b: sorted[b])
                    if pairedInBlock.contains(BlockPair(pair: pair, block: block)) { continue }
                    paragraphEvidence.append(evidence, to: pair)
                }
            }
        }
    }

    /// `sorted` without repeats.
    private static func distinct(_ sorted: [Int]) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(sorted.count)
        for value in sorted where out.last != value { out.append(value) }
        return out
    }

    /// The index of `value` in `sorted` (which holds it).
    private static func index(of value: Int, in sorted: [Int]) -> Int {
        var low = 0
        var high = sorted.count - 1
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The list index of each of `mentions` (a subset of `all`, both sorted), with lists found over `all`.
    static func lists(in text: TextBuffer, mentions: [Mention], all: [Mention]) -> [Int] {
        guard all.count != mentions.count else { return Enumeration.lists(in: text, mentions: mentions) }
        let found = Enumeration.lists(in: text, mentions: all)
        var listAt: [Int: Int] = [:]
        for (k, mention) in all.enumerated() { listAt[mention.range.start] = found[k] }
        return mentions.map { listAt[$0.range.start] ?? -1 }
    }

    package struct Pair: Hashable {
        package var a: Int
        package var b: Int
    }

    private struct BlockPair: Hashable {
        package var pair: Pair
        package var block: Int
    }
}
