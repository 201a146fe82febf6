import NewsGraphCore

extension GraphFilter {
    /// The entities a name refers to, gathered from nodes seen one at a time: exact label, then case- and
    /// accent-insensitive label, then alias, then id (the first tier that matches wins).
    struct NameMatches {
        let name: String
        let folded: String
        private var exact: [String] = []
        private var loose: [String] = []
        private var byAlias: [String] = []
        private var byID: String?

        init(_ name: String) {
            self.name = name
            folded = GraphFilter.fold(name)
        }

        mutating func consider(_ node: GraphNode) {
            if node.label == name { exact.append(node.id) }
            if byID == nil, node.id == name { byID = node.id }
            // Lower tiers only count while no higher tier has matched, so skip the folding once one has.
            guard exact.isEmpty else { return }
            if GraphFilter.fold(node.label) == folded { loose.append(node.id) }
            guard loose.isEmpty else { return }
            if node.aliases.contains(where: { GraphFilter.fold($0) == folded }) { byAlias.append(node.id) }
        }

        /// The matching ids, sorted; nil when nothing matched.
        var ids: [String]? {
            if !exact.isEmpty { return exact.sorted() }
            if !loose.isEmpty { return loose.sorted() }
            if !byAlias.isEmpty { return byAlias.sorted() }
            return byID.map { [$0] }
        }
    }

    /// The labels closest to a name by edit distance (case- and accent-insensitive), from labels seen one at
    /// a time; ties go to the lower label.
    struct ClosestLabels {
        private let query: [Character]
        private let threshold: Int
        private let limit: Int
        private var seen = Set<String>()
        private var scored: [(distance: Int, label: String)] = []

        init(_ name: String, limit: Int) {
            query = Array(GraphFilter.fold(name))
            threshold = max(2, query.count / 3)
            self.limit = limit
        }

        mutating func consider(_ label: String) {
            guard seen.insert(label).inserted else { return }
            let candidate = Array(GraphFilter.fold(label))
            // The length difference bounds the distance from below, so long labels cost nothing.
            guard abs(candidate.count - query.count) <= threshold else { return }
            let distance = GraphFilter.editDistance(query, candidate)
            if distance <= threshold { scored.append((distance, label)) }
        }

        var labels: [String] {
            scored.sorted { $0.distance != $1.distance ? $0.distance < $1.distance : $0.label < $1.label }
                .prefix(limit).map(\.label)
        }
    }

    /// The `limit` best nodes by score (highest first, ties to the lower label, then id), from nodes seen one
    /// at a time, holding at most about twice `limit` candidates.
    struct TopRanking {
        private typealias Candidate = (score: Double, label: String, id: String, number: Int)
        private let limit: Int
        private var candidates: [Candidate] = []

        init(limit: Int) { self.limit = limit }

        mutating func consider(score: Double, label: String, id: String, number: Int) {
            candidates.append((score, label, id, number))
            if candidates.count >= 2 * limit + 1024 { trim() }
        }

        /// The numbers of the best nodes.
        func numbers() -> [Int] {
            candidates.sorted(by: Self.ranksBefore).prefix(limit).map(\.number)
        }

        private mutating func trim() {
            candidates.sort(by: Self.ranksBefore)
            candidates.removeSubrange(min(limit, candidates.count)...)
        }

        private static func ranksBefore(_ a: Candidate, _ b: Candidate) -> Bool {
            if a.score != b.score { return a.score > b.score }
            if a.label != b.label { return a.label < b.label }
            return a.id < b.id
        }
    }
}
