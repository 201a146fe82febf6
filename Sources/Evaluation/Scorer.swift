/// Precision, recall and F1 of predicted spans against gold spans, computed exactly as `../shared/eval/score.py`.
///
/// In: gold and predicted documents by id. Out: `Scores` with three views: `exact` (same start, end and type),
/// `partial` (overlapping spans of one type, each matched at most once, greedily in sorted order) and `untyped`
/// (same start and end). Gold spans of unscored types (e.g. `misc`) are ignored, and so are predictions that overlap
/// them without overlapping a scored gold span. Duplicate spans count once.
///
/// ```swift
/// let scores = Scorer().score(gold: gold, predicted: predicted)
/// print(scores.table())
/// ```
public struct Scorer: Sendable {
    public var types: [String]

    public init(types: [String] = ["person", "place", "organization", "group"]) {
        self.types = types
    }

    public func score(gold: [String: EvaluationDocument], predicted: [String: EvaluationDocument]) -> Scores {
        var scores = Scores(types: types)
        for id in gold.keys.sorted() {
            guard let g = gold[id] else { continue }
            let scalars = Array(g.text.unicodeScalars)
            let ignored = g.entities.filter { !types.contains($0.type) }
            let gs = Set(g.entities.filter { types.contains($0.type) })
            var ps = Set<LabeledSpan>()
            for p in predicted[id]?.entities ?? [] where types.contains(p.type) {
                if ignored.contains(where: { p.overlaps($0) }) && !gs.contains(where: { p.overlaps($0) }) { continue }
                ps.insert(p)
            }
            for type in types {
                let gt = gs.filter { $0.type == type }
                let pt = ps.filter { $0.type == type }
                let tp = gt.intersection(pt).count
                scores.exact[type, default: Counts()].add(tp, pt.count - tp, gt.count - tp)
                for span in pt.subtracting(gt).sorted() {
                    scores.errors[type, default: Errors()].falsePositives.append(.init(id, span, scalars))
                }
                for span in gt.subtracting(pt).sorted() {
                    scores.errors[type, default: Errors()].falseNegatives.append(.init(id, span, scalars))
                }
                var used = Set<LabeledSpan>()
                var matched = 0
                let sortedPredictions = pt.sorted()
                for x in gt.sorted() {
                    if let y = sortedPredictions.first(where: { !used.contains($0) && x.overlaps($0) }) {
                        used.insert(y)
                        matched += 1
                    }
                }
                scores.partial[type, default: Counts()].add(matched, pt.count - matched, gt.count - matched)
            }
            let gu = Set(gs.map { [$0.start, $0.end] })
            let pu = Set(ps.map { [$0.start, $0.end] })
            let tp = gu.intersection(pu).count
            scores.untyped.add(tp, pu.count - tp, gu.count - tp)
        }
        return scores
    }
}
