import Foundation

/// Fuzzy matching of names typed by a user against the names of a store: folding, edit distance, token overlap.
///
/// In: a query and candidate names. Out: whether they are the same name once folded, and a similarity
/// score used to rank suggestions (`did you mean 'Zhanargul Zhumatai'?`).
public struct NameLookup: Sendable {
    /// Candidates scoring below this are never suggested.
    public var threshold: Double
    /// How many suggestions an unknown name gets.
    public var limit: Int

    public init(threshold: Double = 0.6, limit: Int = 3) {
        self.threshold = threshold
        self.limit = limit
    }

    /// Lowercased, without diacritics, with runs of spaces and punctuation collapsed to one space.
    public static func fold(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return foldASCII(name) }
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var out = ""
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return out
    }

    /// `fold` for ASCII names, without Foundation's (slow) folding: most names take this path.
    private static func foldASCII(_ name: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for byte in name.utf8 {
            let isDigit = byte >= 0x30 && byte <= 0x39
            let isUpper = byte >= 0x41 && byte <= 0x5A
            let isLower = byte >= 0x61 && byte <= 0x7A
            if isDigit || isUpper || isLower {
                if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(isUpper ? byte + 0x20 : byte)
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Optimal string alignment distance (Levenshtein plus adjacent transpositions) over Unicode scalars;
    /// returns `bound + 1` as soon as the distance is known to exceed `bound`.
    public static func distance(_ a: String, _ b: String, bound: Int = .max) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if abs(x.count - y.count) > bound { return bound == .max ? bound : bound + 1 }
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous2 = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            var rowMin = current[0]
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMin = min(rowMin, value)
            }
            if bound != .max && rowMin > bound { return bound + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[y.count]
    }

    /// Similarity in 0...1 of two folded names: the better of edit-distance similarity and token overlap
    /// (every query token found, exactly or within one edit, among the candidate's tokens).
    public func similarity(folded query: String, folded candidate: String) -> Double {
        if query == candidate { return 1 }
        let longest = max(query.unicodeScalars.count, candidate.unicodeScalars.count)
        var best = 0.0
        let bound = max(1, longest / 3)
        let d = NameLookup.distance(query, candidate, bound: bound)
        if d <= bound { best = 1 - Double(d) / Double(longest) }
        let queryTokens = query.split(separator: " ").map(String.init)
        let candidateTokens = candidate.split(separator: " ").map(String.init)
        guard !queryTokens.isEmpty, !candidateTokens.isEmpty else { return best }
        var matched = 0.0
        for token in queryTokens {
            if candidateTokens.contains(token) {
                matched += 1
            } else if token.unicodeScalars.count >= 4,
                candidateTokens.contains(where: { NameLookup.distance(token, $0, bound: 1) <= 1 })
            {
                matched += 0.8
            }
        }
        // Overlap counts against the longer token list, so "Li" does not match every "Li ..." equally well.
        let overlap = matched / Double(max(queryTokens.count, candidateTokens.count))
        let coverage = matched / Double(queryTokens.count)
        best = max(best, 0.5 * overlap + 0.45 * coverage)
        return best
    }

    /// The best `limit` candidates for `query` scoring at least `threshold`: by score, then `rank`
    /// (higher first, e.g. mention counts), then name.
    public func suggestions(for query: String, among candidates: [(name: String, rank: Int)]) -> [String] {
        let folded = NameLookup.fold(query)
        var scored: [(name: String, score: Double, rank: Int)] = []
        var seen: Set<String> = []
        let lowered = query.lowercased()
        let length = lowered.count
        let bound = max(1, length / 3)
        let prefixes = Set(lowered.split(separator: " ").map { $0.prefix(2) })
        for candidate in candidates where !seen.contains(candidate.name) {
            seen.insert(candidate.name)
            // Folding is slow; skip candidates that can be close neither by length nor by a shared word start.
            let name = candidate.name.lowercased()
            if abs(name.count - length) > bound
                && !name.split(separator: " ").contains(where: { prefixes.contains($0.prefix(2)) })
            {
                continue
            }
            let score = similarity(folded: folded, folded: NameLookup.fold(candidate.name))
            if score >= threshold { scored.append((candidate.name, score, candidate.rank)) }
        }
        scored.sort {
            if $0.score != $1.score { return $0.score > $1.score }
            if $0.rank != $1.rank { return $0.rank > $1.rank }
            return $0.name < $1.name
        }
        return scored.prefix(limit).map(\.name)
    }
}
