import NewsGraphCore

/// Finds the links between the entities of one article: co-occurrence in a sentence or paragraph, and typed patterns.
///
/// In: a document and its resolved mentions (`Mention.entity` is the canonical name, `Mention.sentence` the
/// sentence index). Out: relations with their evidence, sorted, never from an entity to itself.
///
/// ```swift
/// let result = RelationFinder().find(in: document, mentions: mentions)
/// for relation in result.relations where relation.directed {
///     print(relation.source.name, relation.kind, relation.label ?? "", relation.target.name)
/// }
/// print("\(result.cappedSentences) sentences had too many entities to pair")
/// ```
///
/// Cost is linear in the tokens of sentences that hold a mention, plus at most `maxEntitiesPerSentence`²
/// pairs per sentence and `maxEntitiesPerParagraph`² per paragraph. Every pattern id is listed in `docs/relations.md`.
public struct RelationFinder: Sendable {
    /// Above this many distinct entities in one sentence, co-occurrence pairs are not formed (a list, not a statement).
    public var maxEntitiesPerSentence: Int
    /// Above this many distinct entities in one paragraph (`Document.blocks` element), no `co-paragraph` pairs are formed.
    public var maxEntitiesPerParagraph: Int
    /// Whether to add the weaker `co-paragraph` relations.
    public var findsParagraphCooccurrence: Bool
    /// Whether to run the typed patterns (role, membership, location, group, authorship, speech).
    public var findsTypedRelations: Bool

    public static let sentenceCooccurrence = "co-occurrence"
    public static let paragraphCooccurrence = "co-paragraph"
    public static let listCooccurrence = "co-list"
    public static let sentenceRule = "cooccurrence.sentence"
    public static let paragraphRule = "cooccurrence.paragraph"
    public static let listRule = "cooccurrence.list"
    /// The place a wire story is filed from (`WASHINGTON, March 3 -`) -> each entity of the sentence it opens.
    public static let datelineKind = "dateline"
    public static let datelineRule = "dateline.lead"
    /// A block of more sentences than this is not read as one paragraph (a page or a story in one block).
    public static let maxSentencesPerParagraph = 20

    /// Every typed-relation rule id, grouped by pattern family.
    public static let typedRules: [String] =
        RolePatterns.rules + MembershipPatterns.rules + LocationPatterns.rules
        + GroupPatterns.rules + BylinePattern.rules + SpeechPatterns.rules

    package static let sentencePatterns: [any SentencePattern] = [
        RolePatterns(), MembershipPatterns(), LocationPatterns(), GroupPatterns(), SpeechPatterns(),
    ]

    public init(
        maxEntitiesPerSentence: Int = 30, maxEntitiesPerParagraph: Int = 60,
        findsParagraphCooccurrence: Bool = true, findsTypedRelations: Bool = true
    ) {
        self.maxEntitiesPerSentence = maxEntitiesPerSentence
        self.maxEntitiesPerParagraph = maxEntitiesPerParagraph
        self.findsParagraphCooccurrence = findsParagraphCooccurrence
        self.findsTypedRelations = findsTypedRelations
    }

    /// The relations of one article, sorted by source, target and kind.
    public func relations(in document: Document, mentions: [Mention]) -> [Relation] {
        find(in: document, mentions: mentions).relations
    }

    /// The relations of one article with what the caller may want to report: capped sentences and paragraphs, authors.
    public func find(in document: Document, mentions: [Mention]) -> Result {
        let bySentence = RelationFinder.index(mentions, sentenceCount: document.sentences.count)
        let blockOfSentence = RelationFinder.blockIndex(of: document)
        var result = Result()
        // Typed relations only: co-occurrence pairs are distinct by construction and never share a kind with a typed
        // relation, so they stay in the counter's numbered list instead of being hashed by name here.
        var relations: [RelationKey: Relation] = [:]

        // Datelines and reporting sources are not parties to the story, and cut name pieces would pair the wrong
        // entity: they are left out of co-occurrence.
        var pairable = bySentence
        var datelineMatches: [PatternMatch] = []
        // Per sentence, whether each mention is a cut piece, asked once: the dateline, pairing and the typed
        // patterns' broken-end test all need it.
        var cuts: [CutPieces?] = Array(repeating: nil, count: bySentence.count)
        for (sentence, mentions) in bySentence.enumerated() where !mentions.isEmpty {
            var cut = CutPieces(mentions, in: document.text)
            defer { cuts[sentence] = cut }
            // Per mention, whether it is a reporting source: asked once, by the dateline or by pairing.
            var sources = [Int8](repeating: -1, count: mentions.count)
            let place = Dateline.place(in: document, sentence: sentence)
            if let place {
                datelineMatches += RelationFinder.datelineMatches(
                    place, mentions: mentions, in: document, cut: &cut, sources: &sources)
            }
            var kept: [Mention] = []
            // An all-capitals headline (`BENETTON IN FINANCIAL SERVICES JOINT VENTURE`) has headline words tagged as
            // names, and the lead sentence says again what it says: it pairs nothing.
            if SentenceView.isHeadline(document, sentence: sentence) {
                pairable[sentence] = kept
                continue
            }
            // Two one-word names joined by `and` where one is a person (`McAndrews and Forbes`, `Phillips and
            // Drew`, `Harper and Row`): a firm named after its founders, in pieces that would each link wrongly.
            var firmPieces = Set<Int>()
            for (a, b) in NameFragments.joinedOneWordNames(in: document.text, mentions: mentions, places: true)
            where (mentions[a].kind == .person || mentions[b].kind == .person)
                && !NameFragments.isAfterTitle(mentions[a], in: document.text)
                && !RelationFinder.endsAList(at: a, mentions, in: document.text)
            {
                firmPieces.insert(a)
                firmPieces.insert(b)
            }
            for (a, b) in NameFragments.chainedFirmNames(in: document.text, mentions: mentions) {
                firmPieces.insert(a)
                firmPieces.insert(b)
            }
            for (k, mention) in mentions.enumerated() {
                if firmPieces.contains(k) { continue }
                if let place, Dateline.isInHeader(mention, place: place, in: document.text) { continue }
                if RelationFinder.isSource(k, mentions, in: document, answers: &sources) { continue }
                if cut.isCutPiece(k) { continue }
                kept.append(mention)
            }
            pairable[sentence] = kept
        }

        var counter = CooccurrenceCounter(
            maxEntitiesPerSentence: maxEntitiesPerSentence,
            maxEntitiesPerParagraph: maxEntitiesPerParagraph)
        counter.add(
            document: document, bySentence: pairable, blockOfSentence: blockOfSentence,
            paragraphBlocks: findsParagraphCooccurrence
                ? RelationFinder.paragraphBlocks(of: document, blockOfSentence: blockOfSentence) : [],
            allBySentence: bySentence)
        result.cappedSentences = counter.cappedSentences
        result.cappedParagraphs = counter.cappedParagraphs

        do {
            var labels: [RelationKey: [String]] = [:]
            var matches = datelineMatches
            if findsTypedRelations {
                matches += typedMatches(
                    in: document, bySentence: bySentence, blockOfSentence: blockOfSentence,
                    cuts: &cuts, authors: &result.authors)
            }
            var seen = Set<PatternMatch>(minimumCapacity: matches.count)
            for match in matches where match.source != match.target && seen.insert(match).inserted {
                let key = RelationKey(match.source, match.target, match.kind)
                // Appended in place: a pair with thousands of evidence sentences stays linear.
                relations[
                    key,
                    default: Relation(
                        source: match.source, target: match.target, kind: match.kind,
                        directed: true, evidence: [])
                ]
                .evidence.append(Evidence(sentence: match.sentence, rule: match.rule, range: match.range))
                if let label = match.label, !labels[key, default: []].contains(label) {
                    labels[key, default: []].append(label)
                }
            }
            for (key, list) in labels { relations[key]?.label = list.joined(separator: ", ") }
        }
        result.relations = RelationFinder.sorted(
            numbered: counter.numberedRelations, ends: counter.ends,
            others: Array(relations.values))
        return result
    }

    /// True when an end of `match` is no whole name: only designators or generic heads (`Co Ltd`, `Department`);
    /// a mention co-occurrence leaves out as a cut piece or no name (`NameFragments.isCutPiece`: `Expediters
    /// International of [Washington Inc]`, `[Lomak Petroleum Inc and Strata Corp]`, a "person" `[Paul Volcker and
    /// International Monetary Fund]`, `[House and Senate]`); or, for an organization that ends the match, a name
    /// that goes on after it (`Johnson of [L.F.] Rothschild`, `speaking to the [National Press Club] of Japan`).
    ///
    /// `cut` answers the cut-piece test for `view.mentions`.
    package static func hasBrokenEnd(_ match: PatternMatch, in view: SentenceView, cut: inout CutPieces) -> Bool {
        for end in [match.source, match.target] where end.kind == .organization {
            let words = end.name.lowercased().split(separator: " ")
            if !words.isEmpty, words.allSatisfy({ RelationVocabulary.designators.contains(String($0)) }) { return true }
        }
        for end in [match.source, match.target] {
            // A group named by a demonym word (`Kazakh activist X`) has no mention.
            guard
                let k = view.mentions.firstIndex(where: { mention in
                    mention.range.start >= match.range.start && mention.range.end <= match.range.end
                        && mention.entity == end.name && mention.kind == end.kind
                })
            else { continue }
            if cut.isCutPiece(k) { return true }
        }
        guard match.target.kind == .organization,
            let last = view.items.indices.last(where: { i in
                view.items[i].range.start >= match.range.start && view.items[i].range.end <= match.range.end
                    && view.mention(at: i).map { $0.entity == match.target.name && $0.kind == .organization } == true
            })
        else { return false }
        if last + 1 < view.count, view.items[last + 1].isCapitalized, !view.items[last + 1].isMention { return true }
        // `vice chairman of [RJR] [Nabisco]`: another organization with only a space between is the rest of the name.
        if let next = view.mention(at: last + 1, [.organization]),
            next.range.start == view.items[last].range.end + 1
        {
            return true
        }
        return view.isWord(last + 1, "of") && last + 2 < view.count
            && (view.items[last + 2].isCapitalized || view.items[last + 2].isMention)
    }

    /// True when mention `a` follows another mention with only `, ` between: the `X and Y` at `a` ends a list
    /// (`Volkswagen, General Motors, Ford and Fiat`), not a firm named after two people.
    package static func endsAList(at a: Int, _ mentions: [Mention], in text: TextBuffer) -> Bool {
        guard a > 0, mentions[a - 1].range.end <= mentions[a].range.start else { return false }
        return text[TextRange(mentions[a - 1].range.end, mentions[a].range.start)] == ", "
    }

    /// `dateline` matches from the first mention inside the dateline's place range to every other entity of the
    /// sentence that is not a reporting source.
    /// `cut` answers the cut-piece test for `mentions`, shared with the caller, and `sources` the reporting-source
    /// test (`isSource(_:_:in:answers:)`).
    package static func datelineMatches(
        _ place: TextRange, mentions: [Mention], in document: Document, cut: inout CutPieces,
        sources: inout [Int8]
    ) -> [PatternMatch] {
        // The origin is the whole place: a mention that starts inside it is a piece (`NEW [ORLEANS], June 1 -`).
        guard let origin = mentions.first(where: { $0.range.start >= place.start && $0.range.start < place.end }),
            origin.range.start == place.start
        else { return [] }
        var matches: [PatternMatch] = []
        // `TORONTO, April 7 - Toronto stocks rose`: the same place in two spellings is no link.
        let originName = origin.entity.lowercased()
        for (k, mention) in mentions.enumerated()
        where !Dateline.isInHeader(mention, place: place, in: document.text)
            && mention.entity.lowercased() != originName
        {
            guard !isSource(k, mentions, in: document, answers: &sources) else { continue }
            // A lead sentence names a person in full: a one-word "person" there is mostly a piece of a firm name
            // (`investment banker [Fox-Pitt], Kelton NV`) or a table word (`Sales`).
            if mention.kind == .person, !mention.entity.contains(" ") { continue }
            // A cut name (`First [Boston Corp]`, `<Wagner and [Brown]>`) would give the dateline the wrong entity.
            guard !cut.isCutPiece(k) else { continue }
            matches.append(
                PatternMatch(
                    source: origin, target: mention, kind: datelineKind, rule: datelineRule,
                    sentence: mention.sentence, range: TextRange(origin.range.start, mention.range.end)))
        }
        return matches
    }

    /// `ReportingSource.isSource(mentions[k], in: document)`, asked at most once per mention: `answers[k]` is -1
    /// before, then 0 or 1.
    package static func isSource(_ k: Int, _ mentions: [Mention], in document: Document, answers: inout [Int8]) -> Bool
    {
        if answers[k] < 0 { answers[k] = ReportingSource.isSource(mentions[k], in: document) ? 1 : 0 }
        return answers[k] == 1
    }

    /// The blocks that are paragraphs of running text: 2 to `maxSentencesPerParagraph` sentences, at most one
    /// and at most a quarter of them starting on a new line (hard-wrapped text breaks lines inside sentences). A block whose
    /// lines are its paragraphs (a Reuters body: one sentence or two a line, the whole story one block), a list or
    /// a table is not a paragraph: there "same paragraph" would mean "same article".
    package static func paragraphBlocks(of document: Document, blockOfSentence: [Int]) -> Set<Int> {
        // Counts per block index, in arrays: a dictionary hashed every sentence.
        var sentences = [Int](repeating: 0, count: document.blocks.count)
        var onNewLine = [Int](repeating: 0, count: document.blocks.count)
        for (s, block) in blockOfSentence.enumerated() where block >= 0 {
            sentences[block] += 1
            let start = document.sentences[s].range.start
            guard start > document.blocks[block].start else { continue }
            var i = start - 1
            while i > document.blocks[block].start, document.text[i] == " " || document.text[i] == "\t" { i -= 1 }
            if document.text[i] == "\n" || document.text[i] == "\r" { onNewLine[block] += 1 }
        }
        var blocks = Set<Int>()
        for (block, count) in sentences.enumerated() where count >= 2 {
            // Count-1 boundaries inside the block; a paragraph has at most a quarter of them on a line break.
            if count <= maxSentencesPerParagraph, onNewLine[block] <= 1, onNewLine[block] * 4 <= count - 1 {
                blocks.insert(block)
            }
        }
        return blocks
    }

    /// Pattern matches over every sentence with a mention, in sentence order, then bylines.
    /// `cuts` holds, per sentence, the cut-piece answers already found for `bySentence[sentence]` (or `nil`).
    package func typedMatches(
        in document: Document, bySentence: [[Mention]], blockOfSentence: [Int],
        cuts: inout [CutPieces?], authors: inout [String]
    ) -> [PatternMatch] {
        var matches: [PatternMatch] = []
        var sentencesInBlock: [Int: Int] = [:]
        for block in blockOfSentence where block >= 0 { sentencesInBlock[block, default: 0] += 1 }
        var bylines: [BylinePattern.Byline] = []
        var mastheads: [(block: Int, mention: Mention)] = []
        var organizations: [(block: Int, mention: Mention)] = []
        let bylinePattern = BylinePattern()
        for (sentence, mentions) in bySentence.enumerated() where !mentions.isEmpty {
            let block = blockOfSentence[sentence]
            let isWholeBlock = block >= 0 && sentencesInBlock[block] == 1
            // Every pattern names two ends that are mentions, except a person with a demonym word (`Kazakh activist
            // X`) and bylines and mastheads (whole blocks): any other sentence of one mention needs no view.
            if mentions.count == 1, !isWholeBlock, mentions[0].kind != .person {
                if block >= 0, mentions[0].kind == .organization { organizations.append((block, mentions[0])) }
                continue
            }
            let view = SentenceView(document: document, sentence: sentence, mentions: mentions)
            // An all-capitals headline (`GATT OFFICIAL MEETS WITH ...`) has headline verbs tagged as names.
            if !view.isHeadline {
                var found: [PatternMatch] = []
                // A family whose rules need a kind of mention the sentence lacks (most need a person) is skipped.
                for pattern in RelationFinder.sentencePatterns where type(of: pattern).mayMatch(view) {
                    pattern.matches(in: view, into: &found)
                }
                if !found.isEmpty {
                    // The view places the mentions in order and may drop one it cannot place: with none dropped,
                    // its mentions are the sentence's and the answers found for co-occurrence stand.
                    var cut =
                        view.mentions.count == mentions.count
                        ? cuts[sentence] ?? CutPieces(mentions, in: document.text)
                        : CutPieces(view.mentions, in: document.text)
                    matches += found.filter { !RelationFinder.hasBrokenEnd($0, in: view, cut: &cut) }
                    if view.mentions.count == mentions.count { cuts[sentence] = cut }
                }
            }
            guard block >= 0 else { continue }
            for mention in mentions where mention.kind == .organization { organizations.append((block, mention)) }
            if isWholeBlock, let only = view.mention(at: 0), only.kind == .organization,
                view.items.dropFirst().allSatisfy(\.isPunctuation)
            {
                mastheads.append((block, only))
            }
            // An article has a byline or two; a page of thousands would make the publication search quadratic.
            if bylines.count < BylinePattern.maxBylines,
                let byline = bylinePattern.byline(in: view, block: block, isWholeBlock: isWholeBlock)
            {
                bylines.append(byline)
            }
        }
        for byline in bylines {
            for author in byline.authors where !authors.contains(author.entity) { authors.append(author.entity) }
            matches += bylinePattern.matches(for: byline, mastheads: mastheads, organizations: organizations)
        }
        return matches
    }

    /// Mentions grouped by sentence, each group sorted by range with overlapping mentions dropped (the first, longest wins).
    package static func index(_ mentions: [Mention], sentenceCount: Int) -> [[Mention]] {
        var bySentence = [[Mention]](repeating: [], count: sentenceCount)
        for mention in mentions where mention.sentence >= 0 && mention.sentence < sentenceCount {
            bySentence[mention.sentence].append(mention)
        }
        func precedes(_ a: Mention, _ b: Mention) -> Bool {
            a.range.start != b.range.start ? a.range.start < b.range.start : a.range.end > b.range.end
        }
        for s in bySentence.indices where bySentence[s].count > 1 {
            // Extraction gives mentions in order, mostly without overlaps: then the group stands as it is (the sort
            // is stable, so an ordered group is left unchanged by it).
            let group = bySentence[s]
            var ordered = true
            var disjoint = true
            for k in 1..<group.count {
                if precedes(group[k], group[k - 1]) { ordered = false }
                if group[k - 1].range.end > group[k].range.start { disjoint = false }
            }
            if ordered && disjoint { continue }
            if !ordered { bySentence[s].sort(by: precedes) }
            var kept: [Mention] = []
            for mention in bySentence[s] where kept.last.map({ $0.range.end <= mention.range.start }) ?? true {
                kept.append(mention)
            }
            bySentence[s] = kept
        }
        return bySentence
    }

    /// For each sentence, the index of the block that holds its start, or -1.
    package static func blockIndex(of document: Document) -> [Int] {
        let order = document.blocks.indices.sorted { document.blocks[$0].start < document.blocks[$1].start }
        return document.sentences.map { sentence in
            // Last block starting at or before the sentence (binary search).
            var low = 0
            var high = order.count
            while low < high {
                let mid = (low + high) / 2
                if document.blocks[order[mid]].start <= sentence.range.start { low = mid + 1 } else { high = mid }
            }
            guard low > 0 else { return -1 }
            let block = order[low - 1]
            return sentence.range.start < document.blocks[block].end ? block : -1
        }
    }

    /// `numbered + others` in `precedes` order, where `numbered` refer to their ends by index into `ends` (sorted,
    /// distinct), as `CooccurrenceCounter` gives them: names are hashed once per distinct end, not per relation.
    ///
    /// Any numbering that keeps the order of ends gives the same order, so when `others` bring no new end the
    /// indices are the ranks; otherwise all ends are ranked together.
    package static func sorted(
        numbered: [(source: Int, target: Int, relation: Relation)], ends: [Relation.End],
        others: [Relation]
    ) -> [Relation] {
        var rankOfNumber = Array(0..<ends.count)
        // Sorted as plain integer triples (ranks and an index into `relations`), so the sort moves no reference counts.
        var relations: [Relation] = []
        relations.reserveCapacity(numbered.count + others.count)
        var keyed: [(source: Int, target: Int, index: Int)] = []
        keyed.reserveCapacity(numbered.count + others.count)
        if !others.isEmpty {
            // The ends of `others` are found in `ends` by binary search (they are sorted and distinct); an end not
            // there is an extra, and extras are merged into the order: no end of the article is hashed.
            func position(of end: Relation.End, in sorted: [Relation.End]) -> (index: Int, found: Bool) {
                var low = 0
                var high = sorted.count
                while low < high {
                    let mid = (low + high) / 2
                    if sorted[mid] < end { low = mid + 1 } else { high = mid }
                }
                return (low, low < sorted.count && sorted[low] == end)
            }
            var extras: [Relation.End] = []
            for relation in others {
                for end in [relation.source, relation.target] where !position(of: end, in: ends).found {
                    extras.append(end)
                }
            }
            extras.sort()
            var distinctExtras: [Relation.End] = []
            for end in extras where distinctExtras.last != end { distinctExtras.append(end) }
            // Rank of each extra: its index among the extras plus the ends before it.
            var rankOfExtra: [Int] = []
            rankOfExtra.reserveCapacity(distinctExtras.count)
            if !distinctExtras.isEmpty {
                var e = 0
                for n in ends.indices {
                    while e < distinctExtras.count, distinctExtras[e] < ends[n] {
                        rankOfExtra.append(n + e)
                        e += 1
                    }
                    rankOfNumber[n] = n + e
                }
                while e < distinctExtras.count {
                    rankOfExtra.append(ends.count + e)
                    e += 1
                }
            }
            func rank(_ end: Relation.End) -> Int {
                let (n, found) = position(of: end, in: ends)
                return found ? rankOfNumber[n] : rankOfExtra[position(of: end, in: distinctExtras).index]
            }
            for relation in others {
                keyed.append((rank(relation.source), rank(relation.target), relations.count))
                relations.append(relation)
            }
        }
        for entry in numbered {
            keyed.append((rankOfNumber[entry.source], rankOfNumber[entry.target], relations.count))
            relations.append(entry.relation)
        }
        keyed.sort { a, b in
            if a.source != b.source { return a.source < b.source }
            if a.target != b.target { return a.target < b.target }
            let x = relations[a.index]
            let y = relations[b.index]
            if x.kind != y.kind { return x.kind < y.kind }
            return !x.directed && y.directed
        }
        return keyed.map { relations[$0.index] }
    }

    /// Sort order of the output: source, target, kind, then undirected before directed.
    package static func precedes(_ a: Relation, _ b: Relation) -> Bool {
        if a.source != b.source { return a.source < b.source }
        if a.target != b.target { return a.target < b.target }
        if a.kind != b.kind { return a.kind < b.kind }
        return !a.directed && b.directed
    }

    package struct RelationKey: Hashable {
        package var source: Relation.End
        package var target: Relation.End
        package var kind: String
        package init(_ source: Relation.End, _ target: Relation.End, _ kind: String) {
            self.source = source
            self.target = target
            self.kind = kind
        }
    }
}
