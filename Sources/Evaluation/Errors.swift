/// False positives and false negatives of one type, in document and span order.
public struct Errors: Sendable {
    public var falsePositives: [ScoredError] = []
    public var falseNegatives: [ScoredError] = []
}
