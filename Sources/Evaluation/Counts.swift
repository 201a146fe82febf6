/// True positives, false positives and false negatives, with precision, recall and F1.
public struct Counts: Sendable, Equatable {
    public var tp = 0
    public var fp = 0
    public var fn = 0

    public init(tp: Int = 0, fp: Int = 0, fn: Int = 0) {
        self.tp = tp
        self.fp = fp
        self.fn = fn
    }

    package mutating func add(_ tp: Int, _ fp: Int, _ fn: Int) {
        self.tp += tp
        self.fp += fp
        self.fn += fn
    }

    public var precision: Double { tp + fp > 0 ? Double(tp) / Double(tp + fp) : 0 }
    public var recall: Double { tp + fn > 0 ? Double(tp) / Double(tp + fn) : 0 }
    public var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }
}
